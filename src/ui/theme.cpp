// Colours and ImGui style for the app's look; see theme.hpp.
#include "ui/theme.hpp"

#include <iterator>

namespace theme {

namespace {
// Every colour of every theme, one row a colour: light (Duke navy and blue on white), dark (the
// navy header on deep blue-grey), high contrast (black on white with strong borders).
struct ColourRow {
  unsigned Palette::*colour;
  unsigned light, dark, high_contrast;
};
constexpr ColourRow kColours[] = {
    {&Palette::navy, 0x012169, 0xC9DBF7, 0x000000},          {&Palette::blue, 0x00539B, 0x8DBEF5, 0x00308F},
    {&Palette::sky, 0xE8F0FA, 0x22304D, 0xFFF2A8},           {&Palette::background, 0xF4F6FA, 0x0F1524, 0xFFFFFF},
    {&Palette::surface, 0xFFFFFF, 0x1A2133, 0xFFFFFF},       {&Palette::border, 0xD9DEE7, 0x2E3A52, 0x000000},
    {&Palette::text, 0x1B2333, 0xE6EAF2, 0x000000},          {&Palette::muted, 0x4A5568, 0xA9B4C8, 0x262626},
    {&Palette::accent, 0xC84E00, 0xFF9A5C, 0x9C3300},        {&Palette::success, 0x1E6B3A, 0x6BD49A, 0x0B5A24},
    {&Palette::warning, 0x8A5300, 0xF5C26B, 0x5C3A00},       {&Palette::warning_bg, 0xFFF4DB, 0x3A2E12, 0xFFF4DB},
    {&Palette::mark_bg, 0xFFE58A, 0x6B5200, 0xFFE14D},       {&Palette::hover, 0xF3F7FC, 0x222B40, 0xEDEDED},
    {&Palette::pressed, 0xDCE8F7, 0x2A3650, 0xD6D6D6},       {&Palette::border_hover, 0xA9B8CF, 0x4A5A78, 0x000000},
    {&Palette::header, 0x012169, 0x012169, 0x000000},        {&Palette::on_header, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF},
    {&Palette::header_subtle, 0xC9D6EA, 0xC9D6EA, 0xFFFFFF}, {&Palette::fill, 0x00539B, 0x2F6FB5, 0x00205B},
    {&Palette::fill_hover, 0x012169, 0x255B98, 0x000000},    {&Palette::on_fill, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF},
    {&Palette::chart_fees, 0x4F86C6, 0x5B93D6, 0x00308F},    {&Palette::chart_living, 0x8FB8E8, 0x9DC3F0, 0x5A7FB8},
    {&Palette::scrollbar, 0xB8C2D3, 0x4A5A78, 0x000000},
};
static_assert(std::size(kColours) * sizeof(unsigned) == sizeof(Palette), "every colour of Palette has a row");

constexpr Palette palette_column(unsigned ColourRow::*column) {
  Palette p{};
  for (const ColourRow& row : kColours) p.*row.colour = row.*column;
  return p;
}
constexpr Palette kLight = palette_column(&ColourRow::light);
constexpr Palette kDark = palette_column(&ColourRow::dark);
constexpr Palette kHighContrast = palette_column(&ColourRow::high_contrast);
}  // namespace

namespace {
// Each theme's palette, in the order of core::kThemeNames (which the header's button cycles through).
constexpr const Palette* kPalettes[] = {&kLight, &kDark, &kHighContrast};
static_assert(std::size(kPalettes) == std::size(core::kThemeNames), "every theme has a palette");
}  // namespace

const Palette& palette_of(ThemeName name) {
  return *kPalettes[static_cast<std::size_t>(name)];
}

const char* theme_id(ThemeName name) {
  return core::enum_id(core::kThemeNames, name);
}

const char* theme_label(ThemeName name) {
  return core::enum_label(core::kThemeNames, name);
}

ThemeName next_theme(ThemeName name) {
  return core::kThemeNames[(static_cast<std::size_t>(name) + 1) % std::size(core::kThemeNames)].value;
}

bool theme_from_id(const std::string& id, ThemeName& out) {
  const auto name = core::enum_from_id(core::kThemeNames, id);
  if (name) out = *name;
  return name.has_value();
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
  c[ImGuiCol_Text] = vec4(text);
  c[ImGuiCol_TextDisabled] = vec4(muted);
  c[ImGuiCol_WindowBg] = vec4(background);
  c[ImGuiCol_ChildBg] = vec4(surface, 0.0f);
  c[ImGuiCol_PopupBg] = vec4(surface);
  c[ImGuiCol_Border] = vec4(border);
  c[ImGuiCol_BorderShadow] = vec4(0, 0);
  c[ImGuiCol_FrameBg] = vec4(surface);
  c[ImGuiCol_FrameBgHovered] = vec4(sky);
  c[ImGuiCol_FrameBgActive] = vec4(sky);
  c[ImGuiCol_TitleBg] = vec4(navy);
  c[ImGuiCol_TitleBgActive] = vec4(navy);
  c[ImGuiCol_MenuBarBg] = vec4(surface);
  c[ImGuiCol_ScrollbarBg] = vec4(background, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = vec4(g_active_palette.scrollbar);
  c[ImGuiCol_ScrollbarGrabHovered] = vec4(border_hover);
  c[ImGuiCol_ScrollbarGrabActive] = vec4(blue);
  c[ImGuiCol_CheckMark] = vec4(blue);
  c[ImGuiCol_SliderGrab] = vec4(blue);
  c[ImGuiCol_SliderGrabActive] = vec4(navy);
  c[ImGuiCol_Button] = vec4(surface);
  c[ImGuiCol_ButtonHovered] = vec4(sky);
  c[ImGuiCol_ButtonActive] = vec4(pressed);
  c[ImGuiCol_Header] = vec4(sky);
  c[ImGuiCol_HeaderHovered] = vec4(pressed);
  c[ImGuiCol_HeaderActive] = vec4(pressed);
  c[ImGuiCol_Separator] = vec4(border);
  c[ImGuiCol_Tab] = vec4(surface);
  c[ImGuiCol_TabHovered] = vec4(sky);
  c[ImGuiCol_TabActive] = vec4(sky);
  c[ImGuiCol_TableHeaderBg] = vec4(hover);
  c[ImGuiCol_TableBorderStrong] = vec4(border);
  c[ImGuiCol_TableBorderLight] = vec4(border);
  c[ImGuiCol_TableRowBg] = vec4(surface);
  c[ImGuiCol_TableRowBgAlt] = vec4(hover);
  c[ImGuiCol_TextSelectedBg] = vec4(blue, 0.25f);
  c[ImGuiCol_NavHighlight] = vec4(blue);
  c[ImGuiCol_ModalWindowDimBg] = vec4(navy, 0.35f);
}

}  // namespace theme
