// Fuzzes the rich-text input (Markdown, src/core/rich_text*.cpp) and the search that indexes it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/rich_text.hpp"
#include "core/text_search.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const core::RichText rich = core::parse_rich_text(text);
  for (const auto& block : rich.blocks)
    for (const auto& run : block.runs)
      if (!run.link.empty() && !core::is_safe_link(run.link)) __builtin_trap();
  (void)core::query_words(text);
  return 0;
}
