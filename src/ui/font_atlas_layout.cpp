// See font_atlas_layout.hpp. The rules are ImGui 1.90's, from ImFontAtlasBuildWithStbTruetype.
#include "ui/font_atlas_layout.hpp"

#include <imgui_internal.h>
#include <imstb_rectpack.h>

#include <algorithm>
#include <cstring>

#include "ui/font_atlas_build.hpp"

namespace ui::atlas_layout {

namespace {

const ImWchar* requested_ranges(ImFontAtlas& atlas, const ImFontConfig& cfg) {
  return cfg.GlyphRanges ? cfg.GlyphRanges : atlas.GetGlyphRangesDefault();
}

}  // namespace

void begin(ImFontAtlas& atlas) {
  IM_ASSERT(atlas.ConfigData.Size > 0 && "no font was added");
  ImFontAtlasBuildInit(&atlas);  // sizes rounded down, room for ImGui's own shapes
  atlas.TexID = ImTextureID{};
  atlas.TexWidth = atlas.TexHeight = 0;
  atlas.TexUvScale = atlas.TexUvWhitePixel = ImVec2(0.0f, 0.0f);
  atlas.ClearTexData();
}

std::vector<std::vector<int>> choose_codepoints(ImFontAtlas& atlas, const std::function<bool(int, int)>& has) {
  const std::size_t count = static_cast<std::size_t>(atlas.ConfigData.Size);
  // Which destination font each source adds to, and the highest code point it asks for.
  std::vector<int> destination(count), highest(count);
  std::vector<int> destination_highest(static_cast<std::size_t>(atlas.Fonts.Size));
  for (std::size_t n = 0; n < count; ++n) {
    const ImFontConfig& cfg = atlas.ConfigData[static_cast<int>(n)];
    int dst = 0;
    while (dst < atlas.Fonts.Size && atlas.Fonts[dst] != cfg.DstFont) ++dst;
    IM_ASSERT(dst < atlas.Fonts.Size && "ImFontConfig::DstFont is not a font of this atlas");
    destination[n] = dst;
    for (const ImWchar* r = requested_ranges(atlas, cfg); r[0] && r[1]; r += 2) {
      IM_ASSERT(r[0] <= r[1]);
      highest[n] = std::max(highest[n], static_cast<int>(r[1]));
    }
    int& dst_highest = destination_highest[static_cast<std::size_t>(dst)];
    dst_highest = std::max(dst_highest, highest[n]);
  }
  // Each code point a source asks for, has, and no earlier source of the same font gives.
  std::vector<std::vector<int>> chosen(count);
  std::vector<ImBitVector> given(destination_highest.size());
  for (std::size_t d = 0; d < given.size(); ++d) given[d].Create(destination_highest[d] + 1);
  for (std::size_t n = 0; n < count; ++n) {
    const ImFontConfig& cfg = atlas.ConfigData[static_cast<int>(n)];
    ImBitVector& taken = given[static_cast<std::size_t>(destination[n])];
    ImBitVector mine;
    mine.Create(highest[n] + 1);
    for (const ImWchar* r = requested_ranges(atlas, cfg); r[0] && r[1]; r += 2)
      for (int cp = r[0]; cp <= r[1]; ++cp) {
        if (taken.TestBit(cp) || !has(static_cast<int>(n), cp)) continue;
        taken.SetBit(cp);
        mine.SetBit(cp);
      }
    for (int cp = 0; cp <= highest[n]; ++cp)  // ascending, as ImGui lists them
      if (mine.TestBit(cp)) chosen[n].push_back(cp);
  }
  return chosen;
}

int texture_width(const ImFontAtlas& atlas, int glyph_surface) {
  if (atlas.TexDesiredWidth > 0) return atlas.TexDesiredWidth;
  const int side = static_cast<int>(ImSqrt(static_cast<float>(glyph_surface))) + 1;
  for (int width : {4096, 2048, 1024})
    if (static_cast<float>(side) >= static_cast<float>(width) * 0.7f) return width;
  return 512;
}

void pack_and_allocate(ImFontAtlas& atlas, stbrp_context& pack, const std::vector<std::vector<stbrp_rect>*>& rects) {
  atlas.TexHeight = 0;
  ImFontAtlasBuildPackCustomRects(&atlas, &pack);
  for (std::vector<stbrp_rect>* list : rects) {
    if (list->empty()) continue;
    stbrp_pack_rects(&pack, list->data(), static_cast<int>(list->size()));
    for (const stbrp_rect& r : *list)
      if (r.was_packed) atlas.TexHeight = std::max(atlas.TexHeight, r.y + r.h);
  }
  atlas.TexHeight =
      (atlas.Flags & ImFontAtlasFlags_NoPowerOfTwoHeight) ? atlas.TexHeight + 1 : ImUpperPowerOfTwo(atlas.TexHeight);
  atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(atlas.TexWidth), 1.0f / static_cast<float>(atlas.TexHeight));
  const std::size_t bytes = static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight);
  atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(bytes));
  std::memset(atlas.TexPixelsAlpha8, 0, bytes);
}

}  // namespace ui::atlas_layout

namespace ui {

const ImFontBuilderIO* font_atlas_builder() {
  static const ImFontBuilderIO io{[](ImFontAtlas* atlas) {
    FontAtlasBuild(*atlas).finish();
    return true;
  }};
  return &io;
}

}  // namespace ui
