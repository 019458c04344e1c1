// ui::FontAtlasBuild for the web: the browser's own fonts (ui::BrowserFace) and text renderer.
// This thread measures each glyph with a 2D canvas, and packs and registers the atlas as
// ImGui's own builder would (ui::atlas_layout); the renderer (web/render.js, in a worker where
// the browser can) draws the glyphs into the texture, beside the app's start-up rather than in
// it. The bundle carries no text font and no rasteriser.
//
// Each glyph's bitmap is its ink box plus a margin of a texel (anti-aliasing and hinting reach
// a little past it). A glyph is measured once a face, at a reference size, and scaled: each
// measureText shapes its text, the slowest part of measuring. Glyphs are drawn unscaled: a
// canvas draws stretched text as paths, some thirty times slower, so there is no horizontal
// oversampling (ImFontConfig::OversampleH is stb_truetype's); the browser's anti-aliasing
// keeps text even (compared in screenshots with the native build's).
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <imstb_rectpack.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "ui/browser_face.hpp"
#include "ui/font_atlas_build.hpp"
#include "ui/font_atlas_layout.hpp"

// clang-format off
// A face's ascent and descent, and per code point its advance and ink box (left, right, ascent,
// descent), all at an em of 100 pixels (`font` is the face's CSS font at that size). What the
// compile warmer measured ahead (web/warm.js, window.aimengMeasured) is taken as it is; the
// rest is measured here. The first call sets up Module.aimengCanvas: canvases off the page
// where the browser has them (the page's only canvas element is the renderer's).
EM_JS(void, js_measure_face, (const char* font_name, const int* code_points, int count, float* out), {
  Module.aimengCanvas = Module.aimengCanvas || function(width, height) {
    var canvas = typeof OffscreenCanvas !== "undefined" ? new OffscreenCanvas(width, height) : document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    return canvas;
  };
  var font = UTF8ToString(font_name);
  var ahead = window.aimengMeasured && window.aimengMeasured[font];  // web/shell.js: takeMeasured
  var ctx = null;
  function measure(text) {
    if (!ctx) {
      ctx = Module.aimengMeasure || (Module.aimengMeasure = Module.aimengCanvas(1, 1).getContext("2d"));
      if (Module.aimengMeasureFont !== font) ctx.font = Module.aimengMeasureFont = font;  // parsed and matched each time
    }
    return ctx.measureText(text);
  }
  var metrics = new Float32Array(2 + count * 5);
  var h = ahead || measure("H");
  metrics[0] = h.fontBoundingBoxAscent > 0 ? h.fontBoundingBoxAscent : 97;  // without font metrics: Inter's
  metrics[1] = h.fontBoundingBoxDescent >= 0 ? h.fontBoundingBoxDescent : 24;
  for (var i = 0; i < count; ++i) {
    var cp = HEAP32[(code_points >> 2) + i], known = ahead && ahead.glyphs.get(cp);
    if (known) {
      metrics.set(known, 2 + i * 5);
      continue;
    }
    var m = measure(String.fromCodePoint(cp));
    metrics.set([m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent,
                 m.actualBoundingBoxDescent], 2 + i * 5);
  }
  HEAPF32.set(metrics, out >> 2);
});

// The glyphs to draw, with their pens at (x, y) texels, none reaching further than `above`
// texels above its pen or `below` below (the renderer draws the atlas a band at a time): runs
// that web::send_font hands the renderer (web/render.js draws them, off this thread where it
// runs in a worker).
EM_JS(void, js_add_glyph_run, (int weight, const char* family, float em, const int* code_points, const float* pens, int count, int above, int below), {
  var text = "";
  for (var i = 0; i < count; ++i) text += String.fromCodePoint(HEAP32[(code_points >> 2) + i]);
  (Module.aimengGlyphRuns = Module.aimengGlyphRuns || []).push({
    font: weight + " " + em + "px " + UTF8ToString(family), text: text,
    pens: HEAPF32.slice(pens >> 2, (pens >> 2) + 2 * count), above: above, below: below });
});

EM_JS(void, js_clear_glyph_runs, (), { Module.aimengGlyphRuns = []; });
// clang-format on

