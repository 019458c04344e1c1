// The app frame: header, navigation (side bar when wide, bottom tabs on phones), banners,
// and the scrolling content region the current screen draws into.
#include <algorithm>
#include <cmath>

#include "core/summary.hpp"
#include "ui/a11y.hpp"
#include "ui/icons.hpp"
#include "ui/kiosk.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

struct NavEntry {
  core::Screen screen;
  const char* icon;
  const char* label;
};
constexpr NavEntry kNav[] = {
    {core::Screen::Program, ICON_UNIVERSITY, "Program"},
    {core::Screen::Students, ICON_USERS, "Students"},
    {core::Screen::Calculator, ICON_CALCULATOR, "Cost & timeline"},
};

ScreenContext screen_context(app::AppState& s) {
  return ScreenContext{s.model, s.fonts, s.frame, s.scroll, s.rich_text_cache};
}

void go_to(app::AppState& s, core::Screen screen) {
  s.frame.intents.post(app::GoTo{screen, ""});
}

// Header buttons share what the title leaves: at large text on a phone, four buttons of their
// usual size are wider than the screen (and taller than the header, which keeps to a share of
// the screen), so they shrink to fit, labels and all (`scale`), and the title keeps its icon and
// shows its words only where they fit.
struct HeaderFit {
  float pad = 0, button_w = 0, button_h = 0, gap = 0, scale = 1;
};
HeaderFit fit_header(float width, float height, bool wide, int buttons, float title_icon_w) {
  HeaderFit f;
  f.pad = std::min(theme::em(wide ? 1.4f : 1.0f), width * 0.04f);
  f.button_w = theme::em(wide ? 2.4f : 2.1f);
  f.button_h = theme::em(2.0f);
  f.gap = theme::em(wide ? 0.4f : 0.3f);
  const float room = width - f.pad * 2 - title_icon_w - f.gap;
  const float wanted = static_cast<float>(buttons) * (f.button_w + f.gap);
  if (wanted > room && room > 0) f.scale = room / wanted;
  f.scale = std::max(std::min(f.scale, height * 0.75f / f.button_h), 0.25f);
  f.button_w *= f.scale;
  f.button_h *= f.scale;
  f.gap *= f.scale;
  return f;
}

// A header button's tooltip, hovered or keyboard-focused, in the popup's own text colour: the
// header's (white, pushed for the buttons) made it a blank white box.
void header_tooltip(const char* text) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(theme::text));
  ImGui::SetTooltip("%s", text);
  ImGui::PopStyleColor();
}

