// What a screen asks for while it draws: typed requests posted to one queue and applied once
// a frame, after rendering (app::apply_intents), so no screen builds another's route or writes
// another screen's state, and nothing changes under ImGui in the middle of a frame.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/content.hpp"
#include "core/route.hpp"

namespace app {

// A screen, with a profile or section where it has one; the calculator keeps its inputs.
struct GoTo {
  core::Screen screen = core::Screen::Program;
  std::string detail;
};
// A student's profile; the grid's scroll position is kept for coming back on phones.
struct OpenProfile {
  std::string student_id;
};
struct CloseProfile {
  bool restore_grid_scroll = false;  // phones: back to where the grid was
};
// A course on the Program screen: the course filter is cleared, its row marked and scrolled to.
struct ShowCourse {
  std::string course_id;
};
// The calculator, preset to a path and/or a published aid program's percentage.
struct PresetCalculator {
  std::optional<std::string> path_id;
  std::optional<core::AidPreset> aid;
};

// The calculator's share actions, on the scenario being edited and its estimate.
struct CopyLink {};
struct CopySummary {};
struct ExportCsv {};
// The "take it with you" QR code of the current screen's link.
struct ShowQrCode {};
// Lines for the notice banner (an input that was out of range, ...).
struct ShowNotices {
  std::vector<std::string> lines;
};

using Intent = std::variant<GoTo, OpenProfile, CloseProfile, ShowCourse, PresetCalculator, CopyLink, CopySummary,
                            ExportCsv, ShowQrCode, ShowNotices>;

class Intents {
 public:
  // Out of line (app.cpp): GCC 12 warns, wrongly, of an uninitialised variant where a posted
  // temporary is moved into the queue inline at -O2.
  void post(Intent intent);
  // Hands over everything posted so far and empties the queue.
  std::vector<Intent> take() { return std::exchange(queue_, {}); }
  bool empty() const { return queue_.empty(); }

 private:
  std::vector<Intent> queue_;
};

}  // namespace app
