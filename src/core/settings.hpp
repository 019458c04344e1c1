// The user's settings (text size, window, the calculator's last inputs), as a small
// JSON document. Reading never fails: whatever is wrong is reported and defaults are used.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace core {

struct WindowPlacement {
  int x = 0, y = 0, width = 0, height = 0;
  bool operator==(const WindowPlacement& o) const {
    return x == o.x && y == o.y && width == o.width && height == o.height;
  }
};

struct Settings {
  double text_scale = 0;                  // 0: choose from the display
  std::string theme = "light";            // "light", "dark" or "high-contrast"
  std::string calculator;                 // the scenario as a route query ("path=12m&start=2027&...")
  std::optional<WindowPlacement> window;  // native only
  bool operator==(const Settings& o) const;
};

struct SettingsRead {
  Settings settings;                  // what could be read; defaults for the rest
  std::vector<std::string> problems;  // each "settings.json:LINE:COL: what" or "field: what"
  // Non-empty when the file holds something this version cannot keep (it is not JSON, it is
  // from a newer version, a value is wrong...): the caller keeps a copy under a name ending in
  // this tag ("corrupt", "too-large", "newer-version", "no-version", "wrong-values",
  // "repeated-keys") before the next save replaces it.
  std::string keep_aside;
};

constexpr int kSettingsFormatVersion = 1;

// `saved` moved and shrunk as needed to lie on one of `displays` (their usable bounds): its
// size at most the display's, and on the display it overlaps most, or on the first if on none.
WindowPlacement fit_to_displays(const WindowPlacement& saved, const std::vector<WindowPlacement>& displays);

SettingsRead read_settings(const std::string& text, const std::string& origin);
std::string write_settings(const Settings& settings);

}  // namespace core
