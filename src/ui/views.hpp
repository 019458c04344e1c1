// One function per screen, each drawing into the current content region. A screen is handed
// what it needs, no more: the context every screen shares and its own state. It changes
// anything else only by posting intents (ui/intents.hpp), applied after the frame.
#pragma once
#include <imgui.h>

#include <map>
#include <string>

#include "ui/fonts.hpp"
#include "ui/screen_state.hpp"

namespace app {
struct AppState;
}

namespace ui {

// What every screen reads and may post to.
struct ScreenContext {
  const app::Model& model;
  const Fonts& fonts;
  app::FrameState& frame;         // intents, platform requests, text fields, frames to draw
  app::ScrollUi& scroll;          // the content area's scrolling, shared by every screen
  app::RichTextCache& rich_text;  // parsed Markdown
};

// How the calculator offers its estimate: copy and export, or (at a kiosk) a QR code.
enum class ShareMode { CopyAndExport, QrCode, None };

void draw_shell(app::AppState& state);  // header, navigation, and the current screen
// Kept out of line (see cmake/Web.cmake): the web build compiles each function on its first
// call, and a screen inlined into the frame would be compiled before it is ever shown.
[[gnu::noinline]] void draw_program(ScreenContext& ctx, app::ProgramUi& program);
// `open_id`: the profile shown (empty for the grid); `photos`: textures by student id.
[[gnu::noinline]] void draw_students(ScreenContext& ctx, app::StudentsUi& students, const std::string& open_id,
                                     const std::map<std::string, ImTextureID>& photos);
[[gnu::noinline]] void draw_calculator(ScreenContext& ctx, app::CalculatorUi& calculator, ShareMode share);
void draw_search_box(ScreenContext& ctx, app::SearchUi& search, float width);
void draw_search_results(ScreenContext& ctx, app::SearchUi& search, ImVec2 pos, float width);

}  // namespace ui
