// Charts for the calculator: cost per term as stacked bars by kind, and the terms as a
// Gantt-style timeline with courses, internship, graduation and today's date.
#pragma once
#include "core/calculator.hpp"
#include "core/content.hpp"
#include "ui/fonts.hpp"

namespace ui {
unsigned kind_colour(core::LineKind kind);
void cost_bar_chart(const core::Estimate& e, const Fonts& fonts, float width);
// `today` as a YearMonth, supplied by the caller so the drawing stays deterministic in tests.
void term_timeline(const core::Estimate& e, const core::Content& content, const Fonts& fonts, float width,
                   core::YearMonth today);
}  // namespace ui
