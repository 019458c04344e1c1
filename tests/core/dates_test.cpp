// Dates against today: calendar parsing, deadlines before and after each published date, and
// the warning about old cost figures.
#include "core/dates.hpp"

#include <doctest/doctest.h>

#include "test_content.hpp"

using namespace core;

TEST_CASE("ISO dates: real calendar days only") {
  CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK(parse_iso_date("2026-12-02")->iso() == "2026-12-02");
  for (const char* bad : {"2023-02-29", "2026-02-30", "2026-00-10", "2026-12-32", "2026-1-02", "1899-12-31", "20261202",
                          "2026-12-02x", "abcd-ef-gh", ""})
    CHECK_FALSE(parse_iso_date(bad));
  CHECK(readable_date("2024-01-15") == "Jan 15, 2024");
  CHECK(readable_date("not a date") == "not a date");
}

TEST_CASE("a published date has passed only once its whole day is over, for every date of the cycle") {
  const Content c = shipped_content();
  REQUIRE_FALSE(c.admissions.deadlines.empty());
  for (const Deadline& d : c.admissions.deadlines) {
    for (const std::string* iso : {&d.deadline, &d.decision, &d.reply}) {
      if (iso->empty()) continue;
      const Date day = *parse_iso_date(*iso);
      const Date before{day.year, day.month, day.day == 1 ? 1 : day.day - 1};
      Date after = day;
      ++after.day;  // the published dates are none of them a month's last day
      REQUIRE(parse_iso_date(after.iso()));
      CAPTURE(*iso);
      CHECK_FALSE(date_passed(*iso, before));
      CHECK_FALSE(date_passed(*iso, day));
      CHECK(date_passed(*iso, after));
    }
  }
}

TEST_CASE("the admissions cycle: none, some or all of its dates passed") {
  const Admissions& a = shipped_content().admissions;
  CHECK_FALSE(any_admissions_date_passed(a, {2024, 1, 15}));  // the first deadline's own day
  CHECK_FALSE(admissions_cycle_over(a, {2024, 1, 15}));
  CHECK(any_admissions_date_passed(a, {2024, 1, 16}));
  CHECK_FALSE(admissions_cycle_over(a, {2024, 1, 16}));
  CHECK_FALSE(admissions_cycle_over(a, {2024, 6, 1}));  // the last reply date
  CHECK(admissions_cycle_over(a, {2024, 6, 2}));
  CHECK(admissions_cycle_over(a, {2026, 12, 2}));
}

TEST_CASE("old cost figures are flagged once they are more than one academic year behind today") {
  const Content c = shipped_content();                          // newest figures: 2024-25
  CHECK_FALSE(stale_figures_warning(c, {2025, 9, 1}));          // 2025-26: one year behind
  CHECK_FALSE(stale_figures_warning(c, {2026, 7, 31}));         // still 2025-26
  const auto warning = stale_figures_warning(c, {2026, 8, 1});  // 2026-27: two years behind
  REQUIRE(warning);
  CHECK(warning->find("2024-25") != std::string::npos);
  CHECK(warning->find("2026-27") != std::string::npos);
  CHECK(stale_figures_warning(c, {2026, 12, 2}));
}

TEST_CASE("facts not checked against their sources for over a year, or never, are flagged") {
  Content c = shipped_content();
  REQUIRE(c.facts_checked.date == "2026-12-02");
  CHECK_FALSE(unchecked_facts_warning(c, {2026, 12, 2}));
  CHECK_FALSE(unchecked_facts_warning(c, {2027, 12, 2}));  // a year to the day
  const auto old = unchecked_facts_warning(c, {2027, 12, 3});
  REQUIRE(old);
  CHECK(old->find("2026-12-02") != std::string::npos);
  CHECK_FALSE(unchecked_facts_warning(c, {2025, 9, 1}));
  c.facts_checked.date.clear();
  CHECK(unchecked_facts_warning(c, {2026, 12, 2}));
}
