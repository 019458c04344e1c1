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

using Intent = std::variant<GoTo, OpenProfile, CloseProfile, ShowCourse, PresetCalculator>;

class Intents {
 public:
  void post(Intent intent) { queue_.push_back(std::move(intent)); }
  // Hands over everything posted so far and empties the queue.
  std::vector<Intent> take() { return std::exchange(queue_, {}); }
  bool empty() const { return queue_.empty(); }

 private:
  std::vector<Intent> queue_;
};

}  // namespace app
