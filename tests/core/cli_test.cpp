#include "core/cli.hpp"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("command line options") {
  const CliResult r =
      parse_cli({"--size", "390x844", "--route", "/calculator", "--screenshot", "x.png", "--text-scale", "2"});
  CHECK(r.error.empty());
  CHECK(r.options.width == 390);
  CHECK(r.options.height == 844);
  CHECK(r.options.route == "/calculator");
  CHECK(r.options.screenshot_path == "x.png");
  CHECK(r.options.text_scale == doctest::Approx(2.0));
  CHECK(parse_cli({"--help"}).options.help);
  CHECK(parse_cli({"--calc", "/calculator?path=12m"}).options.calc_route == std::string("/calculator?path=12m"));
}

TEST_CASE("bad command lines say what is wrong") {
  CHECK(parse_cli({"--frobnicate"}).error.find("unknown option \"--frobnicate\"") != std::string::npos);
  CHECK(parse_cli({"--size", "big"}).error.find("--size") == 0);
  CHECK(parse_cli({"--size", "10x10"}).error.find("--size") == 0);
  CHECK(parse_cli({"--size"}).error == "--size needs a value");
  CHECK(parse_cli({"--screenshot", "x.jpg"}).error.find(".png") != std::string::npos);
  CHECK(parse_cli({"--text-scale", "nan"}).error.find("--text-scale") == 0);
  CHECK(parse_cli({"--text-scale", "9"}).error.find("--text-scale") == 0);
  CHECK(parse_cli({"--display", "-1"}).error.find("--display") == 0);
}

TEST_CASE("--today takes a calendar date") {
  const CliResult r = parse_cli({"--today", "2026-12-02"});
  REQUIRE(r.error.empty());
  REQUIRE(r.options.today);
  CHECK(*r.options.today == Date{2026, 12, 2});
  CHECK_FALSE(parse_cli({}).options.today);
  for (const char* bad : {"2026-02-30", "2026-13-01", "26-12-02", "2026/12/02", "today", ""})
    CHECK(parse_cli({"--today", bad}).error.find("--today") != std::string::npos);
  CHECK_FALSE(parse_cli({"--today"}).error.empty());
}

TEST_CASE("kiosk options") {
  const CliResult r = parse_cli({"--kiosk", "--idle-timeout", "30", "--share-url", "https://example.org/explorer/"});
  CHECK(r.error.empty());
  CHECK(r.options.kiosk);
  CHECK(r.options.idle_timeout == 30);
  CHECK(r.options.share_url == "https://example.org/explorer/");
  CHECK(parse_cli({"--idle-timeout", "1"}).error.find("--idle-timeout") == 0);
  CHECK(parse_cli({"--share-url", "javascript:alert(1)"}).error.find("--share-url") == 0);
  CHECK(parse_cli({"--share-url", "https://a.b/#x"}).error.find("--share-url") == 0);
  CHECK(parse_cli({"--theme", "dark"}).options.theme == "dark");
  CHECK(parse_cli({"--theme", "neon"}).error.find("--theme") == 0);
}

TEST_CASE("--share-url: only what a QR code and a terminal can carry safely, with the reason") {
  CHECK(share_url_problem("https://example.org:8443/explorer/?kiosk=1").empty());
  CHECK(share_url_problem("http://127.0.0.1:8080/").empty());
  CHECK(share_url_problem("https://").find("no host name") != std::string::npos);
  CHECK(share_url_problem("https:///path").find("no host name") != std::string::npos);
  CHECK(share_url_problem("https://a.b/\nx").find("control character") != std::string::npos);
  CHECK(share_url_problem("https://a.b/\x1b[2J").find("control character") != std::string::npos);
  CHECK(share_url_problem("https://d\xC3\xBCsseldorf.de/").find("non-ASCII") != std::string::npos);
  CHECK(share_url_problem("https://a.b/#x").find("'#'") != std::string::npos);
  CHECK(share_url_problem("https://user@evil/").find("'@'") != std::string::npos);
  CHECK(share_url_problem("ftp://a.b/").find("https://") != std::string::npos);
  const std::string long_url = "https://a.b/" + std::string(600, 'x');
  CHECK(share_url_problem(long_url).find("612 characters long; the limit is 500") != std::string::npos);
  const CliResult r = parse_cli({"--share-url", "https://a.b/\x1b[2J"});
  CHECK(r.error.find("\\x1B[2J") != std::string::npos);  // quoted as an escape, not raw
}
