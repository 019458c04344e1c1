// Builds ImGui's font atlas as ImFontAtlas::Build does with stb_truetype (the same glyphs, the
// same packing, the same pixels), in steps: measuring and packing every glyph; rasterising the
// glyphs a few at a time; registering them. The web's start-up returns to the browser between
// steps, so no single task rasterises the whole atlas (80-140 ms with a phone's slower CPU).
#pragma once
#include <imgui.h>

#include <memory>

struct ImFontBuilderIO;

namespace ui {

class FontAtlasBuild {
 public:
  // Measures and packs every glyph of the fonts added to `atlas` and allocates its texture.
  explicit FontAtlasBuild(ImFontAtlas& atlas);
  ~FontAtlasBuild();
  FontAtlasBuild(const FontAtlasBuild&) = delete;
  FontAtlasBuild& operator=(const FontAtlasBuild&) = delete;

  // Rasterises up to `glyphs` more glyphs into the texture; true once every glyph is done.
  bool rasterise(int glyphs);
  // Rasterises what is left, registers every glyph and the atlas's own shapes (white pixel,
  // lines, cursors): the atlas is built, as after ImFontAtlas::Build. Call once.
  void finish();

 private:
  struct Work;
  std::unique_ptr<Work> work_;
};

// The same in one go, as ImGui's font builder interface (set as ImFontAtlas::FontBuilderIO, so
// ImFontAtlas::Build uses it and the web bundle needs no second rasteriser).
const ImFontBuilderIO* font_atlas_builder();

}  // namespace ui
