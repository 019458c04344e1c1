// The baseline for bench/frames.cpp: Dear ImGui's demo window, timed the same way.
#include <imgui.h>

#include "frame_stats.hpp"

int main() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1440, 900);
  io.DeltaTime = 1.0f / 60.0f;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  auto frame = [] {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1440, 900));
    ImGui::ShowDemoWindow();
    ImGui::Render();
  };
  for (int i = 0; i < 30; ++i) frame();
  FrameStats stats;
  for (int i = 0; i < 2000; ++i) {
    float x = 0, y = 0;
    wander(static_cast<float>(i), 1440, 900, x, y);
    io.AddMousePosEvent(x, y);
    stats.time(frame);
  }
  stats.print("demo");
  ImGui::DestroyContext();
  return 0;
}
