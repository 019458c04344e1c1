// A plain-text summary of an estimate (for "copy summary" and the kiosk QR code's caption).
#pragma once
#include <string>

#include "core/calculator.hpp"

namespace core {
std::string estimate_summary(const Estimate& e, const Scenario& s, const std::string& link);
// Month name and year, e.g. "August 2025".
std::string month_year(const YearMonth& ym);
// An amount in the display currency, e.g. "₹6,312,000 (at your rate of 83.2 INR per USD)".
std::string in_currency(Cents usd, const Scenario& s);
}  // namespace core
