// The warm-up runs ImGui's code in a context of its own: the app's context, its fonts and its
// next picture are as they would have been without it.
#include "ui/code_warm_up.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiContext::Windows, FindWindowByName

#include "headless.hpp"
#include "ui/draw_fingerprint.hpp"

namespace {

std::uint64_t picture(Headless& app) {
  app.frame();
  return ui::draw_fingerprint(*app.draw_data(), ImVec4(1, 1, 1, 1));
}

}  // namespace

TEST_CASE("the ImGui warm-up leaves the app's context, fonts and next picture as they were") {
  Headless app(1280, 800, "/program");
  app.frames(4);  // settled: the same picture frame after frame
  const std::uint64_t settled = picture(app);
  REQUIRE(picture(app) == settled);
  ImGuiContext* const context = ImGui::GetCurrentContext();
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const int frame_count = ImGui::GetFrameCount();
  const int windows = static_cast<int>(context->Windows.Size);

  int app_frames = 0;
  {
    ui::ImGuiWarmUp warm_up(atlas);
    CHECK(ImGui::GetCurrentContext() == context);
    int steps = 1;
    while (warm_up.step()) {  // an ImGui assertion in a step would abort the test run
      ++steps;
      CHECK(ImGui::GetCurrentContext() == context);  // between steps, the app's frames may run
      CHECK(picture(app) == settled);
      ++app_frames;
    }
    CHECK(steps > 1);  // in parts, a task each on the web
    CHECK_FALSE(warm_up.step());
  }

  CHECK(ImGui::GetCurrentContext() == context);
  CHECK(ImGui::GetIO().Fonts == &atlas);
  CHECK(atlas.IsBuilt());
  CHECK_FALSE(atlas.Locked);  // unlocked again when the sample's frames ended
  CHECK(ImGui::GetFrameCount() == frame_count + app_frames);
  CHECK(static_cast<int>(context->Windows.Size) == windows);
  CHECK(ImGui::FindWindowByName("sample") == nullptr);
  CHECK(picture(app) == settled);
}
