// Shared helpers for core tests: the shipped content file, loaded once per call.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include "core/content.hpp"

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string shipped_content_text() {
  return read_text_file(std::string(AIMENG_SOURCE_DIR) + "/assets/content.json");
}

inline core::Content shipped_content() {
  return core::load_content(shipped_content_text(), "content.json").content;
}
