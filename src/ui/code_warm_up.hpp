// Runs Dear ImGui's code once, before the app's first layout, so that the browser compiles it in
// tasks of its own. Chromium compiles each wasm function on its first call, on the page's main
// thread; the app's first layout calls some 230 of ImGui's functions for the first time, about
// 70 ms of compiling with a phone's slower CPU, and with the app's own code that made the
// start-up's longest task (near 100 ms). Run first, ImGui's share goes into these steps instead.
#pragma once

struct ImFontAtlas;
struct ImGuiContext;

namespace ui {

// Lays out and renders sample frames of the widgets the screens use (windows, child windows,
// text, buttons, a text field, a combo box, a table, a scroll bar and the draw list's shapes),
// one part a step, in a context of its own that shares `built_atlas` (built, so ImGui can
// draw). The current ImGui context, its windows and input are left as they were.
class ImGuiWarmUp {
 public:
  explicit ImGuiWarmUp(ImFontAtlas& built_atlas);
  ~ImGuiWarmUp();
  ImGuiWarmUp(const ImGuiWarmUp&) = delete;
  ImGuiWarmUp& operator=(const ImGuiWarmUp&) = delete;

  // Runs the next part's frame; false once every part has run.
  bool step();

 private:
  ImGuiContext* sample_;
  int next_part_ = 0;
};

}  // namespace ui
