// Markdown to RichText, block by block; see rich_text.hpp. Lines are read one at a time: a list
// marker or a heading starts a block, a blank line ends one, and any other line continues the
// open block (a list item's too, when indented past its marker). Each block's text then goes to
// parse_inline (rich_text_inline.cpp).
#include "core/rich_text.hpp"

#include <cstddef>
#include <string_view>

#include "core/rich_text_inline.hpp"

namespace core {

namespace {

// Deeper lists are drawn at this depth: each level indents, and a hostile text could nest
// thousands.
constexpr std::size_t kMaxListDepth = 6;

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The line's indent in columns (a tab goes to the next multiple of 4).
int indent_of(std::string_view line) {
  int columns = 0;
  for (char c : line) {
    if (c == ' ')
      ++columns;
    else if (c == '\t')
      columns += 4 - columns % 4;
    else
      break;
  }
  return columns;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "- ", "* ", "+ ", "1. " or "1) " before an item's text: the marker's length, 0 if none.
std::size_t list_marker(std::string_view s) {
  std::size_t n = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '*' || s[0] == '+')) {
    n = 1;
  } else {
    while (n < s.size() && n < 9 && is_digit(s[n])) ++n;
    if (n == 0 || n >= s.size() || (s[n] != '.' && s[n] != ')')) return 0;
    ++n;
  }
  if (n == s.size()) return n;  // an empty item
  return s[n] == ' ' || s[n] == '\t' ? n + 1 : 0;
}

// "# Title" to "###### Title" (a closing run of '#' is dropped): the title, or false if none.
bool heading_text(std::string_view s, std::string_view& title) {
  std::size_t level = 0;
  while (level < s.size() && s[level] == '#') ++level;
  if (level == 0 || level > 6 || (level < s.size() && s[level] != ' ' && s[level] != '\t')) return false;
  title = trim_spaces(s.substr(level));
  std::size_t end = title.size();
  while (end > 0 && title[end - 1] == '#') --end;
  if (end == 0 || title[end - 1] == ' ' || title[end - 1] == '\t') title = trim_spaces(title.substr(0, end));
  return true;
}

class BlockReader {
 public:
  void line(std::string_view raw) {
    const int indent = indent_of(raw);
    const std::string_view body = trim_spaces(raw);
    std::string_view title;
    if (body.empty()) {
      blank_before_ = true;
      return;
    }
    if (const std::size_t marker = list_marker(body)) {
      while (!list_indents_.empty() && indent < list_indents_.back()) list_indents_.pop_back();
      if (list_indents_.empty() || (indent > list_indents_.back() && list_indents_.size() < kMaxListDepth))
        list_indents_.push_back(indent);
      start(BlockKind::Bullet, static_cast<int>(list_indents_.size()), trim_spaces(body.substr(marker)));
    } else if (heading_text(body, title)) {
      list_indents_.clear();
      start(BlockKind::Heading, 0, title);
    } else if (open_ && kind_ != BlockKind::Heading &&
               (!blank_before_ || (kind_ == BlockKind::Bullet && indent > list_indents_.back()))) {
      text_ += ' ';
      text_ += body;
    } else {
      list_indents_.clear();
      start(BlockKind::Paragraph, 0, body);
    }
    blank_before_ = false;
  }

  RichText finish() {
    close();
    return std::move(doc_);
  }

 private:
  void start(BlockKind kind, int depth, std::string_view text) {
    close();
    kind_ = kind;
    depth_ = depth;
    text_.assign(text);
    open_ = true;
  }

  void close() {
    if (open_) doc_.blocks.push_back({kind_, depth_, parse_inline(text_)});
    open_ = false;
  }

  RichText doc_;
  std::string text_;  // the open block's lines, joined by spaces
  BlockKind kind_ = BlockKind::Paragraph;
  int depth_ = 0;
  bool open_ = false, blank_before_ = false;
  std::vector<int> list_indents_;  // where each open list level's markers are
};

}  // namespace

bool is_safe_link(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0;
}

std::string RichText::plain() const {
  std::string out;
  for (const TextBlock& b : blocks) {
    if (!out.empty()) out += '\n';
    for (const TextRun& r : b.runs) out += r.text;
  }
  return out;
}

RichText parse_rich_text(const std::string& markdown) {
  BlockReader reader;
  const std::string_view text = markdown;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    reader.line(text.substr(start, end - start));
    start = end + 1;
  }
  return reader.finish();
}

}  // namespace core
