#include "core/students.hpp"

#include <doctest/doctest.h>

#include "test_content.hpp"

using namespace core;

namespace {
std::vector<std::string> ids(const std::vector<const Student*>& list) {
  std::vector<std::string> out;
  for (const auto* s : list) out.push_back(s->id);
  return out;
}
}  // namespace

TEST_CASE("filters by year, award, background and name words; sorts by family name") {
  const Content c = shipped_content();
  StudentFilter f;
  CHECK(ids(filter_students(c, f)) == std::vector<std::string>{"shyamal-anadkat", "eduardo-martinez", "park-morris"});
  f.award = "Barr-Spach Scholarship";
  CHECK(ids(filter_students(c, f)) == std::vector<std::string>{"park-morris"});
  f = {};
  f.entry = StudentEntry::Industry;
  CHECK(ids(filter_students(c, f)) == std::vector<std::string>{"shyamal-anadkat"});
  f = {};
  f.query = "mir";
  CHECK(ids(filter_students(c, f)) == std::vector<std::string>{"park-morris"});
  f.query = "MARTINEZ eduardo";
  CHECK(ids(filter_students(c, f)) == std::vector<std::string>{"eduardo-martinez"});
  f = {};
  f.class_year = 2030;
  CHECK(filter_students(c, f).empty());
}

TEST_CASE("facets list only what the profiles have") {
  const StudentFacets facets = student_facets(shipped_content());
  CHECK(facets.class_years == std::vector<int>{2022});
  CHECK(facets.awards == std::vector<std::string>{"Barr-Spach Scholarship"});
  CHECK(facets.entries == std::vector<StudentEntry>{StudentEntry::Industry});
  CHECK(facets.formats.empty());
}

TEST_CASE("the filter survives the route, and bad values are named") {
  StudentFilter f;
  f.class_year = 2022;
  f.award = "Barr-Spach Scholarship";
  f.query = "park";
  f.sort = StudentSort::ClassYear;
  Route r;
  r.screen = Screen::Students;
  r.query = encode_student_filter(f);
  const ParsedRoute parsed = parse_route(format_route(r));
  std::vector<std::string> notices;
  CHECK(decode_student_filter(parsed.route.query, notices) == f);
  CHECK(notices.empty());
  decode_student_filter({{"year", "20x2"}, {"sort", "random"}, {"colour", "red"}}, notices);
  REQUIRE(notices.size() == 3);
  CHECK(notices[0].rfind("year:", 0) == 0);
  CHECK(notices[1].rfind("sort:", 0) == 0);
}

TEST_CASE("names, initials and avatar colours") {
  const Content c = shipped_content();
  CHECK(display_names(*c.student("park-morris")) == "Christine Park & Miranda Morris");
  CHECK(initials("Shyamal Anadkat") == "SA");
  CHECK(initials("eduardo martinez") == "EM");
  CHECK(initials("Émile Zola") == "ÉZ");
  CHECK(initials("") == "");
  CHECK(avatar_colour_index("Shyamal Anadkat", 6) == avatar_colour_index("Shyamal Anadkat", 6));
  CHECK(avatar_colour_index("x", 6) < 6);
  CHECK(one_line_background(*c.student("shyamal-anadkat")) == "Before: Senior software engineer at Grubhub, Chicago");
  CHECK(one_line_background(*c.student("eduardo-martinez")).empty());
}
