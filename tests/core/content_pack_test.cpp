// The packed content the web build reads (core/content_pack.cpp).
#include "core/content_pack.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "test_content.hpp"

namespace {

const std::string& shipped_pack() {
  static const std::string pack = core::pack_content(shipped_content());
  return pack;
}

std::string first_error(const core::LoadResult& r) {
  for (const auto& p : r.problems.items)
    if (p.severity == core::Severity::Error) return p.to_string();
  return "";
}

}  // namespace

TEST_CASE("the shipped content reads back from its pack as it was packed") {
  const core::Content original = shipped_content();
  const core::LoadResult read = core::unpack_content(shipped_pack(), "content.pack");
  CHECK(read.ok());
  CHECK(read.problems.items.empty());
  // Packing writes every field (content_fields.hpp), so equal packs are equal contents.
  CHECK(core::pack_content(read.content) == shipped_pack());
  // And the values are the file's, not just consistent with themselves.
  const core::Content& c = read.content;
  CHECK(c.program.name == original.program.name);
  REQUIRE(c.students.size() == original.students.size());
  CHECK(c.students.back().names == original.students.back().names);
  REQUIRE(!c.cost_years.empty());
  CHECK(c.latest_cost_year()->on_campus.published_year_total ==
        original.latest_cost_year()->on_campus.published_year_total);
  CHECK(c.latest_cost_year()->on_campus.published_term_totals ==
        original.latest_cost_year()->on_campus.published_term_totals);
  CHECK(c.schedules.front().terms.size() == original.schedules.front().terms.size());
  CHECK(c.sections.back().kind == original.sections.back().kind);
  // Smaller than the JSON it comes from: the page downloads it instead.
  CHECK(shipped_pack().size() < shipped_content_text().size());
}

TEST_CASE("a pack cut short anywhere is refused with the byte where it stops") {
  const std::string& pack = shipped_pack();
  for (std::size_t cut = 0; cut < pack.size(); cut += 13) {
    const core::LoadResult r = core::unpack_content(pack.substr(0, cut), "content.pack");
    REQUIRE_MESSAGE(!r.ok(), "cut at " << cut);
    CHECK(first_error(r).find("byte ") != std::string::npos);
  }
  CHECK(first_error(core::unpack_content(pack.substr(0, 8), "content.pack")) ==
        "content.pack: error: byte 8: it ends in the middle of a value");
  CHECK(first_error(core::unpack_content(pack.substr(0, pack.size() - 1), "content.pack"))
            .find("a length runs past its end") != std::string::npos);
}

TEST_CASE("altered packs are refused, never read past their end") {
  const std::string& pack = shipped_pack();
  SUBCASE("not a pack") {
    CHECK(first_error(core::unpack_content("{\"program\": {}}", "content.pack")).find("not packed content") !=
          std::string::npos);
  }
  SUBCASE("another format") {
    std::string other = pack;
    other[7] = 2;  // the format number, after "AIMENGC"
    CHECK(first_error(core::unpack_content(other, "content.pack")).find("another format") != std::string::npos);
  }
  SUBCASE("a length far past the end (no allocation that large)") {
    std::string huge = pack.substr(0, 8);
    huge += "\xff\xff\xff\xff\xff\x7f";  // the program's name: 2^41 bytes long
    const core::LoadResult r = core::unpack_content(huge, "content.pack");
    CHECK(first_error(r) == "content.pack: error: byte 8: a length runs past its end");
  }
  SUBCASE("a number over 64 bits") {
    std::string endless = pack.substr(0, 8) + std::string(12, '\xff');
    CHECK(first_error(core::unpack_content(endless, "content.pack")).find("over 64 bits") != std::string::npos);
  }
  SUBCASE("bytes left over") {
    CHECK(first_error(core::unpack_content(pack + "x", "content.pack")).find("left over") != std::string::npos);
  }
  SUBCASE("every byte changed in turn: refused or read, never a crash") {
    int refused = 0;
    for (std::size_t i = 8; i < pack.size(); i += 5) {
      std::string altered = pack;
      altered[i] = static_cast<char>(altered[i] ^ 0xA5);
      if (!core::unpack_content(altered, "content.pack").ok()) ++refused;
    }
    CHECK(refused > 0);
  }
}

TEST_CASE("extreme and negative numbers, empty lists and absent optionals survive packing") {
  core::Content c;
  c.cost_years.emplace_back();
  c.cost_years[0].first_fall = -2024;
  c.cost_years[0].on_campus.per_course_tuition = std::numeric_limits<core::Cents>::min();
  c.cost_years[0].online.published_total = std::numeric_limits<core::Cents>::max();
  c.cost_years[0].certificate_total = 0;  // present, and zero
  c.cost_years[0].on_campus.published_term_totals = {{"fall", -1}, {"spring", 1}};
  c.students.emplace_back();
  c.students[0].format = core::StudyFormat::Online;
  const core::LoadResult r = core::unpack_content(core::pack_content(c), "content.pack");
  REQUIRE(r.ok());
  const core::CostYear& y = r.content.cost_years.at(0);
  CHECK(y.first_fall == -2024);
  CHECK(y.on_campus.per_course_tuition == std::numeric_limits<core::Cents>::min());
  CHECK(y.online.published_total == std::numeric_limits<core::Cents>::max());
  CHECK(y.certificate_total == core::Cents{0});
  CHECK_FALSE(y.certificate_per_course.has_value());
  CHECK(y.on_campus.published_term_totals == c.cost_years[0].on_campus.published_term_totals);
  CHECK(r.content.students.at(0).format == core::StudyFormat::Online);
  CHECK_FALSE(r.content.students.at(0).background.entry.has_value());
  CHECK(r.content.sections.empty());
}

TEST_CASE("a named value past its enum's last is refused") {
  core::Content c;
  c.sections.emplace_back();
  c.sections[0].kind = core::SectionKind::Prose;
  const std::string prose = core::pack_content(c);
  c.sections[0].kind = core::SectionKind::Sources;  // the last
  std::string altered = core::pack_content(c);
  REQUIRE(altered.size() == prose.size());
  std::size_t at = 0;
  while (at < altered.size() && altered[at] == prose[at]) ++at;
  REQUIRE(at < altered.size());
  CHECK(core::unpack_content(altered, "content.pack").ok());
  altered[at] = static_cast<char>(altered[at] + 1);  // one past Sources
  CHECK(first_error(core::unpack_content(altered, "content.pack")) ==
        "content.pack: error: byte " + std::to_string(at) + ": a named value is out of its range");
}
