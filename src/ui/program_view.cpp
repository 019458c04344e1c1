// The Program screen: everything the client's page says plus curriculum, schedules,
// admissions, aid and sources, laid out for reading. Sections come from content.json in order.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "ui/a11y.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// What this screen works with: the shared context and its own state.
struct ProgramScreen : ScreenContext {
  app::ProgramUi& program;
};

float scroll_target_here(const ProgramScreen& st);

// Aims the smooth scroll at the cursor. Cards take their height a frame or two late, so the
// target is measured again every frame until the view has arrived.
void scroll_here(ProgramScreen& st) {
  st.scroll.target = scroll_target_here(st);
  const bool arrived = std::abs(st.scroll.target - st.scroll.content_scroll) < 3.0f || st.scroll.at_bottom;
  ++st.program.scroll_to_frames;
  if ((st.program.scroll_to_frames >= 6 && arrived) || st.program.scroll_to_frames >= 120) {
    st.program.scroll_to.clear();
    st.program.scroll_to_frames = 0;
  }
}

std::string section_title(const core::Section& s) {
  const char* icon = icon_by_name(s.icon.c_str());
  return *icon ? std::string(icon) + "  " + s.title : s.title;
}

void source_line(ProgramScreen& st, const std::string& source_id) {
  source_link(st.model.content, source_id, st.frame.requests, st.fonts);
}

void draw_overview(ProgramScreen& st) {
  const auto& p = st.model.content.program;
  heading(st.fonts.h1, p.tagline.empty() ? p.name.c_str() : p.tagline.c_str());
  wrapped(p.full_name + " \xC2\xB7 " + p.school + ", " + p.university, theme::muted, reading_width());
  ImGui::Spacing();
  rich_text(st.rich_text.get(p.overview), reading_width(), st.frame.requests, st.fonts);
}

void draw_glance(ProgramScreen& st) {
  const auto& items = st.model.content.glance;
  a11y::begin(a11y::A11yRole::List);
  card_grid("glance", items.size(), 8.5f, 5, [&](std::size_t i, float w) {
    a11y::begin(a11y::A11yRole::ListItem);
    begin_card("##glance", w);
    ImGui::PushFont(st.fonts.small);
    text_colored(theme::muted, items[i].label.c_str());
    ImGui::PopFont();
    heading(st.fonts.h2, items[i].value.c_str(), theme::navy, kNotHeading);
    ImGui::PushFont(st.fonts.small);
    wrapped(items[i].detail, theme::muted);
    ImGui::PopFont();
    end_card();
    a11y::end();
  });
  a11y::end();
}

void draw_differentiators(ProgramScreen& st) {
  const auto& items = st.model.content.differentiators;
  card_grid("why", items.size(), 16.0f, 2, [&](std::size_t i, float w) {
    begin_card("##why", w);
    ImGui::PushFont(st.fonts.h1);
    text_colored(theme::blue, icon_by_name(items[i].icon.c_str()));
    ImGui::PopFont();
    heading(st.fonts.bold, items[i].title.c_str(), theme::navy);
    wrapped(items[i].body);
    end_card();
  });
}

