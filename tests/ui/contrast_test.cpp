// WCAG contrast of every text and background pair the themes use, in every theme: at least
// 4.5:1 for body text, 3:1 for large text (headings, the big total) and non-text marks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/theme.hpp"

namespace {
double channel(unsigned v) {
  const double c = static_cast<double>(v) / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(unsigned rgb) {
  return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
}
double contrast(unsigned a, unsigned b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
struct Pair {
  const char* what;
  unsigned fg, bg;
  bool large;
};
}  // namespace

TEST_CASE("every text colour meets WCAG contrast on its background, in every theme") {
  for (const auto& theme_entry : core::kThemeNames) {
    const theme::ThemeName name = theme_entry.value;
    const theme::Palette& p = theme::palette_of(name);
    const std::string theme_name = theme::theme_id(name);
    CAPTURE(theme_name);
    const Pair pairs[] = {
        {"body text on the page", p.text, p.background, false},
        {"body text on cards", p.text, p.surface, false},
        {"body text on hovered rows", p.text, p.hover, false},
        {"muted text on cards", p.muted, p.surface, false},
        {"muted text on the page", p.muted, p.background, false},
        {"links and sources on cards", p.blue, p.surface, false},
        {"links on the page", p.blue, p.background, false},
        {"headings on the page", p.navy, p.background, false},
        {"headings on cards", p.navy, p.surface, false},
        {"header title", p.on_header, p.header, false},
        {"header subtitle", p.header_subtle, p.header, false},
        {"primary buttons, selected chips, toasts", p.on_fill, p.fill, false},
        {"hovered primary buttons", p.on_fill, p.fill_hover, false},
        {"warning banner text", p.warning, p.warning_bg, false},
        {"notice banner text", p.navy, p.sky, false},
        {"selected navigation item", p.navy, p.sky, false},
        {"aid amounts on cards", p.success, p.surface, false},
        {"search match on its highlight", p.text, p.mark_bg, false},
        {"internship bars on cards", p.accent, p.surface, true},
        {"timeline bars on cards", p.fill, p.surface, true},
    };
    for (const Pair& pair : pairs) {
      const std::string what = pair.what;
      CAPTURE(what);
      const double ratio = contrast(pair.fg, pair.bg);
      CAPTURE(ratio);
      CHECK(ratio >= (pair.large ? 3.0 : 4.5));
    }
  }
}

TEST_CASE("avatar initials stay readable on every avatar colour") {
  for (unsigned bg : {0x012169u, 0x00539Bu, 0x1E6B3Au, 0x7A2E8Eu, 0xA23B00u, 0x005F6Bu}) {
    CAPTURE(bg);
    CHECK(contrast(0xFFFFFF, bg) >= 4.5);
  }
}
