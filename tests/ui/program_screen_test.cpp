// The Program screen and the search box, driven through simulated input.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <limits>

#include "headless.hpp"

TEST_CASE("typing in the search box shows highlighted matches; clicking one opens it") {
  Headless h(1440, 900, "/program");
  h.frames(3);
  REQUIRE(h.click_label("##search"));
  h.type("grubhub");
  h.frames(2);
  REQUIRE(h.state().search.results.size() == 1);
  CHECK_FALSE(h.state().search.results[0].snippet_highlights.empty());
  REQUIRE(h.click_label("result"));
  CHECK(h.state().route.screen == core::Screen::Students);
  CHECK(h.state().route.detail == "shyamal-anadkat");
  CHECK(h.state().search.query.empty());
}

TEST_CASE("a course result jumps to its highlighted row in the curriculum") {
  Headless h(390, 844, "/students");
  h.frames(3);
  h.state().search.open = true;  // the phone's search button opens the search row
  h.frames(2);
  h.type("mlops");
  h.frames(2);
  REQUIRE_FALSE(h.state().search.results.empty());
  REQUIRE(h.click_label("result"));
  h.frames(30);
  CHECK(h.state().route.screen == core::Screen::Program);
  CHECK(h.state().program.highlight_course == "aipi-561");
  CHECK(ImGui::FindWindowByName("##root") != nullptr);
}

TEST_CASE("section links and the contents list scroll the page smoothly to the section") {
  Headless h(1440, 900, "/program/admissions");
  h.frames(60);
  CHECK(h.state().program.current_section == "admissions");
  REQUIRE(h.click_label("Curriculum"));
  h.frames(40);
  CHECK(h.state().program.current_section == "curriculum");
}

TEST_CASE("the curriculum filter chips narrow the table to one group") {
  Headless h(1440, 900, "/program/curriculum");
  h.frames(30);
  REQUIRE(h.click_label("Capstone"));
  CHECK(h.state().program.group_filter == "capstone");
  REQUIRE(h.click_label("All"));
  CHECK(h.state().program.group_filter.empty());
}

TEST_CASE("Enter in the search box opens the best match") {
  Headless h(1440, 900, "/program");
  h.frames(3);
  REQUIRE(h.click_label("##search"));
  h.type("capstone");
  h.frames(2);
  REQUIRE_FALSE(h.state().search.results.empty());
  h.key(ImGuiKey_Enter);
  h.frames(2);
  CHECK(h.state().route.screen == core::Screen::Program);
  CHECK(h.state().program.highlight_course == "aipi-549");
}

TEST_CASE("typing one character a frame into the phone's search row loses nothing") {
  Headless h(390, 844, "/program");
  h.frames(3);
  h.state().search.open = true;
  h.frames(3);
  for (char c : std::string("grubhub")) h.type(std::string(1, c));
  h.frames(2);
  CHECK(h.state().search.query == "grubhub");
}

TEST_CASE("fast typing: frames are wanted until ImGui has taken every queued key and character") {
  Headless h(1440, 900, "/program");
  h.frames(3);
  REQUIRE(h.click_label("##search"));
  h.frames(3);
  ImGuiIO& io = ImGui::GetIO();
  // What a browser or SDL delivers between two frames when someone types quickly: each
  // character with its key presses, which ImGui hands to the field over several frames.
  for (const char* c : {"g", "r", "u", "b"}) {
    const ImGuiKey key = static_cast<ImGuiKey>(ImGuiKey_A + (c[0] - 'a'));
    io.AddKeyEvent(key, true);
    io.AddInputCharactersUTF8(c);
    io.AddKeyEvent(key, false);
  }
  int frames = 0;
  while (app::wants_frames(h.state()) && frames < 100) {
    h.frame();
    ++frames;
  }
  CHECK(frames > 1);
  CHECK(h.state().search.query == "grub");
}

TEST_CASE("a spread first layout stops below the window, then reaches further each frame until all is laid out") {
  // Each section's text is parsed when it is laid out, so the cache counts the sections reached.
  Headless whole(1440, 900, "/program");
  whole.frame();
  const std::size_t all_sections = whole.state().rich_text_cache.size();

  Headless h(1440, 900, "/program");
  app::begin_spread_layout(h.state());
  h.frames(2);  // as the web's first frame: laid out once unseen, then drawn
  CHECK(h.has_label("Overview"));
  std::size_t reached = h.state().rich_text_cache.size();
  CHECK(reached < all_sections);
  CHECK(h.state().frame.layout_cut);
  int more_frames = 0;
  while (h.state().frame.layout_cut && more_frames < 50) {
    REQUIRE(app::wants_frames(h.state()));  // it asked for the frame that lays out more
    app::continue_spread_layout(h.state());
    h.frame();
    ++more_frames;
    CHECK(h.state().rich_text_cache.size() >= reached);
    reached = h.state().rich_text_cache.size();
  }
  CHECK(more_frames > 1);  // spread, not all at once
  CHECK(reached == all_sections);
  app::continue_spread_layout(h.state());
  CHECK(h.state().frame.layout_limit_y == std::numeric_limits<float>::infinity());
}

TEST_CASE("a link to a section lays out the whole page even when the first layout is spread") {
  Headless whole(1440, 900, "/program/sources");
  whole.frame();
  Headless h(1440, 900, "/program/sources");
  app::begin_spread_layout(h.state());
  h.frame();
  CHECK(h.state().rich_text_cache.size() == whole.state().rich_text_cache.size());
}
