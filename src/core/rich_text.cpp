// Markdown to RichText through md4c's callbacks; see rich_text.hpp.
#include "core/rich_text.hpp"

#include <md4c.h>

namespace core {

namespace {

struct Builder {
  RichText doc;
  int bold = 0, italic = 0, list_depth = 0;
  std::vector<std::string> links;
  bool in_block = false;

  TextBlock& current() {
    if (!in_block) {
      doc.blocks.push_back({});
      in_block = true;
    }
    return doc.blocks.back();
  }

  void start_block(BlockKind kind) {
    doc.blocks.push_back({kind, list_depth, {}});
    in_block = true;
  }

  void add_text(const char* text, std::size_t size) {
    TextBlock& b = current();
    const std::string link = links.empty() ? std::string() : links.back();
    if (!b.runs.empty() && b.runs.back().bold == (bold > 0) && b.runs.back().italic == (italic > 0) &&
        b.runs.back().link == link) {
      b.runs.back().text.append(text, size);
      return;
    }
    b.runs.push_back({std::string(text, size), bold > 0, italic > 0, false, link});
  }
};

int enter_block(MD_BLOCKTYPE type, void*, void* user) {
  auto* b = static_cast<Builder*>(user);
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      ++b->list_depth;
      break;
    case MD_BLOCK_LI:
      b->start_block(BlockKind::Bullet);
      break;
    case MD_BLOCK_H:
      b->start_block(BlockKind::Heading);
      break;
    case MD_BLOCK_P:
      // A paragraph inside a list item continues that item.
      if (b->list_depth == 0) b->start_block(BlockKind::Paragraph);
      break;
    default:
      break;
  }
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* user) {
  auto* b = static_cast<Builder*>(user);
  if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) --b->list_depth;
  if (type == MD_BLOCK_LI || type == MD_BLOCK_H || (type == MD_BLOCK_P && b->list_depth == 0)) b->in_block = false;
  return 0;
}

int enter_span(MD_SPANTYPE type, void* detail, void* user) {
  auto* b = static_cast<Builder*>(user);
  if (type == MD_SPAN_STRONG) ++b->bold;
  if (type == MD_SPAN_EM) ++b->italic;
  if (type == MD_SPAN_A) {
    const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
    std::string url(a->href.text, a->href.size);
    b->links.push_back(is_safe_link(url) ? url : std::string());
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* user) {
  auto* b = static_cast<Builder*>(user);
  if (type == MD_SPAN_STRONG) --b->bold;
  if (type == MD_SPAN_EM) --b->italic;
  if (type == MD_SPAN_A && !b->links.empty()) b->links.pop_back();
  return 0;
}

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  auto* b = static_cast<Builder*>(user);
  if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
    b->add_text(" ", 1);
  else if (type == MD_TEXT_NULLCHAR)
    b->add_text("\xEF\xBF\xBD", 3);
  else
    b->add_text(text, size);
  return 0;
}

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
  Builder builder;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_NOHTML | MD_FLAG_PERMISSIVEURLAUTOLINKS;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = on_text;
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder) != 0) {
    RichText fallback;
    fallback.blocks.push_back({BlockKind::Paragraph, 0, {{markdown, false, false, false, {}}}});
    return fallback;
  }
  return std::move(builder.doc);
}

}  // namespace core
