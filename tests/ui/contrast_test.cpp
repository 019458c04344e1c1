// WCAG contrast of every text and background pair the theme uses: at least 4.5:1 for body
// text, 3:1 for large text (headings, the big total) and non-text marks.
#include <doctest/doctest.h>

#include <cmath>

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

TEST_CASE("every text colour meets WCAG contrast on its background") {
  using namespace theme;
  const Pair pairs[] = {
      {"body text on the page", kText, kBackground, false},
      {"body text on cards", kText, kSurface, false},
      {"muted text on cards", kMuted, kSurface, false},
      {"muted text on the page", kMuted, kBackground, false},
      {"links and sources on cards", kBlue, kSurface, false},
      {"links on the page", kBlue, kBackground, false},
      {"headings (navy) on the page", kNavy, kBackground, true},
      {"header title on navy", 0xFFFFFF, kNavy, false},
      {"header subtitle on navy", 0xC9D6EA, kNavy, false},
      {"primary button text", 0xFFFFFF, kBlue, false},
      {"selected chip text", 0xFFFFFF, kNavy, false},
      {"warning banner text", kWarning, kWarningBg, false},
      {"notice banner text", kNavy, kSky, false},
      {"selected navigation item", kNavy, kSky, false},
      {"aid amounts (green) on cards", kSuccess, kSurface, false},
      {"search match on highlight", kText, kMarkBg, false},
      {"toast text on navy", 0xFFFFFF, kNavy, false},
      {"avatar initials: navy", 0xFFFFFF, 0x012169, false},
      {"avatar initials: blue", 0xFFFFFF, 0x00539B, false},
      {"avatar initials: green", 0xFFFFFF, 0x1E6B3A, false},
      {"avatar initials: purple", 0xFFFFFF, 0x7A2E8E, false},
      {"avatar initials: rust", 0xFFFFFF, 0xA23B00, false},
      {"avatar initials: teal", 0xFFFFFF, 0x005F6B, false},
      {"internship bar (accent) on cards", kAccent, kSurface, true},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.what);
    const double ratio = contrast(p.fg, p.bg);
    CAPTURE(ratio);
    CHECK(ratio >= (p.large ? 3.0 : 4.5));
  }
}