void draw_header(app::AppState& s, float width, float height, bool wide) {
  ScreenContext ctx = screen_context(s);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::u32(theme::header));
  ImGui::PushFont(s.fonts.h2);
  const float title_h = std::min(ImGui::GetTextLineHeight(), height * 0.6f);
  ImGui::PopFont();
  const bool offers_qr = s.make_qr && !s.share_base_url.empty();
  const int buttons = 3 + (wide ? 0 : 1) + (offers_qr ? 1 : 0);  // text size x2, colours, search, QR
  const float icon_w = s.fonts.h2->CalcTextSizeA(title_h, FLT_MAX, 0, ICON_GRADUATION "  ").x;
  const HeaderFit fit = fit_header(width, height, wide, buttons, icon_w);
  const float pad = fit.pad, bw = fit.button_w, bh = fit.button_h, gap = fit.gap;
  const float buttons_left = origin.x + width - pad - static_cast<float>(buttons) * (bw + gap) + gap;
  const float text_room = buttons_left - gap - (origin.x + pad);

  const float sub_h = s.fonts.small->FontSize * ImGui::GetIO().FontGlobalScale;
  const float block_h = title_h + sub_h + theme::em(0.1f);
  const float top = origin.y + (height - block_h) * 0.5f;
  const char* title = ICON_GRADUATION "  AI MEng Explorer";
  const float full_title_w = s.fonts.h2->CalcTextSizeA(title_h, FLT_MAX, 0, title).x;
  const bool title_fits = full_title_w <= text_room;
  const float title_w = title_fits ? full_title_w : icon_w;
  const float title_top = title_fits ? top : origin.y + (height - title_h) * 0.5f;
  dl->AddText(s.fonts.h2, title_h, ImVec2(origin.x + pad, title_top), theme::u32(theme::on_header),
              title_fits ? title : ICON_GRADUATION);
  a11y::text_at(a11y::A11yRole::Text, "AI MEng Explorer", ImVec2(origin.x + pad, title_top),
                ImVec2(origin.x + pad + title_w, title_top + title_h));
  // The subtitle, shorter where the long one does not fit, and none where neither does.
  std::string subtitle = s.model.content.program.university + " \xC2\xB7 " + s.model.content.program.name;
  // (Wide, the search box sits between the title and the buttons, clear of both.)
  const float subtitle_room = wide ? width - pad * 2 - theme::em(6.0f) : text_room;
  if (s.fonts.small->CalcTextSizeA(sub_h, FLT_MAX, 0, subtitle.c_str()).x > subtitle_room)
    subtitle = s.model.content.program.university;
  if (title_fits && block_h <= height &&
      s.fonts.small->CalcTextSizeA(sub_h, FLT_MAX, 0, subtitle.c_str()).x <= subtitle_room) {
    const ImVec2 sub_at(origin.x + pad, top + title_h + theme::em(0.1f));
    dl->AddText(s.fonts.small, sub_h, sub_at, theme::u32(theme::header_subtle), subtitle.c_str());
    a11y::text_at(
        a11y::A11yRole::Text, subtitle, sub_at,
        ImVec2(sub_at.x + s.fonts.small->CalcTextSizeA(sub_h, FLT_MAX, 0, subtitle.c_str()).x, sub_at.y + sub_h));
  }

  // Text size control: the canvas cannot reflow under pinch zoom, so the app offers its own.
  const float buttons_x = origin.x + width - pad - bw * 2 - gap;
  const float button_y = origin.y + (height - bh) * 0.5f;
  if (wide) {
    const float right = buttons_x - (bw + gap) * (offers_qr ? 2.0f : 1.0f) - theme::em(1.0f);
    const float box_w = std::min(theme::em(22.0f), right - (origin.x + theme::em(19.0f)));
    if (box_w > theme::em(10.0f)) {
      const ImVec2 box(right - box_w, origin.y + (height - theme::em(2.1f)) * 0.5f);
      ImGui::SetCursorScreenPos(box);
      a11y::begin(a11y::A11yRole::Search);
      draw_search_box(ctx, s.search, box_w);
      s.search.open = false;
      draw_search_results(ctx, s.search, ImVec2(box.x, origin.y + height + theme::em(0.2f)), box_w);
      a11y::end();
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(buttons_x, button_y));
  ImGui::PushStyleColor(ImGuiCol_Button, theme::vec4(theme::on_header, 0.10f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::vec4(theme::on_header, 0.22f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::vec4(theme::on_header, 0.30f));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(theme::on_header));
  ImGui::PushStyleColor(ImGuiCol_Border, theme::vec4(theme::on_header, 0.35f));
  ImGui::PushStyleColor(ImGuiCol_NavHighlight, theme::vec4(theme::on_header));  // the focus ring, on navy
  ImGui::SetWindowFontScale(fit.scale);  // the labels shrink with their buttons, padding and all
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(style.FramePadding.x * fit.scale, style.FramePadding.y * fit.scale));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, style.FrameRounding * fit.scale);
  const bool smaller = ImGui::Button("A-##smaller", ImVec2(bw, bh));
  a11y::item(a11y::A11yRole::Button, "Smaller text");
  if (smaller) {
    s.text_scale = std::max(0.75f, s.text_scale - 0.125f);
    s.fonts_dirty = true;
  }
  header_tooltip("Smaller text");
  ImGui::SameLine(0, gap);
  const bool larger = ImGui::Button("A+##larger", ImVec2(bw, bh));
  a11y::item(a11y::A11yRole::Button, "Larger text");
  if (larger) {
    s.text_scale = std::min(3.0f, s.text_scale + 0.125f);
    s.fonts_dirty = true;
  }
  header_tooltip("Larger text");
  float left_of_buttons = buttons_x;
  if (!wide) {
    left_of_buttons -= bw + gap;
    ImGui::SetCursorScreenPos(ImVec2(buttons_x - bw - gap, button_y));
    const bool toggle =
        ImGui::Button(s.search.open ? ICON_TIMES "##search-toggle" : ICON_SEARCH "##search-toggle", ImVec2(bw, bh));
    a11y::item(a11y::A11yRole::Button, "Search", core::kA11yExpandable | (s.search.open ? core::kA11yExpanded : 0));
    if (toggle) {
      s.search.open = !s.search.open;
      s.search.query.clear();
      s.search.results.clear();
    }
  }
  // Theme: light, dark, high contrast, in turn.
  const float theme_x = left_of_buttons - (bw + gap) * (offers_qr ? 2.0f : 1.0f);
  ImGui::SetCursorScreenPos(ImVec2(theme_x, button_y));
  const bool next_theme = ImGui::Button(ICON_ADJUST "##theme", ImVec2(bw, bh));
  a11y::item(a11y::A11yRole::Button, "Colours", 0, theme::theme_label(theme::current_theme()));
  if (next_theme) {
    const theme::ThemeName next = theme::next_theme(theme::current_theme());
    theme::set_theme(next);
    s.fonts_dirty = true;
    app::show_toast(s, std::string(theme::theme_label(next)) + " theme");
  }
  header_tooltip((std::string("Colours: ") + theme::theme_label(theme::current_theme()) + " (change)").c_str());
  if (offers_qr) {
    ImGui::SetCursorScreenPos(ImVec2(left_of_buttons - bw - gap, button_y));
    const bool qr = ImGui::Button(ICON_QRCODE "##qr", ImVec2(bw, bh));
    a11y::item(a11y::A11yRole::Button, "Continue on your phone (QR code)",
               core::kA11yExpandable | (s.qr_visible ? core::kA11yExpanded : 0));
    if (qr) {
      s.qr_text.clear();
      s.qr_visible = !s.qr_visible;
    }
    header_tooltip("Continue on your phone");
  }
  ImGui::PopStyleVar(2);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor(6);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

