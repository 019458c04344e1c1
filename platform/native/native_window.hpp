// The native window: SDL2 + OpenGL 3, an event-driven loop that draws only when something
// changed, and --screenshot.
#pragma once
#include "core/cli.hpp"

namespace native {
int run_window(const core::CliOptions& options);
}
