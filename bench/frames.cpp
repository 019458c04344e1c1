// CPU time of one app frame (ImGui NewFrame, every widget of the screen, Render) per screen
// at 1440x900, with a moving mouse. Prints "screen p50_us p99_us" lines.
#include <cstdio>

#include "frame_stats.hpp"
#include "headless.hpp"

int main() {
  for (const char* route : {"/program", "/students", "/calculator"}) {
    Headless h(1440, 900, route);
    h.frames(30);
    FrameStats stats;
    for (int i = 0; i < 2000; ++i) {
      float x = 0, y = 0;
      wander(static_cast<float>(i), 1440, 900, x, y);
      ImGui::GetIO().AddMousePosEvent(x, y);
      stats.time([&] { h.frame(); });
    }
    stats.print(route + 1);
  }
  return 0;
}
