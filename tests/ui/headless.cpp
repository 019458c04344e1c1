#include "headless.hpp"

#include "ui/imgui_config.h"

Headless::Headless(float width, float height, const std::string& route, float pixel_ratio) {
  aimeng::set_imgui_asserts_fatal(true);
  ctx_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DisplayFramebufferScale = ImVec2(pixel_ratio, pixel_ratio);
  io.DeltaTime = 1.0f / 60.0f;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  state_ = std::make_unique<app::AppState>();
  state_->pixel_ratio = pixel_ratio;
  state_->today = {2026, 11};
  app::init(*state_, "", route);
}

Headless::~Headless() {
  state_.reset();
  ImGui::DestroyContext(ctx_);
}

void Headless::frame() {
  if (app::prepare_fonts(*state_)) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  app::frame(*state_);
  state_->requests = {};
}

void Headless::resize(float width, float height) { ImGui::GetIO().DisplaySize = ImVec2(width, height); }

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
