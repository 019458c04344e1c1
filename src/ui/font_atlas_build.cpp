// The font atlas built in steps; see font_atlas_build.hpp. The steps are those of ImGui 1.90's
// own stb_truetype builder (ImFontAtlasBuildWithStbTruetype in imgui_draw.cpp), with the
// rasterising cut into pieces; tests/ui/fonts_test.cpp checks the result against ImGui's,
// pixel for pixel and glyph for glyph. stb_truetype and stb_rect_pack are compiled once, for
// this file, in src/ui/stb_impl.cpp.
#include "ui/font_atlas_build.hpp"

#include <imgui_internal.h>
#include <imstb_rectpack.h>
#include <imstb_truetype.h>

#include <algorithm>
#include <climits>
#include <vector>

#include "ui/font_atlas_layout.hpp"

namespace ui {

namespace {

// One font added to the atlas (a merged one too), and what it gives its destination font.
struct Source {
  bool usable = false;  // its data is a font stb_truetype can read
  stbtt_fontinfo info{};
  std::vector<int> codepoints;  // ascending: requested, in the font, not given by an earlier source
  std::vector<stbrp_rect> rects;
  std::vector<stbtt_packedchar> packed;
  stbtt_pack_range range{};
};

float raster_scale(const stbtt_fontinfo& info, const ImFontConfig& cfg) {
  const float px = cfg.SizePixels * cfg.RasterizerDensity;
  return cfg.SizePixels > 0.0f ? stbtt_ScaleForPixelHeight(&info, px) : stbtt_ScaleForMappingEmToPixels(&info, -px);
}

}  // namespace

struct FontAtlasBuild::Work {
  explicit Work(ImFontAtlas& a) : atlas(a) {}
  ImFontAtlas& atlas;
  std::vector<Source> sources;
  stbtt_pack_context pack{};
  std::size_t next_source = 0, next_glyph = 0;  // the next glyph to rasterise
  bool packing = false;                         // between stbtt_PackBegin and stbtt_PackEnd

