// Problem list, and mapping JSON pointers back to lines for messages.
#include "core/json_problems.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string_view>
#include <vector>

namespace core {

std::string Problem::to_string() const {
  std::string out = origin;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  if (!pointer.empty()) out += ": " + pointer;
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  return out + message;
}

void Problems::add(Problem problem) {
  // Errors and warnings have a limit each, so a flood of warnings never hides an error.
  std::size_t& listed = problem.severity == Severity::Error ? listed_errors_ : listed_warnings_;
  if (listed < kMaxListed) {
    ++listed;
    items.push_back(std::move(problem));
  } else {
    ++(problem.severity == Severity::Error ? unlisted_errors : unlisted_warnings);
  }
}

void Problems::error(const std::string& origin, const std::string& pointer, const std::string& message) {
  add({Severity::Error, origin, pointer, 0, 0, message});
}

void Problems::warning(const std::string& origin, const std::string& pointer, const std::string& message) {
  add({Severity::Warning, origin, pointer, 0, 0, message});
}

bool Problems::has_errors() const {
  return error_count() > 0;
}

std::size_t Problems::error_count() const {
  std::size_t n = unlisted_errors;
  for (const auto& p : items) n += p.severity == Severity::Error;
  return n;
}

std::size_t Problems::warning_count() const {
  std::size_t n = unlisted_warnings;
  for (const auto& p : items) n += p.severity == Severity::Warning;
  return n;
}

void line_column_at(const std::string& text, std::size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The iterative scan behind scan_json: one pass, an explicit stack, every step moves forward,
// so any text (valid or not) ends in time proportional to its length.
class Scanner {
 public:
  Scanner(const std::string& text, const std::unordered_set<std::string>& wanted) : text_(text), wanted_(wanted) {
    for (const auto& w : wanted) max_wanted_depth_ = std::max(max_wanted_depth_, depth_of(w));
  }

  JsonScan run() {
    Next next = Next::Value;
    while (next != Next::Stop) next = next == Next::Value ? value() : after_value();
    return std::move(out_);
  }

 private:
  // What the text holds next: a value, the end of one (a comma or a closing bracket), or nothing
  // more to scan (the end of the document, or text that is not JSON).
  enum class Next { Value, AfterValue, Stop };

  struct Frame {
    bool object = false;
    std::size_t index = 0, path_length = 0;
  };
  struct Key {
    std::size_t hash, offset;
    std::string_view text;
  };

  static std::size_t depth_of(const std::string& pointer) {
    return static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/'));
  }

  // At the start of a value: notes it, then enters a container or steps over a scalar.
  Next value() {
    skip_ws();
    if (pos_ >= text_.size()) return Next::Stop;
    if (stack_.size() <= max_wanted_depth_ && wanted_.count(path_)) out_.offsets.emplace(path_, pos_);
    const char c = text_[pos_];
    if (c == '{' || c == '[') {
      stack_.push_back({c == '{', 0, path_.size()});
      if (c == '{') keys_.emplace_back();  // arrays, however deep, cost no key table
      ++pos_;
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == (c == '{' ? '}' : ']')) {
        ++pos_;
        close();
        return Next::AfterValue;
      }
      return c == '{' ? member() : element();
    }
    if (c == '"') {
      std::string ignored;
      return read_string(ignored) ? Next::AfterValue : Next::Stop;
    }
    const std::size_t begin = pos_;
    while (pos_ < text_.size() && !std::strchr(",}] \t\r\n", text_[pos_])) ++pos_;
    if (pos_ == begin) return Next::Stop;
    // Only an exponent or over 300 digits can take a number past a double's range.
    const std::string_view token = std::string_view(text_).substr(begin, pos_ - begin);
    const bool could_overflow = token.size() > 300 || token.find_first_of("eE") != std::string_view::npos;
    if ((c == '-' || std::isdigit(static_cast<unsigned char>(c))) && could_overflow &&
        out_.huge_number == std::string::npos) {
      const std::string number(token);
      if (!std::isfinite(std::strtod(number.c_str(), nullptr))) out_.huge_number = begin;
    }
    return Next::AfterValue;
  }

  // Reads `"key":` in the innermost object and points the path at its value.
  Next member() {
    skip_ws();
    const std::size_t at = pos_;
    std::string_view key;
    if (!read_key(key)) return Next::Stop;
    Frame& f = stack_.back();
    path_.resize(f.path_length);
    append_pointer_token(path_, key);
    keys_.back().push_back({std::hash<std::string_view>{}(key), at, key});
    skip_ws();
    if (pos_ >= text_.size() || text_[pos_] != ':') return Next::Stop;
    ++pos_;
    return Next::Value;
  }

  Next element() {
    Frame& f = stack_.back();
    path_.resize(f.path_length);
    path_ += '/';
    path_ += std::to_string(f.index);
    return Next::Value;
  }

  void close() {
    path_.resize(stack_.back().path_length);
    if (stack_.back().object) {
      find_repeats(keys_.back());
      keys_.pop_back();
    }
    stack_.pop_back();
  }

  // Sorting the object's keys by hash puts repeats side by side, comparing numbers rather than
  // text (a hash table of every key costs far more on an object of 400,000 keys).
  void find_repeats(std::vector<Key>& keys) {
    std::sort(keys.begin(), keys.end(),
              [](const Key& a, const Key& b) { return a.hash != b.hash ? a.hash < b.hash : a.offset < b.offset; });
    for (std::size_t i = 0; i < keys.size(); ++i) {
      for (std::size_t j = i + 1; j < keys.size() && keys[j].hash == keys[i].hash; ++j) {
        if (keys[j].text != keys[i].text) continue;
        std::string pointer = path_;
        append_pointer_token(pointer, keys[j].text);
        out_.duplicates.push_back({pointer, keys[i].offset, keys[j].offset});
        break;  // the next repeat is reported against this one
      }
    }
  }

  // A key at pos_: a view of the text when it has no escapes, else of its decoded copy.
  bool read_key(std::string_view& key) {
    const std::size_t begin = pos_ + 1;
    const std::size_t end = text_.find_first_of("\"\\", begin);
    if (pos_ < text_.size() && text_[pos_] == '"' && end != std::string::npos && text_[end] == '"') {
      key = std::string_view(text_).substr(begin, end - begin);
      pos_ = end + 1;
      return true;
    }
    decoded_keys_.emplace_back();
    if (!read_string(decoded_keys_.back())) return false;
    key = decoded_keys_.back();
    return true;
  }

  // After a value: closes the containers that end here, then moves to the next member or element.
  Next after_value() {
    while (!stack_.empty()) {
      skip_ws();
      if (pos_ >= text_.size()) return Next::Stop;
      Frame& f = stack_.back();
      const char c = text_[pos_++];
      if (c == ',') {
        if (f.object) return member();
        ++f.index;
        return element();
      }
      if (c != (f.object ? '}' : ']')) return Next::Stop;
      close();
    }
    return Next::Stop;
  }

  void skip_ws() {
    while (pos_ < text_.size() && text_[pos_] != '\0' && std::strchr(" \t\r\n", text_[pos_])) ++pos_;
  }

  // A JSON string at pos_, decoded (escapes included, so "a" and "\u0061" are the same key).
  bool read_string(std::string& out) {
    if (pos_ >= text_.size() || text_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < text_.size()) {
      // Plain characters up to the next quote or backslash, in one append.
      const std::size_t plain_end = std::min(text_.find_first_of("\"\\", pos_), text_.size());
      out.append(text_, pos_, plain_end - pos_);
      pos_ = plain_end;
      if (pos_ >= text_.size()) return false;
      const char c = text_[pos_++];
      if (c == '"') return true;
      if (pos_ >= text_.size()) return false;
      const char e = text_[pos_++];
      switch (e) {
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          std::uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && text_.compare(pos_, 2, "\\u") == 0) {
            pos_ += 2;
            const std::uint32_t low = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default:
          out += e;
      }
    }
    return false;
  }

  std::uint32_t hex4() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4 && pos_ < text_.size(); ++i, ++pos_) {
      const char h = text_[pos_];
      v = v * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0'
                                              : (h >= 'a' && h <= 'f')                    ? h - 'a' + 10
                                              : (h >= 'A' && h <= 'F')                    ? h - 'A' + 10
                                                                                          : 0);
    }
    return v;
  }

  const std::string& text_;
  const std::unordered_set<std::string>& wanted_;
  std::size_t max_wanted_depth_ = 0;
  std::size_t pos_ = 0;
  std::string path_;
  std::vector<Frame> stack_;
  std::vector<std::vector<Key>> keys_;    // per open object, in document order
  std::deque<std::string> decoded_keys_;  // keys written with escapes, decoded (stable addresses)
  JsonScan out_;
};

}  // namespace

