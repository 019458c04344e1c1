#include <doctest/doctest.h>

#include "core/rich_text.hpp"
#include "core/text_search.hpp"
#include "test_content.hpp"

using namespace core;

namespace {
std::string plain(const std::string& md) {
  return parse_rich_text(md).plain();
}

SearchIndex shipped_index(const Content& c) {
  SearchIndex index;
  index.build(c, plain);
  return index;
}
}  // namespace

TEST_CASE("finds courses, sections and students by words, best first") {
  const Content c = shipped_content();
  const SearchIndex index = shipped_index(c);
  auto results = index.search("deep learning");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].entry->id == "aipi-540");
  CHECK(results[0].entry->kind == SearchKind::Course);

  results = index.search("grubhub");
  REQUIRE(results.size() == 1);
  CHECK(results[0].entry->kind == SearchKind::Student);
  CHECK(results[0].entry->id == "shyamal-anadkat");
  REQUIRE_FALSE(results[0].snippet_highlights.empty());
  const auto [b, e] = results[0].snippet_highlights[0];
  CHECK(fold_case(results[0].snippet.substr(b, e - b)) == "grubhub");

  results = index.search("Barr-Spach");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].entry->id == "park-morris");

  results = index.search("MLOPS");
  REQUIRE_FALSE(results.empty());
  bool found_course = false;
  for (const auto& r : results) found_course = found_course || r.entry->id == "aipi-561";
  CHECK(found_course);
}

TEST_CASE("every word must match, as a word prefix") {
  const Content c = shipped_content();
  const SearchIndex index = shipped_index(c);
  CHECK(index.search("deep zebra").empty());
  CHECK_FALSE(index.search("deep learn").empty());
  CHECK(index.search("earning").empty());  // inside "learning", but not the start of a word
}

TEST_CASE("title highlights point at the matched words") {
  const Content c = shipped_content();
  const SearchIndex index = shipped_index(c);
  const auto results = index.search("capstone");
  REQUIRE_FALSE(results.empty());
  const SearchResult& r = results[0];
  REQUIRE_FALSE(r.title_highlights.empty());
  const auto [b, e] = r.title_highlights[0];
  CHECK(fold_case(r.entry->title.substr(b, e - b)) == "capstone");
}

TEST_CASE("blank, punctuation-only and hostile queries are safe") {
  const Content c = shipped_content();
  const SearchIndex index = shipped_index(c);
  CHECK(index.search("").empty());
  CHECK(index.search("   ,.;").empty());
  (void)index.search(std::string(100000, 'a'));
  (void)index.search("\xC3\x28\xFF\xFE");
  CHECK(query_words("Deep-Learning 540!").size() == 3);
}
