// The Students screen: profile cards of the students named on the program's page, with
// filters that live in the link, and a profile view (a page on phones, a panel when wide).
#include <algorithm>

#include "ui/a11y.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// What this screen works with: the shared context, its own state, the profile shown (empty
// for the grid) and the profile photos' textures.
struct StudentsScreen : ScreenContext {
  app::StudentsUi& students;
  const std::string& open_id;
  const std::map<std::string, ImTextureID>& photo_textures;
};

// Avatar backgrounds: each keeps white initials above 4.5:1 contrast.
constexpr unsigned kAvatarPalette[] = {0x012169, 0x00539B, 0x1E6B3A, 0x7A2E8E, 0xA23B00, 0x005F6B};

void avatar(const StudentsScreen& st, const core::Student& s, float size, ImFont* font) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = size * 0.5f;
  if (auto photo = st.photo_textures.find(s.id); photo != st.photo_textures.end()) {
    dl->AddImageRounded(photo->second, p, ImVec2(p.x + size, p.y + size), ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE,
                        r);
    ImGui::Dummy(ImVec2(size, size));
    a11y::text(a11y::A11yRole::Image, "Photo of " + core::display_names(s));
    return;
  }
  const std::size_t n = std::min<std::size_t>(s.names.size(), 2);
  const float step = r * 1.7f;  // overlap a little, keep both sets of initials readable
  const float font_px = size * 0.36f;
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 c(p.x + r + static_cast<float>(i) * step, p.y + r);
    const unsigned colour = kAvatarPalette[core::avatar_colour_index(s.names[i], std::size(kAvatarPalette))];
    dl->AddCircleFilled(c, r, theme::u32(colour));
    dl->AddCircle(c, r, theme::u32(theme::surface), 0, std::max(2.0f, size * 0.04f));
    const std::string text = core::initials(s.names[i]);
    const ImVec2 ts = font->CalcTextSizeA(font_px, FLT_MAX, 0, text.c_str());
    dl->AddText(font, font_px, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), theme::u32(0xFFFFFF), text.c_str());
  }
  ImGui::Dummy(ImVec2(size + static_cast<float>(n - 1) * step, size));
  std::string initials;
  for (std::size_t i = 0; i < n; ++i) initials += (i ? " and " : "") + core::initials(s.names[i]);
  a11y::text(a11y::A11yRole::Image, "Initials " + initials + " (no photo)");
}

// Draws a card's content at `min`; returns its height.
float card_content(StudentsScreen& st, const core::Student& s, ImVec2 min, float width) {
  a11y::Quiet quiet;  // the card's button (card_frame) reads it out as one
  const ImVec2 pad = theme::em2(1.1f, 1.0f);
  ImGui::SetCursorScreenPos(ImVec2(min.x + pad.x, min.y + pad.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - pad.x * 2);
  avatar(st, s, theme::em(3.2f), st.fonts.bold);
  ImGui::Dummy(theme::em2(0, 0.2f));
  heading(st.fonts.bold, core::display_names(s).c_str(), theme::navy);
  text_colored(theme::muted, ("Class of " + std::to_string(s.class_year)).c_str());
  for (const auto& award : s.awards) badge((ICON_TROPHY "  " + award).c_str(), theme::warning_bg, theme::warning);
  const std::string line = core::one_line_background(s);
  if (!line.empty()) wrapped(line);
  std::vector<std::string> tags;
  if (s.background.entry) tags.push_back(core::entry_label(*s.background.entry));
  if (s.format) tags.push_back(core::format_label(*s.format));
  if (!s.projects.empty())
    tags.push_back(std::to_string(s.projects.size()) + (s.projects.size() == 1 ? " project" : " projects"));
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (i > 0) ImGui::SameLine();
    badge(tags[i].c_str(), theme::sky, theme::navy);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  return ImGui::GetItemRectMax().y - min.y + pad.y;
}

// What a card says, as one sentence for its button.
std::string card_summary(const core::Student& s) {
  std::string text = core::display_names(s) + ", Class of " + std::to_string(s.class_year);
  for (const auto& award : s.awards) text += ", " + award;
  const std::string line = core::one_line_background(s);
  if (!line.empty()) text += ". " + line;
  if (s.format) text += ". " + std::string(core::format_label(*s.format));
  if (!s.projects.empty())
    text += ". " + std::to_string(s.projects.size()) + (s.projects.size() == 1 ? " project" : " projects");
  return text + ". Open profile";
}

// The card's frame: one big tap target with hover, press and keyboard-focus states, drawn
// behind the content once the row's height is known.
void card_frame(StudentsScreen& st, const core::Student& s, ImVec2 min, ImVec2 size) {
  ImGui::PushID(s.id.c_str());
  ImGui::SetCursorScreenPos(min);
  const bool pressed = ImGui::InvisibleButton("card", size);
  a11y::begin(a11y::A11yRole::ListItem);
  a11y::item(a11y::A11yRole::Button, card_summary(s), st.open_id == s.id ? core::kA11yCurrent : 0);
  a11y::end();
  const bool hovered = ImGui::IsItemHovered();
  const bool held = ImGui::IsItemActive();
  const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
  ImGui::PopID();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const bool selected = st.open_id == s.id;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  const float rounding = theme::em(0.6f);
  dl->AddRectFilled(min, max,
                    theme::u32(held                  ? theme::pressed
                               : hovered || selected ? theme::hover
                                                     : theme::surface),
                    rounding);
  dl->AddRect(min, max,
              theme::u32(selected  ? theme::blue
                         : hovered ? theme::border_hover
                                   : theme::border),
              rounding, 0, selected ? 2.0f : 1.0f);
  if (focused)
    dl->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), theme::u32(theme::blue), rounding + 3, 0,
                2.0f);
  if (pressed) st.frame.intents.post(app::OpenProfile{s.id});
}

