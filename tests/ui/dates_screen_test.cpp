// The screens against today's date: past admissions dates are marked, a first fall that has
// passed never reads as upcoming, and every projected cost says so where it is shown.
#include <doctest/doctest.h>

#include "headless.hpp"
#include "ui/icons.hpp"

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The text of a screen once it has settled, as of `today`.
std::string screen_text(const std::string& route, core::Date today, float width = 1440, float height = 900) {
  Headless h(width, height, route);
  h.state().model.today = today;
  h.frames(6);
  return h.frame_text();
}

}  // namespace

TEST_CASE("admissions dates read as upcoming the day before they pass and as passed the day after") {
  // The shipped cycle's first deadline is 2024-01-15 and its last reply date 2024-04-15.
  const std::string before = screen_text("/program/admissions", {2024, 1, 14});
  CHECK(contains(before, "Jan 15, 2024"));
  CHECK_FALSE(contains(before, "passed"));
  CHECK_FALSE(contains(before, "that cycle has ended"));

  const std::string during = screen_text("/program/admissions", {2024, 1, 16});
  CHECK(contains(during, "passed"));
  CHECK(contains(during, "those marked have passed"));
  CHECK_FALSE(contains(during, "that cycle has ended"));

  const std::string after = screen_text("/program/admissions", {2026, 12, 2});
  CHECK(contains(after, "deadlines (that cycle has ended)"));
  CHECK(contains(after, "all of them have passed"));
}

TEST_CASE("newer pages' facts sit beside the older wording, with its year and their sources") {
  const std::string admissions = screen_text("/program/admissions", {2026, 12, 2}, 1440, 3000);
  CHECK(contains(admissions, "Requirements, as listed for Fall 2024"));
  CHECK(contains(admissions, "Application fee (Fall 2024): $75"));
  CHECK(contains(admissions, "On newer pages"));
  CHECK(contains(admissions, "GRE scores are optional for every 2026 applicant"));
  CHECK(contains(admissions, "enrollment deposit of US $600"));
  CHECK(contains(admissions, "Older wording: The Fall 2024 list asked for one semester of programming"));
  CHECK(contains(admissions, "Source: Pratt master's admissions: application requirements"));

  const std::string aid = screen_text("/program/aid", {2026, 12, 2}, 1440, 3000);
  CHECK(contains(aid, "As the program described them for 2023-24"));
  CHECK(contains(aid, "Duke Mission Scholarships"));
  CHECK(contains(aid, "Source: Pratt admissions: financial support"));
}

TEST_CASE("the sources say when the facts were last checked against them") {
  const std::string sources = screen_text("/program/sources", {2026, 12, 2}, 1440, 3000);
  CHECK(contains(sources, "Facts last checked against these sources on Dec 2, 2026."));
  CHECK(contains(sources, "https://masters.pratt.duke.edu/apply/requirements"));
  CHECK_FALSE(contains(sources, "as supplied by the client"));
}

TEST_CASE("a first fall that has begun or passed is not offered as a graduation to come") {
  // The 12-month path's first term is its July boot camp; it ends in August of the next year.
  const std::string route = "/calculator?path=12m&start=2026";
  CHECK(contains(screen_text(route, {2026, 6, 30}), "Graduate August 2027"));
  const std::string begun = screen_text(route, {2026, 7, 1});
  CHECK(contains(begun, "Would graduate August 2027 (this path's first term began July 2026)"));
  CHECK_FALSE(contains(begun, "Graduate August"));
  CHECK(contains(screen_text(route, {2027, 8, 31}), "Would graduate August 2027"));
  CHECK(contains(screen_text(route, {2027, 9, 1}),
                 "Would have graduated August 2027 (this path's first term began July 2026)"));
}

TEST_CASE("the calculator labels projected figures in the headline, the chart caption and the term table") {
  for (float width : {1440.0f, 390.0f}) {
    const float height = width > 1000 ? 900.0f : 844.0f;
    INFO("width " << width);
    const std::string projected = screen_text("/calculator?path=16m1&start=2027", {2026, 12, 2}, width, height * 3);
    CHECK(contains(projected, "Projected from 2024-25 figures"));
    CHECK(contains(projected, "Projected: no figures are published for these years"));
    CHECK(contains(projected, "at 3.9% a year for tuition and fees, 3.7% for living costs"));
    CHECK(contains(projected, "Fall 2027   $"));
    CHECK(contains(projected, "\xC2\xB7 projected"));

    const std::string published = screen_text("/calculator?path=12m&start=2024", {2024, 6, 1}, width, height * 3);
    CHECK(contains(published, "Published 2024-25 figures"));
    CHECK(contains(published, "Every amount is from the program's published 2024-25 figures."));
    CHECK_FALSE(contains(published, "projected"));
    CHECK_FALSE(contains(published, "Projected"));
  }
}

TEST_CASE("the comparison says the basis of each scenario's total") {
  Headless h(1440, 2400, "/calculator?path=12m&start=2024");
  h.state().model.today = {2024, 6, 1};
  h.frames(3);
  REQUIRE(h.click_label(ICON_PLUS " Compare with…"));
  h.frames(3);
  const std::string text = h.frame_text();
  CHECK(contains(text,
                 "A: 12-month accelerated, on campus: $113,892 (published 2024-25 figures), 12 months. "
                 "Graduate August 2025."));
  CHECK(contains(text, "B: 24-month online: $"));
  CHECK(contains(text, "(partly projected from 2024-25 figures)"));
  h.state().model.today = {2026, 12, 2};
  h.frames(2);
  CHECK(contains(h.frame_text(), "Would have graduated August 2025 (this path's first term began July 2024)."));
}
