// Dates against today; see dates.hpp.
#include "core/dates.hpp"

#include <cstdio>
#include <ctime>

namespace core {

namespace {
bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}
int digits(const std::string& s, std::size_t from, std::size_t count) {
  int v = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Every date the admissions cycle publishes, in order.
template <typename Visit>
void each_admissions_date(const Admissions& a, Visit visit) {
  for (const Deadline& d : a.deadlines)
    for (const std::string* date : {&d.deadline, &d.decision, &d.reply})
      if (!date->empty()) visit(*date);
}
}  // namespace

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

Date local_today() {
  const std::time_t now = std::time(nullptr);
  const std::tm* local = std::localtime(&now);
  return local ? Date{local->tm_year + 1900, local->tm_mon + 1, local->tm_mday} : Date{1970, 1, 1};
}

std::optional<Date> parse_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{y, m, d};
}

std::string readable_date(const std::string& iso) {
  const auto d = parse_iso_date(iso);
  if (!d) return iso;
  return std::string(kMonths[d->month - 1]) + " " + std::to_string(d->day) + ", " + std::to_string(d->year);
}

bool date_passed(const std::string& iso, const Date& today) {
  const auto d = parse_iso_date(iso);
  return d && *d < today;
}

bool any_admissions_date_passed(const Admissions& a, const Date& today) {
  bool any = false;
  each_admissions_date(a, [&](const std::string& date) { any = any || date_passed(date, today); });
  return any;
}

bool admissions_cycle_over(const Admissions& a, const Date& today) {
  bool all = !a.deadlines.empty();
  each_admissions_date(a, [&](const std::string& date) { all = all && date_passed(date, today); });
  return all;
}

int academic_year_of(const Content& content, const Date& today) {
  return today.month >= content.season(Season::Fall).start_month ? today.year : today.year - 1;
}

std::optional<std::string> stale_figures_warning(const Content& content, const Date& today) {
  const CostYear* latest = content.latest_cost_year();
  if (!latest) return std::nullopt;
  const int current = academic_year_of(content, today);
  if (current - latest->first_fall <= 1) return std::nullopt;
  char year[16];
  std::snprintf(year, sizeof year, "%d-%02d", current, (current + 1) % 100);
  return "the newest cost figures are " + latest->id + "'s, " + std::to_string(current - latest->first_fall) +
         " academic years before " + year + " (today is " + today.iso() +
         "): look for newer published figures and add them as a cost_years entry";
}

std::optional<std::string> unchecked_facts_warning(const Content& content, const Date& today) {
  const std::optional<Date> checked = parse_iso_date(content.facts_checked.date);
  if (!checked) return "no facts_checked date says when the facts were last compared with their sources";
  const Date year_later{checked->year + 1, checked->month, checked->day};
  if (year_later < today)
    return "the facts were last checked on " + checked->iso() + ", more than a year before today (" + today.iso() +
           "): compare them with their sources again and update facts_checked";
  return std::nullopt;
}

}  // namespace core
