// Rich text for content paragraphs: the Markdown the content is written in, reduced to what the
// app draws: paragraphs, list items (bulleted or numbered, nested by indent) and headings ("#"),
// made of styled runs (**bold**, *italic*, [links](https://...) and bare http(s) addresses).
// Anything else (HTML, code, tables) is shown as the characters it is written with.
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

// Never fails, and takes time in proportion to the text's length: what is not Markdown it reads
// is kept as plain text.
RichText parse_rich_text(const std::string& markdown);

// Only http(s) and mailto links are followed; anything else (javascript:, file:) is dropped.
bool is_safe_link(const std::string& url);

}  // namespace core
