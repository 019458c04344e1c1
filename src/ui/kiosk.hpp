// Kiosk mode, in one place: a recruiter's booth runs full screen, exits only on a chord, and
// after a quiet spell shows an attract screen and clears everything for the next visitor.
// There are no files and no browser at a booth, so links become QR codes to carry away.
// The state it keeps is AppState::kiosk (KioskUi); the native loop asks it how long to sleep.
#pragma once
#include "ui/app.hpp"
#include "ui/views.hpp"

namespace app {

// The kiosk's only way out, documented in --help.
constexpr const char* kKioskExitChord = "Ctrl+Alt+Shift+Q";

// Turns kiosk mode on: `text_scale` is the booth's touch-friendly starting text size.
void enable_kiosk(AppState& state, double idle_timeout, float text_scale);

// Any input from the user (at FrameState::now): keeps the kiosk awake, dismisses its attract screen.
void note_input(AppState& state, double now);
// Seconds until the idle reset is due (the platform may sleep that long); < 0 if none.
double seconds_until_idle_reset(const AppState& state, double now);
// How long the native loop may wait for input, in ms: `otherwise` outside kiosk mode; at a
// booth no longer than the idle reset, and at most half a second (to notice a stop signal).
int kiosk_wait_ms(const AppState& state, int otherwise);
// Clears every input, closes everything, returns to the Program screen.
void reset_for_next_visitor(AppState& state);

// Before ImGui::NewFrame: the exit chord, the idle reset, and the wake-up tap that must not
// click anything.
void kiosk_before_frame(AppState& state);
// While drawing, before the screens: draws the attract screen when it shows (returns true:
// nothing else is drawn then).
bool kiosk_draw(AppState& state);
// After drawing: a link the visitor opened becomes a QR code to scan instead.
void kiosk_after_frame(AppState& state);
// How the calculator offers its estimate: at a booth a QR code instead of the clipboard and
// files (none without a QR encoder or the page's address).
ui::ShareMode calculator_share_mode(const AppState& state);

}  // namespace app
