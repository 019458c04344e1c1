// One function per screen, each drawing into the current content region from AppState.
#pragma once
#include <imgui.h>

#include "ui/app.hpp"

namespace ui {
void draw_shell(app::AppState& state);  // header, navigation, and the current screen
// Kept out of line (see cmake/Web.cmake): the web build compiles each function on its first
// call, and a screen inlined into the frame would be compiled before it is ever shown.
[[gnu::noinline]] void draw_program(app::AppState& state);
[[gnu::noinline]] void draw_students(app::AppState& state);
[[gnu::noinline]] void draw_calculator(app::AppState& state);
void draw_search_box(app::AppState& state, float width);
void draw_search_results(app::AppState& state, ImVec2 pos, float width);
}  // namespace ui
