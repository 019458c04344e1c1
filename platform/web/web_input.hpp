// Browser input for ImGui without SDL: mouse, wheel, touch (through app's touch gestures),
// keys, and text from an offscreen <input> so phones raise their on-screen keyboard.
#pragma once
#include "ui/app.hpp"

namespace web {
// Registers the html5 callbacks on the canvas and window; `state` must outlive the page.
void install_input(app::AppState& state);
// Once a frame, after drawing: follows ImGui's wanted cursor and drops the keyboard when no
// text field is active any more.
void update_input(app::AppState& state);

extern app::AppState* g_state;      // set by install_input(), for the callbacks
void wake(int frames);              // the next frames must be drawn
void queue_text(const char* utf8);  // typed text, delivered once a text field is active
}  // namespace web
