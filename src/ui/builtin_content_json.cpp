// The desktop app's content: the embedded content.json (see builtin_content.hpp).
#include <string>

#include "ui/builtin_content.hpp"

extern const unsigned char embedded_content_json[];
extern const std::size_t embedded_content_json_size;

namespace app {

std::string builtin_content_json() {
  return std::string(reinterpret_cast<const char*>(embedded_content_json), embedded_content_json_size);
}

core::LoadResult read_builtin_content() {
  return core::load_content(builtin_content_json(), "built-in content.json");
}

core::LoadResult read_content_file_text(const std::string& text, const std::string& origin) {
  return core::load_content(text, origin);
}

}  // namespace app
