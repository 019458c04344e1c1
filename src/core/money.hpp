// Exact money: amounts are integer US cents, rates are basis points (1/100 of a percent).
// All rounding in the calculator goes through apply_rate(), the one documented place:
// half away from zero, to the cent.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace core {

using Cents = std::int64_t;
using BasisPoints = std::int64_t;  // 1 bp = 0.01 %, so 100 % = 10'000 bp
// Intermediate products (amount * rate) are computed in 128 bits so they cannot overflow.
__extension__ typedef __int128 WideInt;

constexpr Cents dollars(std::int64_t whole) {
  return whole * 100;
}

// amount * bp / 10'000, rounded half away from zero to the cent. Saturates instead of
// overflowing (inputs are clamped long before that, this is the last line of defence).
Cents apply_rate(Cents amount, BasisPoints bp);

// amount grown by `bp` a year for `years` years, compounding yearly (rounded each year).
Cents escalate(Cents amount, BasisPoints bp_per_year, int years);

// Saturating sum, so an absurd input can never wrap around into a negative total.
Cents add_saturating(Cents a, Cents b);

// "$75,877" (whole dollars) or "$75,877.50"; negatives as "-$1,000".
std::string format_usd(Cents amount, bool always_cents = false);
// Rounded to whole dollars (half away from zero), for headlines: "$127,531".
std::string format_usd_whole(Cents amount);
// "75877.00": plain decimal for CSV.
std::string format_decimal(Cents amount);
// "3.9%" from basis points, dropping trailing zeros.
std::string format_percent(BasisPoints bp);

// Parses a non-negative decimal with at most `max_decimals` digits after the point ("3",
// "3.5", "12.25") into an integer scaled by 10^max_decimals. No exponents, signs or spaces.
std::optional<std::int64_t> parse_fixed_decimal(const std::string& text, int max_decimals);

}  // namespace core
