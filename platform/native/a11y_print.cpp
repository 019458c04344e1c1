// --a11y-tree ROUTE: the accessibility tree a screen reader would get, as indented text, for
// tests and content editors. It is also where a desktop bridge would read from: AT-SPI on
// Linux or UI Automation on Windows would take AppState::a11y.tree after each frame (as the
// web mirror does in platform/web) and send its focus, activate and set-value requests
// back through ui::a11y::Collector.
#include <imgui.h>

#include <iostream>

#include "cli_commands.hpp"
#include "core/a11y_tree.hpp"
#include "ui/app.hpp"

namespace native {

int print_accessibility_tree(const core::CliOptions& o) {
  app::create_imgui_context();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(o.width), static_cast<float>(o.height));
  io.DeltaTime = 1.0f / 60.0f;
  std::unique_ptr<app::AppState> state = std::make_unique<app::AppState>();
  std::optional<app::EditedContent> edited;
  if (!o.content_path.empty()) edited = read_content_file(o.content_path);
  app::StartOptions start;
  start.route = *o.a11y_route;
  start.edited = edited ? &*edited : nullptr;
  start.today = today(o);
  start.text_scale = o.text_scale > 0 ? static_cast<float>(o.text_scale) : 1.0f;
  start.theme = o.theme;
  app::start(*state, start);
  // Cards and tables size themselves from the frames before: lay out until nothing moves.
  for (int i = 0; i < 8; ++i) {
    if (app::prepare_fonts(*state)) {
      unsigned char* pixels = nullptr;
      int w = 0, h = 0;
      io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    app::frame(*state);
  }
  std::cout << core::print_a11y_tree(state->a11y.tree);
  app::tear_down(state);
  return 0;
}

}  // namespace native