namespace ui {

namespace {

constexpr int kMargin = 1;            // texels around a glyph's ink box
constexpr float kMeasureEm = 100.0f;  // js_measure_face's em, in pixels

// The face as a CSS font at kMeasureEm.
std::string measuring_font(const BrowserFace& face) {
  return std::to_string(face.weight) + " " + std::to_string(static_cast<int>(kMeasureEm)) + "px " + face.family;
}

// A glyph's advance and ink box (left, right, ascent, descent) at kMeasureEm.
using GlyphMetrics = std::array<float, 5>;

// What one face's measuring gave: its ascent and descent, and its glyphs measured so far.
struct FaceMetrics {
  float ascent = 0, descent = 0;
  std::map<int, GlyphMetrics> glyphs;
};

// Where a glyph's bitmap is, in texels: the pen at (left, top) from the box's corner (outside
// it when the ink starts right of or below the pen), the box width x height.
struct GlyphBox {
  int left = 0, top = 0, width = 0, height = 0;
  float advance = 0;  // pixels
};

// One font added to the atlas (a merged one too), and what it gives its destination font.
struct Source {
  const BrowserFace* face = nullptr;
  float em = 0, ascent = 0, descent = 0;  // pixels at the raster size
  std::vector<int> codepoints;            // ascending: requested, not given by an earlier source
  std::vector<GlyphBox> boxes;
  std::vector<stbrp_rect> rects;
};

// The ink box of a glyph measured at kMeasureEm, scaled, in texels around its pen (x right,
// y down), rounded outward and with a margin; nonsense (NaN, absurd sizes) counts as no ink.
GlyphBox box_of(const GlyphMetrics& m, float scale, float em) {
  GlyphBox b;
  b.advance = std::isfinite(m[0]) ? m[0] * scale : 0.0f;
  const float x0 = std::floor(-m[1] * scale), x1 = std::ceil(m[2] * scale);
  const float y0 = std::floor(-m[3] * scale), y1 = std::ceil(m[4] * scale);
  const float limit = 4.0f * em;
  const auto sane = [limit](float v) { return v > -limit && v < limit; };                 // false for NaN too
  if (!(sane(x0) && sane(x1) && sane(y0) && sane(y1)) || x1 <= x0 || y1 <= y0) return b;  // a space
  b.left = kMargin - static_cast<int>(x0);  // negative when the ink starts right of the pen
  b.top = kMargin - static_cast<int>(y0);
  b.width = static_cast<int>(x1 - x0) + 2 * kMargin;
  b.height = static_cast<int>(y1 - y0) + 2 * kMargin;
  return b;
}

}  // namespace

struct FontAtlasBuild::Work {
  explicit Work(ImFontAtlas& a) : atlas(a) {}
  ImFontAtlas& atlas;
  std::vector<Source> sources;
  std::map<const BrowserFace*, FaceMetrics> faces;
  std::vector<std::pair<const BrowserFace*, int>> unmeasured;  // in the order measured
  bool laid_out = false;

