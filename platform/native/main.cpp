// Native entry point: parses the command line, runs a window-less command or opens the window.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "cli_commands.hpp"
#include "core/cli.hpp"
#include "core/printable.hpp"
#include "native_window.hpp"

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  const std::string program = argc > 0 ? argv[0] : "aimeng-explorer";
  const core::CliResult cli = core::parse_cli(std::vector<std::string>(argv + 1, argv + argc));
  if (!cli.error.empty()) {
    std::cerr << program << ": " << core::printable_line(cli.error) << "\nTry '" << program << " --help'.\n";
    return 2;
  }
  const core::CliOptions& o = cli.options;
  if (o.help) {
    std::cout << core::cli_usage(program);
    return 0;
  }
  if (!o.check_content_path.empty()) return native::check_content(o.check_content_path, native::today(o));
  if (o.calc_route) return native::print_calculation(*o.calc_route, o.content_path, native::today(o));
  if (o.a11y_route) return native::print_accessibility_tree(o);
  return native::run_window(o, started);
}