void filter_bar(StudentsScreen& st) {
  core::StudentFilter& f = st.students.filter;
  const core::StudentFacets facets = core::student_facets(st.model.content);
  char buffer[128] = {};
  f.query.copy(buffer, sizeof buffer - 1);
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, theme::em(18.0f)));
  if (ImGui::InputTextWithHint("##name", ICON_SEARCH "  Search by name", buffer, sizeof buffer)) f.query = buffer;
  if (auto typed = a11y::field(a11y::A11yRole::TextField, "Search students by name", f.query)) f.query = *typed;
  register_text_field(st.frame, false);
  a11y::begin(a11y::A11yRole::Group, "Show");
  ChipRow chips;
  if (chips.chip("All", !f.active())) {
    const core::StudentSort sort = f.sort;
    f = {};
    f.sort = sort;
  }
  for (int year : facets.class_years)
    if (chips.chip("Class of " + std::to_string(year), f.class_year == year))
      f.class_year = f.class_year == year ? std::nullopt : std::optional<int>(year);
  for (const auto& a : facets.awards)
    if (chips.chip(a, f.award == a)) f.award = f.award == a ? "" : a;
  for (const auto& e : facets.entries)
    if (chips.chip(core::entry_label(e), f.entry == e)) f.entry = f.entry == e ? std::nullopt : std::optional(e);
  for (const auto& fm : facets.formats)
    if (chips.chip(core::format_label(fm), f.format == fm))
      f.format = f.format == fm ? std::nullopt : std::optional(fm);
  a11y::end();
  const char* sorts[] = {"Sort: name", "Sort: class year"};
  int sort = static_cast<int>(f.sort);
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < theme::em(10.0f)) ImGui::NewLine();
  ImGui::SetNextItemWidth(theme::em(9.5f));
  if (ImGui::Combo("##sort", &sort, sorts, 2)) f.sort = static_cast<core::StudentSort>(sort);
  if (auto chosen = a11y::combo("Sort", {sorts[0], sorts[1]}, sort))
    f.sort = *chosen == "1" ? core::StudentSort::ClassYear : core::StudentSort::Name;
}

void profile_details(StudentsScreen& st, const core::Student& s, bool as_page) {
  if (button(as_page ? ICON_CHEVRON_LEFT "  All students" : ICON_TIMES "  Close"))
    st.frame.intents.post(app::CloseProfile{as_page});
  ImGui::Spacing();
  avatar(st, s, theme::em(5.0f), st.fonts.h2);
  ImGui::Spacing();
  heading(st.fonts.h1, core::display_names(s).c_str(), theme::navy, as_page ? 1 : 2);
  text_colored(theme::muted, ("Class of " + std::to_string(s.class_year)).c_str());
  for (const auto& award : s.awards) badge((ICON_TROPHY "  " + award).c_str(), theme::warning_bg, theme::warning);
  if (!s.summary.empty()) {
    ImGui::Spacing();
    wrapped(s.summary);
  }
  const bool has_background = s.background.entry || !s.background.degree.empty() || !s.background.role.empty();
  if (has_background) {
    ImGui::Spacing();
    heading(st.fonts.bold, "Background", theme::navy, as_page ? 2 : 3);
    if (s.background.entry) wrapped(core::entry_label(*s.background.entry));
    if (!s.background.degree.empty()) wrapped("Studied: " + s.background.degree);
    if (!s.background.role.empty()) wrapped("Before the program: " + s.background.role);
  }
  for (const auto& person : s.people) {
    ImGui::Spacing();
    heading(st.fonts.bold, person.name.c_str(), theme::navy, as_page ? 2 : 3);
    if (!person.background.empty()) wrapped(person.background);
  }
  if (s.format) wrapped("Studied " + std::string(core::format_label(*s.format)) + ".");
  for (const auto& p : s.projects) {
    ImGui::Spacing();
    heading(st.fonts.bold, (ICON_CODE "  " + p.title).c_str(), theme::navy, as_page ? 2 : 3);
    if (const core::Course* c = st.model.content.course(p.course))
      text_colored(theme::blue, (c->code + " " + c->title).c_str());
    if (!p.body.empty()) wrapped(p.body);
  }
  if (!s.quote.empty()) {
    ImGui::Spacing();
    wrapped(ICON_QUOTE "  " + s.quote, theme::navy);
  }
  const bool sparse = !has_background && s.people.empty() && s.projects.empty() && s.summary.empty() && s.quote.empty();
  if (sparse) {
    ImGui::Spacing();
    wrapped("The program's page names " + s.names.front() + " among its Class of " + std::to_string(s.class_year) +
                " students; nothing further has been published, so nothing more is shown here.",
            theme::muted);
  }
  const core::Content& content = st.model.content;
  const core::Path* path = !s.path.empty() ? content.path(s.path)
                           : s.format      ? content.first_path_in_format(*s.format)
                                           : nullptr;
  if (path) {
    ImGui::Spacing();
    if (button((ICON_CALCULATOR "  Cost of the " + path->label + " path").c_str(), true))
      st.frame.intents.post(app::PresetCalculator{path->id, std::nullopt});
  }
  ImGui::Spacing();
  for (const auto& id : s.sources) source_link(st.model.content, id, st.frame.requests, st.fonts);
}

