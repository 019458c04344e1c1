// Percentiles of per-frame CPU times, shared by the two frame benchmarks.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

struct FrameStats {
  std::vector<double> micros;
  template <typename F>
  void time(F&& frame) {
    const auto t0 = std::chrono::steady_clock::now();
    frame();
    micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  double percentile(double p) {
    std::sort(micros.begin(), micros.end());
    return micros.empty() ? 0 : micros[static_cast<std::size_t>(p * static_cast<double>(micros.size() - 1))];
  }
  void print(const char* name) {
    const double p50 = percentile(0.50), p99 = percentile(0.99);
    std::printf("%s %.1f %.1f\n", name, p50, p99);
  }
};

// A mouse that keeps moving over the window, so hover states are recomputed every frame.
inline void wander(float frame, float w, float h, float& x, float& y) {
  x = w * (0.5f + 0.45f * static_cast<float>(__builtin_sin(frame * 0.013)));
  y = h * (0.5f + 0.45f * static_cast<float>(__builtin_cos(frame * 0.021)));
}
