// On the web the browser rasterises the font atlas (platform/web/browser_font_atlas.cpp): its
// text renderer is native code, faster than stb_truetype compiled to wasm, and the browser has
// fonts of its own, so the bundle carries no text font. There an ImFontConfig's FontData points
// at one of these instead of a font file.
#pragma once
#include <cstddef>

namespace ui {

struct BrowserFace {
  int weight = 400;              // CSS font-weight
  const char* family = nullptr;  // CSS font-family list
  // A font file the page loads under `family` before the atlas is built (the icons), or none.
  const unsigned char* file = nullptr;
  std::size_t file_size = 0;
};

}  // namespace ui
