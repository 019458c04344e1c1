// Calendar dates, and the rules that compare the content's dates with today: deadlines that
// have passed, and cost figures that have grown old. Every rule takes today as an argument, so
// tests (and --today) can pin it.
#pragma once
#include <optional>
#include <string>

#include "core/content.hpp"

namespace core {

struct Date {
  int year = 0, month = 1, day = 1;
  bool operator<(const Date& o) const {
    return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
  }
  bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
  std::string iso() const;  // "2026-12-02"
};

// Today's local date from the system clock (1970-01-01 if the clock cannot be read).
Date local_today();

// "YYYY-MM-DD", a real calendar day from 1900 to 9999; nullopt otherwise.
std::optional<Date> parse_iso_date(const std::string& text);
// "Jan 15, 2024" from an ISO date; the text itself when it is not one.
std::string readable_date(const std::string& iso);

// A published date (ISO text) is past when the whole day lies before `today`.
bool date_passed(const std::string& iso, const Date& today);

// Whether some, or every, published deadline, decision or reply date of the admissions cycle
// lies before `today`.
bool any_admissions_date_passed(const Admissions& admissions, const Date& today);
bool admissions_cycle_over(const Admissions& admissions, const Date& today);

// The academic year `today` falls in, by its fall's calendar year: from the fall's first month on,
// this year's; before it, last year's.
int academic_year_of(const Content& content, const Date& today);

// When the newest published cost figures are more than one academic year older than the year
// `today` falls in: what to tell a content editor. Nullopt while they are recent enough.
std::optional<std::string> stale_figures_warning(const Content& content, const Date& today);

// When content.json does not say when its facts were last checked against their sources, or
// says a day more than a year before `today`: what to tell a content editor. (A check after
// `today` is no warning: --today may pin a day before the last check.)
std::optional<std::string> unchecked_facts_warning(const Content& content, const Date& today);

}  // namespace core
