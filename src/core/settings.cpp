// Settings file reading and writing; see settings.hpp.
#include "core/settings.hpp"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/bounded_file.hpp"
#include "core/json_problems.hpp"
#include "core/json_reader.hpp"
#include "core/theme_names.hpp"

namespace core {

bool Settings::operator==(const Settings& o) const {
  return text_scale == o.text_scale && theme == o.theme && calculator == o.calculator && window == o.window;
}

WindowPlacement fit_to_displays(const WindowPlacement& saved, const std::vector<WindowPlacement>& displays) {
  if (displays.empty()) return saved;
  auto overlap = [&](const WindowPlacement& d) {
    const long long w = std::max(0, std::min(saved.x + saved.width, d.x + d.width) - std::max(saved.x, d.x));
    const long long h = std::max(0, std::min(saved.y + saved.height, d.y + d.height) - std::max(saved.y, d.y));
    return w * h;
  };
  const WindowPlacement* best = &displays.front();
  for (const auto& d : displays)
    if (overlap(d) > overlap(*best)) best = &d;
  WindowPlacement out = saved;
  out.width = std::min(saved.width, best->width);
  out.height = std::min(saved.height, best->height);
  out.x = std::clamp(saved.x, best->x, best->x + best->width - out.width);
  out.y = std::clamp(saved.y, best->y, best->y + best->height - out.height);
  return out;
}

namespace {

SettingsRead kept_aside(const std::string& tag, const std::string& problem) {
  SettingsRead out;
  out.keep_aside = tag;
  out.problems.push_back(problem);
  return out;
}

// Where nlohmann's parser stopped. Its SAX interface reports the error by a call, not an
// exception (the web build has none).
struct SyntaxErrorAt {
  std::size_t position = std::string::npos;  // characters read when it stopped
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(nlohmann::json::number_integer_t) { return true; }
  bool number_unsigned(nlohmann::json::number_unsigned_t) { return true; }
  bool number_float(nlohmann::json::number_float_t, const std::string&) { return true; }
  bool string(std::string&) { return true; }
  bool binary(nlohmann::json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(std::string&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t at, const std::string&, const nlohmann::detail::exception&) {
    position = at;
    return false;
  }
};

// `text` as a JSON object in `doc`, or what is wrong with it and where.
std::string parse_settings_object(const std::string& text, nlohmann::json& doc) {
  const auto at = [&text](std::size_t offset, const char* what) {
    int line = 0, column = 0;
    line_column_at(text, offset, line, column);
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + what;
  };
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string::npos) return at(bad, "not UTF-8");
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) return at(nul, "a NUL character");
  if (const std::size_t deep = first_too_deep(text, 16); deep != std::string::npos)
    return at(deep, "nested more than 16 deep");
  doc = nlohmann::json::parse(text, nullptr, false);  // no exceptions: a bad document is "discarded"
  if (doc.is_discarded()) {
    SyntaxErrorAt error;
    nlohmann::json::sax_parse(text, &error);
    return at(error.position > 0 && error.position != std::string::npos ? error.position - 1 : 0, "not valid JSON");
  }
  if (!doc.is_object()) return std::string("expected a JSON object, found ") + json_type_name(doc);
  return "";
}

}  // namespace

SettingsRead read_settings(const std::string& text, const std::string& origin) {
  if (text.size() > kMaxSettingsBytes)
    return kept_aside("too-large", origin + ": " + std::to_string(text.size()) +
                                       " bytes, more than a settings file's " + std::to_string(kMaxSettingsBytes) +
                                       "; using defaults");
  nlohmann::json doc;
  if (const std::string problem = parse_settings_object(text, doc); !problem.empty())
    return kept_aside("corrupt", origin + ": not a settings file (" + problem + "); using defaults");
  if (!scan_json(text, {}).duplicates.empty())
    return kept_aside("repeated-keys", origin + ": a setting is given twice; using defaults");

  SettingsRead out;
  Problems problems;
  JsonReader root(doc, "", problems, origin);
  root.expect_object({"format_version", "text_scale", "theme", "calculator", "window"});
  const auto& version = root.has("format_version") ? doc.at("format_version") : nlohmann::json();
  if (!version.is_number_integer())
    return kept_aside("no-version", origin + ": no whole-number format_version; using defaults");
  if (version != kSettingsFormatVersion) {
    const bool newer = version.is_number_unsigned() && version.get<std::uint64_t>() > kSettingsFormatVersion;
    return kept_aside(newer ? "newer-version" : "older-version",
                      origin + ": format_version " + version.dump() + " is not " +
                          std::to_string(kSettingsFormatVersion) + (newer ? " (written by a newer version)" : "") +
                          "; using defaults");
  }
  if (root.has("text_scale")) {
    const auto& v = doc.at("text_scale");
    if (v.is_number() && v.get<double>() >= 0.5 && v.get<double>() <= 4.0)
      out.settings.text_scale = v.get<double>();
    else
      root.error_at("text_scale", "expected a number from 0.5 to 4");
  }
  if (root.has("theme")) {
    out.settings.theme = enum_id(kThemeNames, root.required_enum("theme", kThemeNames, ThemeName::Light));
  }
  out.settings.calculator = root.optional_string("calculator", 4096);
  if (root.has("window")) {
    JsonReader w = root.child("window");
    if (w.expect_object({"x", "y", "width", "height"})) {
      WindowPlacement p;
      p.x = w.required_int("x", -100'000, 100'000);
      p.y = w.required_int("y", -100'000, 100'000);
      p.width = w.required_int("width", 200, 16'384);
      p.height = w.required_int("height", 200, 16'384);
      if (problems.error_count() == 0) out.settings.window = p;
    }
  }
  for (const auto& p : problems.items)
    if (p.severity == Severity::Error) out.problems.push_back(p.to_string());
  if (problems.has_errors()) out.keep_aside = "wrong-values";  // the next save would drop them
  return out;
}

std::string write_settings(const Settings& s) {
  nlohmann::json doc = {{"format_version", kSettingsFormatVersion}, {"theme", s.theme}};
  if (s.text_scale > 0) doc["text_scale"] = s.text_scale;
  if (!s.calculator.empty()) doc["calculator"] = s.calculator;
  if (s.window)
    doc["window"] = {{"x", s.window->x}, {"y", s.window->y}, {"width", s.window->width}, {"height", s.window->height}};
  return doc.dump(2) + "\n";
}

}  // namespace core
