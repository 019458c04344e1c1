// The web side of the accessibility tree: after each drawn frame, sends what changed in the
// tree to the page's mirror (platform/web/a11y_mirror.js) and the frame's announcements to
// its live regions; the mirror's focus, activate and set-value requests come back through
// the aimeng_a11y_* exports.
#pragma once
#include "ui/app.hpp"

namespace web {

// Whether the page wants the mirror (not with ?mirror=off, which benchmarks use as a baseline).
bool mirror_wanted();
// Connects the mirror's requests to `state`; call once, before the first frame.
void mirror_attach(app::AppState& state);
// After a frame: applies the tree's changes to the page and speaks its announcements.
void mirror_after_frame(app::AppState& state);

}  // namespace web
