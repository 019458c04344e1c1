// The content model as compact bytes, for the web build: the build reads content.json once,
// with every check (platform/web/pack_content.cpp), and the page reads the pack, which takes a
// fraction of the JSON's parse and read on a phone's main thread and needs neither's code.
#pragma once
#include <string>
#include <string_view>

#include "core/content.hpp"

namespace core {

std::string pack_content(const Content& content);

// Reads a pack that pack_content wrote. Anything else (another format version, a cut-off or
// altered file) gives one error naming the byte where reading stopped, never a crash, a read
// past the end or an allocation larger than the pack could fill.
LoadResult unpack_content(std::string_view bytes, const std::string& origin);

}  // namespace core
