// The Calculator screen: inputs on one side and results on the other when wide, stacked on
// phones; results update as you type. The engine (core/calculator) does all the arithmetic.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#include "core/figure_basis.hpp"
#include "core/summary.hpp"  // month_year, in_currency
#include "ui/a11y.hpp"
#include "ui/calculator_charts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// What this screen works with: the shared context, its own state, and how it may share.
struct CalculatorScreen : ScreenContext {
  app::CalculatorUi& calculator;
  ShareMode share;
};

// A number typed into the field's mirror (assistive technology), or nothing.
std::optional<double> typed_number(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text->c_str(), &end);
  if (end == text->c_str() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Edits basis points as a percentage with one decimal; returns true on change. `name` is what
// a screen reader says for the field.
bool percent_input(CalculatorScreen& st, const char* label, const std::string& name, core::BasisPoints& bp,
                   float max_percent) {
  float v = static_cast<float>(bp) / 100.0f;
  ImGui::SetNextItemWidth(std::min(theme::em(9.0f), ImGui::GetContentRegionAvail().x * 0.5f));
  bool changed = ImGui::InputFloat(label, &v, 0.5f, 1.0f, "%.1f%%");
  register_text_field(st.frame, true);
  char shown[32];
  std::snprintf(shown, sizeof shown, "%.1f", static_cast<double>(bp) / 100.0);
  if (auto typed = typed_number(a11y::stepped_field(label, name + " (percent)", shown, 0, max_percent, 0.5))) {
    v = static_cast<float>(*typed);
    changed = true;
  }
  if (!changed) return false;
  if (!std::isfinite(v)) v = 0;
  v = std::clamp(v, 0.0f, max_percent);
  bp = static_cast<core::BasisPoints>(std::lround(v * 10.0f)) * 10;
  return true;
}

// Edits whole dollars held in cents; returns true on change.
bool dollars_input(CalculatorScreen& st, const char* label, const std::string& name, core::Cents& cents,
                   core::Cents max_cents, float width_em = 9.0f) {
  int dollars = static_cast<int>(std::min<core::Cents>(cents / 100, 2'000'000'000));
  ImGui::SetNextItemWidth(std::min(theme::em(width_em), ImGui::GetContentRegionAvail().x * 0.6f));
  bool changed = ImGui::InputInt(label, &dollars, 100, 1000);
  register_text_field(st.frame, true);
  if (auto typed = typed_number(a11y::stepped_field(label, name + " (US dollars)", std::to_string(dollars), 0,
                                                    static_cast<double>(max_cents) / 100.0, 100))) {
    dollars = static_cast<int>(std::clamp(*typed, 0.0, 2e9));
    changed = true;
  }
  if (!changed) return false;
  cents = std::clamp<core::Cents>(static_cast<core::Cents>(dollars) * 100, 0, max_cents);
  return true;
}

bool checkbox(const char* label, bool& value) {
  const bool changed = ImGui::Checkbox(label, &value);
  a11y::item(a11y::A11yRole::Checkbox, label, value ? core::kA11yChecked : 0, {}, ImGui::GetID(label));
  return changed;
}

void label(CalculatorScreen& st, const char* text) {
  ImGui::Dummy(theme::em2(0, 0.3f));
  ImGui::PushFont(st.fonts.bold);
  text_colored(theme::navy, text);
  ImGui::PopFont();
}

float field_width(float em_wanted) {
  return std::min(ImGui::GetContentRegionAvail().x, theme::em(em_wanted));
}

void note(CalculatorScreen& st, const std::string& text) {
  ImGui::PushFont(st.fonts.small);
  wrapped(text, theme::muted);
  ImGui::PopFont();
}

bool draw_inputs(CalculatorScreen& st, core::Scenario& s) {
  bool changed = false;
  const core::Content& c = st.model.content;

  label(st, "Path");
  a11y::begin(a11y::A11yRole::RadioGroup, "Path");
  ChipRow paths(ChipKind::Choice);
  for (const auto& p : c.paths) {
    ImGui::PushID(p.id.c_str());
    if (paths.chip(p.label, s.path == p.id)) {
      s.path = p.id;
      changed = true;
    }
    ImGui::PopID();
  }
  a11y::end();
  if (const core::Path* p = c.path(s.path)) note(st, p->description);

  label(st, "First fall");
  int start = s.start_year;
  ImGui::SetNextItemWidth(field_width(9.0f));
  if (ImGui::InputInt("##start", &start, 1, 1)) {
    s.start_year = start;
    changed = true;
  }
  if (auto typed = typed_number(a11y::stepped_field("##start", "First fall (year)", std::to_string(start), 0, 0, 1))) {
    s.start_year = static_cast<int>(std::clamp(*typed, -1e6, 1e6));
    changed = true;
  }
  register_text_field(st.frame, true);
  label(st, "Published figures to start from");
  ImGui::SetNextItemWidth(field_width(9.0f));
  const bool figures_open = ImGui::BeginCombo("##figures", s.figures.c_str());
  std::vector<std::string> years;
  int year_shown = -1;
  for (const auto& y : c.cost_years) {
    if (s.figures == y.id) year_shown = static_cast<int>(years.size());
    years.push_back(y.id);
  }
  if (auto chosen = a11y::combo("Published figures to start from", years, year_shown, ImGui::GetID("##figures"))) {
    const std::size_t i = static_cast<std::size_t>(std::atoi(chosen->c_str()));
    if (i < years.size()) {
      s.figures = years[i];
      changed = true;
    }
  }
  if (figures_open) {
    for (const auto& y : c.cost_years) {
      if (ImGui::Selectable(y.id.c_str(), s.figures == y.id)) {
        s.figures = y.id;
        changed = true;
      }
      a11y::item(a11y::A11yRole::Option, y.id, s.figures == y.id ? core::kA11ySelected : 0);
    }
    ImGui::EndCombo();
  }

  label(st, "Yearly increase (assumption)");
  changed |=
      percent_input(st, "Tuition and fees##ti", "Yearly increase of tuition and fees", s.tuition_increase, 20.0f);
  changed |= percent_input(st, "Living costs##li", "Yearly increase of living costs", s.living_increase, 20.0f);
  note(st, "Defaults: the change between the 2023-24 and 2024-25 published figures (tuition " +
               core::format_percent(core::default_tuition_increase(c)) + ", room " +
               core::format_percent(core::default_living_increase(c)) + ").");

  label(st, "Living");
  int living = static_cast<int>(s.living);
  a11y::begin(a11y::A11yRole::RadioGroup, "Living");
  const char* living_names[] = {"As published (on campus)", "With family (no room and board)", "My own monthly amount"};
  for (int i = 0; i < 3; ++i) {
    changed |= ImGui::RadioButton(living_names[i], &living, i);
    a11y::item(a11y::A11yRole::Radio, living_names[i], living == i ? core::kA11yChecked : 0, {},
               ImGui::GetID(living_names[i]));
  }
  a11y::end();
  s.living = static_cast<core::LivingMode>(living);
  if (s.living == core::LivingMode::CustomMonthly)
    changed |= dollars_input(st, "a month##monthly", "Living costs a month", s.living_monthly,
                             core::Limits::kMaxLivingMonthly);
  changed |= checkbox("Books, transport, personal", s.extras);
  changed |= checkbox("Health insurance", s.insurance);
  note(st, "Students with their own health insurance can waive the university's plan.");

  label(st, "Aid");
  const char* aid_names[] = {"None", "% of tuition", "% of costs", "Fixed a year"};
  int aid = static_cast<int>(s.aid);
  ImGui::SetNextItemWidth(field_width(9.0f));
  if (ImGui::Combo("##aid", &aid, aid_names, 4)) {
    s.aid = static_cast<core::AidRule>(aid);
    changed = true;
  }
  if (auto chosen = a11y::combo("Aid", {aid_names, aid_names + 4}, aid, ImGui::GetID("##aid"))) {
    const int i = std::atoi(chosen->c_str());
    if (i >= 0 && i < 4) {
      s.aid = static_cast<core::AidRule>(i);
      changed = true;
    }
  }
  if (s.aid == core::AidRule::PercentOfTuition || s.aid == core::AidRule::PercentOfCost) {
    changed |= percent_input(st, "##aidpct",
                             s.aid == core::AidRule::PercentOfTuition ? "Aid, share of tuition" : "Aid, share of costs",
                             s.aid_percent, 100.0f);
  } else if (s.aid == core::AidRule::FixedPerYear) {
    changed |= dollars_input(st, "a year##aidfixed", "Aid a year", s.aid_fixed_per_year, core::Limits::kMaxAidFixed);
  }
  note(st, "Published programs:");
  a11y::begin(a11y::A11yRole::Group, "Published aid programs");
  ChipRow presets(ChipKind::Action);
  for (const auto& a : c.aid) {
    if (!a.preset) continue;
    ImGui::PushID(a.id.c_str());
    const std::string text = a.title.substr(0, a.title.find(" (")) + ": " + (a.preset->up_to ? "up to " : "") +
                             core::format_percent(a.preset->percent);
    if (presets.chip(text, false)) {
      s.aid = core::percent_rule(a.preset->share_of);
      s.aid_percent = a.preset->percent;
      changed = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.body.c_str());
    ImGui::PopID();
  }
  a11y::end();
  changed |= checkbox("Federal loan fees", s.loan_fees);
  note(st, "An estimate of " + core::format_usd(c.loan_fees.per_semester) +
               " a semester for domestic students who borrow (" + c.loan_fees.year + ").");

  label(st, "Internship earnings (optional)");
  changed |=
      dollars_input(st, "a week##pay", "Internship pay a week", s.intern_weekly_pay, core::Limits::kMaxInternWeekly);
  ImGui::SetNextItemWidth(field_width(9.0f));
  bool weeks_changed = ImGui::InputInt("weeks##weeks", &s.intern_weeks, 1, 4);
  if (auto typed = typed_number(a11y::stepped_field("weeks##weeks", "Internship weeks", std::to_string(s.intern_weeks),
                                                    0, core::Limits::kMaxInternWeeks, 1))) {
    s.intern_weeks = static_cast<int>(std::clamp(*typed, -1.0, 1e6));
    weeks_changed = true;
  }
  if (weeks_changed) {
    s.intern_weeks = std::clamp(s.intern_weeks, 0, core::Limits::kMaxInternWeeks);
    changed = true;
  }
  register_text_field(st.frame, true);

  label(st, "Also show in another currency");
  char code[4] = {};
  std::strncpy(code, s.currency.c_str(), 3);
  ImGui::SetNextItemWidth(theme::em(4.5f));
  bool code_changed =
      ImGui::InputTextWithHint("##currency", "EUR", code, sizeof code, ImGuiInputTextFlags_CharsUppercase);
  if (auto typed = a11y::field(a11y::A11yRole::TextField, "Other currency (three-letter code)", s.currency, 0, 0, 1,
                               ImGui::GetID("##currency"))) {
    std::string upper = typed->substr(0, 3);
    for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
    std::snprintf(code, sizeof code, "%s", upper.c_str());
    code_changed = true;
  }
  if (code_changed) {
    s.currency = code;
    const bool letters =
        std::all_of(s.currency.begin(), s.currency.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (!letters) s.currency.clear();
    changed = true;
  }
  register_text_field(st.frame, false);
  ImGui::SameLine();
  double rate = static_cast<double>(s.rate_millionths) / 1e6;
  ImGui::SetNextItemWidth(
      std::max(theme::em(5.0f), field_width(13.0f) - theme::em(4.5f) - ImGui::GetStyle().ItemSpacing.x));
  bool rate_changed = ImGui::InputDouble("##rate", &rate, 0, 0, "%.4f");
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, "%.4f", rate);
  if (auto typed = typed_number(a11y::field(a11y::A11yRole::NumberField, "Units of that currency per US dollar",
                                            rate_text, 0, 0, 0.01, ImGui::GetID("##rate")))) {
    rate = *typed;
    rate_changed = true;
  }
  if (rate_changed) {
    if (!std::isfinite(rate) || rate < 0) rate = 0;
    s.rate_millionths = static_cast<std::int64_t>(std::llround(std::min(rate, 1e6) * 1e6));
    changed = true;
  }
  register_text_field(st.frame, true);
  note(st, "Units per US dollar: your own rate, used only for display.");

  if (changed) {
    if (auto notes = core::clamp_scenario(c, s); !notes.empty()) st.frame.intents.post(app::ShowNotices{notes});
  }
  return changed;
}

void draw_total(CalculatorScreen& st, const core::Estimate& e, const core::Scenario& s) {
  ImGui::PushFont(st.fonts.small);
  text_colored(theme::muted, "Estimated net cost");
  ImGui::PopFont();
  ImGui::PushFont(st.fonts.display);
  text_colored(theme::navy, core::format_usd_whole(e.net).c_str());
  ImGui::PopFont();
  ImGui::PushFont(st.fonts.bold);
  wrapped(core::capitalised(core::estimate_basis(e)), theme::text);
  ImGui::PopFont();
  const std::string other = core::in_currency(e.net, s);
  if (!other.empty()) text_colored(theme::muted, ("about " + other + " at the rate you entered").c_str());
  ImGui::PushFont(st.fonts.bold);
  wrapped(ICON_GRADUATION "  " + core::graduation_phrase(e, st.model.today) + " \xC2\xB7 " + core::months_phrase(e),
          theme::text);
  ImGui::PopFont();
  ImGui::PushFont(st.fonts.small);
  wrapped("Tuition " + core::format_usd_whole(e.by_kind[core::LineKind::Tuition]) + " \xC2\xB7 fees " +
              core::format_usd_whole(e.by_kind[core::LineKind::Fees]) + " \xC2\xB7 living " +
              core::format_usd_whole(e.by_kind[core::LineKind::Living]) +
              (e.by_kind[core::LineKind::Aid] != 0
                   ? " \xC2\xB7 aid " + core::format_usd_whole(e.by_kind[core::LineKind::Aid])
                   : "") +
              (e.by_kind[core::LineKind::Earnings] != 0
                   ? " \xC2\xB7 earnings " + core::format_usd_whole(e.by_kind[core::LineKind::Earnings])
                   : ""),
          theme::text);
  wrapped(core::basis_sentence(e) + " Source: " + e.figures_source_url + ". Official figures change every year.",
          theme::muted);
  ImGui::PopFont();
}

void draw_term_table(CalculatorScreen& st, const core::Estimate& e) {
  for (const auto& t : e.terms) {
    ImGui::PushID(&t);
    const std::string header = t.label + "   " + core::format_usd(t.net()) +
                               (core::is_projected(t) ? "   \xC2\xB7 projected" : "") + "###term";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    a11y::item(a11y::A11yRole::Button, header.substr(0, header.find("###")),
               core::kA11yExpandable | (open ? core::kA11yExpanded : 0), {}, ImGui::GetID(header.c_str()));
    if (open) {
      ImGui::PushFont(st.fonts.small);
      std::string courses;
      for (const auto& id : t.courses) {
        const core::Course* c = st.model.content.course(id);
        courses += (courses.empty() ? "" : ", ") + (c ? c->code : id);
      }
      wrapped(core::month_year(t.start) + " to " + core::month_year(t.end) + (courses.empty() ? "" : ": " + courses),
              theme::muted);
      wrapped(core::capitalised(core::term_basis(e, t)) +
                  (core::is_projected(t) ? " at " + core::projection_rates(e) + "." : " figures."),
              theme::muted);
      ImGui::PopFont();
      if (ImGui::BeginTable("##items", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("amount", ImGuiTableColumnFlags_WidthFixed, theme::em(6.5f));
        a11y::TableNodes nodes(t.label + " items", {"Item", "Amount"});
        for (const auto& item : t.items) {
          ImGui::TableNextRow();
          nodes.row();
          ImGui::TableNextColumn();
          nodes.cell();
          wrapped(item.label);
          ImGui::TableNextColumn();
          nodes.cell();
          const std::string amount = core::format_usd(item.amount);
          ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                               ImGui::CalcTextSize(amount.c_str()).x);
          text_colored(item.amount < 0 ? theme::success : theme::text, amount.c_str());
        }
        ImGui::EndTable();
      }
    }
    ImGui::PopID();
  }
}

// Sharing the estimate: copy and export, or at a booth a QR code to carry away.
void draw_actions(CalculatorScreen& st) {
  app::Intents& intents = st.frame.intents;
  if (st.share == ShareMode::QrCode) {
    if (button(ICON_QRCODE "  Take this estimate with you", true)) intents.post(app::ShowQrCode{});
    return;
  }
  if (st.share != ShareMode::CopyAndExport) return;
  if (button(ICON_LINK "  Copy link")) intents.post(app::CopyLink{});
  ImGui::SameLine();
  if (button(ICON_COPY "  Copy summary")) intents.post(app::CopySummary{});
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < theme::em(9.0f)) ImGui::NewLine();
  if (button(ICON_DOWNLOAD "  Export CSV")) intents.post(app::ExportCsv{});
}

// What "Compare with" starts from: the same inputs on the first path of the other format
// (online against on campus), or on another path when there is no other format.
core::Scenario comparison_for(const core::Content& content, const core::Scenario& main) {
  core::Scenario b = main;
  const core::Path* path = content.path(main.path);
  const core::Schedule* schedule = path ? content.schedule(path->schedule) : nullptr;
  for (const core::Path& p : content.paths) {
    const core::Schedule* other = content.schedule(p.schedule);
    if (other && schedule && other->format != schedule->format) {
      b.path = p.id;
      return b;
    }
  }
  for (const core::Path& p : content.paths)
    if (p.id != main.path) b.path = p.id;
  return b;
}

void draw_comparison(CalculatorScreen& st) {
  const auto& a = st.calculator.estimate;
  const auto& b = *st.calculator.compare_estimate;
  begin_card("##compare", 0, theme::sky);
  heading(st.fonts.bold, ICON_EXCHANGE "  Comparison", theme::navy, 2);
  const core::Cents diff = b.net - a.net;
  const int months = b.months - a.months;
  for (const auto& [name, e] : {std::pair{"A: ", &a}, std::pair{"B: ", &b}})
    wrapped(name + e->path_label + ": " + core::format_usd_whole(e->net) + " (" + core::estimate_basis(*e) + "), " +
            std::to_string(e->months) + " months. " + core::graduation_phrase(*e, st.model.today) + ".");
  ImGui::PushFont(st.fonts.bold);
  wrapped("B costs " + core::format_usd_whole(diff < 0 ? -diff : diff) + (diff < 0 ? " less" : " more") +
          " and takes " + std::to_string(months < 0 ? -months : months) +
          (months < 0 ? " months less." : " months more."));
  ImGui::PopFont();
  end_card();
}

}  // namespace

void draw_calculator(ScreenContext& ctx, app::CalculatorUi& calculator, ShareMode share) {
  CalculatorScreen st{ctx, calculator, share};
  auto& calc = st.calculator;
  heading(st.fonts.h1, "Cost and timeline");
  wrapped("What the degree will cost, term by term, and when you would finish, from the program's published figures.",
          theme::muted, reading_width());
  ImGui::Spacing();

  const float avail = ImGui::GetContentRegionAvail().x;
  const bool side_by_side = avail >= theme::em(44.0f);
  const float inputs_w = side_by_side ? theme::em(22.0f) : avail;
  const float gap = theme::em(1.2f);

  // Scenario tabs: A and, when comparing, B.
  a11y::begin(a11y::A11yRole::Group, "Scenario");
  if (chip("Scenario A", !calc.editing_comparison, ChipKind::Choice)) calc.editing_comparison = false;
  ImGui::SameLine();
  if (calc.scenario.compare) {
    if (chip("Scenario B", calc.editing_comparison, ChipKind::Choice)) calc.editing_comparison = true;
    ImGui::SameLine();
    if (chip(ICON_TIMES " Stop comparing", false, ChipKind::Action)) {
      calc.scenario.compare.reset();
      calc.editing_comparison = false;
      calc.dirty = true;
    }
  } else if (chip(ICON_PLUS " Compare with…", false, ChipKind::Action)) {
    calc.scenario.compare = comparison_for(st.model.content, calc.scenario.main);
    calc.editing_comparison = true;
    calc.dirty = true;
  }
  a11y::end();
  if (!calc.scenario.compare) calc.editing_comparison = false;
  core::Scenario& editing = calc.edited();
  const core::Estimate& shown = calc.shown();

  ImGui::Spacing();
  auto total_card = [&](float width) {
    a11y::begin(a11y::A11yRole::Region, "Estimate");
    begin_card("##results", width);
    draw_total(st, shown, editing);
    ImGui::Spacing();
    draw_actions(st);
    end_card();
    a11y::end();
    ImGui::Spacing();
    if (calc.compare_estimate) {
      draw_comparison(st);
      ImGui::Spacing();
    }
  };
  // On phones the answer comes first, then the inputs that change it.
  if (!side_by_side) total_card(avail);
  a11y::begin(a11y::A11yRole::Region, "Your inputs");
  begin_card("##inputs", inputs_w);
  if (draw_inputs(st, editing)) calc.dirty = true;
  end_card();
  a11y::end();

  if (side_by_side)
    ImGui::SameLine(0, gap);
  else
    ImGui::Spacing();
  ImGui::BeginGroup();
  const float results_w = side_by_side ? avail - inputs_w - gap : avail;
  if (side_by_side) total_card(results_w);
  begin_card("##chart", results_w);
  heading(st.fonts.bold, "Cost per term", theme::navy, 2);
  cost_bar_chart(shown, st.fonts, ImGui::GetContentRegionAvail().x);
  ImGui::PushFont(st.fonts.small);
  wrapped(core::capitalised(core::estimate_basis_with_rates(shown)) + ".", theme::muted);
  ImGui::PopFont();
  end_card();
  ImGui::Spacing();
  begin_card("##timeline", results_w);
  heading(st.fonts.bold, "Timeline", theme::navy, 2);
  term_timeline(shown, st.model.content, st.fonts, ImGui::GetContentRegionAvail().x,
                core::YearMonth{st.model.today.year, st.model.today.month});
  end_card();
  ImGui::Spacing();
  begin_card("##terms", results_w);
  heading(st.fonts.bold, "Term by term", theme::navy, 2);
  draw_term_table(st, shown);
  for (const auto& n : shown.notes) {
    ImGui::PushFont(st.fonts.small);
    wrapped(ICON_INFO "  " + n, theme::muted);
    ImGui::PopFont();
  }
  end_card();
  ImGui::EndGroup();
}

}  // namespace ui
