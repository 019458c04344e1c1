// Builds ImGui's font atlas in steps, so a start-up that returns to the browser between them
// has no single long task. Two builders implement it:
// - natively, font_atlas_build.cpp: as ImFontAtlas::Build does with stb_truetype (the same
//   glyphs, packing and pixels): the constructor measures and packs every glyph, each step
//   rasterises a few;
// - on the web, platform/web/browser_font_atlas.cpp: the browser's fonts; each step measures a
//   few glyphs, the last packs them, and the renderer draws them into the texture.
#pragma once
#include <imgui.h>

#include <memory>

struct ImFontBuilderIO;

namespace ui {

class FontAtlasBuild {
 public:
  // Starts building the fonts added to `atlas` (see above for how much is done here).
  explicit FontAtlasBuild(ImFontAtlas& atlas);
  ~FontAtlasBuild();
  FontAtlasBuild(const FontAtlasBuild&) = delete;
  FontAtlasBuild& operator=(const FontAtlasBuild&) = delete;

  // Does the next step's work for up to `glyphs` more glyphs; true once every glyph is done.
  bool rasterise(int glyphs);
  // Does what is left, registers every glyph and the atlas's own shapes (white pixel, lines,
  // cursors): the atlas is built, as after ImFontAtlas::Build. Call once.
  void finish();

 private:
  struct Work;
  std::unique_ptr<Work> work_;
};

// The same in one go, as ImGui's font builder interface (set as ImFontAtlas::FontBuilderIO, so
// ImFontAtlas::Build uses it, and the web bundle needs no rasteriser of its own).
const ImFontBuilderIO* font_atlas_builder();

}  // namespace ui
