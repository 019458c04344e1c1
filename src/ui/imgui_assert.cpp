// The handler behind IM_ASSERT (see imgui_config.h).
#include <cstdio>
#include <cstdlib>

#include "imgui_config.h"

namespace aimeng {

namespace {
bool g_fatal = false;  // a process-wide policy, set once at start-up, not app state
bool g_reported = false;
}  // namespace

void set_imgui_asserts_fatal(bool fatal) { g_fatal = fatal; }

void imgui_assert_failed(const char* expression, const char* file, int line) {
  if (g_fatal) {
    std::fprintf(stderr, "ImGui assertion failed: %s (%s:%d)\n", expression, file, line);
    std::abort();
  }
  if (!g_reported) {
    std::fprintf(stderr, "aimeng-explorer: internal check failed: %s (%s:%d)\n", expression, file, line);
    g_reported = true;
  }
}

}  // namespace aimeng
