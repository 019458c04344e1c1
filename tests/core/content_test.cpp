// The shipped content validates, and broken content yields precise, located messages.
#include "core/content.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <random>

#include "test_content.hpp"

using namespace core;
using nlohmann::json;

namespace {

LoadResult load(const std::string& text) {
  return load_content(text, "test.json");
}

LoadResult load_modified(const std::function<void(json&)>& change) {
  json doc = json::parse(shipped_content_text());
  change(doc);
  return load(doc.dump(2));
}

bool has_error(const LoadResult& r, const std::string& pointer, const std::string& words) {
  for (const auto& p : r.problems.items)
    if (p.severity == Severity::Error && p.pointer == pointer && p.message.find(words) != std::string::npos)
      return true;
  return false;
}

std::string all_problems(const LoadResult& r) {
  std::string out;
  for (const auto& p : r.problems.items) out += p.to_string() + "\n";
  return out;
}

}  // namespace

TEST_CASE("the shipped content.json loads with no errors and no warnings") {
  const LoadResult r = load_content(shipped_content_text(), "content.json");
  INFO(all_problems(r));
  CHECK(r.problems.items.empty());
  CHECK(r.content.courses.size() >= 20);
  CHECK(r.content.students.size() == 3);
  CHECK(r.content.cost_years.size() == 2);
  CHECK(r.content.latest_cost_year()->id == "2024-25");
}

TEST_CASE("syntax errors give a line and column") {
  const LoadResult r = load("{\n  \"format_version\": 1,\n  \"program\": {,}\n}");
  REQUIRE(r.problems.items.size() == 1);
  CHECK(r.problems.items[0].line == 3);
  CHECK(r.problems.items[0].column == 15);
  CHECK(r.problems.items[0].message.find("syntax error") != std::string::npos);
}

TEST_CASE("an empty file, a non-object and invalid UTF-8 are reported, not crashed on") {
  CHECK(has_error(load(""), "", "empty"));
  CHECK(has_error(load("[1,2,3]"), "", "expected an object"));
  const LoadResult bad = load("{\"a\": \"caf\xC3\x28\"}");
  REQUIRE(bad.problems.items.size() == 1);
  CHECK(bad.problems.items[0].message.find("UTF-8") != std::string::npos);
  CHECK(bad.problems.items[0].column == 11);
}

TEST_CASE("a huge file is refused with its size") {
  const std::string huge = "{\"x\": \"" + std::string(9u << 20, 'a') + "\"}";
  const LoadResult r = load(huge);
  CHECK(has_error(r, "", "limited to"));
}

TEST_CASE("wrong types and missing fields name their JSON pointer, all at once") {
  const LoadResult r = load_modified([](json& d) {
    d["courses"][3]["credits"] = "three";
    d["courses"][4].erase("title");
    d["schedules"][0]["months"] = 12.5;
    d["students"][1]["class_year"] = 1850;
  });
  INFO(all_problems(r));
  CHECK(has_error(r, "/courses/3/credits", "expected a whole number, found a string"));
  CHECK(has_error(r, "/courses/4/title", "required field \"title\" is missing"));
  CHECK(has_error(r, "/schedules/0/months", "expected a whole number"));
  CHECK(has_error(r, "/students/1/class_year", "out of range"));
  CHECK(r.problems.error_count() == 4);
  for (const auto& p : r.problems.items) CHECK(p.line > 0);  // every problem also has a line
}

TEST_CASE("absurd numbers are out of range") {
  const LoadResult r = load_modified([](json& d) {
    d["cost_years"][0]["on_campus"]["fall"]["tuition"] = 1e15;
    d["cost_years"][0]["on_campus"]["spring"]["room"] = -5;
    d["courses"][0]["credits"] = 999;
    d["cost_years"][0]["online"]["books_total"] = 12.345;
  });
  INFO(all_problems(r));
  CHECK(has_error(r, "/cost_years/0/on_campus/fall/tuition", "out of range"));
  CHECK(has_error(r, "/cost_years/0/on_campus/spring/room", "out of range"));
  CHECK(has_error(r, "/courses/0/credits", "out of range"));
  CHECK(has_error(r, "/cost_years/0/online/books_total", "two decimals"));
}

