// An ImGui context with no window or renderer: set a display size, build the fonts, run
// frames of the real app and feed it input events. ImGui assertions abort the test run.
#pragma once
#include <imgui.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ui/app.hpp"

struct ImGuiContextHook;

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
  // Clicks the widget whose label (the text before any "##", or the whole label) is `label`,
  // scrolling it into view first. Returns false if no such widget was drawn.
  bool click_label(const std::string& label);
  bool has_label(const std::string& label) const;
  // Every item ImGui reported a label for in the last frame (drawn and not clipped), by id.
  std::map<unsigned, std::string> labelled_items() const {
    std::map<unsigned, std::string> out;
    for (const auto& [id, item] : items_)
      if (!item.raw_label.empty()) out.emplace(id, item.raw_label);
    return out;
  }
  // Where each labelled item of the last frame was drawn (hidden labels included): min, max.
  std::vector<std::pair<ImVec2, ImVec2>> labelled_rects() const {
    std::vector<std::pair<ImVec2, ImVec2>> out;
    for (const auto& [id, item] : items_)
      if (!item.raw_label.empty()) out.emplace_back(item.min, item.max);
    return out;
  }
  app::AppState& state() { return *state_; }
  // Every platform request the app made since the last take_requests().
  app::PlatformRequests take_requests() {
    app::PlatformRequests r = std::move(captured_);
    captured_ = {};
    return r;
  }
  ImDrawData* draw_data() { return ImGui::GetDrawData(); }
  // Runs one frame and returns the text it drew through ImGui's text functions (as ImGui's
  // log capture sees it: not the charts' draw-list text, not rows a clipper skipped).
  std::string frame_text();
  int vertex_count();

 private:
  struct Item {
    ImVec2 min, max;
    std::string label;      // the visible part, before any "##"
    std::string raw_label;  // as given to ImGui, e.g. "##search"
  };
  static void on_item(void* self, unsigned id, const ImVec2& min, const ImVec2& max);
  static void on_label(void* self, unsigned id, const char* label);
  void start_text_capture();
  static void on_new_frame(ImGuiContext* ctx, ImGuiContextHook* hook);
  static void on_end_frame(ImGuiContext* ctx, ImGuiContextHook* hook);
  const Item* find(const std::string& label) const;

  std::map<unsigned, Item> items_;
  app::PlatformRequests captured_;
  bool capture_text_ = false;
  std::string frame_text_;
  ImGuiContext* ctx_;
  std::unique_ptr<app::AppState> state_;
};
