// The frame message for the web's renderer holds what web/render.js needs to draw ImGui's
// draw data: read back here the way render.js reads it.
#include "ui/draw_packet.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <vector>

#include "headless.hpp"

namespace {

namespace layout = ui::draw_packet_layout;

struct Command {
  int x, y, width, height, count, first;
};
struct List {
  std::vector<ImDrawIdx> indices;
  std::vector<ImDrawVert> vertices;
  std::vector<Command> commands;
};
struct Frame {
  int width, height;
  float clear[4], display[4];
  std::vector<List> lists;
};

float as_float(std::uint32_t w) {
  float f = 0;
  std::memcpy(&f, &w, sizeof f);
  return f;
}

// render.js's reading, in C++: the counts first, then the commands, the indices back to back,
// the vertices back to back; it fails the test if a count points past the message.
Frame read(const std::vector<std::uint32_t>& w) {
  REQUIRE(w.size() >= layout::header_words);
  Frame f{static_cast<int>(w[0]), static_cast<int>(w[1]), {}, {}, {}};
  for (int i = 0; i < 4; ++i) f.clear[i] = as_float(w[2 + i]);
  for (int i = 0; i < 4; ++i) f.display[i] = as_float(w[6 + i]);
  const std::size_t lists = w[10], commands = w[11], index_bytes = w[12];
  CHECK(index_bytes % 4 == 0);
  std::size_t at = layout::header_words;
  const std::size_t commands_at = at + lists * layout::list_words;
  const std::size_t indices_at = commands_at + commands * layout::command_words;
  const std::size_t vertices_at = indices_at * 4 + index_bytes;
  const auto* bytes = reinterpret_cast<const unsigned char*>(w.data());
  std::size_t command = 0, index = 0, vertex = 0;
  for (std::size_t l = 0; l < lists; ++l, at += layout::list_words) {
    List list;
    list.vertices.resize(w[at]);
    list.indices.resize(w[at + 1]);
    REQUIRE(vertices_at + (vertex + list.vertices.size()) * sizeof(ImDrawVert) <= w.size() * 4);
    REQUIRE((index + list.indices.size()) * sizeof(ImDrawIdx) <= index_bytes);
    std::memcpy(list.vertices.data(), bytes + vertices_at + vertex * sizeof(ImDrawVert),
                list.vertices.size() * sizeof(ImDrawVert));
    std::memcpy(list.indices.data(), bytes + indices_at * 4 + index * sizeof(ImDrawIdx),
                list.indices.size() * sizeof(ImDrawIdx));
    vertex += list.vertices.size();
    index += list.indices.size();
    for (std::uint32_t c = 0; c < w[at + 2]; ++c, ++command) {
      REQUIRE(command < commands);
      const std::size_t cw = commands_at + command * layout::command_words;
      list.commands.push_back({static_cast<int>(w[cw]), static_cast<int>(w[cw + 1]), static_cast<int>(w[cw + 2]),
                               static_cast<int>(w[cw + 3]), static_cast<int>(w[cw + 4]), static_cast<int>(w[cw + 5])});
    }
    f.lists.push_back(std::move(list));
  }
  CHECK(command == commands);
  CHECK(vertices_at + vertex * sizeof(ImDrawVert) == w.size() * 4);  // nothing left over
  return f;
}

bool same_vertex(const ImDrawVert& a, const ImDrawVert& b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

const ImTextureID kFont = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(7));

// Draw lists of our own, for cases the app's screens do not make.
struct OwnLists {
  ImDrawList first{ImGui::GetDrawListSharedData()}, second{ImGui::GetDrawListSharedData()};
  ImDrawData data;
  OwnLists() {
    for (ImDrawList* list : {&first, &second}) {
      list->_ResetForNewFrame();
      list->PushTextureID(kFont);
    }
    data.Valid = true;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(100, 100);
    data.FramebufferScale = ImVec2(2, 2);
  }
  void add_lists() {
    data.AddDrawList(&first);
    data.AddDrawList(&second);
  }
};

}  // namespace

