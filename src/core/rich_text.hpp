// Rich text for content paragraphs: Markdown (parsed by md4c) reduced to what the app draws:
// paragraphs, bullet items and headings made of styled runs (bold, italic, link).
#pragma once
#include <string>
#include <vector>

namespace core {

struct TextRun {
  std::string text;
  bool bold = false, italic = false;
  bool mark = false;  // highlighted (a search match)
  std::string link;   // target URL when the run is a link
};

enum class BlockKind { Paragraph, Bullet, Heading };

struct TextBlock {
  BlockKind kind = BlockKind::Paragraph;
  int depth = 0;  // list nesting, 1 for a top-level bullet
  std::vector<TextRun> runs;
};

struct RichText {
  std::vector<TextBlock> blocks;
  std::string plain() const;  // all text, blocks separated by newlines (for search, the HTML version)
};

// Never fails: whatever md4c cannot make sense of is kept as plain text.
RichText parse_rich_text(const std::string& markdown);

// Only http(s) and mailto links are followed; anything else (javascript:, file:) is dropped.
bool is_safe_link(const std::string& url);

}  // namespace core
