// Problems found in a JSON document (content, settings), each with where it is: a line and
// column for syntax errors, a JSON pointer such as /courses/3/credits for everything else.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace core {

enum class Severity { Error, Warning };

struct Problem {
  Severity severity = Severity::Error;
  std::string origin;        // file name or "embedded content"
  std::string pointer;       // JSON pointer; empty for syntax errors
  int line = 0, column = 0;  // 1-based; 0 when not known
  std::string message;
  std::string to_string() const;  // "content.json:/courses/3/credits: error: ..."
};

// The problems found, the first kMaxListed errors and warnings in full: a hostile file can hold millions,
// and listing (and locating) more than a person reads would only cost time. The rest are counted.
struct Problems {
  static constexpr std::size_t kMaxListed = 1000;
  std::vector<Problem> items;
  std::size_t unlisted_errors = 0, unlisted_warnings = 0;
  void add(Problem problem);
  // Whether a problem of this severity would only be counted now (so need not be worded).
  bool full(Severity severity) const {
    return (severity == Severity::Error ? listed_errors_ : listed_warnings_) >= kMaxListed;
  }
  void error(const std::string& origin, const std::string& pointer, const std::string& message);
  void warning(const std::string& origin, const std::string& pointer, const std::string& message);
  bool has_errors() const;
  std::size_t error_count() const;  // listed and unlisted
  std::size_t warning_count() const;

 private:
  std::size_t listed_errors_ = 0, listed_warnings_ = 0;
};

// Line and column (1-based) of byte `offset` in `text`, counting columns in bytes.
void line_column_at(const std::string& text, std::size_t offset, int& line, int& column);

// Appends "/" and `key` as a JSON pointer token ('~' -> "~0", '/' -> "~1").
void append_pointer_token(std::string& path, std::string_view key);

// Line and column for many offsets of one text: the line starts are found once.
class LineIndex {
 public:
  explicit LineIndex(const std::string& text);
  void at(std::size_t offset, int& line, int& column) const;

 private:
  std::vector<std::size_t> starts_;
};

// One linear pass over JSON text: where the values at the `wanted` pointers begin, every key
// given twice in one object (nlohmann keeps the last silently), and the first number too large
// for a double. Works on any text and never recurses, whatever the nesting.
struct JsonScan {
  struct Duplicate {
    std::string pointer;        // of the second occurrence
    std::size_t first, second;  // byte offsets of the two keys
  };
  std::unordered_map<std::string, std::size_t> offsets;
  std::vector<Duplicate> duplicates;
  std::size_t huge_number = std::string::npos;
};
JsonScan scan_json(const std::string& text, const std::unordered_set<std::string>& wanted);

// The offset of the first bracket that opens more than `max_depth` nested arrays or objects, or
// npos. Checked before parsing: no real file nests deeply, and a parser's work grows with depth.
std::size_t first_too_deep(const std::string& text, std::size_t max_depth);

// Where a JSON pointer's value starts in `text`, as line and column; 0/0 if not found.
void locate_pointer(const std::string& text, const std::string& pointer, int& line, int& column);

// After a parsed document has been read: reports every repeated key as an error with both
// places, and gives each problem the line of its value (or of the nearest enclosing value).
// One scan however many problems there are.
void check_keys_and_locate(const std::string& text, const std::string& origin, Problems& problems);

}  // namespace core
