// The app's fonts: body, bold, small, two heading sizes and a display size for big totals, each
// with the icon font merged in. Natively from the embedded Inter; on the web the browser draws
// them with its own fonts (browser_face.hpp).
#pragma once
#include <imgui.h>

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* small = nullptr;
  ImFont* h2 = nullptr;
  ImFont* h1 = nullptr;
  ImFont* display = nullptr;
  float body_px = 17.0f;  // logical pixels of the body font
  float raster = 1.0f;    // glyph pixels per logical pixel in this atlas
};

// Glyphs are rasterised at most this many pixels per logical pixel (a 3x screen with the
// largest text, 4); past it they are scaled up instead.
constexpr float kMaxRaster = 12.0f;
// The widest and tallest atlas texture the app makes: every GPU that runs WebGL 2 takes 4096
// texels, not all take more. A taller atlas is built again at a smaller raster (app::finish_fonts).
constexpr int kMaxAtlasSide = 4096;

// Body size in logical pixels for a text scale of 1.
constexpr float kBodyPx = 17.0f;

// Basic Latin and the app's punctuation, as ImGui glyph ranges: all that the fonts carry on the
// web, where only the built-in content is shown (a test checks that its characters are all
// here), until the visitor types a Latin-1 letter (BodyGlyphs). Natively, where an edited
// content file may bring any Latin-1 letter, every font has the full set; typed text is always
// in the body font.
const ImWchar* basic_glyph_ranges();

// Which characters the body font (the one typed text is drawn in) carries: the basic ranges,
// or Latin-1's letters as well. The web starts with the basic ones (all the built-in content
// needs: a third fewer glyphs to rasterise before the first frame) and gains the letters once
// the visitor types one (app::frame); natively the body always has them.
enum class BodyGlyphs { Basic, Latin1 };
#ifdef __EMSCRIPTEN__
constexpr BodyGlyphs kFirstBodyGlyphs = BodyGlyphs::Basic;
#else
constexpr BodyGlyphs kFirstBodyGlyphs = BodyGlyphs::Latin1;
#endif
// Whether typing `code_point` needs the body font's Latin-1 letters (it is not in the basic
// ranges, and is one of the letters).
bool needs_latin1_glyphs(unsigned code_point);

#ifdef __EMSCRIPTEN__
struct BrowserFace;
// The icon font, whose file the renderer loads (web::add_face_file) to draw the atlas's icons.
const BrowserFace& browser_icon_face();
#endif

// Clears io.Fonts and adds the fonts, for a FontAtlasBuild (font_atlas_build.hpp) to build.
// Glyphs are rasterised at `text_scale * pixel_ratio` (at most 12) so text stays crisp on
// high-density screens; io.FontGlobalScale maps them back to logical pixels.
// `max_raster` (at most kMaxRaster) caps the glyphs' rasterisation.
void add_fonts(Fonts& fonts, float text_scale, float pixel_ratio, BodyGlyphs body_glyphs = kFirstBodyGlyphs,
               float max_raster = kMaxRaster);

}  // namespace ui
