// A step of the web build (cmake/Assets.cmake), run in node: reads content.json with every
// check the desktop app makes, prints its problems, and writes the pack the page embeds
// (core/content_pack.hpp). A file with errors stops the build, so the page never ships content
// that the app would have refused.
//   pack-content CONTENT_JSON OUT_PACK
#include <cstdio>
#include <fstream>
#include <string>

#include "core/bounded_file.hpp"
#include "core/content.hpp"
#include "core/content_pack.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: pack-content CONTENT_JSON OUT_PACK\n");
    return 2;
  }
  const std::string in_path = argv[1], out_path = argv[2];
  const core::FileRead file = core::read_bounded_file(in_path, core::kMaxContentBytes);
  if (!file.ok()) {
    std::fprintf(stderr, "%s: %s\n", in_path.c_str(), file.reason.c_str());
    return 1;
  }
  const core::LoadResult read = core::load_content(file.text, in_path);
  for (const core::Problem& p : read.problems.items) std::fprintf(stderr, "%s\n", p.to_string().c_str());
  if (!read.ok()) {
    std::fprintf(stderr, "pack-content: %s has errors; the web bundle is not built from it\n", in_path.c_str());
    return 1;
  }
  const std::string pack = core::pack_content(read.content);
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  out.write(pack.data(), static_cast<std::streamsize>(pack.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "pack-content: could not write %s\n", out_path.c_str());
    return 1;
  }
  return 0;
}
