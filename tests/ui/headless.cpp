#include "headless.hpp"

#include <imgui_internal.h>

#include <climits>

#include "ui/imgui_config.h"

void Headless::on_item(void* self, unsigned id, const ImVec2& min, const ImVec2& max) {
  static_cast<Headless*>(self)->start_text_capture();
  auto& item = static_cast<Headless*>(self)->items_[id];
  item.min = min;
  item.max = max;
}

void Headless::on_label(void* self, unsigned id, const char* label) {
  auto& item = static_cast<Headless*>(self)->items_[id];
  item.raw_label = label;
  item.label = item.raw_label.substr(0, item.raw_label.find("##"));
}

// ImGui's log capture stops at the end of each top-level window and hands what it caught to
// the clipboard; so the capture goes to the clipboard (collected here), starts with the frame
// and starts again at the next item after a window ends.
void Headless::start_text_capture() {
  if (!capture_text_ || GImGui->LogEnabled) return;
  ImGui::LogBegin(ImGuiLogType_Clipboard, 0);
  GImGui->LogDepthToExpand = INT_MIN;  // capturing must never open a collapsed header
}

void Headless::on_new_frame(ImGuiContext*, ImGuiContextHook* hook) {
  static_cast<Headless*>(hook->UserData)->start_text_capture();
}

void Headless::on_end_frame(ImGuiContext*, ImGuiContextHook*) {
  ImGui::LogFinish();
}

std::string Headless::frame_text() {
  ImGuiIO& io = ImGui::GetIO();
  const auto saved_fn = io.SetClipboardTextFn;
  void* const saved_data = io.ClipboardUserData;
  io.ClipboardUserData = this;
  io.SetClipboardTextFn = [](void* self, const char* text) { static_cast<Headless*>(self)->frame_text_ += text; };
  frame_text_.clear();
  capture_text_ = true;
  frame();
  capture_text_ = false;
  io.SetClipboardTextFn = saved_fn;
  io.ClipboardUserData = saved_data;
  return frame_text_;
}

const Headless::Item* Headless::find(const std::string& label) const {
  for (const auto& [id, item] : items_)
    if ((item.label == label || item.raw_label == label) && item.max.x > item.min.x) return &item;
  return nullptr;
}

bool Headless::has_label(const std::string& label) const {
  return find(label) != nullptr;
}

bool Headless::click_label(const std::string& label) {
  // Scroll the content down (as a user would) until the widget is fully on screen.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const Item* item = find(label);
  for (int i = 0; i < 60 && (!item || item->min.y < 0 || item->max.y > display.y * 0.85f); ++i) {
    ImGui::GetIO().AddMousePosEvent(display.x * 0.6f, display.y * 0.5f);
    ImGui::GetIO().AddMouseWheelEvent(0, item && item->min.y < 0 ? 1.0f : -1.0f);
    frame();
    frame();
    item = find(label);
  }
  if (!item) return false;
  click(ImVec2((item->min.x + item->max.x) * 0.5f, (item->min.y + item->max.y) * 0.5f));
  return true;
}

Headless::Headless(float width, float height, const std::string& route, float pixel_ratio) {
  aimeng::set_imgui_asserts_fatal(true);
  ctx_ = ImGui::CreateContext();
  ctx_->TestEngineHookItems = true;
  aimeng::ItemHooks hooks;
  hooks.user = this;
  hooks.item_added = &Headless::on_item;
  hooks.item_labelled = &Headless::on_label;
  aimeng::set_item_hooks(hooks);
  for (auto [type, callback] : {std::pair{ImGuiContextHookType_NewFramePost, &Headless::on_new_frame},
                                std::pair{ImGuiContextHookType_EndFramePre, &Headless::on_end_frame}}) {
    ImGuiContextHook hook;
    hook.Type = type;
    hook.Callback = callback;
    hook.UserData = this;
    ImGui::AddContextHook(ctx_, &hook);
  }
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as app::create_imgui_context
  io.DisplaySize = ImVec2(width, height);
  io.DisplayFramebufferScale = ImVec2(pixel_ratio, pixel_ratio);
  io.DeltaTime = 1.0f / 60.0f;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  state_ = std::make_unique<app::AppState>();
  state_->pixel_ratio = pixel_ratio;
  state_->model.today = {2026, 11};
  app::init(*state_, nullptr, route);
}

Headless::~Headless() {
  aimeng::set_item_hooks({});
  state_.reset();
  ImGui::DestroyContext(ctx_);
}

void Headless::frame() {
  items_.clear();
  if (app::prepare_fonts(*state_)) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  app::frame(*state_);
  auto& r = state_->frame.requests;
  if (r.open_url) captured_.open_url = r.open_url;
  if (r.clipboard_text) captured_.clipboard_text = r.clipboard_text;
  if (r.save_file) captured_.save_file = r.save_file;
  r = {};
}

void Headless::resize(float width, float height) {
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
}

void Headless::move_mouse(ImVec2 pos) {
  ImGui::GetIO().AddMousePosEvent(pos.x, pos.y);
  frame();
}

void Headless::click(ImVec2 pos) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(pos.x, pos.y);
  frame();
  io.AddMouseButtonEvent(0, true);
  frame();
  io.AddMouseButtonEvent(0, false);
  frame();
  frame();
}

void Headless::type(const std::string& text) {
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  frame();
}

void Headless::key(ImGuiKey k) {
  ImGui::GetIO().AddKeyEvent(k, true);
  frame();
  ImGui::GetIO().AddKeyEvent(k, false);
  frame();
}

int Headless::vertex_count() {
  ImDrawData* d = ImGui::GetDrawData();
  return d ? d->TotalVtxCount : 0;
}
