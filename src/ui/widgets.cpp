// The app's widgets; see widgets.hpp.
#include "ui/widgets.hpp"

#include <imgui_internal.h>  // the current text wrap position

#include <algorithm>
#include <cstring>

#include "ui/a11y.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"

namespace ui {

void begin_card(const char* id, float width, unsigned background) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::vec4(background));
  // Large text on a phone: the side padding keeps to a share of the card, or the text between
  // would be a letter a line.
  const float card_w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(std::min(theme::em(1.1f), std::max(card_w * 0.12f, 4.0f)), theme::em(1.0f)));
  ImGui::BeginChild(id, ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
}

void end_card() {
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

namespace {
// Wraps at an enclosing PushTextWrapPos if there is one (a card drawn as a group), else at the
// edge of the content region.
void push_inherited_wrap() {
  const float current = ImGui::GetCurrentWindow()->DC.TextWrapPos;
  ImGui::PushTextWrapPos(current < 0.0f ? 0.0f : current);
}

// The widest word of `text` (between spaces) in the current font.
float widest_word(const char* text) {
  float widest = 0;
  for (const char* p = text; *p;) {
    const char* end = std::strchr(p, ' ');
    if (!end) end = p + std::strlen(p);
    widest = std::max(widest, ImGui::CalcTextSize(p, end).x);
    p = *end ? end + 1 : end;
  }
  return widest;
}
}  // namespace

void heading(ImFont* font, const char* text, unsigned rgb, int level) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(rgb));
  push_inherited_wrap();
  // ImGui breaks a word wider than the line inside itself ("produ" / "cts" for a title at text
  // 4x on a phone), so a heading with such a word is drawn smaller, until its widest word fits.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float window_scale = window->FontWindowScale;
  const float width = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), window->DC.TextWrapPos);
  const float widest = widest_word(text);
  const bool shrink = width > 0 && widest > width;
  if (shrink) ImGui::SetWindowFontScale(window_scale * width / widest * 0.98f);  // ImGui wraps at >=
  ImGui::TextUnformatted(text);
  if (shrink) ImGui::SetWindowFontScale(window_scale);
  if (level == kNotHeading)
    a11y::text(a11y::A11yRole::Text, text);
  else if (level > 0)
    a11y::text(a11y::A11yRole::Heading, text, level);
  else
    a11y::heading_in_font(font, text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void text_colored(unsigned rgb, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(rgb));
  ImGui::TextUnformatted(text);
  a11y::text(a11y::A11yRole::Text, text);
  ImGui::PopStyleColor();
}

std::string keep_numbers_whole(const std::string& text, float wrap_width) {
  if (wrap_width <= 0 || text.find_first_of(",.") == std::string::npos) return text;
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  std::string out = text;
  const char* const begin = out.c_str();
  const char* const end = begin + out.size();
  const char* s = begin;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  while (s < end) {
    const char* newline = static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(end - s)));
    const char* line_end = newline ? newline : end;
    const char* wrap = font->CalcWordWrapPositionA(scale, s, line_end, wrap_width);
    if (wrap >= line_end || wrap <= s) {  // the line fits (or ImGui will cut a too-long word itself)
      if (!newline) break;
      s = newline + 1;
      continue;
    }
    if (wrap - s >= 2 && (wrap[-1] == ',' || wrap[-1] == '.') && digit(wrap[-2]) && digit(wrap[0])) {
      const char* space = wrap - 1;
      while (space > s && *space != ' ') --space;
      if (space > s) {
        out[static_cast<std::size_t>(space - begin)] = '\n';  // same length: the pointers stay valid
        s = space + 1;
        continue;
      }
    }
    s = wrap;
    while (s < line_end && *s == ' ') ++s;
  }
  return out;
}

void wrapped(const std::string& text, unsigned rgb, float wrap_width) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(rgb));
  if (wrap_width > 0)
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
  else
    push_inherited_wrap();
  // ImGui may wrap after any comma or period, splitting "$138,500" into "$138," and "500".
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const std::string shown = keep_numbers_whole(
      text,
      window->DC.TextWrapPos < 0.0f ? 0.0f : ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos));
  ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
  a11y::text(a11y::A11yRole::Paragraph, text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void link_text(const std::string& text, const std::string& url, app::PlatformRequests& requests) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(theme::blue));
  push_inherited_wrap();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  const ImVec2 size = ImGui::GetItemRectSize();
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  // A button over the text, so keyboards and screen readers can follow the link too.
  ImGui::SetCursorScreenPos(at);
  ImGui::PushID(url.c_str());
  if (ImGui::InvisibleButton("link", ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)))) requests.open_url = url;
  a11y::link(text, url, ImGui::GetID("link"));
  ImGui::PopID();
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

void badge(const char* text, unsigned background, unsigned foreground) {
  const ImVec2 pad = theme::em2(0.5f, 0.15f);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 box(size.x + pad.x * 2, size.y + pad.y * 2);
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), theme::u32(background),
                                            box.y * 0.5f);
  ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), theme::u32(foreground), text);
  ImGui::Dummy(box);
  a11y::text(a11y::A11yRole::Text, text);
}

