// The visual identity, set once: Duke navy and blue on light backgrounds, rounded cards,
// generous spacing. Sizes are in em (multiples of the body font size) so one layout serves a
// phone, a laptop and a 4K kiosk.
#pragma once
#include <imgui.h>

#include <string>

#include "core/theme_names.hpp"

namespace theme {

// Colours (sRGB, 0xRRGGBB) of one theme. Light is Duke navy and blue on white; dark keeps the
// navy header on deep blue-grey; high contrast is black on white with strong borders.
struct Palette {
  unsigned navy;        // headings and emphasis
  unsigned blue;        // links, icons, accents on surfaces
  unsigned sky;         // selected / notice backgrounds
  unsigned background;  // the page
  unsigned surface;     // cards, side bar, inputs
  unsigned border;
  unsigned text;
  unsigned muted;   // secondary text, still 4.5:1 on surfaces
  unsigned accent;  // sparing highlight (Duke's persimmon)
  unsigned success;
  unsigned warning;
  unsigned warning_bg;
  unsigned mark_bg;  // search match highlight
  unsigned hover;    // list and card hover
  unsigned pressed;
  unsigned border_hover;
  unsigned header;     // the app bar
  unsigned on_header;  // text on it
  unsigned header_subtle;
  unsigned fill;  // primary buttons, selected chips, toasts, timeline bars
  unsigned fill_hover;
  unsigned on_fill;  // text on fill
  unsigned chart_fees;
  unsigned chart_living;
  unsigned scrollbar;
};

using ThemeName = core::ThemeName;

const Palette& palette_of(ThemeName name);
const char* theme_id(ThemeName name);     // "light", "dark", "high-contrast"
const char* theme_label(ThemeName name);  // "Light", ...
bool theme_from_id(const std::string& id, ThemeName& out);
ThemeName next_theme(ThemeName name);  // the header button's order: light, dark, high contrast

// The palette in use: every colour below refers into it, so switching themes is one copy.
// Presentation state, set by set_theme() only (with apply_style() after it). The names below
// are references, not constants: they follow the active theme.
inline Palette g_active_palette = palette_of(ThemeName::Light);
inline ThemeName g_active_theme = ThemeName::Light;
void set_theme(ThemeName name);
inline ThemeName current_theme() {
  return g_active_theme;
}

inline const unsigned& navy = g_active_palette.navy;
inline const unsigned& blue = g_active_palette.blue;
inline const unsigned& sky = g_active_palette.sky;
inline const unsigned& background = g_active_palette.background;
inline const unsigned& surface = g_active_palette.surface;
inline const unsigned& border = g_active_palette.border;
inline const unsigned& text = g_active_palette.text;
inline const unsigned& muted = g_active_palette.muted;
inline const unsigned& accent = g_active_palette.accent;
inline const unsigned& success = g_active_palette.success;
inline const unsigned& warning = g_active_palette.warning;
inline const unsigned& warning_bg = g_active_palette.warning_bg;
inline const unsigned& mark_bg = g_active_palette.mark_bg;
inline const unsigned& hover = g_active_palette.hover;
inline const unsigned& pressed = g_active_palette.pressed;
inline const unsigned& border_hover = g_active_palette.border_hover;
inline const unsigned& header = g_active_palette.header;
inline const unsigned& on_header = g_active_palette.on_header;
inline const unsigned& header_subtle = g_active_palette.header_subtle;
inline const unsigned& fill = g_active_palette.fill;
inline const unsigned& fill_hover = g_active_palette.fill_hover;
inline const unsigned& on_fill = g_active_palette.on_fill;
inline const unsigned& chart_fees = g_active_palette.chart_fees;
inline const unsigned& chart_living = g_active_palette.chart_living;

ImU32 u32(unsigned rgb, float alpha = 1.0f);
ImVec4 vec4(unsigned rgb, float alpha = 1.0f);

// Applies colours and em-based metrics for the current font size.
void apply_style(float font_px);

// Em units: n times the current font size.
inline float em(float n) {
  return ImGui::GetFontSize() * n;
}
inline ImVec2 em2(float x, float y) {
  return ImVec2(em(x), em(y));
}

// Width at which the layout switches from phone (bottom tabs) to wide (side bar), in em.
constexpr float kWideLayoutEm = 48.0f;
// Reading column: about 70 characters of body text.
constexpr float kReadingWidthEm = 38.0f;

}  // namespace theme