  void choose_codepoints();
  int measure();  // returns the glyphs' total surface
  void pack_and_allocate(int glyph_surface);
  void rasterise(Source& s, const ImFontConfig& cfg, std::size_t first, std::size_t count);
  void register_glyphs();
};

void FontAtlasBuild::Work::choose_codepoints() {
  for (int i = 0; i < atlas.ConfigData.Size; ++i) {
    const ImFontConfig& cfg = atlas.ConfigData[i];
    Source& s = sources[static_cast<std::size_t>(i)];
    const auto* data = static_cast<const unsigned char*>(cfg.FontData);
    const int offset = stbtt_GetFontOffsetForIndex(data, cfg.FontNo);
    s.usable = offset >= 0 && stbtt_InitFont(&s.info, data, offset);
    IM_ASSERT(s.usable && "font data that stb_truetype cannot read");
  }
  auto chosen = atlas_layout::choose_codepoints(atlas, [this](int source, int cp) {
    const Source& s = sources[static_cast<std::size_t>(source)];
    return s.usable && stbtt_FindGlyphIndex(&s.info, cp) != 0;
  });
  for (std::size_t n = 0; n < sources.size(); ++n) sources[n].codepoints = std::move(chosen[n]);
}

int FontAtlasBuild::Work::measure() {
  int surface = 0;
  for (int i = 0; i < atlas.ConfigData.Size; ++i) {
    const ImFontConfig& cfg = atlas.ConfigData[i];
    Source& s = sources[static_cast<std::size_t>(i)];
    const int count = static_cast<int>(s.codepoints.size());
    if (count == 0) continue;
    s.rects.assign(s.codepoints.size(), stbrp_rect{});
    s.packed.assign(s.codepoints.size(), stbtt_packedchar{});
    s.range.font_size = cfg.SizePixels * cfg.RasterizerDensity;
    s.range.array_of_unicode_codepoints = s.codepoints.data();
    s.range.num_chars = count;
    s.range.chardata_for_range = s.packed.data();
    s.range.h_oversample = static_cast<unsigned char>(cfg.OversampleH);
    s.range.v_oversample = static_cast<unsigned char>(cfg.OversampleV);
    const float scale = raster_scale(s.info, cfg);
    for (std::size_t g = 0; g < s.codepoints.size(); ++g) {
      int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
      const int glyph = stbtt_FindGlyphIndex(&s.info, s.codepoints[g]);
      stbtt_GetGlyphBitmapBoxSubpixel(&s.info, glyph, scale * static_cast<float>(cfg.OversampleH),
                                      scale * static_cast<float>(cfg.OversampleV), 0, 0, &x0, &y0, &x1, &y1);
      s.rects[g].w = static_cast<stbrp_coord>(x1 - x0 + atlas.TexGlyphPadding + cfg.OversampleH - 1);
      s.rects[g].h = static_cast<stbrp_coord>(y1 - y0 + atlas.TexGlyphPadding + cfg.OversampleV - 1);
      surface += s.rects[g].w * s.rects[g].h;
    }
  }
  return surface;
}

void FontAtlasBuild::Work::pack_and_allocate(int glyph_surface) {
  atlas.TexWidth = atlas_layout::texture_width(atlas, glyph_surface);
  stbtt_PackBegin(&pack, nullptr, atlas.TexWidth, 1024 * 32, 0, atlas.TexGlyphPadding, nullptr);
  packing = true;
  std::vector<std::vector<stbrp_rect>*> rects;
  for (Source& s : sources) rects.push_back(&s.rects);
  atlas_layout::pack_and_allocate(atlas, *static_cast<stbrp_context*>(pack.pack_info), rects);
  pack.pixels = atlas.TexPixelsAlpha8;
  pack.height = atlas.TexHeight;
}

void FontAtlasBuild::Work::rasterise(Source& s, const ImFontConfig& cfg, std::size_t first, std::size_t count) {
  stbtt_pack_range part = s.range;
  part.array_of_unicode_codepoints = s.codepoints.data() + first;
  part.chardata_for_range = s.packed.data() + first;
  part.num_chars = static_cast<int>(count);
  stbtt_PackFontRangesRenderIntoRects(&pack, &s.info, &part, 1, s.rects.data() + first);
  if (cfg.RasterizerMultiply == 1.0f) return;
  unsigned char table[256];
  ImFontAtlasBuildMultiplyCalcLookupTable(table, cfg.RasterizerMultiply);
  for (std::size_t g = first; g < first + count; ++g) {
    const stbrp_rect& r = s.rects[g];
    if (r.was_packed)
      ImFontAtlasBuildMultiplyRectAlpha8(table, atlas.TexPixelsAlpha8, r.x, r.y, r.w, r.h, atlas.TexWidth);
  }
}

void FontAtlasBuild::Work::register_glyphs() {
  for (int i = 0; i < atlas.ConfigData.Size; ++i) {
    ImFontConfig& cfg = atlas.ConfigData[i];
    const Source& s = sources[static_cast<std::size_t>(i)];
    if (!s.usable) continue;
    ImFont* font = cfg.DstFont;
    const float scale = stbtt_ScaleForPixelHeight(&s.info, cfg.SizePixels);
    int ascent = 0, descent = 0, line_gap = 0;
    stbtt_GetFontVMetrics(&s.info, &ascent, &descent, &line_gap);
    const auto outward = [scale](int v) { return ImTrunc(static_cast<float>(v) * scale + (v > 0 ? 1.0f : -1.0f)); };
    ImFontAtlasBuildSetupFont(&atlas, font, &cfg, outward(ascent), outward(descent));
    const float off_x = cfg.GlyphOffset.x;
    const float off_y = cfg.GlyphOffset.y + IM_ROUND(font->Ascent);
    const float inv_density = 1.0f / cfg.RasterizerDensity;
    for (std::size_t g = 0; g < s.codepoints.size(); ++g) {
      stbtt_aligned_quad q;
      float x = 0.0f, y = 0.0f;
      stbtt_GetPackedQuad(s.packed.data(), atlas.TexWidth, atlas.TexHeight, static_cast<int>(g), &x, &y, &q, 0);
      font->AddGlyph(&cfg, static_cast<ImWchar>(s.codepoints[g]), q.x0 * inv_density + off_x,
                     q.y0 * inv_density + off_y, q.x1 * inv_density + off_x, q.y1 * inv_density + off_y, q.s0, q.t0,
                     q.s1, q.t1, s.packed[g].xadvance * inv_density);
    }
  }
}

FontAtlasBuild::FontAtlasBuild(ImFontAtlas& atlas) : work_(std::make_unique<Work>(atlas)) {
  atlas_layout::begin(atlas);
  work_->sources.resize(static_cast<std::size_t>(atlas.ConfigData.Size));
  work_->choose_codepoints();
  work_->pack_and_allocate(work_->measure());
}

FontAtlasBuild::~FontAtlasBuild() {
  if (work_->packing) stbtt_PackEnd(&work_->pack);
}

bool FontAtlasBuild::rasterise(int glyphs) {
  Work& w = *work_;
  while (w.next_source < w.sources.size()) {
    Source& s = w.sources[w.next_source];
    const std::size_t left = s.codepoints.size() - w.next_glyph;
    const std::size_t count = std::min(left, static_cast<std::size_t>(std::max(glyphs, 0)));
    if (count > 0) {
      w.rasterise(s, w.atlas.ConfigData[static_cast<int>(w.next_source)], w.next_glyph, count);
      w.next_glyph += count;
      glyphs -= static_cast<int>(count);
    }
    if (w.next_glyph < s.codepoints.size()) return false;
    ++w.next_source;
    w.next_glyph = 0;
  }
  return true;
}

void FontAtlasBuild::finish() {
  Work& w = *work_;
  rasterise(INT_MAX);
  if (w.packing) stbtt_PackEnd(&w.pack);
  w.packing = false;
  w.register_glyphs();
  ImFontAtlasBuildFinish(&w.atlas);
}

}  // namespace ui