// The QR code of the current screen's link (or of a link the visitor tapped), to scan and
// carry on on a phone.
void draw_qr_panel(app::AppState& s) {
  if (!s.qr_visible || !s.make_qr) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    s.qr_visible = false;
    return;
  }
  app::request_frames(s, 1);  // it sizes itself over its first frames
  const std::string text = s.qr_text.empty() ? app::share_link(s) : s.qr_text;
  const auto modules = s.make_qr(text);
  if (modules.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float side = std::min(vp->WorkSize.x, vp->WorkSize.y) * 0.42f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::vec4(theme::surface));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, theme::em2(1.5f, 1.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, theme::em(0.8f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::Begin("##qr-panel", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoMove);
  a11y::begin(a11y::A11yRole::Dialog, "Take it with you");
  heading(s.fonts.h2, "Take it with you");
  text_colored(theme::muted, "Scan with your phone's camera to open this in your browser.");
  ImGui::Spacing();
  const float n = static_cast<float>(modules.size());
  const float quiet = 4.0f;  // the standard's white border, in modules
  const float cell = std::floor(side / (n + quiet * 2));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float total = cell * (n + quiet * 2);
  dl->AddRectFilled(p, ImVec2(p.x + total, p.y + total), IM_COL32_WHITE);
  for (std::size_t y = 0; y < modules.size(); ++y)
    for (std::size_t x = 0; x < modules[y].size(); ++x)
      if (modules[y][x]) {
        const ImVec2 m(p.x + (quiet + static_cast<float>(x)) * cell, p.y + (quiet + static_cast<float>(y)) * cell);
        dl->AddRectFilled(m, ImVec2(m.x + cell, m.y + cell), IM_COL32_BLACK);
      }
  ImGui::Dummy(ImVec2(total, total));
  a11y::text(a11y::A11yRole::Image, "QR code of " + text);
  ImGui::PushFont(s.fonts.small);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + total);
  // The calculator's link carries an estimate; say what it is, and on what figures, beside it.
  if (s.qr_text.empty() && s.route.screen == core::Screen::Calculator)
    text_colored(theme::text, core::estimate_headline(s.calculator.shown(), s.model.today).c_str());
  text_colored(theme::muted, text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (button(ICON_TIMES "  Close", true)) s.qr_visible = false;
  a11y::end();
  ImGui::End();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();
}

void draw_side_nav(app::AppState& s, float height) {
  const float width = theme::em(14.0f);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::vec4(theme::surface));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, theme::em2(0.8f, 1.2f));
  ImGui::BeginChild("##sidenav", ImVec2(width, height), ImGuiChildFlags_AlwaysUseWindowPadding);
  a11y::begin(a11y::A11yRole::Navigation, "Screens");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 wpos = ImGui::GetWindowPos();
  dl->AddLine(ImVec2(wpos.x + width - 1, wpos.y), ImVec2(wpos.x + width - 1, wpos.y + height),
              theme::u32(theme::border));
  for (const NavEntry& e : kNav) {
    const bool selected = s.route.screen == e.screen;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, theme::em(2.7f));
    ImGui::PushID(e.label);
    const bool pressed = ImGui::InvisibleButton("nav", size);
    a11y::item(a11y::A11yRole::Button, e.label, selected ? core::kA11yCurrent : 0);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (selected || hovered)
      dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::u32(selected ? theme::sky : theme::hover),
                        theme::em(0.5f));
    if (selected)
      dl->AddRectFilled(pos, ImVec2(pos.x + theme::em(0.25f), pos.y + size.y), theme::u32(theme::blue),
                        theme::em(0.12f));
    const float ty = pos.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f;
    ImFont* font = selected ? s.fonts.bold : s.fonts.body;
    dl->AddText(font, ImGui::GetFontSize(), ImVec2(pos.x + theme::em(0.9f), ty),
                theme::u32(selected ? theme::navy : theme::muted), e.icon);
    dl->AddText(font, ImGui::GetFontSize(), ImVec2(pos.x + theme::em(2.6f), ty),
                theme::u32(selected ? theme::navy : theme::text), e.label);
    if (pressed) go_to(s, e.screen);
    ImGui::Dummy(ImVec2(0, theme::em(0.2f)));
  }
  a11y::end();
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void draw_tab_bar(app::AppState& s, float width, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::u32(theme::surface));
  dl->AddLine(origin, ImVec2(origin.x + width, origin.y), theme::u32(theme::border));
  const float tab_w = width / 3.0f;
  a11y::begin(a11y::A11yRole::Navigation, "Screens");
  a11y::begin(a11y::A11yRole::TabList, "Screens");
  for (int i = 0; i < 3; ++i) {
    const NavEntry& e = kNav[i];
    const bool selected = s.route.screen == e.screen;
    const ImVec2 pos(origin.x + tab_w * static_cast<float>(i), origin.y);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(i);
    if (ImGui::InvisibleButton("tab", ImVec2(tab_w, height))) go_to(s, e.screen);
    a11y::item(a11y::A11yRole::Tab, e.label, selected ? core::kA11ySelected : 0);
    ImGui::PopID();
    const unsigned colour = selected ? theme::blue : theme::muted;
    // Large text on a phone: the bar keeps to a share of the screen, and its icon and label
    // shrink to the bar's height, then the label to its tab's width.
    float icon_px = s.fonts.h2->FontSize * ImGui::GetIO().FontGlobalScale;
    float label_px = s.fonts.small->FontSize * ImGui::GetIO().FontGlobalScale;
    float gap_px = theme::em(0.2f);
    const float stacked = icon_px + label_px + gap_px;
    if (stacked > height * 0.9f) {
      const float k = height * 0.9f / stacked;
      icon_px *= k;
      label_px *= k;
      gap_px *= k;
    }
    const char* label = i == 2 ? "Cost" : e.label;
    ImFont* label_font = selected ? s.fonts.bold : s.fonts.small;
    const float iw = s.fonts.h2->CalcTextSizeA(icon_px, FLT_MAX, 0, e.icon).x;
    float lw = label_font->CalcTextSizeA(label_px, FLT_MAX, 0, label).x;
    if (lw > tab_w * 0.92f) {
      label_px *= tab_w * 0.92f / lw;
      lw = label_font->CalcTextSizeA(label_px, FLT_MAX, 0, label).x;
    }
    const float top = pos.y + (height - icon_px - label_px - gap_px) * 0.5f;
    dl->AddText(s.fonts.h2, icon_px, ImVec2(pos.x + (tab_w - iw) * 0.5f, top), theme::u32(colour), e.icon);
    dl->AddText(label_font, label_px, ImVec2(pos.x + (tab_w - lw) * 0.5f, top + icon_px + gap_px), theme::u32(colour),
                label);
    if (selected)
      dl->AddRectFilled(ImVec2(pos.x + tab_w * 0.3f, origin.y),
                        ImVec2(pos.x + tab_w * 0.7f, origin.y + std::min(theme::em(0.2f), height * 0.05f)),
                        theme::u32(theme::blue), theme::em(0.1f));
  }
  a11y::end();
  a11y::end();
}

