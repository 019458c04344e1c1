// See rich_text_inline.hpp. Three passes over one block: cut the text into pieces (literal text
// and emphasis delimiters, each knowing the link it is in), pair the delimiters by CommonMark's
// flanking rules (without its rarer refinements), then merge the pieces into runs.
#include "core/rich_text_inline.hpp"

#include <array>
#include <cstddef>
#include <string>

namespace core {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // shown for a NUL byte

// A delimiter is Unpaired until pairing makes it an Opener or a Closer; unpaired, it is text.
enum class Role : unsigned char { Text, Unpaired, Opener, Closer };
enum Kind { kStar, kStarStar, kUnderscore, kUnderscoreUnderscore, kKinds };

struct Piece {
  std::string_view text;
  Role role = Role::Text;
  int kind = kStar;
  bool can_open = false, can_close = false;
  int link = -1;        // index into the links found, -1 outside a (safe) link
  std::size_t run = 0;  // a delimiter's run of '*' or '_' (where it starts): a run never pairs with itself
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_punct(char c) {
  return c > ' ' && c < 0x7f && !is_word(c);
}

// Where the next `c` at or after each position is (npos if none), made in one pass from the end
// so that a text of a thousand '[' costs no more than one.
std::vector<std::size_t> next_of(std::string_view s, char c) {
  std::vector<std::size_t> next(s.size() + 1, npos);
  for (std::size_t i = s.size(); i-- > 0;) next[i] = s[i] == c ? i : next[i + 1];
  return next;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

class Tokeniser {
 public:
  explicit Tokeniser(std::string_view s) : s_(s), next_bracket_(next_of(s, ']')), next_paren_(next_of(s, ')')) {}

  void run() {
    for (std::size_t i = 0; i < s_.size();) {
      if (i == link_text_end_) {  // "](url)" is not shown
        i = link_resume_;
        link_text_end_ = npos;
        link_ = -1;
        continue;
      }
      const char c = s_[i];
      if (c == '\\' && i + 1 < s_.size() && is_punct(s_[i + 1])) {
        literal(s_.substr(i + 1, 1));
        i += 2;
      } else if (c == '\0') {
        literal(kReplacement);
        ++i;
      } else if (c == '*' || c == '_') {
        i = delimiter_run(i);
      } else if (c == '[' && link_text_end_ == npos && link_at(i)) {
        ++i;
      } else if (std::size_t end = link_text_end_ == npos ? bare_link_end(i) : 0) {
        link_ = add_link(s_.substr(i, end - i));
        literal(s_.substr(i, end - i));
        link_ = -1;
        i = end;
      } else {
        literal(s_.substr(i, 1));
        ++i;
      }
    }
  }

  std::vector<Piece> pieces;
  std::vector<std::string> links;

 private:
  // Adds text to the last piece when it continues it, so plain text stays one piece.
  void literal(std::string_view text) {
    if (!pieces.empty()) {
      Piece& last = pieces.back();
      if (last.role == Role::Text && last.link == link_ && last.text.data() + last.text.size() == text.data()) {
        last.text = std::string_view(last.text.data(), last.text.size() + text.size());
        return;
      }
    }
    Piece p;
    p.text = text;
    p.link = link_;
    pieces.push_back(p);
  }

  int add_link(std::string_view url) {
    if (!is_safe_link(std::string(url))) return -1;  // the text stays, the link goes
    links.emplace_back(url);
    return static_cast<int>(links.size()) - 1;
  }

  // "[text](url)" starting at `open`: remembers where its text ends and what follows the ")".
  bool link_at(std::size_t open) {
    const std::size_t close = next_bracket_[open + 1];
    if (close == npos || close + 1 >= s_.size() || s_[close + 1] != '(') return false;
    const std::size_t paren = next_paren_[close + 2];
    if (paren == npos) return false;
    const std::string_view url = trim(s_.substr(close + 2, paren - close - 2));
    for (char c : url)
      if (is_space(c)) return false;
    link_text_end_ = close;
    link_resume_ = paren + 1;
    link_ = add_link(url);
    return true;
  }

  // A bare "https://..." or "http://..." after a space or "(": where it ends, 0 if there is none.
  // Trailing punctuation belongs to the sentence, not the address.
  std::size_t bare_link_end(std::size_t at) const {
    if (at > 0 && !is_space(s_[at - 1]) && s_[at - 1] != '(') return 0;
    const std::string_view rest = s_.substr(at);
    const std::size_t scheme = rest.rfind("https://", 0) == 0 ? 8 : rest.rfind("http://", 0) == 0 ? 7 : 0;
    if (scheme == 0) return 0;
    std::size_t end = scheme;
    while (end < rest.size() && !is_space(rest[end]) && rest[end] != '<' && rest[end] != '>') ++end;
    while (end > scheme && std::string_view(".,;:!?)'\"*_").find(rest[end - 1]) != npos) --end;
    return end > scheme ? at + end : 0;
  }

  // A run of '*' or '_' becomes "**" delimiters and, if the run is odd, one "*" after them. Whether
  // they may open or close depends on what is either side (the start and end count as spaces).
  std::size_t delimiter_run(std::size_t at) {
    const char c = s_[at];
    std::size_t end = at;
    while (end < s_.size() && s_[end] == c) ++end;
    const char before = at > 0 ? s_[at - 1] : ' ';
    const char after = end < s_.size() ? s_[end] : ' ';
    const bool left = !is_space(after) && (!is_punct(after) || is_space(before) || is_punct(before));
    const bool right = !is_space(before) && (!is_punct(before) || is_space(after) || is_punct(after));
    // An underscore inside a word (snake_case) is a letter, not emphasis.
    const bool can_open = c == '*' ? left : left && (!right || is_punct(before));
    const bool can_close = c == '*' ? right : right && (!left || is_punct(after));
    const int single = c == '*' ? kStar : kUnderscore;
    for (std::size_t i = at; i < end;) {
      const std::size_t len = end - i >= 2 ? 2 : 1;
      Piece p;
      p.text = s_.substr(i, len);
      p.role = Role::Unpaired;
      p.kind = len == 2 ? single + 1 : single;
      p.can_open = can_open;
      p.can_close = can_close;
      p.link = link_;
      p.run = at;
      pieces.push_back(p);
      i += len;
    }
    return end;
  }

  std::string_view s_;
  std::vector<std::size_t> next_bracket_, next_paren_;
  int link_ = -1;
  std::size_t link_text_end_ = npos, link_resume_ = 0;
};

// Each closer takes the nearest open delimiter of its kind within the same link, from an
// earlier run ("x****y" stays as written).
void pair_delimiters(std::vector<Piece>& pieces) {
  std::array<std::vector<std::size_t>, kKinds> open;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& p = pieces[i];
    if (p.role != Role::Unpaired) continue;
    std::vector<std::size_t>& stack = open[static_cast<std::size_t>(p.kind)];
    if (p.can_close && !stack.empty() && pieces[stack.back()].link == p.link && pieces[stack.back()].run != p.run) {
      pieces[stack.back()].role = Role::Opener;
      p.role = Role::Closer;
      stack.pop_back();
    } else if (p.can_open) {
      stack.push_back(i);
    }
  }
}

}  // namespace

std::vector<TextRun> parse_inline(std::string_view text) {
  Tokeniser tokens(text);
  tokens.run();
  pair_delimiters(tokens.pieces);

  static const std::string kNoLink;
  std::vector<TextRun> runs;
  int bold = 0, italic = 0;
  for (const Piece& p : tokens.pieces) {
    const bool strong = p.kind == kStarStar || p.kind == kUnderscoreUnderscore;
    if (p.role == Role::Opener || p.role == Role::Closer) {
      (strong ? bold : italic) += p.role == Role::Opener ? 1 : -1;
      continue;
    }
    if (p.text.empty()) continue;
    const std::string& link = p.link >= 0 ? tokens.links[static_cast<std::size_t>(p.link)] : kNoLink;
    if (!runs.empty() && runs.back().bold == (bold > 0) && runs.back().italic == (italic > 0) &&
        runs.back().link == link) {
      runs.back().text.append(p.text);
    } else {
      runs.push_back({std::string(p.text), bold > 0, italic > 0, false, link});
    }
  }
  return runs;
}

}  // namespace core
