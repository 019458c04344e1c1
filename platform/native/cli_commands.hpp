// Window-less commands of the native app: --check-content and --calc.
#pragma once
#include <string>

namespace native {
// Validates a content file and prints every problem; returns the process exit code.
int check_content(const std::string& path);
// Prints the scenario of a /calculator route as CSV; returns the process exit code.
int print_calculation(const std::string& route);
}  // namespace native