  void choose();
  void measure(std::size_t count);
  void lay_out();
  int glyph_surface() const;
  void pack_and_allocate();
  void list_run(const Source& s);
  void register_glyphs();
};

// A face whose metrics the build knows (the icon font) as if measured.
FaceMetrics known_metrics(const BrowserFace& face) {
  FaceMetrics m;
  m.ascent = face.ascent;
  m.descent = face.descent;
  for (std::size_t g = 0; g < face.glyph_count; ++g) {
    const BrowserGlyph& b = face.glyphs[g];
    m.glyphs[b.code_point] = {b.advance, b.left, b.right, b.ascent, b.descent};
  }
  return m;
}

// The browser falls back to another of its fonts for a character a face lacks, so every
// requested code point is drawn (the icon ranges list only the icons the icon font has). A
// code point is measured once a face, whatever the sizes it is drawn at.
void FontAtlasBuild::Work::choose() {
  auto chosen = atlas_layout::choose_codepoints(atlas, [](int, int) { return true; });
  for (std::size_t n = 0; n < sources.size(); ++n) {
    Source& s = sources[n];
    s.face = static_cast<const BrowserFace*>(atlas.ConfigData[static_cast<int>(n)].FontData);
    s.codepoints = std::move(chosen[n]);
    auto [at, added] = faces.try_emplace(s.face);
    FaceMetrics& face = at->second;
    if (added && s.face->glyphs) face = known_metrics(*s.face);
    if (added && !s.face->glyphs) unmeasured.emplace_back(s.face, -1);  // the face's ascent and descent
    for (int cp : s.codepoints)
      if (face.glyphs.emplace(cp, GlyphMetrics{}).second) unmeasured.emplace_back(s.face, cp);
  }
}

// Measures up to `count` more code points, one call a face.
void FontAtlasBuild::Work::measure(std::size_t count) {
  count = std::min(count, unmeasured.size());
  for (std::size_t first = 0; first < count;) {
    const BrowserFace* face = unmeasured[first].first;
    std::vector<int> code_points;
    std::size_t end = first;
    for (; end < count && unmeasured[end].first == face; ++end)
      if (unmeasured[end].second >= 0) code_points.push_back(unmeasured[end].second);
    std::vector<float> out(2 + code_points.size() * 5);
    js_measure_face(measuring_font(*face).c_str(), code_points.data(), static_cast<int>(code_points.size()),
                    out.data());
    FaceMetrics& known = faces[face];
    if (!face->glyphs) {  // a face the build knows keeps its own (its file is not on the page)
      known.ascent = out[0];
      known.descent = out[1];
    }
    for (std::size_t g = 0; g < code_points.size(); ++g)
      std::copy_n(&out[2 + g * 5], 5, known.glyphs[code_points[g]].begin());
    first = end;
  }
  unmeasured.erase(unmeasured.begin(), unmeasured.begin() + static_cast<std::ptrdiff_t>(count));
}

// Every glyph measured: their boxes at each source's size, packed, and listed for the renderer.
void FontAtlasBuild::Work::lay_out() {
  for (std::size_t n = 0; n < sources.size(); ++n) {
    const ImFontConfig& cfg = atlas.ConfigData[static_cast<int>(n)];
    Source& s = sources[n];
    const FaceMetrics& face = faces.at(s.face);
    // ImGui's (stb_truetype's) pixel size is ascent + descent, so line heights match natively.
    const float px = cfg.SizePixels * cfg.RasterizerDensity;
    const float scale = px / std::max(face.ascent + face.descent, 1.0f);
    s.em = kMeasureEm * scale;
    s.ascent = face.ascent * scale;
    s.descent = face.descent * scale;
    for (int cp : s.codepoints) {
      s.boxes.push_back(box_of(face.glyphs.at(cp), scale, s.em));
      stbrp_rect r{};
      if (s.boxes.back().width > 0) {
        r.w = static_cast<stbrp_coord>(s.boxes.back().width + atlas.TexGlyphPadding);
        r.h = static_cast<stbrp_coord>(s.boxes.back().height + atlas.TexGlyphPadding);
      }
      s.rects.push_back(r);
    }
  }
  pack_and_allocate();
  for (const Source& s : sources) list_run(s);
  laid_out = true;
}

int FontAtlasBuild::Work::glyph_surface() const {
  int surface = 0;
  for (const Source& s : sources)
    for (const stbrp_rect& r : s.rects) surface += r.w * r.h;
  return surface;
}

void FontAtlasBuild::Work::pack_and_allocate() {
  atlas.TexWidth = atlas_layout::texture_width(atlas, glyph_surface());
  // As stbtt_PackBegin sets up stb_rect_pack: a node a column, the padding kept at the edges.
  const int width = atlas.TexWidth - atlas.TexGlyphPadding;
  std::vector<stbrp_node> nodes(static_cast<std::size_t>(width));
  stbrp_context pack{};
  stbrp_init_target(&pack, width, 1024 * 32 - atlas.TexGlyphPadding, nodes.data(), width);
  std::vector<std::vector<stbrp_rect>*> rects;
  for (Source& s : sources) rects.push_back(&s.rects);
  atlas_layout::pack_and_allocate(atlas, pack, rects);
}

void FontAtlasBuild::Work::list_run(const Source& s) {
  std::vector<int> code_points;
  std::vector<float> pens;
  int above = 0, below = 0;
  for (std::size_t g = 0; g < s.codepoints.size(); ++g) {
    const GlyphBox& b = s.boxes[g];
    const stbrp_rect& r = s.rects[g];
    if (!r.was_packed || b.width == 0) continue;
    code_points.push_back(s.codepoints[g]);
    pens.push_back(static_cast<float>(r.x + b.left));
    pens.push_back(static_cast<float>(r.y + b.top));
    above = std::max(above, b.top);
    below = std::max(below, b.height - b.top);
  }
  if (!code_points.empty())
    js_add_glyph_run(s.face->weight, s.face->family, s.em, code_points.data(), pens.data(),
                     static_cast<int>(code_points.size()), above, below);
}

void FontAtlasBuild::Work::register_glyphs() {
  for (int i = 0; i < atlas.ConfigData.Size; ++i) {
    ImFontConfig& cfg = atlas.ConfigData[i];
    const Source& s = sources[static_cast<std::size_t>(i)];
    unsigned char multiply[256];
    ImFontAtlasBuildMultiplyCalcLookupTable(multiply, cfg.RasterizerMultiply);
    const float density = cfg.RasterizerDensity;
    ImFont* font = cfg.DstFont;
    ImFontAtlasBuildSetupFont(&atlas, font, &cfg, ImTrunc(s.ascent / density + 1.0f),
                              ImTrunc(-s.descent / density - 1.0f));
    const float off_x = cfg.GlyphOffset.x;
    const float off_y = cfg.GlyphOffset.y + IM_ROUND(font->Ascent);
    for (std::size_t g = 0; g < s.codepoints.size(); ++g) {
      const GlyphBox& b = s.boxes[g];
      const stbrp_rect& r = s.rects[g];
      float x0 = 0, y0 = 0, x1 = 0, y1 = 0, u0 = 0, v0 = 0, u1 = 0, v1 = 0;
      if (b.width > 0 && r.was_packed) {
        if (cfg.RasterizerMultiply != 1.0f)
          ImFontAtlasBuildMultiplyRectAlpha8(multiply, atlas.TexPixelsAlpha8, r.x, r.y, b.width, b.height,
                                             atlas.TexWidth);
        x0 = -static_cast<float>(b.left) / density + off_x;
        x1 = x0 + static_cast<float>(b.width) / density;
        y0 = -static_cast<float>(b.top) / density + off_y;
        y1 = y0 + static_cast<float>(b.height) / density;
        u0 = static_cast<float>(r.x) * atlas.TexUvScale.x;
        v0 = static_cast<float>(r.y) * atlas.TexUvScale.y;
        u1 = static_cast<float>(r.x + b.width) * atlas.TexUvScale.x;
        v1 = static_cast<float>(r.y + b.height) * atlas.TexUvScale.y;
      }
      font->AddGlyph(&cfg, static_cast<ImWchar>(s.codepoints[g]), x0, y0, x1, y1, u0, v0, u1, v1, b.advance / density);
    }
  }
}

FontAtlasBuild::FontAtlasBuild(ImFontAtlas& atlas) : work_(std::make_unique<Work>(atlas)) {
  atlas_layout::begin(atlas);
  work_->sources.resize(static_cast<std::size_t>(atlas.ConfigData.Size));
  work_->choose();
  js_clear_glyph_runs();
}

FontAtlasBuild::~FontAtlasBuild() = default;

// Measuring is the slow part here (the renderer draws the glyphs): it is what goes in steps.
bool FontAtlasBuild::rasterise(int glyphs) {
  Work& w = *work_;
  w.measure(static_cast<std::size_t>(std::max(glyphs, 0)));
  if (w.unmeasured.empty() && !w.laid_out) w.lay_out();
  return w.laid_out;
}

void FontAtlasBuild::finish() {
  Work& w = *work_;
  rasterise(INT_MAX);
  w.register_glyphs();
  ImFontAtlasBuildFinish(&w.atlas);
}

}  // namespace ui
