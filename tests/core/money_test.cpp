#include "core/money.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace core;

TEST_CASE("apply_rate rounds half away from zero, to the cent") {
  CHECK(apply_rate(dollars(100), 2'000) == dollars(20));
  CHECK(apply_rate(1, 5'000) == 1);    // 0.5 cent rounds up
  CHECK(apply_rate(-1, 5'000) == -1);  // and away from zero when negative
  CHECK(apply_rate(1, 4'999) == 0);
  CHECK(apply_rate(3'299'000, 390) == 128'661);  // $32,990 * 3.9% = $1,286.61
}

TEST_CASE("apply_rate saturates instead of overflowing") {
  const Cents huge = std::numeric_limits<Cents>::max() / 2;
  CHECK(apply_rate(huge, 1'000'000) > 0);
  CHECK(add_saturating(huge, huge) > 0);
  CHECK(add_saturating(-huge, -huge) < 0);
}

TEST_CASE("escalate compounds yearly") {
  CHECK(escalate(dollars(1000), 1'000, 0) == dollars(1000));
  CHECK(escalate(dollars(1000), 1'000, 1) == dollars(1100));
  CHECK(escalate(dollars(1000), 1'000, 2) == dollars(1210));
}

TEST_CASE("format_usd groups thousands and shows cents only when needed") {
  CHECK(format_usd(dollars(75'877)) == "$75,877");
  CHECK(format_usd(7'587'750) == "$75,877.50");
  CHECK(format_usd(-dollars(1000)) == "-$1,000");
  CHECK(format_usd(0) == "$0");
  CHECK(format_usd(dollars(999)) == "$999");
  CHECK(format_usd(dollars(1'000'000)) == "$1,000,000");
  CHECK(format_usd(std::numeric_limits<Cents>::min()).rfind("-$", 0) == 0);
  CHECK(format_usd_whole(12'753'126) == "$127,531");
  CHECK(format_usd_whole(12'753'150) == "$127,532");
  CHECK(format_usd_whole(-150) == "-$2");
  CHECK(format_decimal(dollars(75'877)) == "75877.00");
  CHECK(format_decimal(-5) == "-0.05");
}

TEST_CASE("format_percent") {
  CHECK(format_percent(390) == "3.9%");
  CHECK(format_percent(2'000) == "20%");
  CHECK(format_percent(125) == "1.25%");
}

TEST_CASE("parse_fixed_decimal accepts plain decimals only") {
  CHECK(parse_fixed_decimal("3", 2) == 300);
  CHECK(parse_fixed_decimal("3.5", 2) == 350);
  CHECK(parse_fixed_decimal("12.25", 2) == 1225);
  CHECK(parse_fixed_decimal("0.05", 2) == 5);
  CHECK_FALSE(parse_fixed_decimal("3.555", 2));
  CHECK_FALSE(parse_fixed_decimal("-3", 2));
  CHECK_FALSE(parse_fixed_decimal("1e9", 2));
  CHECK_FALSE(parse_fixed_decimal("", 2));
  CHECK_FALSE(parse_fixed_decimal(".", 2));
  CHECK_FALSE(parse_fixed_decimal("nan", 2));
  CHECK_FALSE(parse_fixed_decimal("99999999999999999999", 2));
  CHECK_FALSE(parse_fixed_decimal("1.5", 0));
}
