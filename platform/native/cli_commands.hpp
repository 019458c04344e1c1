// Window-less commands of the native app: --check-content, --calc and --a11y-tree.
#pragma once
#include <string>

#include "core/cli.hpp"
#include "core/dates.hpp"
#include "ui/app.hpp"

namespace native {
// --today, or the local date from the clock.
core::Date today(const core::CliOptions& options);
// Validates a content file and prints every problem, and whether its cost figures have grown old
// by `today`; returns the process exit code.
int check_content(const std::string& path, const core::Date& today);
// Prints the scenario of a /calculator route as CSV; returns the process exit code.
int print_calculation(const std::string& route, const std::string& content_path, const core::Date& today);
// Prints the accessibility tree of ROUTE (--a11y-tree) at --size, laid out as the window
// would be, without a window; returns the process exit code.
int print_accessibility_tree(const core::CliOptions& options);
// --content's file, or why it could not be read.
app::EditedContent read_content_file(const std::string& path);
}  // namespace native
