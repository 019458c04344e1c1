// Font atlas construction; see fonts.hpp.
#include "ui/fonts.hpp"

#include <algorithm>
#include <iterator>

#include "ui/browser_face.hpp"
#include "ui/embedded.hpp"
#include "ui/font_atlas_build.hpp"

namespace ui {

namespace {

// Must cover the code points subset in cmake/Assets.cmake (AIMENG_TEXT_UNICODES).
const ImWchar kTextGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
    0x2190, 0x2193, 0x2212, 0x2212, 0x20AC, 0x20AC, 0x20B9, 0x20B9, 0x2264, 0x2265, 0,
};
// The same without Latin-1's letters (0xA0-0xFF but the middle dot and the times sign): all
// the web build's semibold and small sizes carry (fewer glyphs to rasterise at start-up).
const ImWchar kBasicGlyphRanges[] = {
    0x0020, 0x007E, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026,
    0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0x20AC, 0x20AC, 0x20B9, 0x20B9, 0x2264, 0x2265, 0,
};
const ImWchar kIconGlyphRanges[] = {
#include "icon_ranges.inc"  // each icon src/ui/icons.hpp names (cmake/Assets.cmake)
    0,
};

// What ImFontConfig::FontData holds for each face: the embedded font natively (stb_truetype
// rasterises it); on the web, a BrowserFace (browser_face.hpp). Inter first, as natively, where
// the visitor has it; then the system's interface font.
enum class Face { Regular, Semibold, Icons };
struct FaceData {
  const void* data;
  std::size_t size;
};
#ifdef __EMSCRIPTEN__
const char* const kTextFamilies =
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
#include "icon_metrics.inc"  // kIconGlyphs, kIconAscent, kIconDescent (cmake/Assets.cmake)
const BrowserFace kBrowserFaces[] = {
    {400, kTextFamilies},
    {600, kTextFamilies},
    {400, "aimeng-icons", embedded_font_icons, embedded_font_icons_size, kIconGlyphs, std::size(kIconGlyphs),
     kIconAscent, kIconDescent},
};
FaceData face_data(Face face) {
  return {&kBrowserFaces[static_cast<int>(face)], sizeof(BrowserFace)};
}
#else
FaceData face_data(Face face) {
  switch (face) {
    case Face::Regular:
      return {embedded_font_regular, embedded_font_regular_size};
    case Face::Semibold:
      return {embedded_font_semibold, embedded_font_semibold_size};
    case Face::Icons:
      break;
  }
  return {embedded_font_icons, embedded_font_icons_size};
}
#endif

// Digits and the punctuation of amounts: all the display size draws (the calculator's total).
const ImWchar kAmountGlyphRanges[] = {0x0020, 0x0040, 0};

// AddFontFromMemoryTTF would refuse a BrowserFace (it expects a font file's size).
ImFont* add_face(ImFontConfig& cfg, Face face, float px, const ImWchar* ranges) {
  const FaceData data = face_data(face);
  cfg.FontData = const_cast<void*>(data.data);  // not owned (FontDataOwnedByAtlas), never written
  cfg.FontDataSize = static_cast<int>(data.size);
  cfg.SizePixels = px;
  cfg.GlyphRanges = ranges;
  return ImGui::GetIO().Fonts->AddFont(&cfg);
}

// Fewer glyphs, less start-up time: the display size carries only amount glyphs, and big sizes
// skip stb_truetype's horizontal oversampling (natively; the web's browser-drawn glyphs have none).
ImFont* add_font(Face face, float px, bool with_icons = true, const ImWchar* ranges = kTextGlyphRanges) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // embedded, static storage
  cfg.OversampleH = px < 20.0f ? 2 : 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  ImFont* font = add_face(cfg, face, px, ranges);
  if (!with_icons) return font;
  ImFontConfig icons;
  icons.FontDataOwnedByAtlas = false;
  icons.MergeMode = true;
  icons.OversampleH = 1;
  icons.PixelSnapH = true;
  icons.GlyphMinAdvanceX = px * 1.15f;  // icons line up in lists
  icons.GlyphOffset = ImVec2(0, px * 0.02f);
  add_face(icons, Face::Icons, px * 0.9f, kIconGlyphRanges);
  return font;
}

}  // namespace

#ifdef __EMSCRIPTEN__
const BrowserFace& browser_icon_face() {
  return kBrowserFaces[static_cast<int>(Face::Icons)];
}
#endif

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

void add_fonts(Fonts& fonts, float text_scale, float pixel_ratio, BodyGlyphs body_glyphs, float max_raster) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = font_atlas_builder();
  // At most kMaxRaster (or less, for an atlas that came out too large): past it (500% page zoom
  // with the largest text) the atlas would be larger than GPUs take and no text would show;
  // there the glyphs are scaled up instead.
  const float raster = std::min(text_scale * pixel_ratio, std::min(max_raster, kMaxRaster));
  fonts.raster = raster;
#ifdef __EMSCRIPTEN__
  const ImWchar* heading_ranges = kBasicGlyphRanges;  // a quarter fewer glyphs before the first frame
#else
  const ImWchar* heading_ranges = kTextGlyphRanges;
#endif
  fonts.body_px = kBodyPx * text_scale;
  fonts.body = add_font(Face::Regular, kBodyPx * raster, true,
                        body_glyphs == BodyGlyphs::Latin1 ? kTextGlyphRanges : kBasicGlyphRanges);
  fonts.bold = add_font(Face::Semibold, kBodyPx * raster, true, heading_ranges);
  fonts.small = add_font(Face::Regular, 14.5f * raster, true, heading_ranges);
  fonts.h2 = add_font(Face::Semibold, 21.0f * raster, true, heading_ranges);
  fonts.h1 = add_font(Face::Semibold, 28.0f * raster, true, heading_ranges);
  fonts.display = add_font(Face::Semibold, 40.0f * raster, false, kAmountGlyphRanges);
  // Trimming the atlas to the rows in use halves the texture the GPU receives at start-up.
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  io.FontDefault = fonts.body;
  io.FontGlobalScale = text_scale / raster;
}

}  // namespace ui