void draw_curriculum(ProgramScreen& st, const core::Section& section) {
  rich_text(st.rich_text.get(section.body), reading_width(), st.frame.requests, st.fonts);
  ImGui::Spacing();
  auto& filter = st.program.group_filter;
  a11y::begin(a11y::A11yRole::Group, "Show courses");
  ChipRow chips;
  if (chips.chip("All", filter.empty())) filter.clear();
  for (const auto& g : st.model.content.course_groups)
    if (chips.chip(g.label, filter == g.id)) filter = filter == g.id ? "" : g.id;
  a11y::end();
  ImGui::Spacing();
  const bool narrow = ImGui::GetContentRegionAvail().x < theme::em(34.0f);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##courses", narrow ? 2 : 4, flags)) {
    ImGui::TableSetupColumn("Course", ImGuiTableColumnFlags_WidthFixed, theme::em(narrow ? 6.5f : 8.0f));
    ImGui::TableSetupColumn("Title and description", ImGuiTableColumnFlags_WidthStretch);
    if (!narrow) {
      ImGui::TableSetupColumn("Group", ImGuiTableColumnFlags_WidthFixed, theme::em(8.0f));
      ImGui::TableSetupColumn("Credits", ImGuiTableColumnFlags_WidthFixed, theme::em(4.0f));
    }
    ImGui::TableHeadersRow();
    a11y::TableNodes nodes("Courses",
                           narrow ? std::vector<std::string>{"Course", "Title and description"}
                                  : std::vector<std::string>{"Course", "Title and description", "Group", "Credits"});
    for (const auto& c : st.model.content.courses) {
      if (!filter.empty() && c.group != filter) continue;
      const core::CourseGroup* g = st.model.content.course_group(c.group);
      ImGui::TableNextRow();
      nodes.row();
      if (st.program.highlight_course == c.id)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, theme::u32(theme::mark_bg, 0.6f));
      ImGui::TableNextColumn();
      nodes.cell();
      if (st.program.scroll_to == "course:" + c.id) scroll_here(st);
      ImGui::PushFont(st.fonts.bold);
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(c.code.c_str());
      a11y::text(a11y::A11yRole::Text, c.code);
      ImGui::PopTextWrapPos();
      ImGui::PopFont();
      ImGui::TableNextColumn();
      nodes.cell();
      wrapped(c.title);
      ImGui::PushFont(st.fonts.small);
      wrapped(c.description, theme::muted);
      if (narrow)
        wrapped((g ? g->label : c.group) + " \xC2\xB7 " + std::to_string(c.credits) + " credits", theme::blue);
      ImGui::PopFont();
      if (!narrow) {
        ImGui::TableNextColumn();
        nodes.cell();
        wrapped(g ? g->label : c.group, theme::muted);
        ImGui::TableNextColumn();
        nodes.cell();
        ImGui::Text("%d", c.credits);
        a11y::text(a11y::A11yRole::Text, std::to_string(c.credits));
      }
    }
    ImGui::EndTable();
  }
}

void draw_schedule(ProgramScreen& st, const core::Schedule& sched, float width) {
  begin_card("##schedule", width);
  heading(st.fonts.h2, sched.title.c_str(), theme::navy, 3);
  wrapped(sched.summary + " (" + sched.year + " published schedule)", theme::muted);
  ImGui::Spacing();
  a11y::begin(a11y::A11yRole::List, "Terms");
  for (const auto& term : sched.terms) {
    a11y::begin(a11y::A11yRole::ListItem);
    const auto& cal = st.model.content.season(term.season);
    std::string label = cal.label;
    if (term.season != core::Season::BootCamp) label += " \xC2\xB7 year " + std::to_string(term.year + 1);
    if (term.final_term) label += " (optional load)";
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddCircleFilled(ImVec2(p.x + theme::em(0.35f), p.y + theme::em(0.6f)), theme::em(0.3f),
                        theme::u32(term.internship ? theme::accent : theme::blue));
    ImGui::Indent(theme::em(1.2f));
    ImGui::PushFont(st.fonts.bold);
    text_colored(theme::navy, label.c_str());
    ImGui::PopFont();
    std::string courses;
    for (const auto& id : term.courses) {
      const core::Course* c = st.model.content.course(id);
      if (!courses.empty()) courses += ", ";
      courses += c ? (c->placeholder ? c->code : c->code + " " + c->title) : id;
    }
    if (!term.note.empty()) courses += ". " + term.note;
    wrapped(courses, theme::text);
    ImGui::Unindent(theme::em(1.2f));
    a11y::end();
    ImGui::Spacing();
  }
  a11y::end();
  end_card();
}

void draw_schedules(ProgramScreen& st, const core::Section& section) {
  const auto& list = st.model.content.schedules;
  card_grid("schedules", list.size(), 19.0f, 3, [&](std::size_t i, float w) { draw_schedule(st, list[i], w); });
  if (!st.model.content.calendar_note.empty()) {
    ImGui::PushFont(st.fonts.small);
    wrapped(st.model.content.calendar_note, theme::muted, reading_width());
    ImGui::PopFont();
  }
  source_line(st, section.source);
}

// A published date in a table cell: readable, and marked when it has passed (a dash if none).
void date_cell(const std::string& iso, const core::Date& today, a11y::TableNodes& nodes) {
  ImGui::TableNextColumn();
  nodes.cell();
  if (iso.empty()) {
    ImGui::TextUnformatted("\xE2\x80\x93");
    a11y::text(a11y::A11yRole::Text, "not published");
    return;
  }
  const bool passed = core::date_passed(iso, today);
  wrapped(core::readable_date(iso), passed ? theme::muted : theme::text);
  if (passed) text_colored(theme::muted, "passed");
}

