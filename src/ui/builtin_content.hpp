// Where the app's content comes from, which each platform keeps in its own form (CMake builds
// one of the two files): natively the embedded content.json, read with every check
// (builtin_content_json.cpp); on the web the pack the build made from that file once it had
// passed the same checks (builtin_content_pack.cpp), which a phone reads in a fraction of the
// time and without the JSON reader's code.
#pragma once
#include <string>

#include "core/content.hpp"

namespace app {

core::LoadResult read_builtin_content();
// The embedded content.json itself (the desktop app's only: the web embeds the pack).
std::string builtin_content_json();

// A content file the user chose (`text`, named `origin` in messages), read with every check.
// Only the desktop app opens files; the web's says it cannot.
core::LoadResult read_content_file_text(const std::string& text, const std::string& origin);

}  // namespace app
