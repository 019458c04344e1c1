// Problem list, and mapping JSON pointers back to lines for messages.
#include "core/json_problems.hpp"

#include <cctype>
#include <vector>

namespace core {

std::string Problem::to_string() const {
  std::string out = origin;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  if (!pointer.empty()) out += ": " + pointer;
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  return out + message;
}

void Problems::error(const std::string& origin, const std::string& pointer, const std::string& message) {
  items.push_back({Severity::Error, origin, pointer, 0, 0, message});
}

void Problems::warning(const std::string& origin, const std::string& pointer, const std::string& message) {
  items.push_back({Severity::Warning, origin, pointer, 0, 0, message});
}

bool Problems::has_errors() const {
  return error_count() > 0;
}

std::size_t Problems::error_count() const {
  std::size_t n = 0;
  for (const auto& p : items) n += p.severity == Severity::Error;
  return n;
}

std::size_t Problems::warning_count() const {
  return items.size() - error_count();
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

// A small scanner over already-valid JSON that finds where the value at a pointer begins.
class PointerLocator {
 public:
  PointerLocator(const std::string& text, std::vector<std::string> tokens) : text_(text), tokens_(std::move(tokens)) {}

  std::size_t find() {
    skip_ws();
    return descend(0) ? found_ : std::string::npos;
  }

 private:
  bool descend(std::size_t depth) {
    skip_ws();
    if (depth == tokens_.size()) {
      found_ = pos_;
      return true;
    }
    if (pos_ >= text_.size()) return false;
    const char c = text_[pos_];
    if (c == '{') {
      ++pos_;
      while (true) {
        skip_ws();
        if (pos_ >= text_.size() || text_[pos_] == '}') return false;
        const std::string key = read_string();
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
        if (key == tokens_[depth]) return descend(depth + 1);
        if (!skip_to_next()) return false;
      }
    }
    if (c == '[') {
      ++pos_;
      std::size_t index = 0;
      std::size_t wanted = 0;
      for (char d : tokens_[depth]) {
        if (!std::isdigit(static_cast<unsigned char>(d))) return false;
        wanted = wanted * 10 + static_cast<std::size_t>(d - '0');
      }
      while (true) {
        skip_ws();
        if (pos_ >= text_.size() || text_[pos_] == ']') return false;
        if (index == wanted) return descend(depth + 1);
        if (!skip_to_next()) return false;
        ++index;
      }
    }
    return false;
  }

  // Skips the current member or element and its comma; false at the end of the container.
  bool skip_to_next() {
    skip_value();
    skip_ws();
    if (pos_ >= text_.size() || text_[pos_] != ',') return false;
    ++pos_;
    return true;
  }

  void skip_ws() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  std::string read_string() {
    std::string out;
    if (pos_ >= text_.size() || text_[pos_] != '"') return out;
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
        ++pos_;
        const char e = text_[pos_];
        out += e == 'n' ? '\n' : e == 't' ? '\t' : e;  // enough to compare plain keys
      } else {
        out += text_[pos_];
      }
      ++pos_;
    }
    ++pos_;
    return out;
  }

  void skip_value() {
    skip_ws();
    if (pos_ >= text_.size()) return;
    const char c = text_[pos_];
    if (c == '"') {
      read_string();
      return;
    }
    if (c == '{' || c == '[') {
      int nesting = 0;
      while (pos_ < text_.size()) {
        const char d = text_[pos_];
        if (d == '"') {
          read_string();
          continue;
        }
        if (d == '{' || d == '[') ++nesting;
        if (d == '}' || d == ']') {
          if (--nesting == 0) {
            ++pos_;
            return;
          }
        }
        ++pos_;
      }
      return;
    }
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']') ++pos_;
  }

  const std::string& text_;
  std::vector<std::string> tokens_;
  std::size_t pos_ = 0;
  std::size_t found_ = std::string::npos;
};

std::vector<std::string> split_pointer(const std::string& pointer) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < pointer.size() && pointer[i] == '/') {
    const std::size_t next = pointer.find('/', i + 1);
    std::string token = pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
    std::string unescaped;
    for (std::size_t k = 0; k < token.size(); ++k) {
      if (token[k] == '~' && k + 1 < token.size()) {
        unescaped += token[k + 1] == '1' ? '/' : '~';
        ++k;
      } else {
        unescaped += token[k];
      }
    }
    tokens.push_back(unescaped);
    if (next == std::string::npos) break;
    i = next;
  }
  return tokens;
}

}  // namespace

void locate_pointer(const std::string& text, const std::string& pointer, int& line, int& column) {
  line = 0;
  column = 0;
  PointerLocator locator(text, split_pointer(pointer));
  const std::size_t offset = locator.find();
  if (offset != std::string::npos) line_column_at(text, offset, line, column);
}

}  // namespace core