// The facts newer source pages give for `place` ("admissions", "aid/<id>"): each with the older
// wording it updates, when that differs, and its own source.
void draw_newer_facts(ProgramScreen& st, const std::string& place) {
  const auto facts = st.model.content.newer_facts_beside(place);
  if (facts.empty()) return;
  ImGui::Spacing();
  heading(st.fonts.bold, "On newer pages", theme::navy);
  for (const core::NewerFact* f : facts) {
    ImGui::PushID(f->id.c_str());
    text_colored(theme::blue, ICON_INFO);
    ImGui::SameLine();
    ImGui::BeginGroup();
    wrapped(f->text);
    ImGui::PushFont(st.fonts.small);
    if (!f->older.empty()) wrapped("Older wording: " + f->older, theme::muted);
    ImGui::PopFont();
    for (const auto& source : f->sources) source_line(st, source);
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::PopID();
  }
}

void draw_admissions(ProgramScreen& st) {
  const auto& a = st.model.content.admissions;
  const float w = reading_width();
  begin_card("##admissions", w);
  heading(st.fonts.bold, ("Requirements, as listed for " + a.deadlines_year).c_str());
  a11y::begin(a11y::A11yRole::List, "Requirements");
  for (const auto& r : a.requirements) {
    a11y::begin(a11y::A11yRole::ListItem);
    text_colored(theme::success, ICON_CHECK);
    ImGui::SameLine();
    wrapped(r);
    a11y::end();
  }
  a11y::end();
  ImGui::Spacing();
  wrapped("Application fee (" + a.deadlines_year + "): " + core::format_usd(a.application_fee) + ". Start: " + a.start +
          ".");
  ImGui::Spacing();
  const core::Date& today = st.model.today;
  const bool cycle_over = core::admissions_cycle_over(a, today);
  heading(st.fonts.bold,
          (a.deadlines_year + (cycle_over ? " deadlines (that cycle has ended)" : " deadlines")).c_str());
  if (ImGui::BeginTable("##deadlines", 4,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableSetupColumn("Format");
    ImGui::TableSetupColumn("Apply by");
    ImGui::TableSetupColumn("Decision");
    ImGui::TableSetupColumn("Reply by");
    ImGui::TableHeadersRow();
    a11y::TableNodes nodes(a.deadlines_year + " deadlines", {"Format", "Apply by", "Decision", "Reply by"});
    for (const auto& d : a.deadlines) {
      ImGui::TableNextRow();
      nodes.row();
      ImGui::TableNextColumn();
      nodes.cell();
      wrapped(core::enum_label(core::kStudyFormatNames, d.format));
      date_cell(d.deadline, today, nodes);
      date_cell(d.decision, today, nodes);
      date_cell(d.reply, today, nodes);
    }
    ImGui::EndTable();
  }
  if (core::any_admissions_date_passed(a, today)) {
    ImGui::PushFont(st.fonts.small);
    wrapped("These are the " + a.deadlines_year + " admissions cycle's dates, as the program published them; " +
                (cycle_over ? "all of them have passed. " : "those marked have passed. ") +
                "For the current cycle's dates, see the program's page, linked just below.",
            theme::muted);
    ImGui::PopFont();
  }
  if (!a.director.empty()) wrapped(a.director, theme::muted);
  source_line(st, a.source);
  draw_newer_facts(st, "admissions");
  end_card();
}

void draw_aid(ProgramScreen& st) {
  const auto& list = st.model.content.aid;
  card_grid("aid", list.size(), 17.0f, 2, [&](std::size_t i, float w) {
    begin_card("##aid", w);
    heading(st.fonts.bold, list[i].title.c_str(), theme::navy);
    wrapped(list[i].body);
    source_line(st, list[i].source);
    draw_newer_facts(st, "aid/" + list[i].id);
    if (list[i].preset) {
      ImGui::Spacing();
      if (button(ICON_CALCULATOR "  Try it in the calculator"))
        st.frame.intents.post(app::PresetCalculator{std::nullopt, list[i].preset});
    }
    end_card();
  });
  wrapped("Domestic students who borrow can estimate loan fees of " +
              core::format_usd(st.model.content.loan_fees.per_semester) + " a semester (" +
              st.model.content.loan_fees.year + ").",
          theme::muted, reading_width());
}

void draw_sources(ProgramScreen& st) {
  for (const auto& s : st.model.content.sources) {
    ImGui::PushID(s.id.c_str());
    text_colored(theme::blue, ICON_LINK);
    ImGui::SameLine();
    if (s.url.empty())
      wrapped(s.title);
    else
      link_text(s.title + ": " + s.url, s.url, st.frame.requests);
    ImGui::PopID();
  }
  ImGui::Spacing();
  const core::FactsChecked& checked = st.model.content.facts_checked;
  if (!checked.date.empty())
    wrapped("Facts last checked against these sources on " + core::readable_date(checked.date) + ". " + checked.against,
            theme::text, reading_width());
  wrapped(
      "Cost figures are published for one academic year at a time and change every year; each figure in this app "
      "shows its year. Check the program's pages for the current figures.",
      theme::muted, reading_width());
}

// Where the content area must scroll to show the cursor's current line at the top.
float scroll_target_here(const ProgramScreen& st) {
  // Leaves about an em above the target once the content's own padding has scrolled away.
  return std::max(0.0f,
                  ImGui::GetCursorScreenPos().y - st.scroll.content_top + st.scroll.content_padding - theme::em(1.0f));
}

void draw_sections(ProgramScreen& st) {
  std::string current = st.model.content.sections.empty() ? "" : st.model.content.sections.front().id;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float top = ImGui::GetCursorScreenPos().y;
  const std::size_t count = st.model.content.sections.size();
  for (std::size_t i = 0; i < count; ++i) {
    const core::Section& section = st.model.content.sections[i];
    if (st.program.scroll_to.empty() && ImGui::GetCursorScreenPos().y > st.frame.layout_limit_y) {
      // Room for the sections not laid out, at the average height of those that were, so the
      // scroll bar is there from the first picture and the page does not shift when it appears.
      const float average = i > 0 ? (ImGui::GetCursorScreenPos().y - top) / static_cast<float>(i) : viewport->Size.y;
      ImGui::Dummy(ImVec2(0, average * static_cast<float>(count - i)));
      st.frame.layout_cut = true;
      app::request_frames(st.frame, 2);  // this frame counts one: more, on the next
      break;
    }
    ImGui::PushID(section.id.c_str());
    if (section.kind != core::SectionKind::Overview) ImGui::Dummy(theme::em2(0, 1.2f));
    const float y = scroll_target_here(st);
    // The section whose start has passed the top of the view; at the very bottom, the last
    // one starting in the upper half (short final sections can never reach the top).
    const float line = st.scroll.at_bottom ? st.scroll.content_height * 0.5f : theme::em(2.0f);
    if (y <= st.scroll.content_scroll + line) current = section.id;
    if (st.program.scroll_to == section.id) scroll_here(st);
    if (section.kind != core::SectionKind::Overview) {
      heading(st.fonts.h2, section_title(section).c_str());
      ImGui::Dummy(theme::em2(0, 0.2f));
    }
    switch (section.kind) {
      case core::SectionKind::Overview:
        draw_overview(st);
        break;
      case core::SectionKind::Glance:
        draw_glance(st);
        break;
      case core::SectionKind::Differentiators:
        draw_differentiators(st);
        break;
      case core::SectionKind::Prose:
        rich_text(st.rich_text.get(section.body), reading_width(), st.frame.requests, st.fonts);
        break;
      case core::SectionKind::Curriculum:
        draw_curriculum(st, section);
        break;
      case core::SectionKind::Schedules:
        draw_schedules(st, section);
        break;
      case core::SectionKind::Admissions:
        draw_admissions(st);
        break;
      case core::SectionKind::Aid:
        draw_aid(st);
        break;
      case core::SectionKind::Sources:
        draw_sources(st);
        break;
    }
    if (section.kind == core::SectionKind::Prose || section.kind == core::SectionKind::Differentiators ||
        section.kind == core::SectionKind::Curriculum) {
      ImGui::Spacing();
      source_line(st, section.source);
    }
    ImGui::PopID();
  }
  st.program.current_section = current;
}

// Contents list beside the text on wide windows; it stays in view while the page scrolls.
void draw_contents_list(ProgramScreen& st, float width) {
  const float top = std::max(ImGui::GetCursorPosY(), ImGui::GetScrollY() + theme::em(0.2f));
  ImGui::SetCursorPosY(top);
  ImGui::BeginGroup();
  a11y::begin(a11y::A11yRole::Navigation, "On this page");
  ImGui::PushFont(st.fonts.small);
  text_colored(theme::muted, "ON THIS PAGE");
  ImGui::PopFont();
  ImGui::Dummy(theme::em2(0, 0.2f));
  a11y::begin(a11y::A11yRole::List);
  for (const core::Section& section : st.model.content.sections) {
    const bool current = st.program.current_section == section.id;
    ImGui::PushID(section.id.c_str());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (current)
      ImGui::GetWindowDrawList()->AddRectFilled(
          p, ImVec2(p.x + theme::em(0.2f), p.y + ImGui::GetTextLineHeight() * 1.5f), theme::u32(theme::blue));
    ImGui::SetCursorScreenPos(ImVec2(p.x + theme::em(0.7f), p.y));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::vec4(current ? theme::navy : theme::muted));
    ImGui::PushFont(current ? st.fonts.bold : st.fonts.body);
    const bool chosen = ImGui::Selectable(section.nav_title().c_str(), false, 0,
                                          ImVec2(width - theme::em(0.7f), ImGui::GetTextLineHeight() * 1.5f));
    a11y::begin(a11y::A11yRole::ListItem);
    a11y::item(a11y::A11yRole::Button, section.nav_title(), current ? core::kA11yCurrent : 0);
    a11y::end();
    if (chosen) st.program.scroll_to = section.id;
    ImGui::PopFont();
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  a11y::end();
  a11y::end();
  ImGui::EndGroup();
}

// A jump menu on phones, where there is no room for the contents list.
void draw_jump_menu(ProgramScreen& st) {
  const core::Section* current = nullptr;
  for (const auto& s : st.model.content.sections)
    if (s.id == st.program.current_section) current = &s;
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetNextItemWidth(width);
  // The longest preview that fits beside the arrow (a combo clips the rest: at text 4x on a
  // phone "Jump to: Overview" showed as "J"); the menu's name is read out whatever it shows.
  const std::string title = current ? current->nav_title() : "";
  const float room = width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2;
  std::string preview = ICON_BARS;
  for (const std::string& p :
       {ICON_BARS "  Jump to: " + title, ICON_BARS "  " + title, std::string(ICON_BARS "  Jump to")})
    if (ImGui::CalcTextSize(p.c_str()).x <= room) {
      preview = p;
      break;
    }
  const bool open = ImGui::BeginCombo("##jump", preview.c_str(), ImGuiComboFlags_HeightLarge);
  const auto& sections = st.model.content.sections;
  std::vector<std::string> names;
  int shown = -1;
  for (const core::Section& section : sections) {
    if (current == &section) shown = static_cast<int>(names.size());
    names.push_back(section.nav_title());
  }
  if (auto chosen = a11y::combo("Jump to section", names, shown)) {
    const std::size_t i = static_cast<std::size_t>(std::atoi(chosen->c_str()));
    if (i < sections.size()) st.program.scroll_to = sections[i].id;
  }
  if (open) {
    for (const core::Section& section : sections) {
      if (ImGui::Selectable(section.nav_title().c_str(), current == &section)) st.program.scroll_to = section.id;
      a11y::item(a11y::A11yRole::Option, section.nav_title(), current == &section ? core::kA11ySelected : 0);
    }
    ImGui::EndCombo();
  }
}

}  // namespace

void draw_program(ScreenContext& ctx, app::ProgramUi& program) {
  ProgramScreen st{ctx, program};
  const float avail = ImGui::GetContentRegionAvail().x;
  const float toc_w = theme::em(13.0f);
  const float gap = theme::em(2.0f);
  const bool with_contents = avail >= theme::em(theme::kReadingWidthEm) + toc_w + gap;
  if (!with_contents) {
    draw_jump_menu(st);
    draw_sections(st);
    return;
  }
  ImGui::BeginChild("##program-body", ImVec2(avail - toc_w - gap, 0), ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  draw_sections(st);
  ImGui::EndChild();
  ImGui::SameLine(0, gap);
  draw_contents_list(st, toc_w);
}

}  // namespace ui