// Touch and mouse drag scroll the content, as on a web page (but not while using a widget).
void drag_to_scroll() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.MouseSource == ImGuiMouseSource_Mouse && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) &&
      ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f) && !ImGui::IsAnyItemActive())
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

// Finger scrolling and the fling after it: speed decays by 95 % a second.
void apply_touch_scroll(app::ScrollUi& scroll) {
  if (scroll.touch_delta != 0) {
    ImGui::SetScrollY(ImGui::GetScrollY() + scroll.touch_delta);
    scroll.touch_delta = 0;
  }
  if (scroll.fling_velocity != 0) {
    const float dt = ImGui::GetIO().DeltaTime;
    ImGui::SetScrollY(ImGui::GetScrollY() + scroll.fling_velocity * dt);
    scroll.fling_velocity *= std::pow(0.05f, dt);
    const bool at_edge = ImGui::GetScrollY() <= 0.0f || ImGui::GetScrollY() >= ImGui::GetScrollMaxY();
    if (std::abs(scroll.fling_velocity) < 20.0f || at_edge) scroll.fling_velocity = 0;
  }
}

// Eases the content towards scroll.target over a few frames; any wheel or drag cancels it.
void animate_scroll(app::ScrollUi& scroll) {
  if (scroll.target < 0) return;
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseWheel != 0 || ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    scroll.target = -1;
    scroll.cancelled = true;
    return;
  }
  if (scroll.frames_left <= 0) scroll.frames_left = 90;
  // The page may not be laid out to full height yet on the first frames: aim at what exists.
  const float target = std::min(scroll.target, ImGui::GetScrollMaxY());
  const float current = ImGui::GetScrollY();
  const bool reachable = scroll.target <= ImGui::GetScrollMaxY();
  // ImGui keeps scroll offsets in whole pixels: snap when within a few.
  if (std::abs(target - current) < 3.0f && (reachable || scroll.frames_left == 1)) {
    ImGui::SetScrollY(target);
    scroll.target = -1;
    scroll.frames_left = 0;
    return;
  }
  ImGui::SetScrollY(current + (target - current) * 0.35f);
  if (--scroll.frames_left == 0) scroll.target = -1;
}

