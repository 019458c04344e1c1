// Integer money arithmetic and formatting; see money.hpp for the rounding rule.
#include "core/money.hpp"

#include <limits>

namespace core {

namespace {
constexpr Cents kMax = std::numeric_limits<Cents>::max() / 4;  // headroom for sums
}

Cents apply_rate(Cents amount, BasisPoints bp) {
  const WideInt product = static_cast<WideInt>(amount) * bp;
  const WideInt half = 5'000;
  WideInt q = product >= 0 ? (product + half) / 10'000 : (product - half) / 10'000;
  if (q > kMax) q = kMax;
  if (q < -kMax) q = -kMax;
  return static_cast<Cents>(q);
}

Cents escalate(Cents amount, BasisPoints bp_per_year, int years) {
  for (int y = 0; y < years; ++y) amount = apply_rate(amount, 10'000 + bp_per_year);
  return amount;
}

Cents add_saturating(Cents a, Cents b) {
  const WideInt s = static_cast<WideInt>(a) + b;
  if (s > kMax) return kMax;
  if (s < -kMax) return -kMax;
  return static_cast<Cents>(s);
}

static std::string group_thousands(std::uint64_t whole) {
  std::string digits = std::to_string(whole);
  std::string out;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[static_cast<std::size_t>(i)];
  }
  return out;
}

std::string format_usd(Cents amount, bool always_cents) {
  const bool negative = amount < 0;
  const std::uint64_t abs =
      negative ? static_cast<std::uint64_t>(-(amount + 1)) + 1 : static_cast<std::uint64_t>(amount);
  std::string out = negative ? "-$" : "$";
  out += group_thousands(abs / 100);
  const auto cents = abs % 100;
  if (always_cents || cents != 0) {
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    out += static_cast<char>('0' + cents % 10);
  }
  return out;
}

std::string format_usd_whole(Cents amount) {
  const Cents rounded = amount >= 0 ? (amount + 50) / 100 * 100 : -((-(amount + 1) + 1 + 50) / 100 * 100);
  return format_usd(rounded);
}

std::string format_decimal(Cents amount) {
  const bool negative = amount < 0;
  const std::uint64_t abs =
      negative ? static_cast<std::uint64_t>(-(amount + 1)) + 1 : static_cast<std::uint64_t>(amount);
  std::string out = negative ? "-" : "";
  out += std::to_string(abs / 100);
  out += '.';
  out += static_cast<char>('0' + (abs % 100) / 10);
  out += static_cast<char>('0' + abs % 10);
  return out;
}

std::string format_percent(BasisPoints bp) {
  std::string out = bp < 0 ? "-" : "";
  const std::int64_t abs = bp < 0 ? -bp : bp;
  out += std::to_string(abs / 100);
  std::int64_t frac = abs % 100;
  if (frac != 0) {
    out += '.';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
  }
  return out + "%";
}

std::optional<std::int64_t> parse_fixed_decimal(const std::string& text, int max_decimals) {
  if (text.empty() || text.size() > 24) return std::nullopt;
  std::int64_t whole = 0;
  std::int64_t frac = 0;
  int frac_digits = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : text) {
    if (c == '.') {
      if (seen_point || max_decimals == 0) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seen_digit = true;
    if (seen_point) {
      if (++frac_digits > max_decimals) return std::nullopt;
      frac = frac * 10 + (c - '0');
    } else {
      if (whole > 100'000'000'000LL) return std::nullopt;  // far beyond any input range
      whole = whole * 10 + (c - '0');
    }
  }
  if (!seen_digit) return std::nullopt;
  std::int64_t scale = 1;
  for (int i = 0; i < max_decimals; ++i) scale *= 10;
  for (int i = frac_digits; i < max_decimals; ++i) frac *= 10;
  return whole * scale + frac;
}

}  // namespace core
