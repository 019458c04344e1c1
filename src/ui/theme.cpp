// Colours and ImGui style for the app's look; see theme.hpp.
#include "ui/theme.hpp"

namespace theme {

namespace {
constexpr Palette kLight{0x012169, 0x00539B, 0xE8F0FA, 0xF4F6FA, 0xFFFFFF, 0xD9DEE7, 0x1B2333, 0x4A5568, 0xC84E00,
                         0x1E6B3A, 0x8A5300, 0xFFF4DB, 0xFFE58A, 0xF3F7FC, 0xDCE8F7, 0xA9B8CF, 0x012169, 0xFFFFFF,
                         0xC9D6EA, 0x00539B, 0x012169, 0xFFFFFF, 0x4F86C6, 0x8FB8E8, 0xB8C2D3};
constexpr Palette kDark{0xC9DBF7, 0x8DBEF5, 0x22304D, 0x0F1524, 0x1A2133, 0x2E3A52, 0xE6EAF2, 0xA9B4C8, 0xFF9A5C,
                        0x6BD49A, 0xF5C26B, 0x3A2E12, 0x6B5200, 0x222B40, 0x2A3650, 0x4A5A78, 0x012169, 0xFFFFFF,
                        0xC9D6EA, 0x2F6FB5, 0x255B98, 0xFFFFFF, 0x5B93D6, 0x9DC3F0, 0x4A5A78};
constexpr Palette kHighContrast{0x000000, 0x00308F, 0xFFF2A8, 0xFFFFFF, 0xFFFFFF, 0x000000, 0x000000,
                                0x262626, 0x9C3300, 0x0B5A24, 0x5C3A00, 0xFFF4DB, 0xFFE14D, 0xEDEDED,
                                0xD6D6D6, 0x000000, 0x000000, 0xFFFFFF, 0xFFFFFF, 0x00205B, 0x000000,
                                0xFFFFFF, 0x00308F, 0x5A7FB8, 0x000000};
}  // namespace

const Palette& palette_of(ThemeName name) {
  switch (name) {
    case ThemeName::Dark:
      return kDark;
    case ThemeName::HighContrast:
      return kHighContrast;
    case ThemeName::Light:
      break;
  }
  return kLight;
}

const char* theme_id(ThemeName name) {
  return name == ThemeName::Dark ? "dark" : name == ThemeName::HighContrast ? "high-contrast" : "light";
}

const char* theme_label(ThemeName name) {
  return name == ThemeName::Dark ? "Dark" : name == ThemeName::HighContrast ? "High contrast" : "Light";
}

bool theme_from_id(const std::string& id, ThemeName& out) {
  for (ThemeName t : kThemes)
    if (id == theme_id(t)) {
      out = t;
      return true;
    }
  return false;
}

void set_theme(ThemeName name) {
  g_active_palette = palette_of(name);
  g_active_theme = name;
}

ImU32 u32(unsigned rgb, float alpha) {
  return ImGui::ColorConvertFloat4ToU32(vec4(rgb, alpha));
}

ImVec4 vec4(unsigned rgb, float alpha) {
  return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                static_cast<float>(rgb & 0xFF) / 255.0f, alpha);
}

void apply_style(float font_px) {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  const float u = font_px;  // 1 em
  s.WindowPadding = ImVec2(u * 1.0f, u * 1.0f);
  s.FramePadding = ImVec2(u * 0.7f, u * 0.45f);
  s.ItemSpacing = ImVec2(u * 0.6f, u * 0.55f);
  s.ItemInnerSpacing = ImVec2(u * 0.45f, u * 0.3f);
  s.CellPadding = ImVec2(u * 0.5f, u * 0.35f);
  s.IndentSpacing = u * 1.2f;
  s.ScrollbarSize = u * 0.7f;
  s.GrabMinSize = u * 0.8f;
  s.WindowRounding = 0;
  s.ChildRounding = u * 0.6f;
  s.FrameRounding = u * 0.4f;
  s.PopupRounding = u * 0.5f;
  s.ScrollbarRounding = u;
  s.GrabRounding = u * 0.4f;
  s.TabRounding = u * 0.4f;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.FrameBorderSize = 1;
  s.PopupBorderSize = 1;
  s.TouchExtraPadding = ImVec2(u * 0.15f, u * 0.15f);

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = vec4(kText);
  c[ImGuiCol_TextDisabled] = vec4(kMuted);
  c[ImGuiCol_WindowBg] = vec4(kBackground);
  c[ImGuiCol_ChildBg] = vec4(kSurface, 0.0f);
  c[ImGuiCol_PopupBg] = vec4(kSurface);
  c[ImGuiCol_Border] = vec4(kBorder);
  c[ImGuiCol_BorderShadow] = vec4(0, 0);
  c[ImGuiCol_FrameBg] = vec4(kSurface);
  c[ImGuiCol_FrameBgHovered] = vec4(kSky);
  c[ImGuiCol_FrameBgActive] = vec4(kSky);
  c[ImGuiCol_TitleBg] = vec4(kNavy);
  c[ImGuiCol_TitleBgActive] = vec4(kNavy);
  c[ImGuiCol_MenuBarBg] = vec4(kSurface);
  c[ImGuiCol_ScrollbarBg] = vec4(kBackground, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = vec4(g_active_palette.scrollbar);
  c[ImGuiCol_ScrollbarGrabHovered] = vec4(kBorderHover);
  c[ImGuiCol_ScrollbarGrabActive] = vec4(kBlue);
  c[ImGuiCol_CheckMark] = vec4(kBlue);
  c[ImGuiCol_SliderGrab] = vec4(kBlue);
  c[ImGuiCol_SliderGrabActive] = vec4(kNavy);
  c[ImGuiCol_Button] = vec4(kSurface);
  c[ImGuiCol_ButtonHovered] = vec4(kSky);
  c[ImGuiCol_ButtonActive] = vec4(kPressed);
  c[ImGuiCol_Header] = vec4(kSky);
  c[ImGuiCol_HeaderHovered] = vec4(kPressed);
  c[ImGuiCol_HeaderActive] = vec4(kPressed);
  c[ImGuiCol_Separator] = vec4(kBorder);
  c[ImGuiCol_Tab] = vec4(kSurface);
  c[ImGuiCol_TabHovered] = vec4(kSky);
  c[ImGuiCol_TabActive] = vec4(kSky);
  c[ImGuiCol_TableHeaderBg] = vec4(kHover);
  c[ImGuiCol_TableBorderStrong] = vec4(kBorder);
  c[ImGuiCol_TableBorderLight] = vec4(kBorder);
  c[ImGuiCol_TableRowBg] = vec4(kSurface);
  c[ImGuiCol_TableRowBgAlt] = vec4(kHover);
  c[ImGuiCol_TextSelectedBg] = vec4(kBlue, 0.25f);
  c[ImGuiCol_NavHighlight] = vec4(kBlue);
  c[ImGuiCol_ModalWindowDimBg] = vec4(kNavy, 0.35f);
}

}  // namespace theme
