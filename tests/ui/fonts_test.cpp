// The web build's heading and label fonts carry only basic_glyph_ranges(); everything the
// built-in content says must be drawable with them. The atlas built in steps is ImGui's own.
#include "ui/fonts.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "headless.hpp"
#include "ui/builtin_content.hpp"
#include "ui/embedded.hpp"
#include "ui/font_atlas_build.hpp"

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
  const std::string raw = app::builtin_content_json();
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

namespace {

// What a built atlas holds: its pixels, ImGui's own shapes and every font's glyphs and metrics.
struct AtlasContents {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;
  ImVec2 white_pixel;
  std::vector<std::string> fonts;  // per font: its metrics and every glyph, as text (a failure shows it)
};

AtlasContents contents(ImFontAtlas& atlas) {
  AtlasContents c;
  unsigned char* pixels = nullptr;
  atlas.GetTexDataAsAlpha8(&pixels, &c.width, &c.height);
  c.pixels.assign(pixels, pixels + static_cast<std::size_t>(c.width) * static_cast<std::size_t>(c.height));
  c.white_pixel = atlas.TexUvWhitePixel;
  for (const ImFont* font : atlas.Fonts) {
    char line[256];
    std::snprintf(line, sizeof line, "size %g ascent %g descent %g glyphs %d fallback %g\n", font->FontSize,
                  font->Ascent, font->Descent, font->Glyphs.Size, font->FallbackAdvanceX);
    std::string text = line;
    for (const ImFontGlyph& g : font->Glyphs) {
      std::snprintf(line, sizeof line, "U+%04X %d %a %a %a %a %a %a %a %a %a\n", g.Codepoint, g.Visible, g.AdvanceX,
                    g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1);
      text += line;
    }
    c.fonts.push_back(text);
  }
  return c;
}

}  // namespace

TEST_CASE("the atlas built a few glyphs a step is ImGui's own, pixel for pixel and glyph for glyph") {
  for (const float ratio : {1.0f, 1.75f, 3.0f}) {
    for (const ui::BodyGlyphs glyphs : {ui::BodyGlyphs::Basic, ui::BodyGlyphs::Latin1}) {
      CAPTURE(ratio);
      CAPTURE(static_cast<int>(glyphs));
      Headless h(390, 844, "/program", ratio);  // an ImGui context
      ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
      ui::Fonts fonts;

      ui::add_fonts(fonts, 1.0f, ratio, glyphs);
      atlas.FontBuilderIO = ImFontAtlasGetBuilderForStbTruetype();
      REQUIRE(atlas.Build());
      const AtlasContents imgui = contents(atlas);

      ui::add_fonts(fonts, 1.0f, ratio, glyphs);
      ui::FontAtlasBuild build(atlas);
      int steps = 1;
      while (!build.rasterise(7)) ++steps;
      CHECK(build.rasterise(7));  // nothing left
      build.finish();
      const AtlasContents stepped = contents(atlas);

      CHECK(steps > 40);
      CHECK(stepped.width == imgui.width);
      CHECK(stepped.height == imgui.height);
      CHECK(stepped.white_pixel.x == imgui.white_pixel.x);
      CHECK(stepped.white_pixel.y == imgui.white_pixel.y);
      REQUIRE(stepped.fonts.size() == imgui.fonts.size());
      for (std::size_t f = 0; f < imgui.fonts.size(); ++f) CHECK(stepped.fonts[f] == imgui.fonts[f]);
      CHECK(stepped.pixels == imgui.pixels);
      // and there is a picture: glyphs were drawn
      CHECK(std::count_if(stepped.pixels.begin(), stepped.pixels.end(), [](unsigned char p) { return p > 128; }) >
            10000);
    }
  }
}

TEST_CASE("the app's fonts are built by the stepped builder, which ImFontAtlas::Build then uses") {
  Headless h(1440, 900, "/program");
  h.frame();
  CHECK(ImGui::GetIO().Fonts->FontBuilderIO == ui::font_atlas_builder());
  CHECK(ImGui::GetIO().Fonts->IsBuilt());
}

TEST_CASE("a pixel ratio that changes while the atlas is built in pieces is not lost") {
  Headless h(390, 844, "/program");
  h.frame();
  app::AppState& state = h.state();
  state.fonts_dirty = true;
  std::unique_ptr<ui::FontAtlasBuild> build = app::begin_fonts(state);
  CHECK_FALSE(state.fonts_dirty);
  build->rasterise(20);
  state.pixel_ratio = 2.0f;  // as the web's canvas sizing does when the ratio changes
  state.fonts_dirty = true;
  app::finish_fonts(state, *build);
  CHECK(state.fonts_dirty);  // the next frame builds the atlas again, at the new ratio
  CHECK(app::prepare_fonts(state));
  CHECK_FALSE(state.fonts_dirty);
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(0.5f));
}

TEST_CASE("the largest text on a very dense screen is scaled up rather than rasterised larger") {
  Headless h(390, 844, "/program");
  h.frame();
  app::AppState& state = h.state();
  state.text_scale = 4.0f;
  state.pixel_ratio = 5.0f;  // 500% page zoom
  state.fonts_dirty = true;
  CHECK(app::prepare_fonts(state));
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  // Rasterised at 12x at most, less where that atlas would be larger than every GPU takes.
  const float raster = state.fonts.raster;
  CHECK(raster <= 12.0f);
  CHECK(raster >= 9.0f);
  CHECK(state.fonts.body->FontSize == doctest::Approx(ui::kBodyPx * raster).epsilon(0.01));  // whole pixels
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(4.0f / raster));                   // drawn at 4x
  CHECK(atlas.TexWidth <= ui::kMaxAtlasSide);
  CHECK(atlas.TexHeight <= ui::kMaxAtlasSide);
  CHECK_FALSE(state.fonts_dirty);
  state.pixel_ratio = 2.0f;  // under the cap: rasterised at the ratio itself
  state.fonts_dirty = true;
  CHECK(app::prepare_fonts(state));
  CHECK(state.fonts.body->FontSize == doctest::Approx(ui::kBodyPx * 8.0f));
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(0.5f));
}
