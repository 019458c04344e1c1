// Settings file reading and writing; see settings.hpp.
#include "core/settings.hpp"

#include <nlohmann/json.hpp>

#include "core/json_reader.hpp"
#include "core/theme_names.hpp"

namespace core {

bool Settings::operator==(const Settings& o) const {
  const bool same_window = window.has_value() == o.window.has_value() &&
                           (!window || (window->x == o.window->x && window->y == o.window->y &&
                                        window->width == o.window->width && window->height == o.window->height));
  return text_scale == o.text_scale && theme == o.theme && calculator == o.calculator && same_window;
}

SettingsRead read_settings(const std::string& text, const std::string& origin) {
  SettingsRead out;
  Problems problems;
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (text.size() > 64 * 1024 || doc.is_discarded() || !doc.is_object() ||
      first_invalid_utf8(text) != std::string::npos) {
    out.unreadable = true;
    out.problems.push_back(origin + ": not a settings file (expected a JSON object); using defaults");
    return out;
  }
  JsonReader root(doc, "", problems, origin);
  root.expect_object({"format_version", "text_scale", "theme", "calculator", "window"});
  const auto version = root.optional_int("format_version", 0, 1'000'000);
  if (!version || *version != kSettingsFormatVersion) {
    out.problems.push_back(origin + ": format_version " + (version ? std::to_string(*version) : "missing") +
                           " is not " + std::to_string(kSettingsFormatVersion) + "; using defaults");
    return out;
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