TEST_CASE("duplicate ids and dangling references") {
  const LoadResult r = load_modified([](json& d) {
    d["courses"][2]["id"] = d["courses"][1]["id"];
    d["schedules"][0]["terms"][1]["courses"][0] = "aipi-999";
    d["paths"][0]["schedule"] = "nope";
    d["cost_years"][0]["on_campus"]["fall"]["parking"] = 100;
    d["students"][0]["sources"][0] = "gossip";
    d["courses"][5]["group"] = "astrology";
  });
  INFO(all_problems(r));
  CHECK(has_error(r, "/courses/2/id", "duplicate id \"aipi-510\""));
  CHECK(has_error(r, "/schedules/0/terms/1/courses/0", "no course has the id \"aipi-999\""));
  CHECK(has_error(r, "/paths/0/schedule", "no schedule has the id \"nope\""));
  CHECK(has_error(r, "/cost_years/0/on_campus/fall/parking", "no cost item"));
  CHECK(has_error(r, "/students/0/sources/0", "no source"));
  CHECK(has_error(r, "/courses/5/group", "no course group"));
}

TEST_CASE("newer facts: where they are shown, their sources, and real dates") {
  const LoadResult r = load_modified([](json& d) {
    d["newer_facts"][0]["beside"] = "aid/lottery";
    d["newer_facts"][1]["beside"] = "footer";
    d["newer_facts"][2]["sources"][0] = "rumour";
    d["newer_facts"][3]["sources"] = json::array();
    d["newer_facts"][5]["id"] = d["newer_facts"][4]["id"];
    d["admissions"]["deadlines"][0]["decision"] = "2024-02-30";
    d["facts_checked"]["date"] = "yesterday";
  });
  INFO(all_problems(r));
  CHECK(has_error(r, "/newer_facts/0/beside", "no aid program has the id \"lottery\""));
  CHECK(has_error(r, "/newer_facts/1/beside", "neither \"admissions\" nor"));
  CHECK(has_error(r, "/newer_facts/2/sources/0", "no source has the id \"rumour\""));
  CHECK(has_error(r, "/newer_facts/3/sources", "at least one source"));
  CHECK(has_error(r, "/newer_facts/5/id", "duplicate id \"application-fee\""));
  CHECK(has_error(r, "/admissions/deadlines/0/decision", "\"2024-02-30\" is not a calendar date"));
  CHECK(has_error(r, "/facts_checked/date", "\"yesterday\" is not a calendar date"));
}

TEST_CASE("the shipped newer facts sit beside the admissions card and existing aid cards, each sourced") {
  const Content c = shipped_content();
  CHECK(c.newer_facts_beside("admissions").size() >= 5);
  const auto mission = c.newer_facts_beside("aid/diversity");
  REQUIRE_FALSE(mission.empty());
  CHECK(mission[0]->text.find("Duke Mission Scholarships") != std::string::npos);
  CHECK(mission[0]->older.find("2023-24") != std::string::npos);
  for (const auto& f : c.newer_facts) {
    INFO(f.id);
    CHECK_FALSE(f.sources.empty());
    for (const auto& s : f.sources) CHECK(c.source(s)->url.rfind("https://", 0) == 0);
  }
}

