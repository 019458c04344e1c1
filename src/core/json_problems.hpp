// Problems found in a JSON document (content, settings), each with where it is: a line and
// column for syntax errors, a JSON pointer such as /courses/3/credits for everything else.
#pragma once
#include <string>
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

struct Problems {
  std::vector<Problem> items;
  void error(const std::string& origin, const std::string& pointer, const std::string& message);
  void warning(const std::string& origin, const std::string& pointer, const std::string& message);
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
};

// Line and column (1-based) of byte `offset` in `text`, counting columns in bytes.
void line_column_at(const std::string& text, std::size_t offset, int& line, int& column);

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

// Where a JSON pointer's value starts in `text`, as line and column; 0/0 if not found.
void locate_pointer(const std::string& text, const std::string& pointer, int& line, int& column);

// After a parsed document has been read: reports every repeated key as an error with both
// places, and gives each problem the line of its value (or of the nearest enclosing value).
// One scan however many problems there are.
void check_keys_and_locate(const std::string& text, const std::string& origin, Problems& problems);

}  // namespace core
