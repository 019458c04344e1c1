// Plain-text summary of an estimate; see summary.hpp.
#include "core/summary.hpp"

#include "core/figure_basis.hpp"

namespace core {

std::string month_year(const YearMonth& ym) {
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
  const int m = ym.month >= 1 && ym.month <= 12 ? ym.month : 1;
  return std::string(kMonths[m - 1]) + " " + std::to_string(ym.year);
}

std::string in_currency(Cents usd, const Scenario& s) {
  if (s.currency.empty() || s.rate_millionths <= 0) return "";
  // cents * rate / 1e6, rounded to whole units of the other currency.
  const WideInt scaled = static_cast<WideInt>(usd) * s.rate_millionths;
  const WideInt units = (scaled + 50'000'000) / 100'000'000;
  const auto whole = static_cast<Cents>(units);
  std::string text = format_usd(whole * 100);
  text.erase(text.find('$'), 1);
  return s.currency + " " + text;
}

std::string months_phrase(const Estimate& e) {
  std::string out = std::to_string(e.months) + " months from the first fall to the end of the last term";
  if (e.named_months > 0 && e.named_months != e.months)
    out += " (the program calls it a " + std::to_string(e.named_months) + "-month path)";
  return out;
}

std::string graduation_phrase(const Estimate& e, const Date& today) {
  const std::string when = month_year(e.graduation);
  if (e.terms.empty()) return "Graduate " + when;
  const int now = YearMonth{today.year, today.month}.index();
  const std::string began = " (this path's first term began " + month_year(e.terms.front().start) + ")";
  if (now > e.graduation.index()) return "Would have graduated " + when + began;
  if (now >= e.terms.front().start.index()) return "Would graduate " + when + began;
  return "Graduate " + when;
}

std::string estimate_summary(const Estimate& e, const Scenario& s, const std::string& link, const Date& today) {
  std::string out = "AI Master of Engineering, Duke University: cost and timeline estimate\n";
  out += "Path: " + e.path_label + ", first fall " + std::to_string(s.start_year) + "\n";
  out += graduation_phrase(e, today) + ", " + months_phrase(e) + "\n";
  out += "Tuition " + format_usd(e.by_kind[LineKind::Tuition]) + ", fees " + format_usd(e.by_kind[LineKind::Fees]) +
         ", living " + format_usd(e.by_kind[LineKind::Living]);
  if (e.by_kind[LineKind::Aid] != 0) out += ", aid " + format_usd(e.by_kind[LineKind::Aid]);
  if (e.by_kind[LineKind::Earnings] != 0) out += ", internship earnings " + format_usd(e.by_kind[LineKind::Earnings]);
  out += "\nEstimated net cost: " + format_usd(e.net) + ", " + estimate_basis(e);
  const std::string other = in_currency(e.net, s);
  if (!other.empty()) out += " (about " + other + " at the rate you entered)";
  out += "\n";
  for (const auto& t : e.terms)
    if (t.cost() > 0) out += "  " + t.label + ": " + format_usd(t.net()) + " (" + term_basis(e, t) + ")\n";
  out += basis_sentence(e);
  if (!e.figures_source_url.empty()) out += " Source: " + e.figures_source_url + ".";
  out += " Official figures change every year; this is an estimate.\n";
  for (const auto& n : e.notes) out += "Note: " + n + "\n";
  if (!link.empty()) out += "Scenario: " + link + "\n";
  return out;
}

std::string estimate_headline(const Estimate& e, const Date& today) {
  return "Estimated net cost " + format_usd_whole(e.net) + ", " + estimate_basis_with_rates(e) + ". " +
         graduation_phrase(e, today) + ", " + months_phrase(e) + ".";
}

}  // namespace core
