// The web's content: the pack the build made from content.json (see builtin_content.hpp and
// platform/web/pack_content.cpp, which refuses a file with errors).
#include <string_view>

#include "core/content_pack.hpp"
#include "ui/builtin_content.hpp"

extern const unsigned char embedded_content_pack[];
extern const std::size_t embedded_content_pack_size;

namespace app {

core::LoadResult read_builtin_content() {
  return core::unpack_content(
      std::string_view(reinterpret_cast<const char*>(embedded_content_pack), embedded_content_pack_size),
      "built-in content");
}

core::LoadResult read_content_file_text(const std::string&, const std::string& origin) {
  core::LoadResult result;
  result.problems.error(origin, "", "the web version opens no content files; the desktop app does (--content)");
  return result;
}

}  // namespace app
