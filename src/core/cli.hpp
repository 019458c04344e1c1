// The native app's command line. Parsing is pure (no I/O) so it can be tested; main() acts
// on the result.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"

namespace core {

struct CliOptions {
  bool help = false;
  int width = 1280, height = 800;
  bool size_given = false;
  std::string route;                      // --route
  std::string screenshot_path;            // --screenshot
  std::string content_path;               // --content
  std::string check_content_path;         // --check-content
  std::optional<std::string> calc_route;  // --calc
  std::optional<std::string> a11y_route;  // --a11y-tree
  bool fullscreen = false;
  int display = 0;
  double text_scale = 0;       // 0 = from the display's DPI
  std::string frame_log_path;  // --frame-log: frames drawn and time to first frame, for bench/
  bool kiosk = false;
  double idle_timeout = 90;   // --idle-timeout, seconds (kiosk)
  std::string share_url;      // --share-url: the web app's address, for QR codes
  std::string theme;          // --theme: light, dark or high-contrast (empty: as saved)
  std::optional<Date> today;  // --today: the date rules' today (otherwise the clock's)
};

struct CliResult {
  CliOptions options;
  std::string error;  // non-empty: print it with the usage hint and exit 2
};

// Why `url` cannot be the base of the links QR codes carry ("" when it can): too long, characters
// a QR code or a terminal should not carry, no http(s) scheme, or no host.
constexpr std::size_t kMaxShareUrlLength = 500;
std::string share_url_problem(const std::string& url);

CliResult parse_cli(const std::vector<std::string>& args);  // args without argv[0]
std::string cli_usage(const std::string& program);

}  // namespace core