bool button(const char* label, bool primary, ImVec2 size) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::vec4(theme::fill));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::vec4(theme::fill_hover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::vec4(theme::fill_hover));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(theme::on_fill));
  }
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, theme::em2(0.9f, 0.55f));
  const bool pressed = ImGui::Button(label, size);
  a11y::item(a11y::A11yRole::Button, label, 0, {}, ImGui::GetID(label));
  ImGui::PopStyleVar();
  if (primary) ImGui::PopStyleColor(4);
  return pressed;
}

bool chip(const char* label, bool selected, ChipKind kind) {
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, theme::em(1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, theme::em2(0.8f, 0.35f));
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::vec4(theme::fill));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::vec4(theme::fill_hover));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(theme::on_fill));
  }
  const bool pressed = ImGui::Button(label);
  const std::uint16_t checked = selected ? core::kA11yChecked : 0;
  if (kind == ChipKind::Choice)
    a11y::item(a11y::A11yRole::Radio, label, checked, {}, ImGui::GetID(label));
  else if (kind == ChipKind::Toggle)
    a11y::item(a11y::A11yRole::Button, label, core::kA11yCheckable | checked, {}, ImGui::GetID(label));
  else
    a11y::item(a11y::A11yRole::Button, label, 0, {}, ImGui::GetID(label));
  if (selected) ImGui::PopStyleColor(3);
  ImGui::PopStyleVar(2);
  return pressed;
}

bool ChipRow::chip(const char* label, bool selected) {
  if (!first_) {
    ImGui::SameLine();
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + theme::em(0.8f) * 2;
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  }
  first_ = false;
  return ui::chip(label, selected, kind_);
}

void source_link(const core::Content& content, const std::string& source_id, app::PlatformRequests& requests,
                 const Fonts& fonts, const std::string& year) {
  const core::Source* src = content.source(source_id);
  if (!src) return;
  std::string text = "Source: " + src->title;
  if (!year.empty()) text += ", " + year;
  ImGui::PushFont(fonts.small);
  if (!src->url.empty()) {
    ImGui::PushID(source_id.c_str());
    link_text(text + "  " ICON_EXTERNAL, src->url, requests);
    ImGui::PopID();
  } else {
    wrapped(text, theme::muted);
  }
  ImGui::PopFont();
}

CardGrid CardGrid::fit(float avail, float min_em, int max_columns, std::size_t count) {
  CardGrid g;
  g.gap = theme::em(0.8f);
  g.columns = std::clamp(static_cast<int>((avail + g.gap) / (theme::em(min_em) + g.gap)), 1, max_columns);
  g.columns = std::min<int>(g.columns, static_cast<int>(std::max<std::size_t>(count, 1)));
  g.card_width = (avail - g.gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns);
  return g;
}

namespace {

// Lays out runs word by word so bold, italic and links can share a wrapped line.
class RichTextLayout {
 public:
  RichTextLayout(float left, float wrap_width, app::PlatformRequests& requests)
      : left_(left), right_(left + wrap_width), requests_(requests) {}

  void block(const core::TextBlock& b, const ui::Fonts& fonts) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line_h = ImGui::GetTextLineHeight() * 1.35f;
    float indent = 0;
    if (b.kind == core::BlockKind::Bullet) {
      indent = theme::em(1.2f) * static_cast<float>(std::max(1, b.depth));
      const ImVec2 start = ImGui::GetCursorScreenPos();
      dl->AddCircleFilled(ImVec2(left_ + indent - theme::em(0.6f), start.y + line_h * 0.48f), theme::em(0.16f),
                          theme::u32(theme::blue));
    }
    x_ = left_ + indent;
    y_ = ImGui::GetCursorScreenPos().y;
    line_left_ = x_;
    const ImVec2 top(x_, y_);
    const a11y::A11yRole role = b.kind == core::BlockKind::Bullet    ? a11y::A11yRole::ListItem
                                : b.kind == core::BlockKind::Heading ? a11y::A11yRole::Heading
                                                                     : a11y::A11yRole::Paragraph;
    const bool links =
        std::any_of(b.runs.begin(), b.runs.end(), [](const core::TextRun& r) { return !r.link.empty(); });
    // A block with links is a container of its runs; one without is a single node.
    if (links) {
      a11y::begin(role);
      if (core::A11yNode* n = a11y::last_node()) n->level = role == a11y::A11yRole::Heading ? 3 : 0;
    }
    std::string all_text;
    for (const core::TextRun& run : b.runs) {
      ImFont* font = run.bold || b.kind == core::BlockKind::Heading ? fonts.bold : fonts.body;
      const unsigned colour = run.link.empty() ? theme::text : theme::blue;
      run_min_ = ImVec2(FLT_MAX, FLT_MAX);
      run_max_ = ImVec2(-FLT_MAX, -FLT_MAX);
      words(run, font, colour, line_h, dl);
      all_text += run.text;
      if (links && run.link.empty()) a11y::text_at(a11y::A11yRole::Text, run.text, run_min_, run_max_);
      if (core::A11yNode* n = a11y::last_node(); links && !run.link.empty() && n) {
        n->x0 = run_min_.x;
        n->y0 = run_min_.y;
        n->x1 = run_max_.x;
        n->y1 = run_max_.y;
      }
    }
    if (links)
      a11y::end();
    else
      a11y::text_at(role, all_text, top, ImVec2(right_, y_ + line_h), role == a11y::A11yRole::Heading ? 3 : 0);
    ImGui::SetCursorScreenPos(ImVec2(left_, y_ + line_h));
    ImGui::Dummy(ImVec2(right_ - left_, 0));
  }

