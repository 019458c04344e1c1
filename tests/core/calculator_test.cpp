// The engine against the program's published figures, and against absurd inputs.
#include "core/calculator.hpp"

#include <doctest/doctest.h>

#include <random>

#include "core/estimate_csv.hpp"
#include "core/summary.hpp"
#include "test_content.hpp"

using namespace core;

namespace {

Scenario published(const Content& c, const std::string& path, const std::string& figures) {
  Scenario s = default_scenario(c);
  s.path = path;
  s.figures = figures;
  s.start_year = c.cost_year(figures)->first_fall < c.latest_cost_year()->first_fall ? c.latest_cost_year()->first_fall
                                                                                     : c.cost_year(figures)->first_fall;
  s.tuition_increase = 0;
  s.living_increase = 0;
  return s;
}

Cents term_cost(const Estimate& e, const std::string& label) {
  for (const auto& t : e.terms)
    if (t.label == label) return t.cost();
  FAIL("no term " << label);
  return 0;
}

}  // namespace

TEST_CASE("2024-25, 12 months on campus: tuition and cost of attendance match the published figures") {
  const Content c = shipped_content();
  const Estimate e = estimate(c, published(c, "12m", "2024-25"));
  CHECK(e.by_kind[LineKind::Tuition] == dollars(75'877));
  CHECK(term_cost(e, "Fall 2024") == dollars(48'208));
  CHECK(term_cost(e, "Spring 2025") == dollars(47'379));
  CHECK(term_cost(e, "Summer 2025") == dollars(18'305));
  CHECK(e.cost == dollars(113'892));
  CHECK(e.net == dollars(113'892));
  CHECK(e.months == 12);
  CHECK(e.graduation.year == 2025);
  CHECK(e.graduation.month == 8);
}

TEST_CASE("2024-25, 16 months: one or two final-fall courses") {
  const Content c = shipped_content();
  CHECK(estimate(c, published(c, "16m1", "2024-25")).by_kind[LineKind::Tuition] == dollars(85'774));
  CHECK(estimate(c, published(c, "16m2", "2024-25")).by_kind[LineKind::Tuition] == dollars(95'671));
  const Estimate e = estimate(c, published(c, "16m1", "2024-25"));
  CHECK(e.months == 16);
  CHECK(e.graduation.year == 2025);
  CHECK(e.graduation.month == 12);
  CHECK(e.terms.back().billed_by_course);
}

TEST_CASE("2024-25 online: tuition, and with the transcript fee and books") {
  const Content c = shipped_content();
  const Estimate e = estimate(c, published(c, "online", "2024-25"));
  CHECK(e.by_kind[LineKind::Tuition] == dollars(98'970));
  CHECK(e.cost == dollars(99'734));
  Scenario no_books = published(c, "online", "2024-25");
  no_books.extras = false;
  CHECK(estimate(c, no_books).cost == dollars(98'970 + 120));
}

TEST_CASE("2023-24 figures reproduce that year's published tuition totals") {
  const Content c = shipped_content();
  // Start in the figures' own year so that nothing is grown.
  auto at_2023 = [&](const std::string& path) {
    Scenario s = published(c, path, "2023-24");
    s.start_year = 2024;     // the earliest first fall the calculator offers...
    s.tuition_increase = 0;  // ...with no growth, so 2023-24 amounts are used as published
    s.living_increase = 0;
    return estimate(c, s);
  };
  CHECK(at_2023("12m").by_kind[LineKind::Tuition] == dollars(73'048));
  CHECK(at_2023("16m1").by_kind[LineKind::Tuition] == dollars(82'576));
  // The page's upper 16-month figure (95,280) is ten courses at the per-course rate; the
  // term rates give 73,048 + 2 x 9,528 (documented in content.json's notes).
  CHECK(at_2023("16m2").by_kind[LineKind::Tuition] == dollars(73'048 + 2 * 9'528));
  CHECK(at_2023("online").by_kind[LineKind::Tuition] == dollars(95'280));
  CHECK(at_2023("online").cost == dollars(96'020));
  // Its listed items sum to 46,467 / 45,643 / 17,654 (the page's totals are a few dollars higher).
  const Estimate e = at_2023("12m");
  CHECK(e.terms[1].cost() == dollars(46'467));
  CHECK(e.terms[2].cost() == dollars(45'643));
  CHECK(e.terms[3].cost() == dollars(17'654));
}

TEST_CASE("options remove exactly the items they name") {
  const Content c = shipped_content();
  const Scenario base = published(c, "12m", "2024-25");
  Scenario s = base;
  s.insurance = false;
  CHECK(estimate(c, s).cost == dollars(113'892 - 3'381));
  s = base;
  s.living = LivingMode::Family;  // no room and board
  CHECK(estimate(c, s).cost == dollars(113'892 - (6'008 + 7'510 + 4'506) - (1'880 + 2'350 + 1'410)));
  s.living = LivingMode::CustomMonthly;
  s.living_monthly = dollars(1'000);  // 4 + 5 + 3 months
  CHECK(estimate(c, s).cost == dollars(113'892 - (6'008 + 7'510 + 4'506) - (1'880 + 2'350 + 1'410) + 12'000));
  s = base;
  s.extras = false;
  CHECK(estimate(c, s).cost == dollars(113'892 - (322 + 322 + 167) - (904 + 1'130 + 678) - (1'896 + 2'370 + 1'422)));
  s = base;
  s.loan_fees = true;  // fall and spring semesters only
  CHECK(estimate(c, s).cost == dollars(113'892 + 2 * 438));
}

TEST_CASE("aid: percent of tuition, percent of cost, fixed a year") {
  const Content c = shipped_content();
  Scenario s = published(c, "12m", "2024-25");
  s.aid = AidRule::PercentOfTuition;
  s.aid_percent = 5'000;
  Estimate e = estimate(c, s);
  CHECK(e.by_kind[LineKind::Aid] == -apply_rate(dollars(75'877), 5'000));
  CHECK(e.net == e.cost + e.by_kind[LineKind::Aid]);

  s.aid = AidRule::PercentOfCost;
  s.aid_percent = 2'000;
  e = estimate(c, s);
  CHECK(e.by_kind[LineKind::Aid] == -(apply_rate(dollars(48'208), 2'000) + apply_rate(dollars(47'379), 2'000) +
                                      apply_rate(dollars(18'305), 2'000)));

  s.aid = AidRule::FixedPerYear;
  s.aid_fixed_per_year = dollars(10'000);  // one academic year: fall, spring, summer
  e = estimate(c, s);
  CHECK(e.by_kind[LineKind::Aid] == -dollars(10'000));
  // 16 months: a whole first year, then a final fall alone gets a third, not the year's amount again.
  s.path = "16m1";
  e = estimate(c, s);
  CHECK(e.by_kind[LineKind::Aid] == -(dollars(10'000) + dollars(10'000) / 3));
  CHECK(e.terms.back().by_kind[LineKind::Aid] == -(dollars(10'000) / 3));
  bool said = false;
  for (const auto& n : e.notes) said = said || n.find("a third each") != std::string::npos;
  CHECK(said);

  s.aid = AidRule::PercentOfCost;
  s.aid_percent = 10'000;  // everything covered: net is zero, never negative
  CHECK(estimate(c, s).net == 0);
}

namespace {
bool has_note(const Estimate& e, const std::string& words) {
  for (const auto& n : e.notes)
    if (n.find(words) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("where the program's own totals differ from the sum of its figures, the estimate says both") {
  const Content c = shipped_content();
  const Estimate two_courses = estimate(c, published(c, "16m2", "2023-24"));
  CHECK(has_note(two_courses, "gives $95,280 in tuition for this path; its per-term figures add up to $92,104"));
  CHECK(has_note(two_courses, "About the 2023-24 figures: Its 16-month upper figure"));
  CHECK(has_note(estimate(c, published(c, "12m", "2023-24")), "a few dollars above the sum of its listed items"));
  // 2024-25's published tuition totals match the sum of its figures: nothing to explain.
  CHECK_FALSE(has_note(estimate(c, published(c, "16m2", "2024-25")), "in tuition for this path"));
}

TEST_CASE("the months counted say what they count, and the program's name for the length when it differs") {
  const Content c = shipped_content();
  const Estimate online = estimate(c, published(c, "online", "2024-25"));
  CHECK(months_phrase(online) ==
        "21 months from the first fall to the end of the last term (the program calls it a 24-month path)");
  CHECK(months_phrase(estimate(c, published(c, "12m", "2024-25"))) ==
        "12 months from the first fall to the end of the last term");
}

TEST_CASE("yearly increases grow each academic year after the figures' year") {
  const Content c = shipped_content();
  Scenario s = published(c, "12m", "2024-25");
  s.start_year = 2026;
  s.tuition_increase = 1'000;
  const Estimate e = estimate(c, s);
  CHECK(e.terms[1].label == "Fall 2026");
  CHECK(e.terms[1].items[0].amount == escalate(dollars(32'990), 1'000, 2));
  CHECK(e.terms[3].label == "Summer 2027");
  CHECK(e.terms[3].items[0].amount == escalate(dollars(9'897), 1'000, 2));
  CHECK(e.graduation.year == 2027);
}

TEST_CASE("internship earnings offset the internship term only, never below zero") {
  const Content c = shipped_content();
  Scenario s = published(c, "12m", "2024-25");
  s.intern_weekly_pay = dollars(1'000);
  s.intern_weeks = 10;
  Estimate e = estimate(c, s);
  CHECK(e.by_kind[LineKind::Earnings] == -dollars(10'000));
  CHECK(e.terms.back().by_kind[LineKind::Earnings] == -dollars(10'000));
  s.intern_weekly_pay = dollars(20'000);
  s.intern_weeks = 16;
  e = estimate(c, s);
  CHECK(e.terms.back().net() == 0);
  CHECK(e.net > 0);
}

TEST_CASE("clamp_scenario names each field it corrects") {
  const Content c = shipped_content();
  Scenario s = default_scenario(c);
  s.path = "99m";
  s.start_year = 1900;
  s.tuition_increase = 1'000'000;
  s.aid_percent = -5;
  s.intern_weeks = 500;
  const auto notes = clamp_scenario(c, s);
  auto mentions = [&](const std::string& field) {
    for (const auto& n : notes)
      if (n.rfind(field + ":", 0) == 0) return true;
    return false;
  };
  CHECK(mentions("path"));
  CHECK(mentions("start"));
  CHECK(mentions("tuition_increase"));
  CHECK(mentions("aid"));
  CHECK(mentions("intern_weeks"));
  CHECK(s.path == "12m");
  CHECK(s.start_year == 2024);
  CHECK(s.tuition_increase == Limits::kMaxIncrease);
  CHECK(clamp_scenario(c, s).empty());
}

TEST_CASE("a sweep of extreme inputs never yields a negative or overflowing total") {
  const Content c = shipped_content();
  std::mt19937_64 rng(20261127);
  const std::int64_t extremes[] = {0,
                                   1,
                                   -1,
                                   100,
                                   10'000,
                                   1'000'000'000LL,
                                   std::numeric_limits<std::int64_t>::max() / 3,
                                   std::numeric_limits<std::int64_t>::min() / 3};
  auto pick = [&]() { return extremes[rng() % (sizeof extremes / sizeof extremes[0])]; };
  for (int i = 0; i < 3000; ++i) {
    Scenario s = default_scenario(c);
    s.path = c.paths[rng() % c.paths.size()].id;
    s.start_year = static_cast<int>(pick() % 5000);
    s.tuition_increase = pick();
    s.living_increase = pick();
    s.living = static_cast<LivingMode>(rng() % 3);
    s.living_monthly = pick();
    s.aid = static_cast<AidRule>(rng() % 4);
    s.aid_percent = pick();
    s.aid_fixed_per_year = pick();
    s.intern_weekly_pay = pick();
    s.intern_weeks = static_cast<int>(pick() % 100000);
    s.loan_fees = rng() % 2;
    s.insurance = rng() % 2;
    const Estimate e = estimate(c, s);
    REQUIRE(e.net >= 0);
    REQUIRE(e.cost >= 0);
    REQUIRE(e.net <= e.cost);
    for (const auto& t : e.terms) REQUIRE(t.net() >= 0);
  }
}

TEST_CASE("CSV has the agreed header, one row per item and TOTAL rows") {
  const Content c = shipped_content();
  const Estimate e = estimate(c, published(c, "12m", "2024-25"));
  const std::string csv = estimate_to_csv(e);
  CHECK(csv.rfind("term,start,end,item,kind,amount_usd,basis\n", 0) == 0);
  CHECK(csv.find("Fall 2024,2024-08,2024-12,Tuition,tuition,32990.00,published 2024-25\n") != std::string::npos);
  CHECK(csv.find("TOTAL,2024-07,2025-08,tuition,tuition,75877.00,published 2024-25 figures\n") != std::string::npos);
  CHECK(csv.find("TOTAL,2024-07,2025-08,net,net,113892.00,published 2024-25 figures\n") != std::string::npos);
  CHECK(csv.find(",aid,aid,0.00,published 2024-25 figures\n") != std::string::npos);
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

TEST_CASE("default increases come from the two published years") {
  const Content c = shipped_content();
  CHECK(default_tuition_increase(c) == 390);  // 31,760 -> 32,990 is +3.87 %
  CHECK(default_living_increase(c) == 370);   // room 5,792 -> 6,008 is +3.73 %
}

TEST_CASE("the default first fall is the next one ahead of today") {
  const Content c = shipped_content();
  CHECK(default_scenario(c, 2026, 11).start_year == 2027);
  CHECK(default_scenario(c, 2026, 3).start_year == 2026);
  CHECK(default_scenario(c, 2020, 1).start_year == 2024);  // never before the latest figures
  CHECK(default_scenario(c, 2100, 1).start_year == 2024 + Limits::kMaxYearsAhead);
}
