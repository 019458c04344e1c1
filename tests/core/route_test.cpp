// Routes and scenario links: parsing, hostile input, and exact round trips.
#include "core/route.hpp"

#include <doctest/doctest.h>

#include <random>

#include "core/scenario_codec.hpp"
#include "test_content.hpp"

using namespace core;

TEST_CASE("screens, details and queries") {
  CHECK(parse_route("/program").route.screen == Screen::Program);
  CHECK(parse_route("#/students").route.screen == Screen::Students);
  const ParsedRoute r = parse_route("/students/shyamal-anadkat");
  CHECK(r.route.screen == Screen::Students);
  CHECK(r.route.detail == "shyamal-anadkat");
  const ParsedRoute c = parse_route("/calculator?path=16m1&start=2026");
  CHECK(c.route.screen == Screen::Calculator);
  REQUIRE(c.route.query.size() == 2);
  CHECK(c.route.query[1] == std::make_pair(std::string("start"), std::string("2026")));
  CHECK(c.notices.empty());
  CHECK(parse_route("").route.screen == Screen::Program);
  CHECK(parse_route("/calculator/").route.screen == Screen::Calculator);
}

TEST_CASE("hostile routes become notices, never crashes") {
  CHECK_FALSE(parse_route("/admin").notices.empty());
  CHECK_FALSE(parse_route("/students/<script>").notices.empty());
  CHECK(parse_route("/students/<script>").route.detail.empty());
  CHECK_FALSE(parse_route("/calculator?path=%ZZ").notices.empty());
  CHECK_FALSE(parse_route("/calculator?a=%").notices.empty());
  CHECK_FALSE(parse_route(std::string(100'000, '/')).notices.empty());
  std::string many = "/calculator?";
  for (int i = 0; i < 500; ++i) many += "k" + std::to_string(i) + "=1&";
  const ParsedRoute r = parse_route(many);
  CHECK(r.route.query.size() == kMaxQueryParams);
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    std::string junk;
    for (int k = 0; k < 60; ++k) junk += static_cast<char>(rng() % 256);
    (void)parse_route(junk);
    (void)parse_route("/calculator?" + junk);
  }
}

TEST_CASE("percent encoding round-trips any bytes") {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  std::string back;
  REQUIRE(percent_decode(percent_encode(all), back));
  CHECK(back == all);
}

TEST_CASE("scenario decoding: unknown keys and bad values are ignored with a notice naming the key") {
  const Content c = shipped_content();
  const Scenario d = default_scenario(c);
  const QueryParams q = {{"path", "16m1"},          {"start", "2026"},         {"living", "family"},
                         {"aid", "cost:20"},        {"colour", "red"},         {"insurance", "maybe"},
                         {"tuition_increase", "x"}, {"living_increase", "2.5"}};
  const DecodedScenario r = decode_scenario(c, q, d);
  CHECK(r.state.main.path == "16m1");
  CHECK(r.state.main.start_year == 2026);
  CHECK(r.state.main.living == LivingMode::Family);
  CHECK(r.state.main.aid == AidRule::PercentOfCost);
  CHECK(r.state.main.aid_percent == 2'000);
  CHECK(r.state.main.insurance == d.insurance);
  CHECK(r.state.main.living_increase == 250);
  CHECK(r.state.main.tuition_increase == d.tuition_increase);
  REQUIRE(r.notices.size() == 3);
  CHECK(r.notices[0].find("colour") != std::string::npos);
  CHECK(r.notices[1].find("insurance") != std::string::npos);
  CHECK(r.notices[2].find("tuition_increase") != std::string::npos);
}

TEST_CASE("a key given twice and a rate without a currency are said, not silently settled") {
  const ParsedRoute twice = parse_route("/calculator?path=12m&start=2027&path=online");
  REQUIRE(twice.route.query.size() == 2);
  CHECK(twice.route.query[0] == std::make_pair(std::string("path"), std::string("12m")));
  REQUIRE(twice.notices.size() == 1);
  CHECK(twice.notices[0] == "\"path\" is given twice; using the first, \"12m\"");

  // A link repeating keys says each key once, with how often, in the order they first repeat.
  std::string many = "/calculator?a=1&b=x%ZZ";
  for (int i = 0; i < 300; ++i) many += "&a=" + std::to_string(i) + "&b=2";
  many += "&a=last&c=3&c=4";
  const ParsedRoute repeated = parse_route(many);
  REQUIRE(repeated.notices.size() == 4);
  CHECK(repeated.notices[0] == "ignored a malformed setting \"b=x%ZZ\"");
  CHECK(repeated.notices[1] == "\"a\" is given 302 times; using the first, \"1\"");
  CHECK(repeated.notices[2] == "\"b\" is given 300 times; using the first, \"2\"");
  CHECK(repeated.notices[3] == "\"c\" is given twice; using the first, \"3\"");
  CHECK(repeated.route.query.size() == 3);

  const Content c = shipped_content();
  const Scenario defaults = default_scenario(c, 2026, 12);
  for (const std::string& query : {std::string("rate=0.9"), std::string("currency=USD&rate=0.9")}) {
    std::vector<std::string> notices;
    const DecodedScenario d = decode_scenario(c, parse_query(query, notices), defaults);
    INFO(query);
    REQUIRE(d.notices.size() == 1);
    CHECK(d.notices[0].find("rate: an exchange rate is used only with a currency") == 0);
    CHECK(d.state.main.currency.empty());
  }
  std::vector<std::string> notices;
  CHECK(decode_scenario(c, parse_query("currency=EUR&rate=0.9", notices), defaults).notices.empty());
}

TEST_CASE("random scenarios survive encode -> route text -> decode exactly") {
  const Content c = shipped_content();
  std::mt19937_64 rng(42);
  for (int i = 0; i < 500; ++i) {
    CalculatorScenarios st;
    auto random_scenario = [&]() {
      Scenario s = default_scenario(c);
      s.path = c.paths[rng() % c.paths.size()].id;
      s.figures = c.cost_years[rng() % c.cost_years.size()].id;
      s.start_year = 2024 + static_cast<int>(rng() % 16);
      s.tuition_increase = static_cast<BasisPoints>(rng() % 2001);
      s.living_increase = static_cast<BasisPoints>(rng() % 2001);
      s.insurance = rng() % 2;
      s.living = static_cast<LivingMode>(rng() % 3);
      if (s.living == LivingMode::CustomMonthly) s.living_monthly = static_cast<Cents>(rng() % 2'000'001);
      s.extras = rng() % 2;
      s.aid = static_cast<AidRule>(rng() % 4);
      if (s.aid == AidRule::FixedPerYear)
        s.aid_fixed_per_year = static_cast<Cents>(rng() % 50'000'001);
      else if (s.aid != AidRule::None)
        s.aid_percent = static_cast<BasisPoints>(rng() % 10'001);
      s.loan_fees = rng() % 2;
      s.intern_weekly_pay = static_cast<Cents>(rng() % 2'000'001);
      s.intern_weeks = static_cast<int>(rng() % 17);
      if (rng() % 2) {
        s.currency = "EUR";
        s.rate_millionths = 1 + static_cast<std::int64_t>(rng() % 1'000'000'000);
      }
      return s;
    };
    st.main = random_scenario();
    if (rng() % 2) st.compare = random_scenario();
    Route route;
    route.screen = Screen::Calculator;
    route.query = encode_scenario(st);
    const ParsedRoute parsed = parse_route(format_route(route));
    REQUIRE(parsed.notices.empty());
    const DecodedScenario back = decode_scenario(c, parsed.route.query, default_scenario(c));
    INFO(format_route(route));
    REQUIRE(back.notices.empty());
    CHECK(back.state.main == st.main);
    CHECK(back.state.compare.has_value() == st.compare.has_value());
    if (st.compare) CHECK(*back.state.compare == *st.compare);
  }
}
