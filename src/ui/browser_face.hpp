// On the web the browser rasterises the font atlas (platform/web/browser_font_atlas.cpp): its
// text renderer is native code, faster than stb_truetype compiled to wasm, and the browser has
// fonts of its own, so the bundle carries no text font. There an ImFontConfig's FontData points
// at one of these instead of a font file.
#pragma once
#include <cstddef>

namespace ui {

// A glyph's advance and ink box, at an em of 100 px, as a 2D canvas's measureText gives them.
struct BrowserGlyph {
  int code_point = 0;
  float advance = 0, left = 0, right = 0, ascent = 0, descent = 0;
};

struct BrowserFace {
  int weight = 400;              // CSS font-weight
  const char* family = nullptr;  // CSS font-family list
  // A font file the renderer loads under `family` (the icons), or none: a system font.
  const unsigned char* file = nullptr;
  std::size_t file_size = 0;
  // The font file's metrics, known at build time (scripts/icon_metrics.py), so the page neither
  // loads nor measures it; none for a system font, which is measured. At an em of 100 px.
  const BrowserGlyph* glyphs = nullptr;
  std::size_t glyph_count = 0;
  float ascent = 0, descent = 0;
};

}  // namespace ui
