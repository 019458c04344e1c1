// Problems found in a JSON document (content, settings), each with where it is: a line and
// column for syntax errors, a JSON pointer such as /courses/3/credits for everything else.
#pragma once
#include <string>
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

// Where a JSON pointer's value starts in `text`, as line and column; 0/0 if not found.
// Used to give every validation problem a line as well as a pointer.
void locate_pointer(const std::string& text, const std::string& pointer, int& line, int& column);

}  // namespace core
