// Text from a file, a link or a flag, made safe to quote in a message or print to a terminal:
// control characters (which can clear or recolour a terminal) and bytes that are not UTF-8
// become visible escapes, and long values are cut short at a character boundary.
#pragma once
#include <cstddef>
#include <string>

namespace core {

// "\x1b[2J" -> "\\x1B[2J"; invalid UTF-8 bytes -> "\\xFF"; longer than max_chars -> "…".
std::string printable(const std::string& text, std::size_t max_chars = 80);

// Every problem line of a file the app did not write, made printable (no length limit).
std::string printable_line(const std::string& text);

}  // namespace core
