// Calculator charts; see calculator_charts.hpp.
#include "ui/calculator_charts.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/figure_basis.hpp"
#include "core/summary.hpp"
#include "ui/a11y.hpp"
#include "ui/theme.hpp"

namespace ui {

unsigned kind_colour(core::LineKind kind) {
  switch (kind) {
    case core::LineKind::Tuition:
      return theme::navy;
    case core::LineKind::Fees:
      return theme::chart_fees;
    case core::LineKind::Living:
      return theme::chart_living;
    case core::LineKind::Aid:
      return theme::success;
    case core::LineKind::Earnings:
      return theme::accent;
  }
  return theme::muted;
}

namespace {
std::string short_money(core::Cents c) {
  const double k = static_cast<double>(c) / 100'000.0;
  char buf[32];
  std::snprintf(buf, sizeof buf, k >= 100 ? "$%.0fk" : "$%.1fk", k);
  return buf;
}
}  // namespace

void cost_bar_chart(const core::Estimate& e, const Fonts& fonts, float width) {
  std::vector<const core::TermEstimate*> terms;
  for (const auto& t : e.terms)
    if (t.cost() > 0) terms.push_back(&t);
  if (terms.empty()) return;
  core::Cents max_cost = 1;
  for (const auto* t : terms) max_cost = std::max(max_cost, t->cost());

  const float small_px = fonts.small->FontSize * ImGui::GetIO().FontGlobalScale;
  const float chart_h = theme::em(9.0f);
  const float label_h = small_px * 3.5f;  // season, year and, when projected, "projected"
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float slot = width / static_cast<float>(terms.size());
  const float bar_w = std::min(slot * 0.6f, theme::em(4.0f));
  const float base_y = origin.y + small_px * 1.4f + chart_h;
  dl->AddLine(ImVec2(origin.x, base_y), ImVec2(origin.x + width, base_y), theme::u32(theme::border));
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const core::TermEstimate& t = *terms[i];
    const float cx = origin.x + slot * (static_cast<float>(i) + 0.5f);
    float y = base_y;
    for (core::LineKind k : {core::LineKind::Tuition, core::LineKind::Fees, core::LineKind::Living}) {
      const core::Cents v = t.by_kind[k];
      const float h = chart_h * static_cast<float>(static_cast<double>(v) / static_cast<double>(max_cost));
      if (h <= 0) continue;
      dl->AddRectFilled(ImVec2(cx - bar_w * 0.5f, y - h), ImVec2(cx + bar_w * 0.5f, y), theme::u32(kind_colour(k)));
      y -= h;
    }
    // Aid and earnings as a hatched-looking overlay from the top of the bar downwards.
    const core::Cents offset = t.by_kind.reductions();
    if (offset > 0) {
      const float h = chart_h * static_cast<float>(static_cast<double>(offset) / static_cast<double>(max_cost));
      dl->AddRectFilled(ImVec2(cx - bar_w * 0.5f, y), ImVec2(cx + bar_w * 0.5f, y + h),
                        theme::u32(theme::success, 0.55f));
    }
    const std::string top = short_money(t.net());
    const ImVec2 ts = fonts.small->CalcTextSizeA(small_px, FLT_MAX, 0, top.c_str());
    dl->AddText(fonts.small, small_px, ImVec2(cx - ts.x * 0.5f, y - small_px * 1.3f), theme::u32(theme::text),
                top.c_str());
    const std::string season = t.label.substr(0, t.label.find(' '));
    const std::string year = t.label.substr(t.label.find(' ') + 1);
    const std::string lines[] = {season, year, core::is_projected(t) ? "projected" : ""};
    for (int line = 0; line < 3; ++line) {
      const std::string& s = lines[line];
      const ImVec2 ls = fonts.small->CalcTextSizeA(small_px, FLT_MAX, 0, s.c_str());
      dl->AddText(fonts.small, small_px,
                  ImVec2(cx - ls.x * 0.5f, base_y + small_px * (0.3f + 1.1f * static_cast<float>(line))),
                  theme::u32(theme::muted), s.c_str());
    }
  }
  ImGui::Dummy(ImVec2(width, small_px * 1.4f + chart_h + label_h));
  // The chart's numbers, for those who cannot see it: cost and net of each term.
  std::string described = "Bar chart of each term's cost:";
  for (std::size_t i = 0; i < terms.size(); ++i)
    described += std::string(i ? ";" : "") + " " + terms[i]->label + " " + core::format_usd_whole(terms[i]->cost()) +
                 ", net " + core::format_usd_whole(terms[i]->net()) +
                 (core::is_projected(*terms[i]) ? " (projected)" : "");
  a11y::text(a11y::A11yRole::Image, described + ".");
  // Legend
  for (core::LineKind k :
       {core::LineKind::Tuition, core::LineKind::Fees, core::LineKind::Living, core::LineKind::Aid}) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float sz = small_px * 0.8f;
    dl->AddRectFilled(ImVec2(p.x, p.y + small_px * 0.15f), ImVec2(p.x + sz, p.y + small_px * 0.15f + sz),
                      theme::u32(kind_colour(k)), sz * 0.2f);
    ImGui::Dummy(ImVec2(sz + theme::em(0.3f), small_px));
    ImGui::SameLine(0, 0);
    ImGui::PushFont(fonts.small);
    const char* names[] = {"Tuition", "Fees", "Living", "Aid and earnings"};
    ImGui::TextUnformatted(names[static_cast<int>(k)]);
    ImGui::PopFont();
    if (k != core::LineKind::Aid) ImGui::SameLine(0, theme::em(1.0f));
  }
}

