// The draw fingerprint tells frames that would draw the same picture from frames that would not.
#include "ui/draw_fingerprint.hpp"

#include <doctest/doctest.h>

#include "headless.hpp"

namespace {

const ImVec4 kWhite(1, 1, 1, 1);

std::uint64_t fingerprint_of_frame(Headless& h) {
  h.frame();
  return ui::draw_fingerprint(*h.draw_data(), kWhite);
}

// One draw list with one triangle, for changes the app's screens would not make on their own.
struct OneTriangle {
  ImDrawList list{ImGui::GetDrawListSharedData()};
  ImDrawData data;
  OneTriangle() {
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    list.AddTriangleFilled(ImVec2(1, 1), ImVec2(9, 1), ImVec2(5, 8), IM_COL32(10, 20, 30, 255));
    data.Valid = true;
    data.DisplaySize = ImVec2(100, 100);
    data.FramebufferScale = ImVec2(1, 1);
    data.AddDrawList(&list);
  }
  std::uint64_t fingerprint() const { return ui::draw_fingerprint(data, kWhite); }
};

}  // namespace

TEST_CASE("a settled screen draws the same picture each frame; input, navigation and resizing change it") {
  for (const char* route : {"/program", "/students", "/calculator"}) {
    CAPTURE(route);
    Headless h(1440, 900, route);
    h.frames(6);
    const std::uint64_t settled = fingerprint_of_frame(h);
    CHECK(fingerprint_of_frame(h) == settled);
    CHECK(fingerprint_of_frame(h) == settled);
    CHECK(ui::draw_fingerprint(*h.draw_data(), ImVec4(0, 0, 0, 1)) != settled);  // another clear colour

    h.resize(1200, 900);
    h.frames(3);
    const std::uint64_t resized = fingerprint_of_frame(h);
    CHECK(resized != settled);

    h.key(ImGuiKey_Tab);  // keyboard navigation draws a focus ring
    h.frames(2);
    CHECK(fingerprint_of_frame(h) != resized);
  }
  Headless h(1440, 900, "/program");
  h.frames(6);
  const std::uint64_t program = fingerprint_of_frame(h);
  app::open_link(h.state(), "/students");
  h.frames(3);
  CHECK(fingerprint_of_frame(h) != program);
}

TEST_CASE("every part of the draw data counts: vertices, indices, clip rectangles, textures, display") {
  Headless h(400, 300, "/program");  // an ImGui context, for the draw list's shared data
  h.frames(1);
  OneTriangle t;
  const std::uint64_t base = t.fingerprint();
  CHECK(t.fingerprint() == base);

  const ImU32 colour = t.list.VtxBuffer[1].col;
  t.list.VtxBuffer[1].col = colour ^ 1u;
  CHECK(t.fingerprint() != base);
  t.list.VtxBuffer[1].col = colour;
  REQUIRE(t.fingerprint() == base);

  const ImVec2 corner = t.list.VtxBuffer[2].pos;
  t.list.VtxBuffer[2].pos.x += 0.5f;
  CHECK(t.fingerprint() != base);
  t.list.VtxBuffer[2].pos = corner;
  REQUIRE(t.fingerprint() == base);

  std::swap(t.list.IdxBuffer[0], t.list.IdxBuffer[1]);
  CHECK(t.fingerprint() != base);
  std::swap(t.list.IdxBuffer[0], t.list.IdxBuffer[1]);

  t.list.CmdBuffer[0].ClipRect.z -= 1;
  CHECK(t.fingerprint() != base);
  t.list.CmdBuffer[0].ClipRect.z += 1;

  const ImTextureID texture = t.list.CmdBuffer[0].TextureId;
  t.list.CmdBuffer[0].TextureId = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(7));
  CHECK(t.fingerprint() != base);
  t.list.CmdBuffer[0].TextureId = texture;

  t.data.DisplaySize.x = 101;
  CHECK(t.fingerprint() != base);
  t.data.DisplaySize.x = 100;
  t.data.FramebufferScale = ImVec2(2, 2);
  CHECK(t.fingerprint() != base);
  t.data.FramebufferScale = ImVec2(1, 1);
  REQUIRE(t.fingerprint() == base);

  // A callback draws what no buffer shows: its frames are never taken for the same picture.
  t.list.AddCallback([](const ImDrawList*, const ImDrawCmd*) {}, nullptr);
  const std::uint64_t with_callback = t.fingerprint();
  CHECK(t.fingerprint() != with_callback);
}
