// The shipped content validates, and broken content yields precise, located messages.
#include "core/content.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <nlohmann/json.hpp>

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
