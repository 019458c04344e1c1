#include "core/settings.hpp"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("settings round-trip") {
  Settings s;
  s.text_scale = 1.25;
  s.theme = "high-contrast";
  s.calculator = "path=16m1&start=2027";
  s.window = WindowPlacement{10, 20, 1280, 800};
  const SettingsRead r = read_settings(write_settings(s), "settings.json");
  CHECK(r.problems.empty());
  CHECK(r.settings == s);
}

TEST_CASE("corrupt, foreign and future settings fall back to defaults, to be kept aside under a name saying why") {
  struct Case {
    std::string text, tag;
  };
  const Case cases[] = {
      {"", "corrupt"},
      {"{", "corrupt"},
      {"not json", "corrupt"},
      {"[1]", "corrupt"},
      {"\"str\"", "corrupt"},
      {"{\"format_version\": 1, \"calculator\": \"\xC3\x28\"}", "corrupt"},  // not UTF-8
      {std::string("{\"format_version\": 1}\0{}", 24), "corrupt"},           // a NUL byte
      {"{\"format_version\": 1, \"text_scale\": 1e400}", "corrupt"},         // beyond a double
      {"{\"format_version\": 1, \"theme\": \"dark\", \"theme\": \"light\"}", "repeated-keys"},
      {"{\"format_version\": 99, \"text_scale\": 2}", "newer-version"},
      {"{\"format_version\": 18446744073709551615}", "newer-version"},
      {"{\"format_version\": 0}", "older-version"},
      {"{\"format_version\": \"1\", \"text_scale\": 2}", "no-version"},
      {"{\"text_scale\": 2}", "no-version"},
      {std::string(70'000, ' ') + "{\"format_version\": 1}", "too-large"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text.substr(0, 60));
    const SettingsRead r = read_settings(c.text, "settings.json");
    CHECK(r.keep_aside == c.tag);
    CHECK(r.settings == Settings{});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].find("using defaults") != std::string::npos);
  }
  CHECK(read_settings("{\"format_version\": 99}", "s").problems[0].find("format_version 99") != std::string::npos);
}

TEST_CASE("bad fields are dropped one by one, naming the field, and the file is kept aside") {
  const SettingsRead r = read_settings(
      "{\"format_version\": 1, \"text_scale\": 1e9, \"calculator\": \"path=online\","
      " \"window\": {\"x\": 0, \"y\": 0, \"width\": 5, \"height\": 800}}",
      "settings.json");
  CHECK(r.settings.text_scale == 0);
  CHECK(r.settings.calculator == "path=online");
  CHECK_FALSE(r.settings.window);
  CHECK(r.problems.size() == 2);
  CHECK(r.keep_aside == "wrong-values");
  CHECK(read_settings(write_settings(Settings{}), "s").keep_aside.empty());
}

TEST_CASE("a saved window is fitted to the displays there are now") {
  const std::vector<WindowPlacement> laptop{{0, 0, 1440, 875}};
  const WindowPlacement on_screen{100, 50, 1200, 800};
  CHECK(fit_to_displays(on_screen, laptop) == on_screen);
  const WindowPlacement gone = fit_to_displays({5000, 3000, 1200, 800}, laptop);  // a display since unplugged
  CHECK(gone.x == 240);
  CHECK(gone.y == 75);
  const WindowPlacement huge = fit_to_displays({0, 0, 16384, 16384}, laptop);
  CHECK(huge.width == 1440);
  CHECK(huge.height == 875);
  // With two displays, the one the window overlaps most keeps it.
  const std::vector<WindowPlacement> two{{0, 0, 1920, 1080}, {1920, 0, 2560, 1440}};
  const WindowPlacement right = fit_to_displays({3000, 900, 1000, 800}, two);
  CHECK(right.x == 3000);
  CHECK(right.y == 640);
  CHECK(fit_to_displays(on_screen, {}) == on_screen);
}

TEST_CASE("a settings file that is not a JSON object says where it goes wrong") {
  const auto problem = [](const std::string& text) { return read_settings(text, "settings.json").problems.at(0); };
  CHECK(problem("{\"format_version\": 1,\n \"text_sca") ==
        "settings.json: not a settings file (line 2, column 11: not valid JSON); using defaults");
  CHECK(problem("{\"format_version\": 1,\n  \"theme\": \"\xC3\x28\"}").find("(line 2, column 13: not UTF-8)") !=
        std::string::npos);
  CHECK(problem(std::string("{}\n\0", 4)).find("(line 2, column 1: a NUL character)") != std::string::npos);
  CHECK(problem("{\"a\":" + std::string(20, '[')).find("(line 1, column 21: nested more than 16 deep)") !=
        std::string::npos);
  CHECK(problem("{\"text_scale\": 1e400}").find("(line 1, column ") != std::string::npos);
  CHECK(problem("[1]").find("(expected a JSON object, found an array)") != std::string::npos);
}
