// The state each owner keeps: the model (content and today, read-only while drawing), each
// screen's own state, and the frame's (intents, platform requests, frames still to draw).
// AppState (app.hpp) holds one of each; a screen (views.hpp) is handed only what it needs.
#pragma once
#include <imgui.h>

#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/calculator.hpp"
#include "core/content.hpp"
#include "core/dates.hpp"
#include "core/rich_text.hpp"
#include "core/scenario_codec.hpp"
#include "core/students.hpp"
#include "core/text_search.hpp"
#include "ui/intents.hpp"

namespace app {

// The content and the facts about it: what every screen shows, read-only while drawing.
struct Model {
  core::Content content;
  std::vector<std::string> content_problems;  // shown in a banner when an edited file was rejected
  bool content_from_file = false;             // an edited content file (--content) is in use
  core::Date today;                           // set from the clock at start-up; fixed in tests and by --today
};

struct CalculatorUi {
  core::CalculatorScenarios scenario;
  core::Estimate estimate;
  std::optional<core::Estimate> compare_estimate;
  bool dirty = true;                // inputs changed: recompute before drawing results
  bool from_link = false;           // the scenario came from the starting link, not from settings
  bool editing_comparison = false;  // the inputs edit scenario B, not A

  // The scenario the inputs edit, and the estimate shown beside them.
  core::Scenario& edited() { return editing_comparison && scenario.compare ? *scenario.compare : scenario.main; }
  const core::Scenario& edited() const {
    return editing_comparison && scenario.compare ? *scenario.compare : scenario.main;
  }
  const core::Estimate& shown() const { return editing_comparison && compare_estimate ? *compare_estimate : estimate; }
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
  // Set by a platform to spread a long screen's first layout over several frames (the web's
  // start-up, where one long task would block a phone): sections that start below this screen
  // y are not laid out (room is kept for them), `layout_cut` says so, and another frame is
  // asked for. The platform moves the limit down frame by frame, then back to infinity.
  float layout_limit_y = std::numeric_limits<float>::infinity();
  bool layout_cut = false;  // reset by each frame
};

// Parsed Markdown by its source text, parsed once.
class RichTextCache {
 public:
  const core::RichText& get(const std::string& markdown);
  std::size_t size() const { return parsed_.size(); }

 private:
  std::unordered_map<std::string, core::RichText> parsed_;
};

// Asks for at least `frames` more frames to be drawn without waiting for input.
inline void request_frames(FrameState& frame, int frames) {
  if (frames > frame.frames_to_draw) frame.frames_to_draw = frames;
}

}  // namespace app
