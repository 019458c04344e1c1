#include "a11y_bridge.hpp"

#include <emscripten.h>
#include <imgui.h>

#include <cstdint>
#include <string>
#include <utility>

#include "core/a11y_tree.hpp"

// clang-format off
EM_JS(int, js_mirror_wanted, (), { return window.aimengMirror && window.aimengMirror.enabled ? 1 : 0; });
EM_JS(void, js_mirror_apply, (const char* ops), { window.aimengMirror.apply(UTF8ToString(ops)); });
EM_JS(void, js_mirror_announce, (const char* key, const char* text, int alert), {
  window.aimengMirror.announce(UTF8ToString(key), UTF8ToString(text), alert !== 0);
});
// clang-format on

namespace {

struct Mirror {
  app::AppState* state = nullptr;
  core::A11yTree shown;  // what the page's mirror holds now
};
Mirror g_mirror;  // the page's one mirror, reached from the page's callbacks

void wake() {
  if (g_mirror.state) app::request_frames(*g_mirror.state, 3);
}

}  // namespace

namespace web {

bool mirror_wanted() {
  return js_mirror_wanted() != 0;
}

void mirror_attach(app::AppState& state) {
  g_mirror.state = &state;
}

void mirror_after_frame(app::AppState& state) {
  if (!state.a11y_enabled) return;
  const std::string ops = core::a11y_diff(g_mirror.shown, state.a11y.tree);
  if (!ops.empty()) js_mirror_apply(ops.c_str());  // a frame that changed nothing touches nothing
  // What the page holds is this frame's tree; the next frame overwrites the other in place.
  std::swap(g_mirror.shown, state.a11y.tree);
  for (const auto& a : state.a11y.announcements) js_mirror_announce(a.key.c_str(), a.text.c_str(), a.alert ? 1 : 0);
  state.a11y.announcements.clear();
}

}  // namespace web

// The page's focus moved to the element of node `id` (Tab, or a screen reader's cursor).
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_a11y_focus(std::uint32_t id) {
  if (!g_mirror.state) return;
  g_mirror.state->a11y.focus_request = id;
  wake();
}

// The element of node `id` was activated (click, Enter, Space, a screen reader's default
// action): ImGui acts on the item exactly as on a click, on the next frame.
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_a11y_activate(std::uint32_t id) {
  if (!g_mirror.state || id == 0) return;
  g_mirror.state->a11y.activate_request = id;  // once the item is in view (ui/a11y.cpp)
  g_mirror.state->a11y.focus_request = id;
  wake();
}

// A field's element got a new value (typed, or chosen in a <select>: the option's index).
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_a11y_set_value(std::uint32_t id, const char* utf8) {
  if (!g_mirror.state || !utf8) return;
  std::string text(utf8);
  if (text.size() > 256) text.resize(256);  // no field of the app takes more
  g_mirror.state->a11y.value_request_id = id;
  g_mirror.state->a11y.value_request = text;
  wake();
}
