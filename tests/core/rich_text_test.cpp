#include "core/rich_text.hpp"

#include <doctest/doctest.h>

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
