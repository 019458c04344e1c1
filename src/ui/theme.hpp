// The visual identity, set once: Duke navy and blue on light backgrounds, rounded cards,
// generous spacing. Sizes are in em (multiples of the body font size) so one layout serves a
// phone, a laptop and a 4K kiosk.
#pragma once
#include <imgui.h>

namespace theme {

// Colours (sRGB, 0xRRGGBB).
constexpr unsigned kNavy = 0x012169;  // Duke navy
constexpr unsigned kBlue = 0x00539B;  // Duke blue
constexpr unsigned kSky = 0xE8F0FA;   // selected / hover tint
constexpr unsigned kBackground = 0xF4F6FA;
constexpr unsigned kSurface = 0xFFFFFF;
constexpr unsigned kBorder = 0xD9DEE7;
constexpr unsigned kText = 0x1B2333;
constexpr unsigned kMuted = 0x4A5568;   // secondary text, still 4.5:1 on white
constexpr unsigned kAccent = 0xC84E00;  // sparing highlight (Duke's persimmon)
constexpr unsigned kSuccess = 0x1E6B3A;
constexpr unsigned kWarning = 0x8A5300;
constexpr unsigned kWarningBg = 0xFFF4DB;
constexpr unsigned kMarkBg = 0xFFE58A;  // search match highlight

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
