// Content search; see text_search.hpp.
#include "core/text_search.hpp"

#include <algorithm>
#include <cctype>

namespace core {

std::string fold_case(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {
bool is_word_char(unsigned char c) {
  return std::isalnum(c) || c >= 0x80;
}

// Offsets where `word` starts a word in `folded`.
std::vector<std::size_t> word_starts(const std::string& folded, const std::string& word) {
  std::vector<std::size_t> out;
  std::size_t pos = folded.find(word);
  while (pos != std::string::npos) {
    if (pos == 0 || !is_word_char(static_cast<unsigned char>(folded[pos - 1]))) out.push_back(pos);
    pos = folded.find(word, pos + 1);
  }
  return out;
}

std::vector<MatchRange> highlights(const std::string& text, const std::vector<std::string>& words) {
  const std::string folded = fold_case(text);
  std::vector<MatchRange> out;
  for (const auto& w : words)
    for (std::size_t p : word_starts(folded, w)) out.emplace_back(p, p + w.size());
  std::sort(out.begin(), out.end());
  return out;
}

// Moves `pos` back to the start of a UTF-8 character.
std::size_t char_boundary(const std::string& s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}
}  // namespace

std::vector<std::string> query_words(const std::string& query) {
  std::vector<std::string> words;
  std::string current;
  for (char c : fold_case(query.substr(0, 200))) {
    if (is_word_char(static_cast<unsigned char>(c))) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  if (words.size() > 8) words.resize(8);
  return words;
}

void SearchIndex::build(const Content& c, std::string (*plain_text)(const std::string&)) {
  entries_.clear();
  for (const Section& s : c.sections) {
    std::string text = s.title + "\n" + plain_text(s.body);
    if (s.kind == SectionKind::Overview) text += "\n" + c.program.tagline + "\n" + plain_text(c.program.overview);
    if (s.kind == SectionKind::Differentiators)
      for (const auto& d : c.differentiators) text += "\n" + d.title + ". " + d.body;
    if (s.kind == SectionKind::Aid)
      for (const auto& a : c.aid) text += "\n" + a.title + ". " + a.body;
    if (s.kind == SectionKind::Admissions)
      for (const auto& r : c.admissions.requirements) text += "\n" + r;
    if (s.kind == SectionKind::Glance)
      for (const auto& g : c.glance) text += "\n" + g.label + ": " + g.value + ", " + g.detail;
    entries_.push_back({SearchKind::Section, s.id, s.title, text});
  }
  for (const Course& course : c.courses)
    entries_.push_back({SearchKind::Course, course.id, course.code + " " + course.title,
                        course.code + " " + course.title + "\n" + course.description});
  for (const Student& st : c.students) {
    std::string title;
    for (const auto& n : st.names) title += (title.empty() ? "" : " & ") + n;
    std::string text = title + "\nClass of " + std::to_string(st.class_year);
    for (const auto& a : st.awards) text += "\n" + a;
    for (const auto& p : st.people) text += "\n" + p.name + ": " + p.background;
    for (const auto& p : st.projects) text += "\n" + p.title + ". " + p.body;
    text += "\n" + st.summary + "\n" + st.background.degree + "\n" + st.background.role;
    entries_.push_back({SearchKind::Student, st.id, title, text});
  }
}

std::vector<SearchResult> SearchIndex::search(const std::string& query, std::size_t limit) const {
  const std::vector<std::string> words = query_words(query);
  std::vector<SearchResult> results;
  if (words.empty()) return results;
  for (const SearchEntry& e : entries_) {
    const std::string title = fold_case(e.title);
    const std::string text = fold_case(e.text);
    int score = 0;
    bool all = true;
    for (const auto& w : words) {
      const bool in_title = !word_starts(title, w).empty();
      const std::size_t hits = word_starts(text, w).size();
      if (!in_title && hits == 0) {
        all = false;
        break;
      }
      score += (in_title ? 10 : 0) + static_cast<int>(std::min<std::size_t>(hits, 5));
    }
    if (!all) continue;
    SearchResult r;
    r.entry = &e;
    r.score = score + (e.kind == SearchKind::Student ? 1 : 0);
    r.title_highlights = highlights(e.title, words);
    // Snippet: about 90 bytes around the first match after the title line.
    const std::size_t body_start = e.text.find('\n') == std::string::npos ? 0 : e.text.find('\n') + 1;
    std::size_t first = std::string::npos;
    for (const auto& w : words)
      for (std::size_t p : word_starts(text, w))
        if (p >= body_start) first = std::min(first, p);
    if (first != std::string::npos) {
      std::size_t from = char_boundary(e.text, first > body_start + 30 ? first - 30 : body_start);
      std::size_t to = char_boundary(e.text, std::min(e.text.size(), from + 110));
      std::string snippet = e.text.substr(from, to - from);
      std::replace(snippet.begin(), snippet.end(), '\n', ' ');
      r.snippet = (from > body_start ? "…" : "") + snippet + (to < e.text.size() ? "…" : "");
      r.snippet_highlights = highlights(r.snippet, words);
    }
    results.push_back(std::move(r));
  }
  std::stable_sort(results.begin(), results.end(),
                   [](const SearchResult& a, const SearchResult& b) { return a.score > b.score; });
  if (results.size() > limit) results.resize(limit);
  return results;
}

}  // namespace core
