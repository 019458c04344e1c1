// App routes: "/program", "/students", "/students/<id>", "/calculator?path=12m&...".
// The same text is the web hash (after '#') and the native --route value. Parsing never
// fails: whatever is wrong is reported as a notice and the rest is used.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"

namespace core {

enum class Screen { Program, Students, Calculator };
// Each screen's path in links.
inline constexpr EnumName<Screen> kScreenPaths[] = {
    {Screen::Program, "/program"}, {Screen::Students, "/students"}, {Screen::Calculator, "/calculator"}};
static_assert(lists_in_order(kScreenPaths));

using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct Route {
  Screen screen = Screen::Program;
  std::string detail;  // a student id on /students/<id>, a section id on /program/<id>
  QueryParams query;
  bool operator==(const Route& o) const { return screen == o.screen && detail == o.detail && query == o.query; }
};

struct ParsedRoute {
  Route route;
  std::vector<std::string> notices;
};

constexpr std::size_t kMaxRouteLength = 4096;
constexpr std::size_t kMaxQueryParams = 64;

ParsedRoute parse_route(const std::string& text_in);
std::string format_route(const Route& route);
// The part after '?': "key=value&..." (percent-encoded); problems are added to `notices`.
QueryParams parse_query(const std::string& query, std::vector<std::string>& notices);
std::string format_query(const QueryParams& query);
const char* screen_path(Screen s);  // "/program"

std::string percent_encode(const std::string& text);
// Decodes %XX and '+'; returns false (and leaves `out` partial) on a malformed escape.
bool percent_decode(const std::string& text, std::string& out);

}  // namespace core
