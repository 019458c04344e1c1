// CPU time of one app frame (ImGui NewFrame, every widget of the screen, Render) per screen
// at 1440x900, with a moving mouse, with the accessibility tree built and without it.
// Prints "screen p50_us p99_us p50_without_tree_us p99_without_tree_us tree_nodes" lines.
#include <cstdio>

#include "frame_stats.hpp"
#include "headless.hpp"

namespace {
FrameStats measure(const char* route, bool tree, std::size_t& nodes) {
  Headless h(1440, 900, route);
  h.state().a11y_enabled = tree;
  h.frames(30);
  FrameStats stats;
  for (int i = 0; i < 2000; ++i) {
    float x = 0, y = 0;
    wander(static_cast<float>(i), 1440, 900, x, y);
    ImGui::GetIO().AddMousePosEvent(x, y);
    stats.time([&] { h.frame(); });
  }
  if (tree) nodes = h.state().a11y.tree.nodes.size();
  return stats;
}
}  // namespace

int main() {
  for (const char* route : {"/program", "/students", "/calculator"}) {
    std::size_t nodes = 0;
    FrameStats with = measure(route, true, nodes);
    FrameStats without = measure(route, false, nodes);
    std::printf("%s %.1f %.1f %.1f %.1f %zu\n", route + 1, with.percentile(0.5), with.percentile(0.99),
                without.percentile(0.5), without.percentile(0.99), nodes);
  }
  return 0;
}
