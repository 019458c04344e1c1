// Kiosk behaviour: idle reset to a clean Program screen with an attract screen, no exit but
// the chord, and a QR code instead of files and browser links.
#include "ui/kiosk.hpp"

#include <doctest/doctest.h>

#include "headless.hpp"
#include "ui/icons.hpp"

namespace {
void make_kiosk(Headless& h, double timeout) {
  h.state().kiosk.enabled = true;
  h.state().kiosk.idle_timeout = timeout;
  h.state().make_qr = [](const std::string& text) {
    return std::vector<std::vector<bool>>(21, std::vector<bool>(21, !text.empty()));
  };
  h.state().share_base_url = "https://example.org/explorer/";
}
// Lets the kiosk sit idle past its timeout (10 s) until the attract screen shows.
void sit_idle(Headless& h) {
  h.state().frame.now = 1;
  app::note_input(h.state(), 1);
  h.frames(40);
  h.state().frame.now = 20;
  h.frames(5);
}

void press_exit_chord() {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiMod_Alt, true);
  io.AddKeyEvent(ImGuiMod_Shift, true);
  io.AddKeyEvent(ImGuiKey_Q, true);
}
}  // namespace

TEST_CASE("after the idle timeout every input is cleared and the attract screen shows") {
  Headless h(1920, 1080, "/calculator?path=online&start=2031&aid=cost:20");
  make_kiosk(h, 30);
  h.state().frame.now = 1;
  app::note_input(h.state(), 1);
  h.state().students.filter.query = "park";
  h.state().search.query = "capstone";
  h.frames(3);
  CHECK(h.state().calculator.scenario.main.path == "online");
  h.state().frame.now = 40;  // nobody touched it for 39 s
  h.frames(2);
  CHECK(h.state().kiosk.attract);
  CHECK(h.state().route.screen == core::Screen::Program);
  CHECK(h.state().calculator.scenario.main == app::default_scenario(h.state()));
  CHECK_FALSE(h.state().students.filter.active());
  CHECK(h.state().search.query.empty());
  CHECK(h.state().notices.empty());

  // A touch wakes it, and that touch clicks nothing underneath.
  app::note_input(h.state(), 41);
  h.click(ImVec2(960, 540));
  CHECK_FALSE(h.state().kiosk.attract);
  CHECK(h.state().route.screen == core::Screen::Program);
}

TEST_CASE("the kiosk offers a QR code instead of copy and export, and only the chord quits") {
  Headless h(1920, 1080, "/calculator");
  make_kiosk(h, 90);
  h.frames(3);
  CHECK_FALSE(h.has_label(ICON_DOWNLOAD "  Export CSV"));
  CHECK_FALSE(h.has_label(ICON_LINK "  Copy link"));
  REQUIRE(h.click_label(ICON_QRCODE "  Take this estimate with you"));
  CHECK(h.state().qr_visible);
  h.frames(2);
  // Beside the code, what it carries: the estimate, on which figures, and when it ends.
  const std::string caption = h.frame_text();
  CHECK(caption.find("Estimated net cost $") != std::string::npos);
  CHECK(caption.find("projected from 2024-25 figures at 3.9% a year for tuition and fees") != std::string::npos);
  CHECK(caption.find("https://example.org/explorer/#/calculator") != std::string::npos);
  REQUIRE(h.click_label(ICON_TIMES "  Close"));
  h.frames(2);
  CHECK_FALSE(h.state().qr_visible);

  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiKey_Escape, true);
  io.AddKeyEvent(ImGuiKey_Escape, false);
  h.frames(2);
  CHECK_FALSE(h.state().kiosk.quit_requested);
  press_exit_chord();
  h.frames(2);
  CHECK(h.state().kiosk.quit_requested);
}

TEST_CASE("the attract screen costs nothing: no frames are wanted while it shows") {
  Headless h(1920, 1080, "/program/aid");
  make_kiosk(h, 10);
  sit_idle(h);
  REQUIRE(h.state().kiosk.attract);
  CHECK_FALSE(app::wants_frames(h.state()));
}

TEST_CASE("the exit chord works on its first press while the attract screen shows") {
  Headless h(1920, 1080, "/program");
  make_kiosk(h, 10);
  sit_idle(h);
  REQUIRE(h.state().kiosk.attract);
  // The platform reports the key press as input (which wakes the attract screen), then ImGui
  // gets the keys: the same press must both wake it and quit.
  app::note_input(h.state(), 20);
  press_exit_chord();
  h.frames(2);
  CHECK(h.state().kiosk.quit_requested);
}

TEST_CASE("the exit chord counts even when the modifiers are released in the same frame as the Q") {
  // What a busy machine delivers: Ctrl, Alt and Shift go down over earlier frames, then the Q
  // and the modifiers' releases all arrive before one frame.
  Headless h(1920, 1080, "/program");
  make_kiosk(h, 90);
  h.frames(2);
  ImGuiIO& io = ImGui::GetIO();
  for (ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Alt, ImGuiMod_Shift}) {
    io.AddKeyEvent(mod, true);
    h.frame();
  }
  io.AddKeyEvent(ImGuiKey_Q, true);
  for (ImGuiKey mod : {ImGuiMod_Shift, ImGuiMod_Ctrl, ImGuiMod_Alt}) io.AddKeyEvent(mod, false);
  h.frames(3);
  io.AddKeyEvent(ImGuiKey_Q, false);
  h.frames(2);
  CHECK(h.state().kiosk.quit_requested);
}
