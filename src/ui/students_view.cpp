// The Students screen: profile cards of the students named on the program's page.
#include <algorithm>

#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

std::string joined_names(const core::Student& s) {
  std::string out;
  for (std::size_t i = 0; i < s.names.size(); ++i) {
    if (i > 0) out += i + 1 == s.names.size() ? " & " : ", ";
    out += s.names[i];
  }
  return out;
}

std::string initials(const std::string& name) {
  std::string out;
  bool at_word = true;
  for (char c : name) {
    if (c == ' ') {
      at_word = true;
    } else if (at_word) {
      if (out.size() < 2) out += c;
      at_word = false;
    }
  }
  return out;
}

void avatar(const core::Student& s, float size) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = size * 0.5f;
  const std::size_t n = std::min<std::size_t>(s.names.size(), 2);
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 c(p.x + r + static_cast<float>(i) * r * 1.2f, p.y + r);
    dl->AddCircleFilled(c, r, theme::u32(i == 0 ? theme::kNavy : theme::kBlue));
    dl->AddCircle(c, r, theme::u32(0xFFFFFF), 0, 2.0f);
    const std::string text = initials(s.names[i]);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), theme::u32(0xFFFFFF), text.c_str());
  }
  ImGui::Dummy(ImVec2(size + static_cast<float>(n - 1) * r * 1.2f, size));
}

}  // namespace

void draw_students(app::AppState& st) {
  heading(st.fonts.h1, "Students");
  wrapped("The people behind the program, as named on its page. Each card shows only what the program or the "
          "students themselves have published.",
          theme::kMuted, reading_width());
  ImGui::Spacing();
  const auto& list = st.content.students;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = theme::em(0.8f);
  const int columns = std::clamp(static_cast<int>((avail + gap) / (theme::em(17.0f) + gap)), 1, 4);
  const float card_w = (avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const core::Student& s = list[i];
    if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine(0, gap);
    ImGui::PushID(s.id.c_str());
    begin_card("##student", card_w);
    ImGui::PushFont(st.fonts.bold);
    avatar(s, theme::em(3.2f));
    ImGui::PopFont();
    ImGui::Spacing();
    heading(st.fonts.bold, joined_names(s).c_str(), theme::kNavy);
    text_colored(theme::kMuted, ("Class of " + std::to_string(s.class_year)).c_str());
    for (const auto& award : s.awards) badge((ICON_TROPHY " " + award).c_str(), theme::kWarningBg, theme::kWarning);
    if (!s.summary.empty()) wrapped(s.summary);
    if (!s.background.role.empty()) wrapped(s.background.role);
    end_card();
    ImGui::PopID();
  }
}

}  // namespace ui
