// Kiosk mode; see kiosk.hpp.
#include "ui/kiosk.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the input event queue

#include <algorithm>
#include <cfloat>

#include "ui/theme.hpp"

namespace app {

namespace {

// Drops the pointer's queued events (the tap that woke the attract screen) but keeps the keys,
// so the exit chord still works on its first press.
void drop_pointer_input() {
  ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
  for (int i = queue.Size - 1; i >= 0; --i) {
    const ImGuiInputEventType type = queue[i].Type;
    if (type == ImGuiInputEventType_MousePos || type == ImGuiInputEventType_MouseButton ||
        type == ImGuiInputEventType_MouseWheel)
      queue.erase(queue.Data + i);
  }
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

// Whether the queued input presses the exit chord: Q going down while Ctrl, Alt and Shift are
// held. Read from ImGui's queue in order, before the frame processes it: on a busy machine a
// press arrives with the modifiers' releases in the same frame, and ImGui's key state at the
// end of that frame no longer has the modifiers down.
bool exit_chord_queued() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  bool ctrl = g.IO.KeyCtrl, alt = g.IO.KeyAlt, shift = g.IO.KeyShift;
  for (const ImGuiInputEvent& e : g.InputEventsQueue) {
    if (e.Type != ImGuiInputEventType_Key) continue;
    const ImGuiKey key = e.Key.Key;
    if (key == ImGuiMod_Ctrl) ctrl = e.Key.Down;
    if (key == ImGuiMod_Alt) alt = e.Key.Down;
    if (key == ImGuiMod_Shift) shift = e.Key.Down;
    if (key == ImGuiKey_Q && e.Key.Down && ctrl && alt && shift) return true;
  }
  return false;
}

void draw_attract(const AppState& s) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImVec2 min = vp->WorkPos;
  const ImVec2 max(min.x + vp->WorkSize.x, min.y + vp->WorkSize.y);
  dl->AddRectFilled(min, max, theme::u32(theme::header));
  const float h1 = s.fonts.display->FontSize * ImGui::GetIO().FontGlobalScale;
  const float body = s.fonts.h2->FontSize * ImGui::GetIO().FontGlobalScale;
  const char* title = "Duke AI Master of Engineering";
  const char* invite = "Touch anywhere to explore the program, its students, and what it costs";
  const ImVec2 ts = s.fonts.h1->CalcTextSizeA(h1, FLT_MAX, 0, title);
  const ImVec2 is = s.fonts.h2->CalcTextSizeA(body, FLT_MAX, 0, invite);
  const float cy = (min.y + max.y) * 0.5f;
  dl->AddText(s.fonts.h1, h1, ImVec2((min.x + max.x - ts.x) * 0.5f, cy - ts.y - body * 0.5f),
              theme::u32(theme::on_header), title);
  dl->AddText(s.fonts.h2, body, ImVec2((min.x + max.x - is.x) * 0.5f, cy + body * 0.5f),
              theme::u32(theme::header_subtle), invite);
}

}  // namespace

void enable_kiosk(AppState& state, double idle_timeout, float text_scale) {
  state.kiosk.enabled = true;
  state.kiosk.idle_timeout = idle_timeout;
  state.kiosk.text_scale = text_scale;
  state.text_scale = text_scale;
  state.fonts_dirty = true;
}

void note_input(AppState& state, double now) {
  state.kiosk.last_input = now;
  if (state.kiosk.attract) {
    state.kiosk.attract = false;
    state.kiosk.swallow_input = true;
    request_frames(state, 3);
  }
}

double seconds_until_idle_reset(const AppState& state, double now) {
  if (!state.kiosk.enabled || state.kiosk.attract) return -1;
  return std::max(0.0, state.kiosk.last_input + state.kiosk.idle_timeout - now);
}

int kiosk_wait_ms(const AppState& state, int otherwise) {
  if (!state.kiosk.enabled) return otherwise;
  const double until_reset = seconds_until_idle_reset(state, state.frame.now);
  return until_reset >= 0 ? std::min(500, static_cast<int>(until_reset * 1000.0) + 1) : 500;
}

void reset_for_next_visitor(AppState& state) {
  state.calculator.scenario = {default_scenario(state), std::nullopt};
  state.calculator.editing_comparison = false;
  state.calculator.dirty = true;
  state.students.filter = {};
  state.program = {};
  state.search.query.clear();
  state.search.results.clear();
  state.search.open = false;
  state.qr_visible = false;
  state.toast.clear();
  if (state.text_scale != state.kiosk.text_scale) {
    state.text_scale = state.kiosk.text_scale;
    state.fonts_dirty = true;
  }
  navigate(state, core::Route{});
  state.scroll = {};
  state.scroll.to_top = true;  // applied when the page is next drawn; costs no frames meanwhile
  request_frames(state, 3);
}

void kiosk_before_frame(AppState& state) {
  KioskUi& k = state.kiosk;
  if (!k.enabled) return;
  if (exit_chord_queued()) k.quit_requested = true;
  if (!k.attract && state.frame.now - k.last_input >= k.idle_timeout) {
    reset_for_next_visitor(state);
    k.attract = true;
  }
  if (k.swallow_input) {
    drop_pointer_input();
    k.swallow_input = false;
  }
  if (seconds_until_idle_reset(state, state.frame.now) == 0.0) request_frames(state, 2);  // draw the reset
}

bool kiosk_draw(AppState& state) {
  if (!state.kiosk.enabled || !state.kiosk.attract) return false;
  draw_attract(state);
  return true;
}

void kiosk_after_frame(AppState& state) {
  auto& url = state.frame.requests.open_url;
  if (!state.kiosk.enabled || !url) return;
  state.qr_text = *url;
  state.qr_visible = static_cast<bool>(state.make_qr);
  url.reset();
}

ui::ShareMode calculator_share_mode(const AppState& state) {
  if (!state.kiosk.enabled) return ui::ShareMode::CopyAndExport;
  return state.make_qr && !state.share_base_url.empty() ? ui::ShareMode::QrCode : ui::ShareMode::None;
}

}  // namespace app
