// The whole app's state and its once-a-frame entry point. Platforms (platform/native,
// platform/web) own the window and the loop; each frame they call app::frame(), which draws
// every visible screen from AppState and then applies the intents the screens posted.
//
// AppState has three kinds of owner: the model (content and today's date, read-only while
// drawing), each screen's own state (ProgramUi, StudentsUi, CalculatorUi, ...), and the frame's
// and platform's state (FrameState: intents, platform requests, frames still to draw).
#pragma once
#include <imgui.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/calculator.hpp"
#include "core/content.hpp"
#include "core/image.hpp"
#include "core/rich_text.hpp"
#include "core/route.hpp"
#include "core/scenario_codec.hpp"
#include "core/settings.hpp"
#include "core/students.hpp"
#include "core/text_search.hpp"
#include "ui/a11y.hpp"
#include "ui/font_atlas_build.hpp"
#include "ui/fonts.hpp"
#include "ui/intents.hpp"
#include "ui/screen_state.hpp"

namespace app {

struct AppState {
  Model model;
  FrameState frame;
  core::Route route;
  std::vector<std::string> notices;  // what was wrong with the last link, shown once

  ProgramUi program;
  SearchUi search;
  ScrollUi scroll;
  TouchUi touch;
  KioskUi kiosk;
  bool qr_visible = false;  // the "take it with you" QR code panel
  std::string qr_text;      // what the panel encodes; empty: the current screen's link
  // Encodes text as a QR code (rows of dark modules); set by platforms that can (native).
  std::function<std::vector<std::vector<bool>>(const std::string&)> make_qr;
  StudentsUi students;
  CalculatorUi calculator;

  RichTextCache rich_text_cache;

  // Profile photos: decoded at start-up, turned into textures by the platform's uploader.
  std::map<std::string, core::DecodedImage> photos_to_upload;  // by student id
  std::map<std::string, ImTextureID> photo_textures;           // by student id
  std::function<ImTextureID(const core::DecodedImage&)> upload_texture;

  ui::Fonts fonts;
  float text_scale = 1.0f;                            // the user's text size (A- / A+, --text-scale)
  float pixel_ratio = 1.0f;                           // framebuffer pixels per logical pixel
  bool fonts_dirty = true;                            // the platform rebuilds the atlas before the next frame
  ui::BodyGlyphs body_glyphs = ui::kFirstBodyGlyphs;  // what the next atlas's body font carries
  float max_raster = ui::kMaxRaster;                  // lowered when an atlas came out too large

  std::string share_base_url;  // links are this + "#" + route (the web page's address)
  std::string toast;           // a short confirmation ("Link copied"), shown until toast_until
  double toast_until = 0;

  // The accessibility tree each frame builds (read by the web mirror and --a11y-tree).
  ui::a11y::Collector a11y;
  bool a11y_enabled = true;
};

// A content file the user chose (--content), read by the platform (the web has no files).
struct EditedContent {
  std::string path, text;
  std::string read_error;  // non-empty when the file could not be read
};

// The one start-up sequence both platforms run, between creating their window and the first
// frame (hello_imgui's Setup / frame / TearDown is the model): content, the starting link,
// kiosk mode, saved settings, then what the command line says over them.
struct StartOptions {
  std::string route;                          // the starting link; "" for the Program screen
  const EditedContent* edited = nullptr;      // --content
  const core::SettingsRead* saved = nullptr;  // null: settings are not used (screenshots, kiosk)
  float display_text_scale = 1.0f;            // the display's own scale (native high-DPI screens)
  float text_scale = 0;                       // > 0: --text-scale, over the saved size
  std::string theme;                          // non-empty: --theme, over the saved theme
  bool kiosk = false;
  double idle_timeout = 90;
  std::string share_base_url;       // the web page's address, or --share-url
  std::optional<core::Date> today;  // --today or the page's ?today=; otherwise the clock's date
  // The built-in content, already read (the web reads it in a start-up task of its own).
  // Null: start() reads it (read_builtin_content, ui/builtin_content.hpp).
  core::LoadResult* builtin_content = nullptr;
};
// The ImGui context the app expects (no .ini file, keyboard navigation); before start().
void create_imgui_context();
void start(AppState& state, const StartOptions& options);
// After the platform has shut its ImGui backends down: the state, then the context.
void tear_down(std::unique_ptr<AppState>& state);

// Loads content (the embedded file, or `edited` when given and valid) and sets the first route.
// `builtin`, when given, is the built-in content already read (it is moved from); otherwise it
// is read here, with every check.
void init(AppState& state, const EditedContent* edited, const std::string& initial_route,
          core::LoadResult* builtin = nullptr);

// Applies saved settings after init(): text size, and the calculator's last inputs unless the
// starting link carried a scenario of its own. Problems become notices.
void restore_settings(AppState& state, const core::SettingsRead& saved);

// What should be saved now (the platform writes it when it differs from the last save).
core::Settings settings_snapshot(const AppState& state);

// Rebuilds the font atlas and style if the text scale or pixel ratio changed. Returns true
// when it did, so the renderer can upload the new atlas texture.
bool prepare_fonts(AppState& state);
// The same in pieces, for a start-up that returns to the browser between them: begin_fonts
// adds the fonts and measures and packs their glyphs, the build's rasterise() draws them a few
// at a time, and finish_fonts completes the atlas and applies the style.
std::unique_ptr<ui::FontAtlasBuild> begin_fonts(AppState& state);
// False when the atlas came out larger than ui::kMaxAtlasSide: the raster is then lowered to
// fit and the fonts marked for building again, and this atlas must not be used.
bool finish_fonts(AppState& state, ui::FontAtlasBuild& build);

// ImGui::NewFrame, draw everything, ImGui::Render, apply the posted intents.
void frame(AppState& state);

// A long screen's first layout, spread over frames so that no one frame is a long task (the
// web's start-up): begin_spread_layout makes the next frame lay out what the window shows;
// after each frame, continue_spread_layout lets the next one reach further, a window's height
// at a time, and ends the spreading once a frame laid out everything.
void begin_spread_layout(AppState& state);
void continue_spread_layout(AppState& state);

// Asks for at least `frames` more frames to be drawn without waiting for input.
void request_frames(AppState& state, int frames);

// Goes to a route: a calculator or students query sets those screens' inputs, a route without
// one keeps them. `notices` (from reading the link) are shown with any problems found here.
void navigate(AppState& state, const core::Route& route_in, std::vector<std::string> notices = {});
// The same from a link's text (the address bar, --route, a shared link).
void open_link(AppState& state, const std::string& route_text);

// The current route as text, e.g. "/calculator?path=12m&..." (the web hash without '#').
std::string current_route(const AppState& state);

// The calculator's starting scenario: latest figures, the next fall after today.
core::Scenario default_scenario(const AppState& state);

// The shareable link to the current screen (and calculator scenario).
std::string share_link(const AppState& state);

// Shows a short confirmation at the bottom of the window for a few seconds.
void show_toast(AppState& state, const std::string& text);

// Touch input from the platform (logical pixels, seconds); see TouchUi.
void touch_begin(AppState& state, ImVec2 pos, double time);
void touch_move(AppState& state, ImVec2 pos, double time);
void touch_end(AppState& state, double time);

// Whether the app still animates (scrolling, transitions) and needs frames without input.
bool wants_frames(const AppState& state);

}  // namespace app
