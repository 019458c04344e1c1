// Typed, checked reading of a parsed JSON document: every missing field, wrong type or
// out-of-range value becomes a Problem naming its JSON pointer, and reading carries on so that
// all problems are reported at once. Used for the content file and the settings file.
#pragma once
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/enum_names.hpp"
#include "core/json_problems.hpp"
#include "core/money.hpp"

namespace core {

class JsonReader {
 public:
  JsonReader(const nlohmann::json& value, std::string pointer, Problems& problems, const std::string& origin)
      : value_(value), pointer_(std::move(pointer)), problems_(problems), origin_(origin) {}

  const nlohmann::json& value() const { return value_; }
  const std::string& pointer() const { return pointer_; }
  std::string pointer_to(const std::string& key) const;

  bool is_object() const { return value_.is_object(); }
  bool has(const std::string& key) const { return value_.is_object() && value_.contains(key); }

  // Reports an error unless this value is an object; warns about keys not in `known`.
  bool expect_object(std::initializer_list<const char*> known);
  // Reports an error unless this value is an array; returns its size (0 otherwise).
  std::size_t expect_array();

  JsonReader child(const std::string& key) const;  // object member (null if absent)
  JsonReader at(std::size_t index) const;          // array element

  std::string required_string(const std::string& key, std::size_t max_length = 4000);
  // An id as the schema allows it: a-z, 0-9, '-' and '_', not starting with '-' or '_'.
  std::string required_id(const std::string& key, std::size_t max_length = 64);
  std::string optional_string(const std::string& key, std::size_t max_length = 4000);
  int required_int(const std::string& key, int min, int max);
  std::optional<int> optional_int(const std::string& key, int min, int max);
  bool optional_bool(const std::string& key, bool fallback);
  // Whole dollars or dollars with cents (at most 2 decimals), within [0, max_dollars].
  Cents required_money(const std::string& key, std::int64_t max_dollars);
  std::optional<Cents> optional_money(const std::string& key, std::int64_t max_dollars);
  // A string that must be one of `allowed`.
  std::string required_enum(const std::string& key, std::initializer_list<const char*> allowed);
  // The enum value named by the string at `key`, from its name table; `fallback` (with an
  // error) when the string names none.
  template <typename E, std::size_t N>
  E required_enum(const std::string& key, const EnumName<E> (&table)[N], E fallback) {
    const std::string s = required_string(key, 64);
    if (s.empty()) return fallback;
    if (const auto value = enum_from_id(table, s)) return *value;
    std::string allowed;
    for (const EnumName<E>& entry : table) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(entry.id) + "\"";
    error_at(key, "\"" + s + "\" is not one of " + allowed);
    return fallback;
  }

  // This value itself (for arrays of strings and maps of amounts).
  std::string as_string(std::size_t max_length = 4000) const;
  Cents as_money(std::int64_t max_dollars) const;

  void error(const std::string& message) const { problems_.error(origin_, pointer_, message); }
  void error_at(const std::string& key, const std::string& message) const {
    problems_.error(origin_, pointer_to(key), message);
  }
  void warning_at(const std::string& key, const std::string& message) const {
    problems_.warning(origin_, pointer_to(key), message);
  }

 private:
  static const nlohmann::json& null_value();
  const nlohmann::json& value_;
  std::string pointer_;
  Problems& problems_;
  const std::string& origin_;
};

// "a string", "a number", ...: the JSON type of a value, for messages.
const char* json_type_name(const nlohmann::json& value);

// Checks that `text` is valid UTF-8; returns the byte offset of the first bad byte or npos.
std::size_t first_invalid_utf8(const std::string& text);

}  // namespace core
