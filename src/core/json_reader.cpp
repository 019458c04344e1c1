// Checked JSON reading; see json_reader.hpp.
#include "core/json_reader.hpp"

#include <cmath>

namespace core {

namespace {
std::string quote_list(std::initializer_list<const char*> allowed) {
  std::string out;
  for (const char* a : allowed) {
    if (!out.empty()) out += ", ";
    out += '"';
    out += a;
    out += '"';
  }
  return out;
}
}  // namespace

const char* json_type_name(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::number_float:
      return "a decimal number";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "a whole number";
    default:
      return "an unsupported value";
  }
}

const nlohmann::json& JsonReader::null_value() {
  static const nlohmann::json null_json;  // immutable sentinel, not app state
  return null_json;
}

std::string JsonReader::pointer_to(const std::string& key) const {
  std::string pointer = pointer_;
  append_pointer_token(pointer, key);
  return pointer;
}

bool JsonReader::expect_object(std::initializer_list<const char*> known) {
  if (!value_.is_object()) {
    error(std::string("expected an object, found ") + json_type_name(value_));
    return false;
  }
  for (auto it = value_.begin(); it != value_.end(); ++it) {
    bool is_known = false;
    for (const char* k : known) is_known = is_known || it.key() == k;
    if (is_known || it.key() == "$schema") continue;
    if (problems_.full(Severity::Warning))
      ++problems_.unlisted_warnings;  // a flood of unknown keys: counted, not worded
    else
      warning_at(it.key(), "unknown field \"" + it.key() + "\" is ignored");
  }
  return true;
}

std::size_t JsonReader::expect_array() {
  if (!value_.is_array()) {
    error(std::string("expected an array, found ") + json_type_name(value_));
    return 0;
  }
  return value_.size();
}

JsonReader JsonReader::child(const std::string& key) const {
  if (has(key)) return JsonReader(value_.at(key), pointer_to(key), problems_, origin_);
  return JsonReader(null_value(), pointer_to(key), problems_, origin_);
}

JsonReader JsonReader::at(std::size_t index) const {
  if (value_.is_array() && index < value_.size())
    return JsonReader(value_.at(index), pointer_ + "/" + std::to_string(index), problems_, origin_);
  return JsonReader(null_value(), pointer_ + "/" + std::to_string(index), problems_, origin_);
}

std::string JsonReader::as_string(std::size_t max_length) const {
  if (!value_.is_string()) {
    error(std::string("expected a string, found ") + json_type_name(value_));
    return {};
  }
  const auto& s = value_.get_ref<const std::string&>();
  if (s.size() > max_length) {
    error("text is " + std::to_string(s.size()) + " bytes long; the limit is " + std::to_string(max_length));
    return s.substr(0, max_length);
  }
  return s;
}

std::string JsonReader::required_string(const std::string& key, std::size_t max_length) {
  if (!has(key)) {
    error_at(key, "required field \"" + key + "\" is missing");
    return {};
  }
  std::string s = child(key).as_string(max_length);
  if (s.empty() && value_.at(key).is_string()) error_at(key, "\"" + key + "\" must not be empty");
  return s;
}

std::string JsonReader::required_id(const std::string& key, std::size_t max_length) {
  std::string id = required_string(key, max_length);
  auto allowed = [](char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && (c == '-' || c == '_'));
  };
  for (std::size_t i = 0; i < id.size(); ++i)
    if (!allowed(id[i], i == 0)) {
      error_at(key, "an id may hold only a-z, 0-9, '-' and '_', and must not start with '-' or '_'");
      return {};
    }
  return id;
}

std::string JsonReader::optional_string(const std::string& key, std::size_t max_length) {
  if (!has(key) || value_.at(key).is_null()) return {};
  return child(key).as_string(max_length);
}

std::optional<int> JsonReader::optional_int(const std::string& key, int min, int max) {
  if (!has(key) || value_.at(key).is_null()) return std::nullopt;
  const auto& v = value_.at(key);
  if (!v.is_number_integer()) {
    error_at(key, std::string("expected a whole number, found ") + json_type_name(v));
    return std::nullopt;
  }
  if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
    error_at(key, std::to_string(v.get<std::uint64_t>()) + " is out of range (" + std::to_string(min) + " to " +
                      std::to_string(max) + ")");
    return std::nullopt;
  }
  const auto n = v.get<std::int64_t>();
  if (n < min || n > max) {
    error_at(key, std::to_string(n) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    return std::nullopt;
  }
  return static_cast<int>(n);
}

int JsonReader::required_int(const std::string& key, int min, int max) {
  if (!has(key)) {
    error_at(key, "required field \"" + key + "\" is missing");
    return min;
  }
  return optional_int(key, min, max).value_or(min);
}

bool JsonReader::optional_bool(const std::string& key, bool fallback) {
  if (!has(key)) return fallback;
  const auto& v = value_.at(key);
  if (!v.is_boolean()) {
    error_at(key, std::string("expected true or false, found ") + json_type_name(v));
    return fallback;
  }
  return v.get<bool>();
}

Cents JsonReader::as_money(std::int64_t max_dollars) const {
  if (value_.is_number_unsigned() && value_.get<std::uint64_t>() > static_cast<std::uint64_t>(max_dollars)) {
    error(std::to_string(value_.get<std::uint64_t>()) + " is out of range (0 to " + std::to_string(max_dollars) +
          " dollars)");
    return 0;
  }
  if (value_.is_number_integer()) {
    const auto n = value_.get<std::int64_t>();
    if (n < 0 || n > max_dollars) {
      error(std::to_string(n) + " is out of range (0 to " + std::to_string(max_dollars) + " dollars)");
      return 0;
    }
    return dollars(n);
  }
  if (value_.is_number_float()) {
    const double d = value_.get<double>();
    const double cents = std::round(d * 100.0);
    if (!std::isfinite(d) || d < 0 || d > static_cast<double>(max_dollars)) {
      error("amount is out of range (0 to " + std::to_string(max_dollars) + " dollars)");
      return 0;
    }
    if (std::fabs(cents - d * 100.0) > 1e-6 || (cents == 0 && d != 0)) {
      error("amounts may have at most two decimals (cents)");
      return 0;
    }
    return static_cast<Cents>(cents);
  }
  error(std::string("expected an amount in dollars, found ") + json_type_name(value_));
  return 0;
}

Cents JsonReader::required_money(const std::string& key, std::int64_t max_dollars) {
  if (!has(key)) {
    error_at(key, "required field \"" + key + "\" is missing");
    return 0;
  }
  return child(key).as_money(max_dollars);
}

std::optional<Cents> JsonReader::optional_money(const std::string& key, std::int64_t max_dollars) {
  if (!has(key) || value_.at(key).is_null()) return std::nullopt;
  return child(key).as_money(max_dollars);
}

std::string JsonReader::required_enum(const std::string& key, std::initializer_list<const char*> allowed) {
  std::string s = required_string(key, 64);
  if (s.empty()) return s;
  for (const char* a : allowed)
    if (s == a) return s;
  error_at(key, "\"" + s + "\" is not one of " + quote_list(allowed));
  return {};
}

std::size_t first_invalid_utf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else
      return i;
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string::npos;
}

}  // namespace core