// Replaces the first `from` in the shipped text with `to`.
std::string shipped_with(const std::string& from, const std::string& to) {
  std::string text = shipped_content_text();
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

bool has_located_error(const LoadResult& r, const std::string& words) {
  for (const auto& p : r.problems.items)
    if (p.severity == Severity::Error && p.line > 0 && p.message.find(words) != std::string::npos) return true;
  return false;
}

TEST_CASE("numbers beyond a double's range are a located error, not a crash") {
  for (const std::string& number : std::vector<std::string>{"1e400", "-1e400", std::string(400, '9'), "1E+999"}) {
    INFO(number);
    // In a known field and in an unknown one: the parser throws before any field is read.
    for (const std::string field : {"\"format_version\": ", "\"colour\": "}) {
      const std::string text = shipped_with("\"format_version\": 1", field + number + ", \"format_version\": 1");
      const LoadResult r = load(text);
      CHECK_FALSE(r.ok());
      CHECK(has_located_error(r, "too large"));
    }
  }
}

TEST_CASE("a key given twice in one object is an error naming both places") {
  const LoadResult r = load(shipped_with("{\"tuition\": 32990,", "{\"tuition\": 32990, \"tuition\": 1,"));
  INFO(all_problems(r));
  CHECK(has_error(r, "/cost_years/0/on_campus/fall/tuition", "given twice in one object (first at line 141"));
  // The same key spelled with an escape is the same key.
  const LoadResult escaped = load(shipped_with("{\"tuition\": 32990,", "{\"tuition\": 32990, \"tuit\\u0069on\": 1,"));
  CHECK(has_error(escaped, "/cost_years/0/on_campus/fall/tuition", "given twice"));
}

TEST_CASE("the calendar needs each season once; ids keep to the schema's letters") {
  const LoadResult empty = load_modified([](json& d) { d["calendar"]["seasons"] = json::array(); });
  CHECK(has_error(empty, "/calendar/seasons", "no entry for \"fall\""));
  const LoadResult twice =
      load_modified([](json& d) { d["calendar"]["seasons"][1]["id"] = d["calendar"]["seasons"][0]["id"]; });
  INFO(all_problems(twice));
  CHECK(has_error(twice, "/calendar/seasons/1/id", "is listed twice"));
  const LoadResult slash = load_modified([](json& d) { d["courses"][0]["id"] = "a/b"; });
  CHECK(has_error(slash, "/courses/0/id", "an id may hold only"));
}

TEST_CASE("a NUL byte, a 64-bit maximum and a denormal amount are reported as what they are") {
  const LoadResult nul = load(shipped_with("\"format_version\": 1", std::string("\"format_version\": 1,\0 ", 22)));
  CHECK(has_located_error(nul, "NUL byte"));
  const LoadResult big = load_modified([](json& d) { d["courses"][0]["credits"] = 18446744073709551615ULL; });
  CHECK(has_error(big, "/courses/0/credits", "18446744073709551615 is out of range"));
  const LoadResult tiny = load_modified([](json& d) { d["admissions"]["application_fee"] = 4.9e-324; });
  CHECK(has_error(tiny, "/admissions/application_fee", "two decimals"));
}

TEST_CASE("any content file loads or fails with a located error, in time proportional to its size") {
  using clock = std::chrono::steady_clock;
  // Shapes that used to cost time per problem found, and nesting that costs stack.
  std::string many_keys = "{";
  for (int i = 0; i < 20'000; ++i) many_keys += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
  many_keys += "\"format_version\": 1}";
  const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
  json doc = json::parse(shipped_content_text());
  for (int i = 0; i < 2'000; ++i)
    doc["courses"].push_back(
        {{"id", "c" + std::to_string(i)}, {"code", "X"}, {"title", "T"}, {"credits", 3}, {"group", "nowhere"}});
  const std::string many_dangling = doc.dump(1);
  for (const std::string* text : std::vector<const std::string*>{&many_keys, &deep, &many_dangling}) {
    const auto start = clock::now();
    const LoadResult r = load(*text);
    const double seconds = std::chrono::duration<double>(clock::now() - start).count();
    CHECK_FALSE(r.ok());
    CHECK(has_located_error(r, ""));
    // Linear work is well under 0.1 s here; the bound leaves room for a busy or sanitized build.
    CHECK(seconds < 1.0 + 4.0 * static_cast<double>(text->size()) / 1e6);
  }
}

TEST_CASE("property: any mutation of the shipped file loads, or gives a located error, in bounded time") {
  // Random edits of the kinds that broke the loader before: bytes flipped, cut or inserted, and
  // tokens at the edges of what a parser holds, repeated keys and deep nesting spliced in.
  const std::string shipped = shipped_content_text();
  const std::vector<std::string> tokens = {"1e400",
                                           "-1e400",
                                           "18446744073709551615",
                                           "4.9e-324",
                                           "\"id\": \"a/b\", ",
                                           "\"tuition\": 1, ",
                                           std::string(1, '\0'),
                                           "\xff",
                                           "[[[[[[[[",
                                           "]]]]",
                                           "\"\\u0000\"",
                                           "{}",
                                           "null",
                                           ",",
                                           ":"};
  std::mt19937 rng(20261202);
  for (int round = 0; round < 150; ++round) {
    std::string text = shipped;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits; ++k) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0:
          text[at] = static_cast<char>(rng() % 256);
          break;
        case 1:
          text.erase(at, 1 + rng() % 64);
          break;
        case 2:
          text.insert(at, tokens[rng() % tokens.size()]);
          break;
        default:
          text.resize(std::max<std::size_t>(at, 1));
          break;
      }
      if (text.empty()) text = "{";
    }
    const auto start = std::chrono::steady_clock::now();
    const LoadResult r = load(text);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO("round " << round);
    CHECK((r.ok() || has_located_error(r, "")));
    CHECK(seconds < 1.0 + 4.0 * static_cast<double>(text.size()) / 1e6);
  }
}

