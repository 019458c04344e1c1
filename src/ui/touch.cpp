// Touch gestures: a tap is a click; a drag past a few pixels scrolls the content instead
// (releasing the press far away, so nothing under the finger is clicked) and a flick keeps
// scrolling with decaying speed. The shell applies the scrolling (shell_view.cpp).
#include <cfloat>
#include <cmath>

#include "ui/app.hpp"

namespace app {

namespace {
constexpr float kDragThresholdPx = 10.0f;
}

void touch_begin(AppState& state, ImVec2 pos, double time) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(pos.x, pos.y);
  io.AddMouseButtonEvent(0, true);
  state.touch = TouchUi{true, false, pos, pos, time, 0.0f};
  state.scroll.fling_velocity = 0;  // a finger stops a fling, as on any phone
  request_frames(state, 3);
}

void touch_move(AppState& state, ImVec2 pos, double time) {
  TouchUi& t = state.touch;
  if (!t.down) return;
  ImGuiIO& io = ImGui::GetIO();
  if (!t.scrolling && std::hypot(pos.x - t.start.x, pos.y - t.start.y) > kDragThresholdPx) {
    t.scrolling = true;
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // release away from every widget: no click
    io.AddMouseButtonEvent(0, false);
    state.scroll.target = -1;
  }
  if (t.scrolling) {
    const float dy = t.last.y - pos.y;
    state.scroll.touch_delta += dy;
    const double dt = time - t.last_time;
    if (dt > 0.0) t.velocity = 0.6f * static_cast<float>(dy / dt) + 0.4f * t.velocity;
  } else {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(pos.x, pos.y);
  }
  t.last = pos;
  t.last_time = time;
  request_frames(state, 2);
}

void touch_end(AppState& state, double time) {
  TouchUi& t = state.touch;
  if (!t.down) return;
  ImGuiIO& io = ImGui::GetIO();
  if (t.scrolling) {
    // A finger resting before lifting means no fling.
    state.scroll.fling_velocity = time - t.last_time < 0.08 ? t.velocity : 0.0f;
  } else {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(t.last.x, t.last.y);
    io.AddMouseButtonEvent(0, false);
  }
  t.down = false;
  t.scrolling = false;
  request_frames(state, 3);
}

}  // namespace app
