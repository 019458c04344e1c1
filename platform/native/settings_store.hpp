// Where the native app keeps its settings: $XDG_CONFIG_HOME/aimeng-explorer/settings.json
// (or ~/.config/...). Writes are atomic (temp file, fsync, rename), so a crash mid-write
// leaves the previous file intact; an unreadable file is moved aside, not overwritten.
#pragma once
#include <string>

#include "core/settings.hpp"

namespace native {

class SettingsStore {
 public:
  SettingsStore();  // resolves the path from the environment
  const std::string& path() const { return path_; }
  core::SettingsRead load();
  // Writes only when the text differs from what is on disk; returns an error message or "".
  std::string save(const core::Settings& settings);

 private:
  std::string dir_, path_, last_written_;
};

}  // namespace native
