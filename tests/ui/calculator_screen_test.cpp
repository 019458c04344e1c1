// The calculator screen driven through simulated input: results follow the inputs.
#include <doctest/doctest.h>

#include "headless.hpp"
#include "ui/icons.hpp"

TEST_CASE("choosing a path and aid through the screen updates the estimate and the link") {
  Headless h(1440, 900, "/calculator?path=12m&start=2027");
  h.frames(3);
  const core::Cents twelve = h.state().calculator.estimate.net;
  REQUIRE(h.click_label("16 months, 1 last course"));
  CHECK(h.state().calculator.scenario.main.path == "16m1");
  CHECK(h.state().calculator.estimate.months == 16);
  CHECK(h.state().calculator.estimate.net > twelve);
  CHECK(app::current_route(h.state()).find("path=16m1") != std::string::npos);

  REQUIRE(h.click_label("With family (no room and board)"));
  CHECK(h.state().calculator.scenario.main.living == core::LivingMode::Family);
  REQUIRE(h.click_label("MD + MEng in AI: 20%"));
  CHECK(h.state().calculator.scenario.main.aid == core::AidRule::PercentOfCost);
  CHECK(h.state().calculator.estimate.by_kind[core::LineKind::Aid] < 0);
}

TEST_CASE("typing a first fall year re-dates every term") {
  Headless h(390, 844, "/calculator?path=12m&start=2027");
  h.frames(3);
  REQUIRE(h.click_label("+"));  // the first +/- pair belongs to the first fall
  CHECK(h.state().calculator.scenario.main.start_year == 2028);
  CHECK(h.state().calculator.estimate.graduation.year == 2029);
}

TEST_CASE("compare adds a second scenario with the other format and shows the difference") {
  Headless h(1440, 900, "/calculator?path=12m&start=2027");
  h.frames(3);
  REQUIRE(h.click_label(ICON_PLUS " Compare with…"));
  REQUIRE(h.state().calculator.compare_estimate.has_value());
  CHECK(h.state().calculator.scenario.compare->path == "online");
  CHECK(app::current_route(h.state()).find("b.path=online") != std::string::npos);
  h.frames(2);
  CHECK(h.has_label(ICON_TIMES " Stop comparing"));
}

TEST_CASE("copy link, copy summary and export CSV become platform requests with the right contents") {
  Headless h(1440, 900, "/calculator?path=online&start=2027");
  h.state().share_base_url = "https://example.test/explorer/";
  h.frames(3);
  h.take_requests();
  REQUIRE(h.click_label(ICON_LINK "  Copy link"));
  auto r = h.take_requests();
  REQUIRE(r.clipboard_text);
  CHECK(r.clipboard_text->rfind("https://example.test/explorer/#/calculator?path=online", 0) == 0);

  REQUIRE(h.click_label(ICON_COPY "  Copy summary"));
  r = h.take_requests();
  REQUIRE(r.clipboard_text);
  CHECK(r.clipboard_text->find("24-month online") != std::string::npos);
  CHECK(r.clipboard_text->find("Estimated net cost: $") != std::string::npos);

  REQUIRE(h.click_label(ICON_DOWNLOAD "  Export CSV"));
  r = h.take_requests();
  REQUIRE(r.save_file);
  CHECK(r.save_file->file_name == "aimeng-estimate-online-2027.csv");
  CHECK(r.save_file->contents.rfind("term,start,end,item,kind,amount_usd,basis\n", 0) == 0);
}
