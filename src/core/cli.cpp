// Command-line parsing; see cli.hpp.
#include "core/cli.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>

#include "core/printable.hpp"
#include "core/theme_names.hpp"

namespace core {

std::string cli_usage(const std::string& program) {
  return "Usage: " + program +
         " [options]\n"
         "Explore Duke's AI Master of Engineering: the program, its students, and what it costs.\n\n"
         "Options:\n"
         "  --help                 show this help and exit\n"
         "  --route ROUTE          open at ROUTE: /program, /students, /students/<id>,\n"
         "                         /calculator?path=16m1&start=2026&...\n"
         "  --size WxH             window size in pixels (default 1280x800)\n"
         "  --fullscreen           start full screen\n"
         "  --display N            open on display N (0 is the first)\n"
         "  --text-scale X         text and layout scale, 0.5 to 4 (default: from the display DPI)\n"
         "  --theme NAME           colours: light, dark or high-contrast (default: as last chosen)\n"
         "  --content PATH         use this content file instead of the built-in one\n"
         "  --check-content PATH   validate a content file, print its problems, exit 1 on errors\n"
         "  --calc ROUTE           print the calculator's term table for ROUTE as CSV and exit\n"
         "  --a11y-tree ROUTE      print what a screen reader gets for ROUTE (role, name, value,\n"
         "                         states; at --size) and exit\n"
         "  --screenshot FILE.png  render until the screen settles, save it as PNG and exit\n"
         "  --today YYYY-MM-DD     take this as today's date (deadlines, default first fall, checks)\n"
         "  --frame-log FILE       on exit, write frames drawn and milliseconds to the first frame\n"
         "  --kiosk                booth mode: full screen, larger text, no accidental exit (only\n"
         "                         Ctrl+Alt+Shift+Q quits), no file export, nothing saved; after a quiet\n"
         "                         spell an attract screen, and every input is cleared for the next visitor\n"
         "  --idle-timeout S       kiosk: seconds without input before that reset (5 to 3600, default 90)\n"
         "  --share-url URL        the web app's address (https://...): QR codes then link each screen\n"
         "                         there, so visitors carry on on their phones\n\n"
         "Exit status: 0 success, 1 failure (bad content, unwritable file), 2 bad command line.\n";
}

namespace {
bool parse_int(const std::string& s, int lo, int hi, int& out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v < lo || v > hi) return false;
  out = v;
  return true;
}
}  // namespace

std::string share_url_problem(const std::string& url) {
  if (url.size() > kMaxShareUrlLength)
    return "is " + std::to_string(url.size()) + " characters long; the limit is " + std::to_string(kMaxShareUrlLength) +
           ", so that the QR code stays easy to scan";
  for (const char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x21 || u > 0x7E) return "holds a space, a control character or non-ASCII text: percent-encode it";
    if (std::strchr("#\"<>\\^`{|}", c)) return std::string("holds '") + c + "', which an address may not hold here";
  }
  const std::size_t scheme_end = url.find("://");
  const std::string scheme = scheme_end == std::string::npos ? "" : url.substr(0, scheme_end);
  if (scheme != "https" && scheme != "http") return "does not start with https:// or http://";
  const std::size_t host_begin = scheme_end + 3;
  const std::size_t host_end = std::min(url.find_first_of("/?:", host_begin), url.size());
  const std::string host = url.substr(host_begin, host_end - host_begin);
  if (host.empty()) return "has no host name after " + scheme + "://";
  for (const char c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-')
      return "has a host name with '" + std::string(1, c) + "' in it";
  return "";
}

CliResult parse_cli(const std::vector<std::string>& args) {
  CliResult r;
  CliOptions& o = r.options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) {
        r.error = a + " needs a value";
        return false;
      }
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--fullscreen") {
      o.fullscreen = true;
    } else if (a == "--route") {
      if (!value(o.route)) return r;
    } else if (a == "--screenshot") {
      if (!value(o.screenshot_path)) return r;
      if (o.screenshot_path.size() < 5 || o.screenshot_path.substr(o.screenshot_path.size() - 4) != ".png") {
        r.error = "--screenshot: \"" + o.screenshot_path + "\" must end in .png";
        return r;
      }
    } else if (a == "--theme") {
      if (!value(o.theme)) return r;
      if (!enum_from_id(kThemeNames, o.theme)) {
        r.error = "--theme: \"" + o.theme.substr(0, 40) + "\" is not " + enum_ids_text(kThemeNames);
        return r;
      }
    } else if (a == "--today") {
      if (!value(v)) return r;
      o.today = parse_iso_date(v);
      if (!o.today) {
        r.error = "--today: \"" + v.substr(0, 40) + "\" is not a date written YYYY-MM-DD, e.g. 2026-12-02";
        return r;
      }
    } else if (a == "--kiosk") {
      o.kiosk = true;
    } else if (a == "--idle-timeout") {
      if (!value(v)) return r;
      int seconds = 0;
      if (!parse_int(v, 5, 3600, seconds)) {
        r.error = "--idle-timeout: \"" + v + "\" is not a number of seconds from 5 to 3600";
        return r;
      }
      o.idle_timeout = seconds;
    } else if (a == "--share-url") {
      if (!value(o.share_url)) return r;
      if (const std::string problem = share_url_problem(o.share_url); !problem.empty()) {
        r.error = "--share-url: \"" + printable(o.share_url, 60) + "\" " + problem;
        return r;
      }
    } else if (a == "--frame-log") {
      if (!value(o.frame_log_path)) return r;
    } else if (a == "--content") {
      if (!value(o.content_path)) return r;
    } else if (a == "--check-content") {
      if (!value(o.check_content_path)) return r;
    } else if (a == "--calc") {
      if (!value(v)) return r;
      o.calc_route = v;
    } else if (a == "--a11y-tree") {
      if (!value(v)) return r;
      o.a11y_route = v;
    } else if (a == "--size") {
      if (!value(v)) return r;
      const auto x = v.find('x');
      if (x == std::string::npos || !parse_int(v.substr(0, x), 200, 16384, o.width) ||
          !parse_int(v.substr(x + 1), 200, 16384, o.height)) {
        r.error = "--size: \"" + v + "\" is not WIDTHxHEIGHT with each between 200 and 16384, e.g. 1440x900";
        return r;
      }
      o.size_given = true;
    } else if (a == "--display") {
      if (!value(v)) return r;
      if (!parse_int(v, 0, 63, o.display)) {
        r.error = "--display: \"" + v + "\" is not a display number (0 to 63)";
        return r;
      }
    } else if (a == "--text-scale") {
      if (!value(v)) return r;
      char* end = nullptr;
      const double s = std::strtod(v.c_str(), &end);
      if (v.empty() || *end != '\0' || !(s >= 0.5 && s <= 4.0)) {
        r.error = "--text-scale: \"" + v + "\" is not a number from 0.5 to 4";
        return r;
      }
      o.text_scale = s;
    } else {
      r.error = "unknown option \"" + a + "\"";
      return r;
    }
  }
  return r;
}

}  // namespace core
