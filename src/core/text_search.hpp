// Search across the program's content: courses, sections and students. Every word of the
// query must match (case-insensitive, as a prefix of a word in the entry); results carry the
// byte ranges to highlight.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"

namespace core {

enum class SearchKind { Section, Course, Student };

struct SearchEntry {
  SearchKind kind = SearchKind::Section;
  std::string id;     // section, course or student id
  std::string title;  // what the result list shows
  std::string text;   // everything searchable, plain text
};

using MatchRange = std::pair<std::size_t, std::size_t>;  // [begin, end) byte offsets

struct SearchResult {
  const SearchEntry* entry = nullptr;
  int score = 0;
  std::vector<MatchRange> title_highlights;
  std::string snippet;  // a short piece of text around the first match outside the title
  std::vector<MatchRange> snippet_highlights;
};

class SearchIndex {
 public:
  // `plain_text` turns a Markdown body into plain text (the UI passes its cached parser).
  void build(const Content& content, std::string (*plain_text)(const std::string& markdown));
  // At most `limit` results, best first; an empty or blank query gives none.
  std::vector<SearchResult> search(const std::string& query, std::size_t limit = 20) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<SearchEntry> entries_;
};

// Lower-cases ASCII letters; other bytes are kept (UTF-8 passes through unchanged).
std::string fold_case(const std::string& text);
// Splits a query into words (letters and digits), folded.
std::vector<std::string> query_words(const std::string& query);

}  // namespace core
