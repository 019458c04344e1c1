// Route parsing and formatting; see route.hpp.
#include "core/route.hpp"

#include <algorithm>

#include "core/printable.hpp"

namespace core {

const char* screen_path(Screen s) {
  return enum_id(kScreenPaths, s);
}

namespace {
bool is_safe_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percent_encode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '_' || c == '.' || c == '~' || c == ':';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

bool percent_decode(const std::string& text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      if (i + 2 >= text.size()) return false;
      const int hi = hex_value(text[i + 1]);
      const int lo = hex_value(text[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return true;
}

ParsedRoute parse_route(const std::string& text_in) {
  ParsedRoute result;
  std::string text = text_in;
  if (text.size() > kMaxRouteLength) {
    result.notices.push_back("the link is " + std::to_string(text.size()) + " characters long; only the first " +
                             std::to_string(kMaxRouteLength) + " are read");
    text.resize(kMaxRouteLength);
  }
  if (!text.empty() && text[0] == '#') text.erase(0, 1);
  const std::size_t q = text.find('?');
  std::string path = text.substr(0, q);
  const std::string query = q == std::string::npos ? "" : text.substr(q + 1);
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  if (path.empty() || path[0] != '/') path = "/" + path;

  const std::size_t second = path.find('/', 1);
  const std::string head = path.substr(0, second);
  const std::string rest = second == std::string::npos ? "" : path.substr(second + 1);
  if (const auto screen = enum_from_id(kScreenPaths, head)) {
    result.route.screen = *screen;
  } else if (head != "/") {
    result.notices.push_back("unknown page \"" + printable(head, 40) + "\"; showing the program");
  }
  if (!rest.empty()) {
    std::string decoded;
    if (result.route.screen != Screen::Calculator && percent_decode(rest, decoded) && is_safe_id(decoded))
      result.route.detail = decoded;
    else
      result.notices.push_back("ignored \"" + printable(rest, 40) + "\" after " + screen_path(result.route.screen));
  }

  result.route.query = parse_query(query, result.notices);
  return result;
}

namespace {

// A key the link gives more than once: its notice, rewritten as more copies turn up, so that a
// link repeating one key a thousand times says so once.
struct RepeatedKey {
  std::string key;
  std::size_t times = 1;
  std::size_t notice = 0;  // its place in the notices
};

std::string repeated_key_notice(const RepeatedKey& r, const std::string& kept_value) {
  const std::string times = r.times == 2 ? "twice" : std::to_string(r.times) + " times";
  return "\"" + printable(r.key, 40) + "\" is given " + times + "; using the first, \"" + printable(kept_value, 40) +
         "\"";
}

}  // namespace

QueryParams parse_query(const std::string& query, std::vector<std::string>& notices) {
  QueryParams params;
  std::vector<RepeatedKey> repeated;
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    if (params.size() >= kMaxQueryParams) {
      notices.push_back("too many settings in the link; the rest are ignored");
      break;
    }
    const std::size_t eq = pair.find('=');
    std::string key, value;
    if (!percent_decode(pair.substr(0, eq), key) ||
        !percent_decode(eq == std::string::npos ? "" : pair.substr(eq + 1), value)) {
      notices.push_back("ignored a malformed setting \"" + printable(pair, 40) + "\"");
      continue;
    }
    // A link that says one thing twice is ambiguous: the first wins, and the notice says so.
    const auto earlier = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == key; });
    if (earlier != params.end()) {
      auto r = std::find_if(repeated.begin(), repeated.end(), [&](const RepeatedKey& x) { return x.key == key; });
      if (r == repeated.end()) {
        r = repeated.insert(repeated.end(), {key, 1, notices.size()});
        notices.emplace_back();
      }
      ++r->times;
      notices[r->notice] = repeated_key_notice(*r, earlier->second);
      continue;
    }
    params.emplace_back(key, value);
  }
  return params;
}

std::string format_query(const QueryParams& query) {
  std::string out;
  for (const auto& [key, value] : query)
    out += (out.empty() ? "" : "&") + percent_encode(key) + "=" + percent_encode(value);
  return out;
}

std::string format_route(const Route& route) {
  std::string out = screen_path(route.screen);
  if (!route.detail.empty()) out += "/" + percent_encode(route.detail);
  if (!route.query.empty()) out += "?" + format_query(route.query);
  return out;
}

}  // namespace core
