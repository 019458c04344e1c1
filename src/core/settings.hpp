// The user's settings (text size, window, the calculator's last inputs), as a small
// JSON document. Reading never fails: whatever is wrong is reported and defaults are used.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace core {

struct WindowPlacement {
  int x = 0, y = 0, width = 0, height = 0;
};

struct Settings {
  double text_scale = 0;                  // 0: choose from the display
  std::string theme = "light";            // "light", "dark" or "high-contrast"
  std::string calculator;                 // the scenario as a route query ("path=12m&start=2027&...")
  std::optional<WindowPlacement> window;  // native only
  bool operator==(const Settings& o) const;
};

struct SettingsRead {
  Settings settings;
  std::vector<std::string> problems;  // each "settings.json:LINE:COL: what" or "field: what"
  bool unreadable = false;            // not JSON at all (the caller moves the file aside)
};

constexpr int kSettingsFormatVersion = 1;

SettingsRead read_settings(const std::string& text, const std::string& origin);
std::string write_settings(const Settings& settings);

}  // namespace core
