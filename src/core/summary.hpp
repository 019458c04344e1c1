// A plain-text summary of an estimate (for "copy summary" and the kiosk QR code's caption).
#pragma once
#include <string>

#include "core/calculator.hpp"
#include "core/dates.hpp"

namespace core {
std::string estimate_summary(const Estimate& e, const Scenario& s, const std::string& link, const Date& today);
// One sentence: net cost with its basis, and graduation (the QR code's caption).
std::string estimate_headline(const Estimate& e, const Date& today);
// When the path ends, in the right tense for `today`: "Graduate August 2028"; once its first
// term has begun, "Would graduate August 2027 (this path's first term began July 2026)";
// once it has ended, "Would have graduated ..." with the same reason.
std::string graduation_phrase(const Estimate& e, const Date& today);
// What the month count measures, and the program's own name for the length when the two differ:
// "21 months from the first fall to the end of the last term (the program calls it a 24-month path)".
std::string months_phrase(const Estimate& e);
// Month name and year, e.g. "August 2025".
std::string month_year(const YearMonth& ym);
// An amount in the display currency, e.g. "₹6,312,000 (at your rate of 83.2 INR per USD)".
std::string in_currency(Cents usd, const Scenario& s);
}  // namespace core
