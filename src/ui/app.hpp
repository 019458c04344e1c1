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
#include "ui/fonts.hpp"
#include "ui/intents.hpp"

namespace app {

// The content and the facts about it: what every screen shows, read-only while drawing.
struct Model {
  core::Content content;
  std::vector<std::string> content_problems;  // shown in a banner when an edited file was rejected
  bool content_from_file = false;             // an edited content file (--content) is in use
  core::YearMonth today;                      // set from the clock at start-up; fixed in tests
};

struct CalculatorUi {
  core::CalculatorScenarios scenario;
  core::Estimate estimate;
  std::optional<core::Estimate> compare_estimate;
  bool dirty = true;                // inputs changed: recompute before drawing results
  bool from_link = false;           // the scenario came from the starting link, not from settings
  bool editing_comparison = false;  // the inputs edit scenario B, not A
};

struct ProgramUi {
  std::string group_filter;      // course group id, empty for all
  std::string scroll_to;         // section id, or "course:<id>", to bring into view
  int scroll_to_frames = 0;      // frames the target has been measured (cards size themselves late)
  std::string highlight_course;  // course row to mark (a search result)
  std::string current_section;   // the section at the top of the view (for the contents list)
};

// The one search box (header): its text and the results for it.
struct SearchUi {
  core::SearchIndex index;
  std::string query;
  std::vector<core::SearchResult> results;
  bool open = false;  // phones: the search row under the header is shown
};

// Smooth scrolling of the content area towards a target, a few frames at a time.
struct ScrollUi {
  float content_top = 0;      // screen y of the content area's first line, this frame
  float content_scroll = 0;   // its scroll offset, this frame
  float content_padding = 0;  // its top padding
  float content_height = 0;   // its visible height
  bool at_bottom = false;     // scrolled as far as it goes
  float target = -1;          // wanted scroll offset; < 0 when not animating
  int frames_left = 0;        // gives up after this many frames (content may still be growing)
  bool cancelled = false;     // the user scrolled during the animation
  bool to_top = false;        // jump to the top when the content is next drawn
  float touch_delta = 0;      // finger movement to apply this frame (pixels, down is positive)
  float fling_velocity = 0;   // after a flick: pixels a second, decaying (inertia)
};

// One finger on a touch screen: a tap is a click, a drag scrolls the content (with inertia)
// and never clicks what it started on.
struct TouchUi {
  bool down = false, scrolling = false;
  ImVec2 start, last;
  double last_time = 0;
  float velocity = 0;  // pixels a second, smoothed
};

struct StudentsUi {
  core::StudentFilter filter;
  float grid_scroll = 0;  // where the grid was when a profile was opened on a phone
};

// What platform code must do after a frame (it cannot be done from inside ImGui drawing).
struct SaveFileRequest {
  std::string file_name, mime_type, contents;
};

struct PlatformRequests {
  std::optional<std::string> open_url;
  std::optional<std::string> clipboard_text;
  std::optional<SaveFileRequest> save_file;
};

// Where text fields were drawn in the last frame, so the web shell can raise the on-screen
// keyboard when a finger lands on one (browsers only allow that inside the tap's handler).
struct TextField {
  ImVec2 min, max;
  bool numeric = false;
};

// A recruiter's booth: full screen, no accidental exit, and after a quiet spell an attract
// screen and a reset so the next visitor sees nothing of the last one.
struct KioskUi {
  bool enabled = false;
  double idle_timeout = 90.0;   // seconds without input before the reset
  double last_input = 0;        // AppState::now at the last input
  bool attract = false;         // the "touch to explore" screen is showing
  bool quit_requested = false;  // the exit chord (Ctrl+Alt+Shift+Q) was pressed
  bool swallow_input = false;   // the tap that woke the attract screen must not click anything
  float text_scale = 1.25f;     // the booth's starting text size
};

// What one frame leaves for the next and for the platform.
struct FrameState {
  Intents intents;  // posted by screens while drawing, applied after rendering
  PlatformRequests requests;
  std::vector<TextField> text_fields;  // rebuilt every frame
  int frames_to_draw = 2;              // >0: the platform should draw again without waiting for input
  double now = 0;                      // seconds on the platform's steady clock, set before each frame
  // Set by a platform for its first frame, to show it sooner: long screens stop laying out below
  // the window's bottom edge and ask for another frame, which lays out everything.
  bool visible_part_only = false;
};

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

  std::unordered_map<std::string, core::RichText> rich_text_cache;  // parsed Markdown by source text

  // Profile photos: decoded at start-up, turned into textures by the platform's uploader.
  std::map<std::string, core::DecodedImage> photos_to_upload;  // by student id
  std::map<std::string, ImTextureID> photo_textures;           // by student id
  std::function<ImTextureID(const core::DecodedImage&)> upload_texture;

  ui::Fonts fonts;
  float text_scale = 1.0f;   // the user's text size (A- / A+, --text-scale)
  float pixel_ratio = 1.0f;  // framebuffer pixels per logical pixel
  bool fonts_dirty = true;   // the platform rebuilds the atlas before the next frame

  std::string share_base_url;  // links are this + "#" + route (the web page's address)
  std::string toast;           // a short confirmation ("Link copied"), shown until toast_until
  double toast_until = 0;
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
  std::string share_base_url;  // the web page's address, or --share-url
};
// The ImGui context the app expects (no .ini file, keyboard navigation); before start().
void create_imgui_context();
void start(AppState& state, const StartOptions& options);
// After the platform has shut its ImGui backends down: the state, then the context.
void tear_down(std::unique_ptr<AppState>& state);

// Loads content (the embedded file, or `edited` when given and valid) and sets the first route.
void init(AppState& state, const EditedContent* edited, const std::string& initial_route);

// Applies saved settings after init(): text size, and the calculator's last inputs unless the
// starting link carried a scenario of its own. Problems become notices.
void restore_settings(AppState& state, const core::SettingsRead& saved);

// What should be saved now (the platform writes it when it differs from the last save).
core::Settings settings_snapshot(const AppState& state);

// Rebuilds the font atlas and style if the text scale or pixel ratio changed. Returns true
// when it did, so the renderer can upload the new atlas texture.
bool prepare_fonts(AppState& state);

// ImGui::NewFrame, draw everything, ImGui::Render, apply the posted intents.
void frame(AppState& state);

// Asks for at least `frames` more frames to be drawn without waiting for input.
void request_frames(AppState& state, int frames);

// Goes to a route: a calculator or students query sets those screens' inputs, a route without
// one keeps them. `notices` (from reading the link) are shown with any problems found here.
void navigate(AppState& state, const core::Route& route, std::vector<std::string> notices = {});
// The same from a link's text (the address bar, --route, a shared link).
void open_link(AppState& state, const std::string& route_text);

// The current route as text, e.g. "/calculator?path=12m&..." (the web hash without '#').
std::string current_route(const AppState& state);

// The calculator's starting scenario: latest figures, the next fall after today.
core::Scenario default_scenario(const AppState& state);

// Parsed Markdown for a content string, parsed once and cached.
const core::RichText& rich(AppState& state, const std::string& markdown);

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