// The widest the screens' column grows: on a 4K display at 100% (a fair's television, a desktop
// monitor) wider rows only push a table's columns, a chart's bars and a card's text apart. The
// rest of the width is an even margin on both sides.
constexpr float kMaxContentEm = 100.0f;

void draw_content(app::AppState& s, ImVec2 size, bool wide) {
  const float margin = wide ? theme::em(2.0f) : std::min(theme::em(1.0f), std::max(size.x * 0.04f, 8.0f));
  const float side = std::max(margin, (size.x - theme::em(kMaxContentEm)) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, theme::em(wide ? 1.6f : 1.0f)));
  // A phone's scroll bar (a finger scrolls the page itself) keeps to 3% of the width whatever
  // the text size: at text 4x it took a ninth of a 390 px screen.
  const float scrollbar = ImGui::GetStyle().ScrollbarSize;
  ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize,
                      wide ? scrollbar : std::min(scrollbar, std::max(size.x * 0.03f, 10.0f)));
  ImGui::BeginChild("##content", size, ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar(2);
  a11y::begin(a11y::A11yRole::Main);
  if (!s.model.content_problems.empty())
    notice_banner("##content-problems", ICON_WARNING "  Problems with the content file", s.model.content_problems,
                  theme::warning_bg, theme::warning);
  if (!s.notices.empty()) {
    notice_banner("##route-notices", ICON_INFO "  Some things could not be used as given", s.notices, theme::sky,
                  theme::navy);
    if (button(ICON_TIMES " Dismiss")) s.notices.clear();
    ImGui::Spacing();
  }
  if (s.scroll.to_top) {
    ImGui::SetScrollY(0);
    s.scroll.to_top = false;
  }
  s.scroll.content_top = ImGui::GetCursorScreenPos().y;
  s.scroll.content_padding = theme::em(wide ? 1.6f : 1.0f);
  s.scroll.content_height = ImGui::GetWindowHeight();
  s.scroll.at_bottom = ImGui::GetScrollMaxY() > 0 && ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 2.0f;
  s.scroll.content_scroll = ImGui::GetScrollY();
  ScreenContext ctx = screen_context(s);
  switch (s.route.screen) {
    case core::Screen::Program:
      draw_program(ctx, s.program);
      break;
    case core::Screen::Students:
      draw_students(ctx, s.students, s.route.detail, s.photo_textures);
      break;
    case core::Screen::Calculator:
      draw_calculator(ctx, s.calculator, app::calculator_share_mode(s));
      break;
  }
  ImGui::Dummy(theme::em2(0, 1.0f));
  drag_to_scroll();
  apply_touch_scroll(s.scroll);
  animate_scroll(s.scroll);
  a11y::end();
  if (s.scroll.cancelled) {  // the user took over: forget where we were going
    s.program.scroll_to.clear();
    s.program.scroll_to_frames = 0;
    s.scroll.cancelled = false;
  }
  ImGui::EndChild();
}

