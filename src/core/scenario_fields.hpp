// Every calculator input, described once: its link key, where it lives in Scenario, how its
// value is written in a link and its allowed range. Encoding and decoding a link, clamping,
// comparing two scenarios and the notices about each field all follow from this table
// (scenario_fields.cpp). Adding an input means one entry here plus its widget.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/calculator.hpp"

namespace core {

enum class FieldFormat {
  Text,      // any text (path, figures): the field's check compares it with the content
  Flag,      // "0" or "1"
  Whole,     // an int member, written as a whole number (years, weeks)
  Fixed,     // an int64 member scaled by 10^decimals (cents, basis points, millionths)
  Choice,    // one of the options below: a word, or a word and an amount ("tuition:20")
  Currency,  // a three-letter code other than USD
};

using Notes = std::vector<std::string>;

// A view of a constant array (C++17 has no std::span).
template <typename T>
struct Span {
  const T* first = nullptr;
  std::size_t count = 0;
  constexpr const T* begin() const { return first; }
  constexpr const T* end() const { return first + count; }
  constexpr const T& front() const { return *first; }
};

// A choice's option: `word` alone ("family"), `word` then the amount ("fixed:10000"), or
// with an empty word a bare amount ("1800"). `amount` is null for a word alone.
struct FieldOption {
  const char* word;
  int mode;  // the value of the field's mode enum
  std::int64_t Scenario::*amount = nullptr;
  std::int64_t max = 0;    // the amount's allowed maximum (its minimum is 0)
  const char* range = "";  // said when the amount is clamped
};

struct ScenarioField {
  const char* key = "";  // in links, settings and notices
  FieldFormat format = FieldFormat::Text;
  std::string Scenario::*text = nullptr;    // Text, Currency
  bool Scenario::*flag = nullptr;           // Flag
  int Scenario::*whole = nullptr;           // Whole
  std::int64_t Scenario::*fixed = nullptr;  // Fixed
  int decimals = 0;                         // Fixed: digits after the point
  std::int64_t read_max = 0;                // Whole: the largest value a link may carry
  std::int64_t max = 0;                     // Whole, Fixed: the allowed maximum (minimum 0)
  const char* range = "";                   // said when the value is clamped
  const char* expected = "";                // said when a link's value cannot be read
  // Choice: the mode member, read and written as an int, and its options.
  int (*get_mode)(const Scenario&) = nullptr;
  void (*set_mode)(Scenario&, int) = nullptr;
  Span<FieldOption> options;
  // Checks against the content in place of the fixed range (path, figures, start year).
  void (*check)(const Content&, Scenario&, Notes&) = nullptr;
  // Written into links only when this says so (null: always).
  bool (*written_if)(const Scenario&) = nullptr;
};

// In the order links list them.
Span<ScenarioField> scenario_fields();

// Appends `s`'s fields to `query`, each key prefixed with `prefix` ("" or "b.").
void encode_fields(const Scenario& s, const std::string& prefix,
                   std::vector<std::pair<std::string, std::string>>& query);
// Applies one link value to `s`. Returns false for an unknown key; a bad value leaves `s` as it
// was and adds a notice naming `shown_key`.
bool decode_field(Scenario& s, const std::string& key, const std::string& value, const std::string& shown_key,
                  Notes& notices);
// Every field equal.
bool same_fields(const Scenario& a, const Scenario& b);
// Brings every field into its range; each change is reported as "key: what happened".
Notes clamp_fields(const Content& content, Scenario& s);

}  // namespace core