TEST_CASE("a flood of problems lists the first thousand of each kind and counts the rest; deep nesting is refused") {
  std::string keys = "{\"format_version\": 1";
  for (int i = 0; i < 3'000; ++i) keys += ", \"k" + std::to_string(i) + "\": 1";
  const LoadResult r = load(keys + "}");
  CHECK(r.problems.warning_count() == 3'000);
  CHECK(r.problems.unlisted_warnings == 3'000 - Problems::kMaxListed);
  CHECK(r.problems.error_count() > 0);  // the missing sections: errors are never crowded out by warnings
  CHECK(r.problems.unlisted_errors == 0);
  const LoadResult deep = load("{\"a\": " + std::string(100, '[') + std::string(100, ']') + "}");
  REQUIRE(deep.problems.items.size() == 1);
  CHECK(deep.problems.items[0].message.find("nest more than 64 deep") != std::string::npos);
  CHECK(deep.problems.items[0].column == 70);  // the bracket that opens level 65
}

TEST_CASE("unknown fields are warnings; a valid file is not rejected for them") {
  const LoadResult r = load_modified([](json& d) { d["courses"][0]["colour"] = "blue"; });
  CHECK(r.ok());
  REQUIRE(r.problems.items.size() == 1);
  CHECK(r.problems.items[0].severity == Severity::Warning);
  CHECK(r.problems.items[0].pointer == "/courses/0/colour");
}

TEST_CASE("profiles: a name and a class are enough; bad ones are reported") {
  const LoadResult minimal = load_modified([](json& d) {
    d["students"] = json::array({{{"id", "a-b"}, {"names", {"A B"}}, {"class_year", 2030}}});
  });
  CHECK(minimal.ok());
  const LoadResult bad = load_modified([](json& d) {
    d["students"][0]["names"] = json::array();
    d["students"][1]["class_year"] = "2022";
    d["students"][2]["format"] = "hybrid";
  });
  CHECK(has_error(bad, "/students/0/names", "at least one name"));
  CHECK(has_error(bad, "/students/1/class_year", "expected a whole number"));
  CHECK(has_error(bad, "/students/2/format", "is not one of"));
}

TEST_CASE("locate_pointer finds nested values") {
  const std::string text = "{\n  \"a\": [\n    {\"b\": 1},\n    {\"b\": 2}\n  ]\n}";
  int line = 0, col = 0;
  locate_pointer(text, "/a/1/b", line, col);
  CHECK(line == 4);
  CHECK(col == 11);
  locate_pointer(text, "/a/7", line, col);
  CHECK(line == 0);
}

TEST_CASE("the JSON Schema describes every field the shipped content uses") {
  // Walks content.json alongside the schema: every object key must be a declared property.
  const nlohmann::json schema =
      nlohmann::json::parse(read_text_file(std::string(AIMENG_SOURCE_DIR) + "/assets/content.schema.json"));
  const nlohmann::json content = nlohmann::json::parse(shipped_content_text());
  std::vector<std::string> undeclared;
  std::function<void(const nlohmann::json&, const nlohmann::json&, const std::string&)> walk =
      [&](const nlohmann::json& value, const nlohmann::json& s, const std::string& where) {
        if (value.is_object() && s.contains("properties")) {
          for (auto it = value.begin(); it != value.end(); ++it) {
            if (!s["properties"].contains(it.key()))
              undeclared.push_back(where + "/" + it.key());
            else
              walk(it.value(), s["properties"][it.key()], where + "/" + it.key());
          }
        } else if (value.is_array() && s.contains("items")) {
          for (std::size_t i = 0; i < value.size(); ++i) walk(value[i], s["items"], where + "/" + std::to_string(i));
        }
      };
  walk(content, schema, "");
  CHECK(undeclared.empty());
  INFO(undeclared.size());
  CHECK(schema["required"].size() >= 10);
}

TEST_CASE("a JSON syntax error keeps its line") {
  const LoadResult cut = load_content("{\n  \"a\": ,\n}", "cut.json");
  REQUIRE_FALSE(cut.ok());
  CHECK(cut.problems.items.front().line == 2);
}