void profile_grid(StudentsScreen& st, float width) {
  const auto list = core::filter_students(st.model.content, st.students.filter);
  ImGui::PushFont(st.fonts.small);
  const std::string count = std::to_string(list.size()) + (list.size() == 1 ? " profile" : " profiles");
  text_colored(theme::muted, count.c_str());
  a11y::announce("profiles", count + " shown");
  ImGui::PopFont();
  if (list.empty()) {
    wrapped("No profile matches these filters.", theme::muted);
    if (button("Show all profiles")) st.students.filter = {};
    return;
  }
  const CardGrid grid = CardGrid::fit(width, 16.0f, 4, 4);  // the same columns whatever the count
  const int columns = grid.columns;
  const float gap = grid.gap;
  const float card_w = grid.card_width;
  const float left = ImGui::GetCursorScreenPos().x;
  float row_top = ImGui::GetCursorScreenPos().y;
  float row_bottom = row_top;
  // Content on the top channel, frames behind it; each row's cards share the tallest height.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter splitter;
  splitter.Split(dl, 2);
  a11y::begin(a11y::A11yRole::List, "Profiles");
  for (std::size_t start = 0; start < list.size(); start += static_cast<std::size_t>(columns)) {
    const std::size_t end = std::min(list.size(), start + static_cast<std::size_t>(columns));
    float row_h = 0;
    splitter.SetCurrentChannel(dl, 1);
    for (std::size_t i = start; i < end; ++i) {
      const ImVec2 min(left + static_cast<float>(i - start) * (card_w + gap), row_top);
      row_h = std::max(row_h, card_content(st, *list[i], min, card_w));
    }
    splitter.SetCurrentChannel(dl, 0);
    for (std::size_t i = start; i < end; ++i)
      card_frame(st, *list[i], ImVec2(left + static_cast<float>(i - start) * (card_w + gap), row_top),
                 ImVec2(card_w, row_h));
    row_bottom = row_top + row_h;
    row_top = row_bottom + gap;
  }
  a11y::end();
  splitter.Merge(dl);
  ImGui::SetCursorScreenPos(ImVec2(left, row_bottom + gap));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void draw_students(ScreenContext& ctx, app::StudentsUi& students, const std::string& open_id,
                   const std::map<std::string, ImTextureID>& photos) {
  StudentsScreen st{ctx, students, open_id, photos};
  const core::Student* open = st.open_id.empty() ? nullptr : st.model.content.student(st.open_id);
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool wide = avail >= theme::em(44.0f);
  if (open && !wide) {  // phones: the profile is its own page
    profile_details(st, *open, true);
    return;
  }
  heading(st.fonts.h1, "Students");
  wrapped(
      "The people behind the program, as named on its page. Each profile shows only what the program or the "
      "students themselves have published.",
      theme::muted, reading_width());
  ImGui::Spacing();
  filter_bar(st);
  ImGui::Spacing();
  if (!open) {
    profile_grid(st, avail);
    return;
  }
  // Wide: the grid beside a profile panel that stays in view.
  const float panel_w = std::min(theme::em(26.0f), avail * 0.45f);
  const float gap = theme::em(1.2f);
  const float top = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  profile_grid(st, avail - panel_w - gap);
  ImGui::EndGroup();
  ImGui::SameLine(0, gap);
  ImGui::SetCursorPosY(std::max(top, ImGui::GetScrollY() + theme::em(0.2f)));
  a11y::begin(a11y::A11yRole::Complementary, "Profile");
  begin_card("##profile", panel_w);
  profile_details(st, *open, false);
  end_card();
  a11y::end();
}

}  // namespace ui
