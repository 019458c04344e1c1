// Published or projected: every cost says which, from which year and at which increase.
#include "core/figure_basis.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/estimate_csv.hpp"
#include "core/summary.hpp"
#include "test_content.hpp"

using namespace core;

namespace {

Scenario starting(const Content& c, const std::string& path, int first_fall) {
  Scenario s = default_scenario(c);
  s.path = path;
  s.figures = "2024-25";
  s.start_year = first_fall;
  s.tuition_increase = 390;
  s.living_increase = 300;
  return s;
}

const TermEstimate& term(const Estimate& e, const std::string& label) {
  for (const auto& t : e.terms)
    if (t.label == label) return t;
  FAIL("no term " << label);
  return e.terms.front();
}

}  // namespace

TEST_CASE("terms of the figures' own academic year are published, later ones projected") {
  const Content c = shipped_content();
  const Estimate e = estimate(c, starting(c, "16m1", 2024));
  CHECK(term_basis(e, term(e, "Fall 2024")) == "published 2024-25");
  CHECK(term_basis(e, term(e, "Spring 2025")) == "published 2024-25");
  CHECK(term_basis(e, term(e, "Fall 2025")) == "projected from 2024-25");
  CHECK(basis_of(e) == EstimateBasis::PartlyProjected);
  CHECK(estimate_basis(e) == "partly projected from 2024-25 figures");
  CHECK(basis_sentence(e).find("terms before Fall 2025 use the program's published 2024-25 figures") !=
        std::string::npos);
  CHECK(basis_sentence(e).find("3.9% a year for tuition and fees, 3% for living costs") != std::string::npos);
}

TEST_CASE("a first fall after the figures' year is projected throughout, and says from when at what rate") {
  const Content c = shipped_content();
  const Estimate e = estimate(c, starting(c, "12m", 2027));
  CHECK(basis_of(e) == EstimateBasis::Projected);
  CHECK(term(e, "Fall 2027").years_ahead == 3);
  CHECK(basis_sentence(e).rfind("Projected: no figures are published for these years", 0) == 0);
  for (const LineItem& item : term(e, "Fall 2027").items) {
    INFO(item.label);
    CHECK(item.basis == LineBasis::Projected);
  }
  const std::string csv = estimate_to_csv(e);
  CHECK(csv.find(",tuition,") != std::string::npos);
  CHECK(csv.find("Fall 2027,2027-08,2027-12,Tuition,tuition,") != std::string::npos);
  CHECK(csv.find(",projected from 2024-25 at 3.9% a year\n") != std::string::npos);  // tuition and fees
  CHECK(csv.find(",projected from 2024-25 at 3% a year\n") != std::string::npos);    // living costs
  CHECK(csv.find("published") == std::string::npos);
  CHECK(csv.find(",net,net,") != std::string::npos);
  CHECK(csv.find("\"projected from 2024-25 figures at 3.9% a year for tuition and fees, 3% for living costs\"\n") !=
        std::string::npos);
}

TEST_CASE("the figures' own year is published throughout, even with increases set") {
  const Content c = shipped_content();
  const Estimate e = estimate(c, starting(c, "12m", 2024));
  CHECK(basis_of(e) == EstimateBasis::Published);
  CHECK(estimate_basis(e) == "published 2024-25 figures");
  CHECK(basis_sentence(e) == "Every amount is from the program's published 2024-25 figures.");
  CHECK(estimate_to_csv(e).find("projected") == std::string::npos);
}

TEST_CASE("the visitor's own amounts are neither published nor projected") {
  const Content c = shipped_content();
  Scenario s = starting(c, "16m1", 2027);
  s.living = LivingMode::CustomMonthly;
  s.living_monthly = dollars(1'500);
  s.aid = AidRule::FixedPerYear;
  s.aid_fixed_per_year = dollars(10'000);
  const Estimate e = estimate(c, s);
  for (const LineItem& item : term(e, "Fall 2027").items) {
    INFO(item.label);
    const bool own = item.id == "custom_living" || item.id == "aid";
    CHECK((item.basis == LineBasis::Entered) == own);
    if (own) CHECK(line_basis(e, item) == "your figure");
  }
  // The monthly amount is the first year's: the next academic year raises it by the living increase.
  const auto raised = std::find_if(term(e, "Fall 2028").items.begin(), term(e, "Fall 2028").items.end(),
                                   [](const LineItem& i) { return i.id == "custom_living"; });
  REQUIRE(raised != term(e, "Fall 2028").items.end());
  CHECK(raised->amount == escalate(dollars(1'500) * 4, s.living_increase, 1));
  CHECK(raised->basis == LineBasis::EnteredRaised);
  CHECK(line_basis(e, *raised) == "your figure, raised at " + format_percent(s.living_increase) + " a year");
}

TEST_CASE("a share of projected costs is projected aid") {
  const Content c = shipped_content();
  Scenario s = starting(c, "12m", 2026);
  s.aid = AidRule::PercentOfTuition;
  s.aid_percent = 5'000;
  const Estimate e = estimate(c, s);
  const auto& items = term(e, "Fall 2026").items;
  const auto aid = std::find_if(items.begin(), items.end(), [](const LineItem& i) { return i.id == "aid"; });
  REQUIRE(aid != items.end());
  CHECK(line_basis(e, *aid) == "projected from 2024-25");
}

TEST_CASE("the copied summary names each term's basis and the increases") {
  const Content c = shipped_content();
  const Scenario s = starting(c, "16m1", 2024);
  const std::string text = estimate_summary(estimate(c, s), s, "", Date{2024, 6, 1});
  CHECK(text.find("Estimated net cost: $") != std::string::npos);
  CHECK(text.find(", partly projected from 2024-25 figures\n") != std::string::npos);
  CHECK(text.find("  Fall 2024: $") != std::string::npos);
  CHECK(text.find(" (published 2024-25)\n") != std::string::npos);
  CHECK(text.find(" (projected from 2024-25)\n") != std::string::npos);
  CHECK(text.find("3.9% a year for tuition and fees") != std::string::npos);
}
