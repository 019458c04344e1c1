// One block's text (its lines already joined) to styled runs: **bold**, *italic* (or with
// underscores), [links](https://...), bare http(s) links and backslash escapes. Anything else,
// HTML included, is kept as the characters it is. Linear in the text's length, whatever it holds.
#pragma once
#include <string_view>
#include <vector>

#include "core/rich_text.hpp"

namespace core {

std::vector<TextRun> parse_inline(std::string_view text);

}  // namespace core