 private:
  void words(const core::TextRun& run, ImFont* font, unsigned colour, float line_h, ImDrawList* dl) {
    const float size = ImGui::GetFontSize();
    const std::string& t = run.text;
    std::size_t i = 0;
    while (i < t.size()) {
      std::size_t j = i;
      while (j < t.size() && t[j] != ' ') ++j;
      const char* begin = t.c_str() + i;
      const char* end = t.c_str() + j;
      const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end).x;
      if (x_ + w > right_ && x_ > line_left_) {
        x_ = line_left_;
        y_ += line_h;
      }
      const ImVec2 pos(x_, y_ + (line_h - ImGui::GetTextLineHeight()) * 0.5f);
      run_min_ = ImVec2(std::min(run_min_.x, pos.x), std::min(run_min_.y, pos.y));
      run_max_ = ImVec2(std::max(run_max_.x, pos.x + w), std::max(run_max_.y, pos.y + size));
      if (run.mark) {
        const float pad = size * 0.12f;
        dl->AddRectFilled(ImVec2(pos.x - pad, pos.y - pad * 0.5f), ImVec2(pos.x + w + pad, pos.y + size + pad * 0.5f),
                          theme::u32(theme::mark_bg), size * 0.2f);
      }
      const int first_vertex = dl->VtxBuffer.Size;
      dl->AddText(font, size, pos, theme::u32(colour), begin, end);
      if (run.italic) shear(dl, first_vertex, pos.y + size);
      if (!run.link.empty()) {
        dl->AddLine(ImVec2(pos.x, pos.y + size * 1.05f), ImVec2(pos.x + w, pos.y + size * 1.05f), theme::u32(colour),
                    1.0f);
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(begin);
        if (ImGui::InvisibleButton("link", ImVec2(std::max(w, 1.0f), size))) requests_.open_url = run.link;
        if (begin == t.c_str())
          a11y::link(run.text, run.link,
                     ImGui::GetID("link"));  // one link for the run: its first word's button stands for it
        else
          a11y::covered();
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::PopID();
      }
      x_ += w;
      if (j < t.size()) x_ += font->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
      i = j + 1;
    }
  }

  // Slants the glyphs just drawn (Inter ships no regular italic), pivoting on the baseline.
  static void shear(ImDrawList* dl, int first_vertex, float baseline) {
    for (int v = first_vertex; v < dl->VtxBuffer.Size; ++v)
      dl->VtxBuffer[v].pos.x += (baseline - dl->VtxBuffer[v].pos.y) * 0.2f;
  }

  float left_, right_;
  float x_ = 0, y_ = 0, line_left_ = 0;
  ImVec2 run_min_, run_max_;  // where the current run was drawn
  app::PlatformRequests& requests_;
};

}  // namespace

void rich_text(const core::RichText& text, float wrap_width, app::PlatformRequests& requests, const ui::Fonts& fonts) {
  const float left = ImGui::GetCursorScreenPos().x;
  RichTextLayout layout(left, wrap_width, requests);
  bool in_list = false;
  for (std::size_t i = 0; i < text.blocks.size(); ++i) {
    const bool bullet = text.blocks[i].kind == core::BlockKind::Bullet;
    if (in_list && !bullet) a11y::end();
    if (!in_list && bullet) a11y::begin(a11y::A11yRole::List);
    in_list = bullet;
    if (i > 0 && !bullet) ImGui::Dummy(ImVec2(0, theme::em(0.35f)));
    layout.block(text.blocks[i], fonts);
  }
  if (in_list) a11y::end();
}

void notice_banner(const char* id, const char* title, const std::vector<std::string>& lines, unsigned background,
                   unsigned foreground) {
  a11y::begin(a11y::A11yRole::Alert);
  begin_card(id, 0, background);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(foreground));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(title);
  ImGui::PopTextWrapPos();
  a11y::text(a11y::A11yRole::Heading, title, 2);
  a11y::begin(a11y::A11yRole::List);
  for (const auto& line : lines) {
    ImGui::Bullet();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(line.c_str());
    a11y::text(a11y::A11yRole::ListItem, line);
    ImGui::PopTextWrapPos();
  }
  a11y::end();
  ImGui::PopStyleColor();
  end_card();
  a11y::end();
}

void register_text_field(app::FrameState& frame, bool numeric) {
  frame.text_fields.push_back({ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), numeric});
}

float reading_width() {
  return std::min(ImGui::GetContentRegionAvail().x, theme::em(theme::kReadingWidthEm));
}

}  // namespace ui
