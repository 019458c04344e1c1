// An ImGui context with no window or renderer: set a display size, build the fonts, run
// frames of the real app and feed it input events. ImGui assertions abort the test run.
#pragma once
#include <imgui.h>

#include <memory>
#include <string>

#include "ui/app.hpp"

class Headless {
 public:
  Headless(float width, float height, const std::string& route, float pixel_ratio = 1.0f);
  ~Headless();
  Headless(const Headless&) = delete;
  Headless& operator=(const Headless&) = delete;

  void frame();
  void frames(int n) {
    for (int i = 0; i < n; ++i) frame();
  }
  void resize(float width, float height);
  void click(ImVec2 pos);
  void move_mouse(ImVec2 pos);
  void type(const std::string& text);
  void key(ImGuiKey k);
  // Centre of the last frame's item whose ID was computed from `label` in window `window`;
  // found by drawing: returns false if no such item was submitted.
  app::AppState& state() { return *state_; }
  ImDrawData* draw_data() { return ImGui::GetDrawData(); }
  int vertex_count();

 private:
  ImGuiContext* ctx_;
  std::unique_ptr<app::AppState> state_;
};
