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

TEST_CASE("corrupt, foreign and future settings fall back to defaults with a notice") {
  for (const char* text :
       {"", "{", "not json", "[1]", "\"str\"", "{\"format_version\": 1, \"calculator\": \"\xC3\x28\"}"}) {
    const SettingsRead r = read_settings(text, "settings.json");
    CAPTURE(text);
    CHECK(r.unreadable);
    CHECK(r.settings == Settings{});
    REQUIRE(r.problems.size() == 1);
  }
  const SettingsRead future = read_settings("{\"format_version\": 99, \"text_scale\": 2}", "settings.json");
  CHECK_FALSE(future.unreadable);
  CHECK(future.settings.text_scale == 0);
  CHECK(future.problems.at(0).find("format_version 99") != std::string::npos);
}

TEST_CASE("bad fields are dropped one by one, naming the field") {
  const SettingsRead r = read_settings(
      "{\"format_version\": 1, \"text_scale\": 1e9, \"calculator\": 5, \"calculator\": \"path=online\","
      " \"window\": {\"x\": 0, \"y\": 0, \"width\": 5, \"height\": 800}}",
      "settings.json");
  CHECK(r.settings.text_scale == 0);
  CHECK(r.settings.calculator == "path=online");
  CHECK_FALSE(r.settings.window);
  CHECK(r.problems.size() == 2);
}
