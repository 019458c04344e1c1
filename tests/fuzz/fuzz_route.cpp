// Fuzzes links: route parsing, calculator scenario decoding and the students filter.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/content.hpp"
#include "core/route.hpp"
#include "core/scenario_codec.hpp"
#include "core/students.hpp"

namespace {
const core::Content& content() {
  static const core::Content c = [] {
    std::ifstream in(AIMENG_CONTENT_JSON);
    std::stringstream s;
    s << in.rdbuf();
    return core::load_content(s.str(), "content.json").content;
  }();
  return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const core::ParsedRoute parsed = core::parse_route(text);
  (void)core::format_route(parsed.route);
  const core::DecodedScenario d =
      core::decode_scenario(content(), parsed.route.query, core::default_scenario(content()));
  const core::Estimate e = core::estimate(content(), d.state.main);
  if (e.net < 0) __builtin_trap();  // a total must never go negative
  std::vector<std::string> notices;
  (void)core::filter_students(content(), core::decode_student_filter(parsed.route.query, notices));
  return 0;
}