// A short confirmation floating above the bottom of the window.
void draw_toast(app::AppState& s, float bottom) {
  if (s.toast.empty()) return;
  if (ImGui::GetTime() > s.toast_until) {
    s.toast.clear();
    return;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 size = ImGui::CalcTextSize(s.toast.c_str());
  const ImVec2 pad = theme::em2(1.0f, 0.6f);
  const ImVec2 min(vp->WorkPos.x + (vp->WorkSize.x - size.x) * 0.5f - pad.x,
                   bottom - size.y - pad.y * 2 - theme::em(1.0f));
  const ImVec2 max(min.x + size.x + pad.x * 2, min.y + size.y + pad.y * 2);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRectFilled(min, max, theme::u32(theme::fill, 0.97f), theme::em(0.5f));
  dl->AddText(ImVec2(min.x + pad.x, min.y + pad.y), theme::u32(theme::on_fill), s.toast.c_str());
}

}  // namespace

void draw_shell(app::AppState& s) {
  if (app::kiosk_draw(s)) return;  // the attract screen
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(2);
  const float width = vp->WorkSize.x;
  const float height = vp->WorkSize.y;
  const bool wide = width >= theme::em(theme::kWideLayoutEm);
  // On a phone the header and the tab bar keep to a share of the screen, whatever the text size.
  const float header_h = wide ? theme::em(4.0f) : std::min(theme::em(3.6f), std::max(height * 0.11f, 56.0f));
  a11y::begin(a11y::A11yRole::Banner);
  draw_header(s, width, header_h, wide);
  a11y::end();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  if (wide) {
    draw_side_nav(s, height - header_h);
    ImGui::SameLine();
    ImGui::PopStyleVar();
    draw_content(s, ImVec2(width - theme::em(14.0f), height - header_h), wide);
    draw_toast(s, vp->WorkPos.y + height);
  } else {
    const float tabs_h = std::min(theme::em(4.0f), std::max(height * 0.12f, 60.0f));
    ImGui::PopStyleVar();
    float search_h = 0;
    if (s.search.open) {
      search_h = theme::em(3.2f);
      const ImVec2 row = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRectFilled(row, ImVec2(row.x + width, row.y + search_h),
                                                theme::u32(theme::header));
      ImGui::SetCursorScreenPos(ImVec2(row.x + theme::em(1.0f), row.y + theme::em(0.5f)));
      ScreenContext ctx = screen_context(s);
      a11y::begin(a11y::A11yRole::Search);
      draw_search_box(ctx, s.search, width - theme::em(2.0f));
      draw_search_results(ctx, s.search, ImVec2(row.x + theme::em(0.5f), row.y + search_h), width - theme::em(1.0f));
      a11y::end();
      ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + search_h));
    }
    draw_content(s, ImVec2(width, height - header_h - tabs_h - search_h), wide);
    ImGui::SetCursorScreenPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + height - tabs_h));
    draw_tab_bar(s, width, tabs_h);
    draw_toast(s, vp->WorkPos.y + height - tabs_h);
  }
  ImGui::End();
  draw_qr_panel(s);
}

}  // namespace ui