void append_pointer_token(std::string& path, std::string_view key) {
  path += '/';
  if (key.find_first_of("~/") == std::string_view::npos) {
    path += key;
    return;
  }
  for (char c : key) {
    if (c == '~')
      path += "~0";
    else if (c == '/')
      path += "~1";
    else
      path += c;
  }
}

JsonScan scan_json(const std::string& text, const std::unordered_set<std::string>& wanted) {
  return Scanner(text, wanted).run();
}

std::size_t first_too_deep(const std::string& text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string::npos;
}

LineIndex::LineIndex(const std::string& text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

void LineIndex::at(std::size_t offset, int& line, int& column) const {
  const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t index = static_cast<std::size_t>(next - starts_.begin()) - 1;
  line = static_cast<int>(index + 1);
  column = static_cast<int>(offset - starts_[index] + 1);
}

void locate_pointer(const std::string& text, const std::string& pointer, int& line, int& column) {
  line = 0;
  column = 0;
  const JsonScan scan = scan_json(text, {pointer});
  const auto found = scan.offsets.find(pointer);
  if (found != scan.offsets.end()) LineIndex(text).at(found->second, line, column);
}

void check_keys_and_locate(const std::string& text, const std::string& origin, Problems& problems) {
  // Every problem's pointer and the pointers enclosing it, so a problem about a missing field
  // gets the line of the object that lacks it.
  // The empty pointer is the whole document, so every problem gets at least its first line.
  std::unordered_set<std::string> wanted{""};
  for (const Problem& p : problems.items) {
    std::string pointer = p.pointer;
    while (!pointer.empty() && wanted.insert(pointer).second) pointer.resize(pointer.rfind('/'));
  }
  const JsonScan scan = scan_json(text, wanted);
  const LineIndex lines(text);
  for (Problem& p : problems.items) {
    std::string pointer = p.pointer;
    while (p.line == 0) {
      if (const auto found = scan.offsets.find(pointer); found != scan.offsets.end())
        lines.at(found->second, p.line, p.column);
      if (pointer.empty()) break;
      pointer.resize(pointer.rfind('/'));  // every pointer starts with '/', so this ends empty
    }
  }
  for (const auto& d : scan.duplicates) {
    int first_line = 0, first_column = 0;
    lines.at(d.first, first_line, first_column);
    Problem p{Severity::Error,
              origin,
              d.pointer,
              0,
              0,
              "this key is given twice in one object (first at line " + std::to_string(first_line) + ", column " +
                  std::to_string(first_column) + "); give it once"};
    lines.at(d.second, p.line, p.column);
    problems.add(std::move(p));
  }
}

}  // namespace core
