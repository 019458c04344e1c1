// Colours and ImGui style for the app's look; see theme.hpp.
#include "ui/theme.hpp"

namespace theme {

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
  c[ImGuiCol_ScrollbarGrab] = vec4(0xB8C2D3);
  c[ImGuiCol_ScrollbarGrabHovered] = vec4(0x97A3B8);
  c[ImGuiCol_ScrollbarGrabActive] = vec4(kBlue);
  c[ImGuiCol_CheckMark] = vec4(kBlue);
  c[ImGuiCol_SliderGrab] = vec4(kBlue);
  c[ImGuiCol_SliderGrabActive] = vec4(kNavy);
  c[ImGuiCol_Button] = vec4(kSurface);
  c[ImGuiCol_ButtonHovered] = vec4(kSky);
  c[ImGuiCol_ButtonActive] = vec4(0xD3E2F5);
  c[ImGuiCol_Header] = vec4(kSky);
  c[ImGuiCol_HeaderHovered] = vec4(0xDCE8F7);
  c[ImGuiCol_HeaderActive] = vec4(0xD3E2F5);
  c[ImGuiCol_Separator] = vec4(kBorder);
  c[ImGuiCol_Tab] = vec4(kSurface);
  c[ImGuiCol_TabHovered] = vec4(kSky);
  c[ImGuiCol_TabActive] = vec4(kSky);
  c[ImGuiCol_TableHeaderBg] = vec4(0xEEF2F8);
  c[ImGuiCol_TableBorderStrong] = vec4(kBorder);
  c[ImGuiCol_TableBorderLight] = vec4(0xE7EBF1);
  c[ImGuiCol_TableRowBg] = vec4(kSurface);
  c[ImGuiCol_TableRowBgAlt] = vec4(0xF8FAFD);
  c[ImGuiCol_TextSelectedBg] = vec4(kBlue, 0.25f);
  c[ImGuiCol_NavHighlight] = vec4(kBlue);
  c[ImGuiCol_ModalWindowDimBg] = vec4(kNavy, 0.35f);
}

}  // namespace theme
