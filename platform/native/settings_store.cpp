// Native settings file; see settings_store.hpp.
#include "settings_store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

#include "core/bounded_file.hpp"

namespace native {

namespace {
bool make_dirs(const std::string& dir) {
  std::string partial;
  std::stringstream parts(dir);
  std::string part;
  if (!dir.empty() && dir[0] == '/') partial = "/";
  while (std::getline(parts, part, '/')) {
    if (part.empty()) continue;
    partial += part + "/";
    if (mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) return false;
  }
  return true;
}
}  // namespace

SettingsStore::SettingsStore() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  const std::string base = xdg && *xdg ? xdg : std::string(home && *home ? home : ".") + "/.config";
  dir_ = base + "/aimeng-explorer";
  path_ = dir_ + "/settings.json";
}

core::SettingsRead SettingsStore::load() {
  core::FileRead file = core::read_bounded_file(path_, core::kMaxSettingsBytes);
  if (file.status == core::FileRead::Status::Missing) return {};  // first run
  core::SettingsRead read;
  if (file.ok()) {
    read = core::read_settings(file.text, path_);
  } else {
    read.keep_aside = file.reason_tag;
    read.problems.push_back(path_ + ": the file " + file.reason + "; using defaults");
  }
  if (read.keep_aside.empty()) {
    last_written_ = file.text;
    return read;
  }
  // Keep what cannot be read under a name that says why, instead of overwriting it with defaults.
  const std::string aside = path_ + "." + read.keep_aside + "-" + std::to_string(std::time(nullptr));
  if (std::rename(path_.c_str(), aside.c_str()) == 0)
    read.problems.back() += " (the old file was kept as " + aside + ")";
  else
    read.problems.back() += " (it could not be kept aside: " + std::string(std::strerror(errno)) + ")";
  return read;
}

std::string SettingsStore::save(const core::Settings& settings) {
  const std::string text = core::write_settings(settings);
  if (text == last_written_) return "";
  if (!make_dirs(dir_)) return "cannot create " + dir_ + ": " + std::strerror(errno);
  const std::string temp = path_ + ".tmp";
  const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return "cannot write " + temp + ": " + std::strerror(errno);
  const bool written = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && fsync(fd) == 0;
  close(fd);
  if (!written || std::rename(temp.c_str(), path_.c_str()) != 0) {
    std::remove(temp.c_str());
    return "cannot save settings to " + path_;
  }
  last_written_ = text;
  return "";
}

}  // namespace native
