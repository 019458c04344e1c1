// The web build's heading and label fonts carry only basic_glyph_ranges(); everything the
// built-in content says must be drawable with them.
#include "ui/fonts.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "ui/embedded.hpp"

namespace {

bool in_ranges(const ImWchar* ranges, unsigned code_point) {
  for (; ranges[0] != 0; ranges += 2)
    if (code_point >= ranges[0] && code_point <= ranges[1]) return true;
  return false;
}

// Every code point of every string (keys too) in a JSON document.
void collect(const nlohmann::json& value, std::string& text) {
  if (value.is_string()) {
    text += value.get<std::string>();
  } else if (value.is_structured()) {
    for (const auto& item : value.items()) {
      if (value.is_object()) text += item.key();
      collect(item.value(), text);
    }
  }
}

}  // namespace

TEST_CASE("every character of the built-in content is in the web's heading fonts") {
  const std::string raw(reinterpret_cast<const char*>(embedded_content_json), embedded_content_json_size);
  std::string text;
  collect(nlohmann::json::parse(raw), text);
  REQUIRE(text.size() > 1000);
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    unsigned c = 0;
    const int length = ImTextCharFromUtf8(&c, p, end);
    REQUIRE(length > 0);
    p += length;
    if (c < 0x20) continue;  // line breaks in the markdown: layout, not glyphs
    char where[64];
    std::snprintf(where, sizeof where, "U+%04X before byte %td", c, p - text.c_str());
    INFO(where);
    CHECK(in_ranges(ui::basic_glyph_ranges(), c));
  }
}

TEST_CASE("the basic ranges leave out Latin-1 letters, which only the body font carries on the web") {
  CHECK(in_ranges(ui::basic_glyph_ranges(), 'A'));
  CHECK(in_ranges(ui::basic_glyph_ranges(), 0x2014));        // em dash
  CHECK_FALSE(in_ranges(ui::basic_glyph_ranges(), 0x00E9));  // é
}
