// The web build's heading and label fonts carry only basic_glyph_ranges(); everything the
// built-in content says must be drawable with them.
#include "ui/fonts.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "headless.hpp"
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

TEST_CASE("a body font with the basic glyphs gains Latin-1's letters once one is typed or set by a screen reader") {
  for (const bool from_reader : {false, true}) {
    CAPTURE(from_reader);
    Headless h(1440, 900, "/students");
    h.state().body_glyphs = ui::BodyGlyphs::Basic;  // as the web starts
    h.state().fonts_dirty = true;
    h.frames(2);
    REQUIRE(h.state().fonts.body != nullptr);
    CHECK(h.state().fonts.body->FindGlyphNoFallback('e') != nullptr);
    CHECK(h.state().fonts.body->FindGlyphNoFallback(0x00E9) == nullptr);  // é

    h.type("plain");  // nothing outside the basic ranges: no rebuild
    h.frame();
    CHECK_FALSE(h.state().fonts_dirty);
    CHECK(h.state().body_glyphs == ui::BodyGlyphs::Basic);

    if (from_reader) {
      h.state().a11y.value_request_id = 1;  // a field's new value, as the web mirror sends it
      h.state().a11y.value_request = "Jos\xC3\xA9";
    } else {
      h.type("Jos\xC3\xA9");
    }
    h.frame();
    CHECK(h.state().body_glyphs == ui::BodyGlyphs::Latin1);
    h.frames(2);  // the rebuilt atlas
    CHECK(h.state().fonts.body->FindGlyphNoFallback(0x00E9) != nullptr);
    CHECK(ui::needs_latin1_glyphs(0x00E9));
    CHECK_FALSE(ui::needs_latin1_glyphs('e'));
    CHECK_FALSE(ui::needs_latin1_glyphs(0x2014));  // em dash: a basic glyph
    CHECK_FALSE(ui::needs_latin1_glyphs(0x4E2D));  // in no font: rebuilding would not help
  }
}