void term_timeline(const core::Estimate& e, const core::Content& content, const Fonts& fonts, float width,
                   core::YearMonth today) {
  if (e.terms.empty()) return;
  const int first = e.terms.front().start.index();
  const int last = e.terms.back().end.index() + 1;
  const int span = std::max(1, last - first);
  const float small_px = fonts.small->FontSize * ImGui::GetIO().FontGlobalScale;
  const float row_h = small_px * 2.2f;
  const float label_w = std::min(theme::em(8.0f), width * 0.3f);
  const float track_w = width - label_w;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  auto x_of = [&](int month_index) {
    return origin.x + label_w + track_w * static_cast<float>(month_index - first) / static_cast<float>(span);
  };
  // Year ticks
  for (int m = first; m <= last; ++m) {
    if (m % 12 != 0) continue;
    const float x = x_of(m);
    dl->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + row_h * static_cast<float>(e.terms.size() + 1)),
                theme::u32(theme::border));
    const std::string y = std::to_string(m / 12);
    dl->AddText(fonts.small, small_px, ImVec2(x + 3, origin.y), theme::u32(theme::muted), y.c_str());
  }
  float y = origin.y + row_h;
  a11y::begin(a11y::A11yRole::List, "Timeline");
  for (const auto& t : e.terms) {
    dl->AddText(fonts.small, small_px, ImVec2(origin.x, y + (row_h - small_px) * 0.5f), theme::u32(theme::text),
                t.label.c_str());
    const float x0 = x_of(t.start.index());
    const float x1 = std::max(x0 + 4.0f, x_of(t.end.index() + 1));
    const unsigned colour = t.season == core::Season::BootCamp ? theme::chart_fees
                            : t.internship                     ? theme::accent
                                                               : theme::fill;
    dl->AddRectFilled(ImVec2(x0, y + row_h * 0.18f), ImVec2(x1, y + row_h * 0.82f), theme::u32(colour), row_h * 0.15f);
    // The term's courses inside its bar, as far as they fit.
    std::string codes;
    for (const auto& id : t.courses) {
      const core::Course* c = content.course(id);
      if (!c) continue;
      const std::string code = c->placeholder ? "elective" : c->code;
      codes += (codes.empty() ? "" : " \xC2\xB7 ") + code;
    }
    if (t.internship) codes += " \xC2\xB7 internship";
    const float pad = small_px * 0.4f;
    if (!codes.empty() && x1 - x0 > small_px * 3.0f) {
      const ImVec4 clip(x0 + pad, y, x1 - pad, y + row_h);
      dl->AddText(fonts.small, small_px * 0.92f, ImVec2(x0 + pad, y + (row_h - small_px * 0.92f) * 0.5f),
                  theme::u32(theme::on_fill), codes.c_str(), nullptr, 0.0f, &clip);
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y + row_h * 0.18f));
    ImGui::PushID(&t);
    ImGui::InvisibleButton("term", ImVec2(x1 - x0, row_h * 0.64f));
    ImGui::PopID();
    std::string said = t.label + ": " + core::month_year(t.start) + " to " + core::month_year(t.end);
    for (const auto& id : t.courses) {
      const core::Course* c = content.course(id);
      said += ", " + (c ? (c->placeholder ? std::string("an elective") : c->code + " " + c->title) : id);
    }
    if (t.internship) said += ", internship or project window";
    a11y::text(a11y::A11yRole::ListItem, said);
    a11y::covered();  // the bar's hover target, read out as this item
    if (ImGui::IsItemHovered()) {
      std::string tip = t.label + " (" + core::month_year(t.start) + " to " + core::month_year(t.end) + ")";
      for (const auto& id : t.courses) {
        const core::Course* c = content.course(id);
        tip += "\n  " + (c ? c->code + (c->placeholder ? "" : " " + c->title) : id);
      }
      if (t.internship) tip += "\n  Internship or project window";
      ImGui::SetTooltip("%s", tip.c_str());
    }
    y += row_h;
  }
  a11y::end();
  // Graduation and today
  const float gx = x_of(e.graduation.index() + 1);
  dl->AddLine(ImVec2(gx, origin.y + row_h * 0.8f), ImVec2(gx, y), theme::u32(theme::success), 2.0f);
  const std::string grad = "Graduation " + core::month_year(e.graduation);
  const float gw = fonts.small->CalcTextSizeA(small_px, FLT_MAX, 0, grad.c_str()).x;
  const ImVec2 grad_at(std::max(origin.x + label_w, gx - gw), y + 2);
  dl->AddText(fonts.small, small_px, grad_at, theme::u32(theme::success), grad.c_str());
  a11y::text_at(a11y::A11yRole::Text, grad, grad_at, ImVec2(grad_at.x + gw, grad_at.y + small_px));
  if (today.index() >= first && today.index() <= last) {
    const float tx = x_of(today.index());
    dl->AddLine(ImVec2(tx, origin.y), ImVec2(tx, y), theme::u32(theme::accent), 2.0f);
    dl->AddText(fonts.small, small_px, ImVec2(tx + 3, origin.y + small_px), theme::u32(theme::accent), "Today");
  } else {
    const std::string note =
        "Today: " + core::month_year(today) + (today.index() < first ? " (before the first term)" : "");
    dl->AddText(fonts.small, small_px, ImVec2(origin.x, y + small_px * 1.4f), theme::u32(theme::muted), note.c_str());
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, y + small_px * 2.8f));
  ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace ui
