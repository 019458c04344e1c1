// The Students screen driven through simulated input at phone and laptop sizes.
#include <doctest/doctest.h>

#include "headless.hpp"
#include "ui/icons.hpp"

TEST_CASE("a card opens its profile; on a phone Back returns to the grid") {
  Headless h(390, 844, "/students");
  h.frames(3);
  REQUIRE(h.click_label("card"));  // the first card in name order
  CHECK(h.state().route.detail == "shyamal-anadkat");
  CHECK(app::current_route(h.state()) == "/students/shyamal-anadkat");
  h.frames(2);
  REQUIRE(h.click_label(ICON_CHEVRON_LEFT "  All students"));
  CHECK(h.state().route.detail.empty());
}

TEST_CASE("filter chips narrow the grid and go into the link") {
  Headless h(1440, 900, "/students");
  h.frames(3);
  REQUIRE(h.click_label("Barr-Spach Scholarship"));
  CHECK(h.state().students.filter.award == "Barr-Spach Scholarship");
  CHECK(app::current_route(h.state()) == "/students?award=Barr-Spach%20Scholarship");
  CHECK(core::filter_students(h.state().model.content, h.state().students.filter).size() == 1);
  REQUIRE(h.click_label("All"));
  CHECK_FALSE(h.state().students.filter.active());
}

TEST_CASE("a shared filtered link shows the filtered grid; a bad filter value is a notice") {
  Headless h(1440, 900, "/students?year=2022&background=industry&sort=class&format=hybrid");
  h.frames(3);
  CHECK(h.state().students.filter.class_year == 2022);
  CHECK(h.state().students.filter.entry == core::StudentEntry::Industry);
  CHECK(h.state().students.filter.sort == core::StudentSort::ClassYear);
  REQUIRE(h.state().notices.size() == 1);
  CHECK(h.state().notices[0].rfind("format:", 0) == 0);
}

TEST_CASE("every profile opens at phone, laptop and 4K sizes") {
  for (const auto& [w, hgt] : {std::pair{390.0f, 844.0f}, {1440.0f, 900.0f}, {3840.0f, 2160.0f}}) {
    for (const char* id : {"eduardo-martinez", "shyamal-anadkat", "park-morris"}) {
      Headless h(w, hgt, std::string("/students/") + id);
      h.frames(3);
      CHECK(h.state().route.detail == id);
      CHECK(h.vertex_count() > 1000);
    }
  }
}

TEST_CASE("on a laptop the profile opens in a panel beside the grid, with a close button") {
  Headless h(1440, 900, "/students/eduardo-martinez");
  h.frames(3);
  CHECK(h.has_label(ICON_TIMES "  Close"));
  CHECK(h.has_label("card"));  // the grid is still there
  REQUIRE(h.click_label(ICON_TIMES "  Close"));
  CHECK(h.state().route.detail.empty());
}
