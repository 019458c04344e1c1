// The native window: SDL2 + OpenGL 3, an event-driven loop that draws only when something
// changed, and --screenshot.
#pragma once
#include <chrono>

#include "core/cli.hpp"

namespace native {
// `started`: when the process started, for --frame-log's time to first frame.
int run_window(const core::CliOptions& options, std::chrono::steady_clock::time_point started);
}  // namespace native