TEST_CASE("a screen's frame packed for the renderer holds every vertex, index and command, in order") {
  for (const char* route : {"/program", "/students", "/calculator"}) {
    CAPTURE(route);
    Headless h(1280, 800, route, 2.0f);
    h.frames(4);
    const ImDrawData& d = *h.draw_data();
    const ImTextureID font = ImGui::GetIO().Fonts->TexID;
    std::vector<std::uint32_t> words;
    ui::pack_draw_data(d, ImVec4(0.1f, 0.2f, 0.3f, 1.0f), font, words);
    const Frame f = read(words);
    CHECK(f.width == 2560);
    CHECK(f.height == 1600);
    CHECK(f.clear[2] == doctest::Approx(0.3f));
    CHECK(f.display[2] == 1280.0f);
    CHECK(f.display[3] == 800.0f);
    REQUIRE(f.lists.size() == static_cast<std::size_t>(d.CmdListsCount));
    std::size_t drawn_commands = 0;
    for (int n = 0; n < d.CmdListsCount; ++n) {
      const ImDrawList& source = *d.CmdLists[n];
      const List& list = f.lists[static_cast<std::size_t>(n)];
      REQUIRE(list.vertices.size() == static_cast<std::size_t>(source.VtxBuffer.Size));
      REQUIRE(list.indices.size() == static_cast<std::size_t>(source.IdxBuffer.Size));
      for (int v = 0; v < source.VtxBuffer.Size; ++v)
        REQUIRE(same_vertex(list.vertices[static_cast<std::size_t>(v)], source.VtxBuffer[v]));
      for (int i = 0; i < source.IdxBuffer.Size; ++i)
        REQUIRE(list.indices[static_cast<std::size_t>(i)] == source.IdxBuffer[i]);
      for (const Command& c : list.commands) {
        CHECK(c.first + c.count <= source.IdxBuffer.Size);
        CHECK(c.x >= 0);
        CHECK(c.y >= 0);
        CHECK(c.x + c.width <= f.width);
        CHECK(c.y + c.height <= f.height);
      }
      std::size_t source_commands = 0;  // the app's screens draw with the font's texture only
      for (const ImDrawCmd& cmd : source.CmdBuffer) source_commands += cmd.ElemCount != 0 ? 1 : 0;
      CHECK(list.commands.size() == source_commands);
      drawn_commands += list.commands.size();
    }
    CHECK(drawn_commands >= 3);

    // Packed again into the same vector: the same message, nothing of the last one left.
    const std::vector<std::uint32_t> first = words;
    words.resize(words.size() * 2, 0xdeadbeef);
    ui::pack_draw_data(d, ImVec4(0.1f, 0.2f, 0.3f, 1.0f), font, words);
    CHECK(words == first);
  }
}

TEST_CASE("packed lists keep their indices back to back, and scissor boxes count pixels from the bottom") {
  Headless h(800, 600, "/program");  // an ImGui context and its shared draw data
  OwnLists own;
  own.first.PushClipRect(ImVec2(10, 20), ImVec2(50, 60));
  own.first.AddTriangleFilled(ImVec2(11, 21), ImVec2(40, 21), ImVec2(20, 50), IM_COL32(200, 10, 10, 255));  // 3 indices
  own.first.PopClipRect();
  own.second.PushClipRectFullScreen();
  own.second.AddRectFilled(ImVec2(0, 0), ImVec2(30, 30), IM_COL32(10, 10, 200, 255));  // 6 indices
  own.add_lists();
  std::vector<std::uint32_t> words;
  ui::pack_draw_data(own.data, ImVec4(1, 1, 1, 1), kFont, words);
  const Frame f = read(words);
  REQUIRE(f.lists.size() == 2);
  REQUIRE(f.lists[0].indices.size() == 3);  // an odd count of 16-bit indices: the next list's follow at once
  REQUIRE(f.lists[1].indices.size() == 6);
  for (int i = 0; i < 6; ++i) CHECK(f.lists[1].indices[static_cast<std::size_t>(i)] == own.second.IdxBuffer[i]);
  REQUIRE(f.lists[0].commands.size() == 1);
  const Command& clipped = f.lists[0].commands[0];
  // (10, 20)-(50, 60) in points at 2 pixels a point, in a 200-pixel-high buffer.
  CHECK(clipped.x == 20);
  CHECK(clipped.y == 200 - 120);
  CHECK(clipped.width == 80);
  CHECK(clipped.height == 80);
  CHECK(clipped.count == 3);
  CHECK(clipped.first == 0);
}

TEST_CASE("commands the web's renderer cannot draw are left out of the packed frame") {
  Headless h(800, 600, "/program");
  OwnLists own;
  own.first.PushClipRectFullScreen();
  own.first.AddRectFilled(ImVec2(0, 0), ImVec2(30, 30), IM_COL32(10, 10, 200, 255));
  const ImTextureID photo = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(8));
  own.first.AddImage(photo, ImVec2(40, 40), ImVec2(60, 60));  // another texture: not on the web
  own.first.AddCallback([](const ImDrawList*, const ImDrawCmd*) {}, nullptr);
  own.first.AddRectFilled(ImVec2(70, 70), ImVec2(80, 80), IM_COL32(10, 200, 10, 255));
  own.second.PushClipRectFullScreen();
  own.second.AddImage(photo, ImVec2(40, 40), ImVec2(60, 60));
  own.add_lists();
  std::vector<std::uint32_t> words;
  ui::pack_draw_data(own.data, ImVec4(1, 1, 1, 1), kFont, words);
  const Frame f = read(words);
  REQUIRE(f.lists.size() == 2);
  REQUIRE(f.lists[0].commands.size() == 2);  // the two rectangles
  CHECK(f.lists[0].commands[0].first == 0);
  CHECK(f.lists[0].commands[1].first == 12);  // after the first rectangle's 6 and the image's 6
  CHECK(f.lists[1].commands.empty());         // a list with nothing to draw keeps its place and vertices
  CHECK(f.lists[1].vertices.size() == 4);
}

TEST_CASE("the drawing buffer's size is the display's in pixels, rounded, and never zero or absurd") {
  CHECK(ui::framebuffer_pixels(1280.0f, 1.0f) == 1280);
  CHECK(ui::framebuffer_pixels(411.5f, 2.625f) == 1080);  // 1080.19 pixels
  CHECK(ui::framebuffer_pixels(0.0f, 2.0f) == 1);
  CHECK(ui::framebuffer_pixels(-5.0f, 1.0f) == 1);
  CHECK(ui::framebuffer_pixels(1e9f, 1.0f) == 16384);
}
