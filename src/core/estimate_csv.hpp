// The term table as CSV: "term,start,end,item,kind,amount_usd", one row per item, then
// TOTAL rows for tuition, fees, living, aid and net (and earnings when there are any).
#pragma once
#include <string>

#include "core/calculator.hpp"

namespace core {
std::string estimate_to_csv(const Estimate& e);
std::string csv_field(const std::string& text);  // quoted when it needs to be
}  // namespace core
