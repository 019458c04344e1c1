// The search box and its results: finds any course, section or student, highlights the
// matched words and jumps to the match.
#include <imgui_internal.h>  // BringWindowToDisplayFront, GetCurrentWindow

#include <algorithm>
#include <cstdio>
#include <optional>

#include "ui/a11y.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// What the search box works with: the shared context and its own state.
struct SearchScreen : ScreenContext {
  app::SearchUi& search;
};

// Plain text with matched ranges as marked runs, for rich_text().
core::RichText marked(const std::string& text, const std::vector<core::MatchRange>& ranges, bool bold) {
  core::TextBlock block;
  std::size_t pos = 0;
  for (const auto& [b, e] : ranges) {
    if (b < pos || e > text.size()) continue;
    if (b > pos) block.runs.push_back({text.substr(pos, b - pos), bold, false, false, {}});
    block.runs.push_back({text.substr(b, e - b), true, false, true, {}});
    pos = e;
  }
  if (pos < text.size()) block.runs.push_back({text.substr(pos), bold, false, false, {}});
  core::RichText out;
  out.blocks.push_back(block);
  return out;
}

void go_to_result(SearchScreen& st, const core::SearchResult& r) {
  app::Intents& intents = st.frame.intents;
  switch (r.entry->kind) {
    case core::SearchKind::Section:
      intents.post(app::GoTo{core::Screen::Program, r.entry->id});
      break;
    case core::SearchKind::Course:
      intents.post(app::ShowCourse{r.entry->id});
      break;
    case core::SearchKind::Student:
      intents.post(app::GoTo{core::Screen::Students, r.entry->id});
      break;
  }
  st.search.query.clear();
  st.search.results.clear();
  st.search.open = false;
}

const char* kind_label(core::SearchKind k) {
  switch (k) {
    case core::SearchKind::Section:
      return ICON_BOOK "  Section";
    case core::SearchKind::Course:
      return ICON_GRADUATION "  Course";
    case core::SearchKind::Student:
      return ICON_USER "  Student";
  }
  return "";
}

}  // namespace

void draw_search_box(ScreenContext& ctx, app::SearchUi& search, float width) {
  SearchScreen st{ctx, search};
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, theme::em(1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, theme::em2(0.9f, 0.45f));
  char buffer[256] = {};
  st.search.query.copy(buffer, sizeof buffer - 1);
  if (st.search.open && !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
  bool edited =
      ImGui::InputTextWithHint("##search", ICON_SEARCH "  Search courses, topics, students", buffer, sizeof buffer);
  if (auto typed = a11y::field(a11y::A11yRole::TextField, "Search courses, topics, students", st.search.query)) {
    edited = true;
    std::snprintf(buffer, sizeof buffer, "%s", typed->c_str());
  }
  if (edited) {
    st.search.query = buffer;
    // Built on first use rather than at start-up, where every millisecond delays the first frame.
    if (st.search.index.size() == 0)
      st.search.index.build(st.model.content, [](const std::string& md) { return core::parse_rich_text(md).plain(); });
    st.search.results = st.search.index.search(st.search.query, 8);
    const std::size_t n = st.search.results.size();
    a11y::announce("search", st.search.query.empty() ? ""
                             : n == 0                ? "No matches"
                             : n == 1                ? "1 match"
                                                     : std::to_string(n) + " matches");
  }
  register_text_field(st.frame, false);
  // Enter leaves the field (ImGui deactivates it) and opens the best match.
  const bool entered =
      ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter));
  if (entered && !st.search.results.empty()) go_to_result(st, st.search.results.front());
  ImGui::PopStyleVar(2);
}

void draw_search_results(ScreenContext& ctx, app::SearchUi& search, ImVec2 pos, float width) {
  SearchScreen st{ctx, search};
  if (st.search.query.empty()) return;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, ImGui::GetMainViewport()->WorkSize.y * 0.7f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, theme::em2(0.8f, 0.8f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, theme::em(0.6f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::vec4(theme::surface));
  ImGui::Begin("##search-results", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove);
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
  if (st.search.results.empty()) {
    wrapped("No matches for \u201C" + st.search.query + "\u201D.", theme::muted);
  }
  a11y::begin(a11y::A11yRole::List, "Search results");
  const float inner = width - theme::em(1.6f);
  for (std::size_t i = 0; i < st.search.results.size(); ++i) {
    const core::SearchResult& r = st.search.results[i];
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    a11y::begin(a11y::A11yRole::ListItem);
    std::optional<a11y::Quiet> quiet(std::in_place);  // the button below names the whole result
    ImGui::PushFont(st.fonts.small);
    text_colored(theme::muted, kind_label(r.entry->kind));
    ImGui::PopFont();
    rich_text(marked(r.entry->title, r.title_highlights, true), inner, st.frame.requests, st.fonts);
    if (!r.snippet.empty()) {
      ImGui::PushFont(st.fonts.small);
      rich_text(marked(r.snippet, r.snippet_highlights, false), inner, st.frame.requests, st.fonts);
      ImGui::PopFont();
    }
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(top);
    const bool chosen = ImGui::InvisibleButton("result", ImVec2(inner, std::max(1.0f, bottom.y - top.y)));
    quiet.reset();
    a11y::item(a11y::A11yRole::Button, std::string(kind_label(r.entry->kind)) + ": " + r.entry->title +
                                           (r.snippet.empty() ? "" : ". " + r.snippet));
    a11y::end();
    if (chosen) go_to_result(st, r);
    if (ImGui::IsItemHovered()) {
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x - theme::em(0.4f), top.y - theme::em(0.2f)),
                                                ImVec2(top.x + inner + theme::em(0.4f), bottom.y),
                                                theme::u32(theme::sky, 0.6f), theme::em(0.4f));
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  a11y::end();
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(3);
}

}  // namespace ui
