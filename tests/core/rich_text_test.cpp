#include "core/rich_text.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_content.hpp"

using namespace core;

TEST_CASE("paragraphs, bullets, bold, italics and links") {
  const RichText t =
      parse_rich_text("Hello **bold** and *it*.\n\n- one\n- two [link](https://ai.meng.duke.edu)\n\nEnd");
  REQUIRE(t.blocks.size() == 4);
  CHECK(t.blocks[0].kind == BlockKind::Paragraph);
  REQUIRE(t.blocks[0].runs.size() == 5);
  CHECK(t.blocks[0].runs[1].text == "bold");
  CHECK(t.blocks[0].runs[1].bold);
  CHECK(t.blocks[0].runs[3].italic);
  CHECK(t.blocks[1].kind == BlockKind::Bullet);
  CHECK(t.blocks[1].depth == 1);
  CHECK(t.blocks[2].runs.back().link == "https://ai.meng.duke.edu");
  CHECK(t.blocks[3].runs[0].text == "End");
  CHECK(t.plain() == "Hello bold and it.\none\ntwo link\nEnd");
}

TEST_CASE("unsafe links are dropped, HTML is not interpreted") {
  const RichText t = parse_rich_text("[x](javascript:alert(1)) <b>raw</b>");
  REQUIRE_FALSE(t.blocks.empty());
  for (const auto& r : t.blocks[0].runs) CHECK(r.link.empty());
  CHECK(t.plain().find("<b>raw</b>") != std::string::npos);
}

TEST_CASE("garbage input never crashes") {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  (void)parse_rich_text(junk);
  (void)parse_rich_text("");
  (void)parse_rich_text(std::string(10000, '*'));
  (void)parse_rich_text(std::string(5000, '[') + std::string(5000, ']'));
}

TEST_CASE("nested and numbered lists, headings, and item text over several lines") {
  const RichText t = parse_rich_text(
      "# Title #\n- top\n  - inner\n    still inner\n- back\n\n  more of back\n\n1. first\n2) second\n\nAfter");
  REQUIRE(t.blocks.size() == 7);
  CHECK(t.blocks[0].kind == BlockKind::Heading);
  CHECK(t.blocks[0].runs[0].text == "Title");
  CHECK(t.blocks[1].depth == 1);
  CHECK(t.blocks[2].depth == 2);
  CHECK(t.blocks[2].runs[0].text == "inner still inner");
  CHECK(t.blocks[3].depth == 1);
  CHECK(t.blocks[3].runs[0].text == "back more of back");
  CHECK(t.blocks[4].kind == BlockKind::Bullet);
  CHECK(t.blocks[5].runs[0].text == "second");
  CHECK(t.blocks[6].kind == BlockKind::Paragraph);
  CHECK(t.blocks[6].depth == 0);
}

TEST_CASE("emphasis needs a partner on the right side of a word") {
  CHECK(parse_rich_text("2 * 3 * 4").plain() == "2 * 3 * 4");
  CHECK(parse_rich_text("snake_case_name").plain() == "snake_case_name");
  CHECK(parse_rich_text("**open and never closed").plain() == "**open and never closed");
  CHECK(parse_rich_text("\\*not italic\\*").plain() == "*not italic*");
  CHECK(parse_rich_text("x****y").plain() == "x****y");  // a run never closes itself
  CHECK(parse_rich_text("[****]").plain() == "[****]");
  const RichText both = parse_rich_text("***both*** and __bold__ and _it_");
  REQUIRE(both.blocks.size() == 1);
  const auto& runs = both.blocks[0].runs;
  REQUIRE(runs.size() == 5);
  CHECK((runs[0].text == "both" && runs[0].bold && runs[0].italic));
  CHECK((runs[2].text == "bold" && runs[2].bold && !runs[2].italic));
  CHECK((runs[4].text == "it" && runs[4].italic && !runs[4].bold));
}

TEST_CASE("links: styled text inside, bare addresses, and what is not a link") {
  const RichText t = parse_rich_text("See [the **courses**](https://ai.meng.duke.edu/courses) or https://duke.edu.");
  const auto& runs = t.blocks.at(0).runs;
  REQUIRE(runs.size() == 6);
  CHECK((runs[1].text == "the " && runs[1].link == "https://ai.meng.duke.edu/courses"));
  CHECK((runs[2].text == "courses" && runs[2].bold && runs[2].link == runs[1].link));
  CHECK((runs[4].text == "https://duke.edu" && runs[4].link == "https://duke.edu"));
  CHECK(t.plain() == "See the courses or https://duke.edu.");
  CHECK(parse_rich_text("[no target] (x)").plain() == "[no target] (x)");
  CHECK(parse_rich_text("[mail](mailto:a@b.c)").blocks[0].runs[0].link == "mailto:a@b.c");
  CHECK(parse_rich_text("[file](file:///etc/passwd)").blocks[0].runs[0].link.empty());
  CHECK(parse_rich_text(std::string("a\0b", 3)).plain() ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("hostile nesting and length stay bounded") {
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "- x\n";
  const RichText t = parse_rich_text(deep);
  REQUIRE(t.blocks.size() == 200);
  CHECK(t.blocks.back().depth == 6);
  // Quadratic pairing would take seconds here; the parser is linear.
  const std::string long_line = std::string(200000, '[') + std::string(200000, ']') + " " + std::string(200000, '*');
  CHECK((parse_rich_text(long_line).plain() == long_line));
}

TEST_CASE("the shipped content reads without leftover Markdown") {
  std::vector<std::string> texts;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
    if (j.is_string()) texts.push_back(j.get<std::string>());
    if (j.is_structured())
      for (const auto& child : j) walk(child);
  };
  walk(nlohmann::json::parse(shipped_content_text()));
  REQUIRE(texts.size() > 100);
  int bulleted = 0, bold = 0;
  for (const std::string& md : texts) {
    const RichText t = parse_rich_text(md);
    CAPTURE(md);
    CHECK(t.plain().find("**") == std::string::npos);
    CHECK(t.plain().find("](") == std::string::npos);
    for (const TextBlock& b : t.blocks) {
      bulleted += b.kind == BlockKind::Bullet;
      for (const TextRun& r : b.runs) bold += r.bold;
    }
  }
  CHECK(bulleted > 5);
  CHECK(bold > 5);
}
