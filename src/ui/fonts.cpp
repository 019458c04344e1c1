// Font atlas construction; see fonts.hpp.
#include "ui/fonts.hpp"

#include "ui/embedded.hpp"
#include "ui/font_atlas_build.hpp"

namespace ui {

namespace {

// Must cover the code points subset in cmake/Assets.cmake (AIMENG_TEXT_UNICODES).
const ImWchar kTextGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
    0x2190, 0x2193, 0x2212, 0x2212, 0x20AC, 0x20AC, 0x20B9, 0x20B9, 0x2264, 0x2265, 0,
};
// The same without Latin-1's letters (0xA0-0xFF but the middle dot and the times sign); the
// web build's semibold font carries only these (AIMENG_BASIC_UNICODES in cmake/Assets.cmake).
const ImWchar kBasicGlyphRanges[] = {
    0x0020, 0x007E, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026,
    0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0x20AC, 0x20AC, 0x20B9, 0x20B9, 0x2264, 0x2265, 0,
};
const ImWchar kIconGlyphRanges[] = {0x2300, 0x23FF, 0};  // where src/ui/icons.hpp puts them

// Digits and the punctuation of amounts: all the display size draws (the calculator's total).
const ImWchar kAmountGlyphRanges[] = {0x0020, 0x0040, 0};

// Rasterising glyphs is most of the start-up time on the web: big sizes skip horizontal
// oversampling (it matters little there), and the display size carries only amount glyphs.
ImFont* add_font(const unsigned char* data, std::size_t size, float px, bool with_icons = true,
                 const ImWchar* ranges = kTextGlyphRanges) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // embedded, static storage
  cfg.OversampleH = px < 20.0f ? 2 : 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  ImFont* font =
      io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px, &cfg, ranges);
  if (!with_icons) return font;
  ImFontConfig icons;
  icons.FontDataOwnedByAtlas = false;
  icons.MergeMode = true;
  icons.OversampleH = 1;
  icons.PixelSnapH = true;
  icons.GlyphMinAdvanceX = px * 1.15f;  // icons line up in lists
  icons.GlyphOffset = ImVec2(0, px * 0.02f);
  io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(embedded_font_icons),
                                 static_cast<int>(embedded_font_icons_size), px * 0.9f, &icons, kIconGlyphRanges);
  return font;
}

}  // namespace

const ImWchar* basic_glyph_ranges() {
  return kBasicGlyphRanges;
}

bool needs_latin1_glyphs(unsigned code_point) {
  const auto in = [code_point](const ImWchar* ranges) {
    for (; ranges[0] != 0; ranges += 2)
      if (code_point >= ranges[0] && code_point <= ranges[1]) return true;
    return false;
  };
  return in(kTextGlyphRanges) && !in(kBasicGlyphRanges);
}

void add_fonts(Fonts& fonts, float text_scale, float pixel_ratio, BodyGlyphs body_glyphs) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = font_atlas_builder();
  const float raster = text_scale * pixel_ratio;
#ifdef __EMSCRIPTEN__
  const ImWchar* heading_ranges = kBasicGlyphRanges;  // a quarter fewer glyphs before the first frame
#else
  const ImWchar* heading_ranges = kTextGlyphRanges;
#endif
  fonts.body_px = kBodyPx * text_scale;
  fonts.body = add_font(embedded_font_regular, embedded_font_regular_size, kBodyPx * raster, true,
                        body_glyphs == BodyGlyphs::Latin1 ? kTextGlyphRanges : kBasicGlyphRanges);
  fonts.bold = add_font(embedded_font_semibold, embedded_font_semibold_size, kBodyPx * raster, true, heading_ranges);
  fonts.small = add_font(embedded_font_regular, embedded_font_regular_size, 14.5f * raster, true, heading_ranges);
  fonts.h2 = add_font(embedded_font_semibold, embedded_font_semibold_size, 21.0f * raster, true, heading_ranges);
  fonts.h1 = add_font(embedded_font_semibold, embedded_font_semibold_size, 28.0f * raster, true, heading_ranges);
  fonts.display =
      add_font(embedded_font_semibold, embedded_font_semibold_size, 40.0f * raster, false, kAmountGlyphRanges);
  // Trimming the atlas to the rows in use halves the texture the GPU receives at start-up.
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  io.FontDefault = fonts.body;
  io.FontGlobalScale = 1.0f / pixel_ratio;
}

}  // namespace ui
