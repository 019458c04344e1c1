// What the two font atlas builders share: the stb_truetype one (font_atlas_build.cpp, native)
// and the browser's (platform/web/browser_font_atlas.cpp, web). Both choose code points, size
// and pack the texture as ImGui 1.90's own builder does (ImFontAtlasBuildWithStbTruetype).
// font_atlas_layout.cpp also defines font_atlas_builder() (font_atlas_build.hpp) for either.
#pragma once
#include <imgui.h>

#include <functional>
#include <vector>

struct stbrp_context;
struct stbrp_rect;

namespace ui::atlas_layout {

// The atlas emptied of any earlier build, with room for ImGui's own shapes (as Build begins).
void begin(ImFontAtlas& atlas);

// For each of atlas.ConfigData, in order: the code points it asks for (ImGui's default ranges
// when it names none), ascending, that `has(source, code_point)` says it can draw and that no
// earlier source merged into the same font gives.
std::vector<std::vector<int>> choose_codepoints(ImFontAtlas& atlas, const std::function<bool(int, int)>& has);

// ImGui's texture width for glyphs of this total surface (texels): the smallest of 512 to 4096
// whose square holds them, unless the atlas asks for one.
int texture_width(const ImFontAtlas& atlas, int glyph_surface);

// Packs ImGui's own shapes (top left, small texture coordinates), then each list of glyph rects
// in turn, with `pack` (a target atlas.TexWidth wide), and allocates the texture as tall as they
// need (zeroed; TexHeight and TexUvScale set).
void pack_and_allocate(ImFontAtlas& atlas, stbrp_context& pack, const std::vector<std::vector<stbrp_rect>*>& rects);

}  // namespace ui::atlas_layout
