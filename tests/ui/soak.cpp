// Soak test: a monkey drives random clicks, drags, wheel, keys, text, touch and resizes across
// every screen for N frames (default 100,000). Fails on any ImGui assertion (fatal in the
// harness) or sanitizer report, and, outside sanitizer builds, if memory keeps growing: the
// peak of the last quarter must stay within 1% of the first quarter's.
//   soak [frames]
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "headless.hpp"

namespace {
long resident_kb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kCheckMemory = false;  // ASan's quarantine holds freed memory on purpose
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kCheckMemory = false;
#else
constexpr bool kCheckMemory = true;
#endif
#else
constexpr bool kCheckMemory = true;
#endif
}  // namespace

int main(int argc, char** argv) {
  const long frames = argc > 1 ? std::atol(argv[1]) : 100'000;
  std::mt19937 rng(20261127);
  auto uniform = [&](float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(rng); };
  const char* routes[] = {
      "/program",     "/students",
      "/calculator",  "/students/park-morris",
      "/program/aid", "/calculator?path=online&b.path=16m2&aid=fixed:5000&living=900&currency=EUR&rate=0.92"};
  const ImGuiKey keys[] = {ImGuiKey_Tab,       ImGuiKey_Enter,     ImGuiKey_Escape,
                           ImGuiKey_Backspace, ImGuiKey_LeftArrow, ImGuiKey_DownArrow,
                           ImGuiKey_Space,     ImGuiKey_PageDown,  ImGuiKey_Home};
  Headless h(1440, 900, "/program");
  float w = 1440, ht = 900;
  long peak_first = 0, peak_last = 0;
  for (long i = 0; i < frames; ++i) {
    ImGuiIO& io = ImGui::GetIO();
    const int action = static_cast<int>(rng() % 100);
    if (action < 30) {
      io.AddMousePosEvent(uniform(0, w), uniform(0, ht));
    } else if (action < 45) {
      io.AddMouseButtonEvent(0, (rng() % 2) == 0);
    } else if (action < 52) {
      io.AddMouseWheelEvent(0, uniform(-3, 3));
    } else if (action < 58) {
      const ImGuiKey k = keys[rng() % (sizeof keys / sizeof keys[0])];
      io.AddKeyEvent(k, true);
      io.AddKeyEvent(k, false);
    } else if (action < 62) {
      io.AddInputCharactersUTF8((rng() % 2) ? "7" : "a\xC3\xA9");
    } else if (action < 65) {
      const ImVec2 p(uniform(0, w), uniform(0, ht));
      app::touch_begin(h.state(), p, static_cast<double>(i) / 60.0);
      app::touch_move(h.state(), ImVec2(p.x, p.y - uniform(-300, 300)), static_cast<double>(i) / 60.0 + 0.05);
      app::touch_end(h.state(), static_cast<double>(i) / 60.0 + 0.06);
    } else if (action < 66) {
      w = uniform(320, 3840);
      ht = uniform(480, 2160);
      h.resize(w, ht);
    } else if (action < 67) {
      app::open_link(h.state(), routes[rng() % (sizeof routes / sizeof routes[0])]);
    } else if (action < 68 && (rng() % 20) == 0) {
      h.state().text_scale = uniform(0.75f, 2.5f);
      h.state().fonts_dirty = true;
    }
    h.frame();
    // Peaks of the first and the last quarter, sampled every 500 frames.
    if ((i % 500) == 0 && i < frames / 4) peak_first = std::max(peak_first, resident_kb());
    if ((i % 500) == 0 && i >= frames * 3 / 4) peak_last = std::max(peak_last, resident_kb());
  }
  std::printf("soak: %ld frames; resident memory first quarter %ld KB, last quarter %ld KB\n", frames, peak_first,
              peak_last);
  if (kCheckMemory && peak_last > peak_first + peak_first / 100) {
    std::printf("soak: memory grew by more than 1%%\n");
    return 1;
  }
  std::printf("soak: 1 passed, 0 failed\n");
  return 0;
}
