// Web platform layer: WebGL 2 through Emscripten's html5 API (no SDL, which would cost a
// fifth of the bundle), driven by the browser's animation frames. It draws only when input
// arrived or the app animates, keeps the address bar's hash and the app's route in step,
// saves settings to localStorage, and bridges clipboard, links and downloads.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "a11y_bridge.hpp"
#include "core/settings.hpp"
#include "imgui_impl_html5.h"
#include "imgui_impl_webgl2.h"
#include "ui/app.hpp"
#include "ui/theme.hpp"
#include "web_bridge.hpp"

namespace {

const char* const kSettingsKey = "aimeng-explorer.settings";

struct WebPlatform {
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  std::unique_ptr<app::AppState> state;
  web::Renderer renderer;
  std::string last_hash_route;  // what the address bar shows, to tell our changes from the user's
  std::string last_saved_settings;
  bool save_settings = true;  // false when unreadable saved settings could not be copied aside
  double last_time = 0;
  bool first_frame_done = false;
  bool requests_waiting = false;  // the first frame's, served on the next animation frame
};

WebPlatform* g_platform = nullptr;  // the page's one instance, reachable from browser callbacks

// The canvas's backing store follows its CSS size times the device pixel ratio (crisp text).
void sync_canvas_size(WebPlatform& p) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double ratio = std::max(1.0, emscripten_get_device_pixel_ratio());
  const int w = std::max(1, static_cast<int>(std::lround(css_w * ratio)));
  const int h = std::max(1, static_cast<int>(std::lround(css_h * ratio)));
  int cur_w = 0, cur_h = 0;
  emscripten_get_canvas_element_size("#canvas", &cur_w, &cur_h);
  if (cur_w != w || cur_h != h) emscripten_set_canvas_element_size("#canvas", w, h);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));
  if (std::abs(static_cast<float>(ratio) - p.state->pixel_ratio) > 0.01f) {
    p.state->pixel_ratio = static_cast<float>(ratio);
    p.state->fonts_dirty = true;
  }
  p.state->frame.frames_to_draw = std::max(p.state->frame.frames_to_draw, 2);
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  if (g_platform) sync_canvas_size(*g_platform);
  return EM_FALSE;
}

// The app's side of the html5 backend's callbacks.
void wake(int frames) {
  if (g_platform) app::request_frames(*g_platform->state, frames);
}

void touch(ImGui_ImplHtml5_TouchPhase phase, ImVec2 pos, double seconds) {
  app::AppState& state = *g_platform->state;
  switch (phase) {
    case ImGui_ImplHtml5_TouchPhase::Begin:
      app::touch_begin(state, pos, seconds);
      break;
    case ImGui_ImplHtml5_TouchPhase::Move:
      app::touch_move(state, pos, seconds);
      break;
    case ImGui_ImplHtml5_TouchPhase::End:
      app::touch_end(state, seconds);
      break;
  }
}

int text_field_at(float x, float y) {
  for (const app::TextField& f : g_platform->state->frame.text_fields)
    if (x >= f.min.x && x <= f.max.x && y >= f.min.y && y <= f.max.y) return f.numeric ? 2 : 1;
  return 0;
}

void serve_requests(WebPlatform& p) {
  web::mirror_after_frame(*p.state);
  auto& r = p.state->frame.requests;
  if (r.open_url) web::open_in_new_tab(*r.open_url);
  if (r.clipboard_text) web::copy_to_clipboard(*r.clipboard_text);
  if (r.save_file) web::download(r.save_file->file_name, r.save_file->mime_type, r.save_file->contents);
  r = {};
  // The address bar follows the app: a new screen or profile gets its own history entry;
  // edits within a screen replace it.
  const std::string route = app::current_route(*p.state);
  if (route != p.last_hash_route) {
    const bool same_screen =
        route.substr(0, route.find('?')) == p.last_hash_route.substr(0, p.last_hash_route.find('?'));
    web::set_hash(route, same_screen);
    p.last_hash_route = route;
  }
  const std::string settings = core::write_settings(app::settings_snapshot(*p.state));
  if (p.save_settings && settings != p.last_saved_settings) {
    web::save_local(kSettingsKey, settings);
    p.last_saved_settings = settings;
  }
}

void main_loop(void*) {
  WebPlatform& p = *g_platform;
  const double now = emscripten_get_now();
  const double dt = (now - p.last_time) / 1000.0;
  p.last_time = now;
  if (p.requests_waiting) {
    p.requests_waiting = false;
    serve_requests(p);
  }
  if (!app::wants_frames(*p.state) && !(ImGui::GetIO().WantTextInput && std::fmod(now, 500.0) < 20.0))
    return;  // idle: draw nothing, cost nothing (a focused field still blinks its cursor)

  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(std::clamp(dt, 1e-4, 0.1));
  if (app::prepare_fonts(*p.state)) p.renderer.upload_fonts();
  const bool first = !p.first_frame_done;
  p.state->frame.visible_part_only = first;
  if (first) {
    web::mark("fonts");
    // ImGui sizes windows and tables from the frame before, and a window sized to its content
    // inside a scrolling one takes two frames to settle (the scroll bar comes on the third), so
    // the very first frame is laid out twice unseen and drawn on the third pass: the first
    // picture does not shift when the next frame comes.
    app::frame(*p.state);
    app::frame(*p.state);
  }
  app::frame(*p.state);
  if (first) web::mark("frame-built");
  if (!p.renderer.render(*ImGui::GetDrawData(), theme::vec4(theme::background))) {
    web::fail(p.renderer.error());
    emscripten_cancel_main_loop();
    return;
  }
  ImGui_ImplHtml5_EndFrame();
  if (first) {
    // The browser shows the first picture once this task ends, so the address bar and the
    // saved settings wait for the next animation frame.
    p.first_frame_done = true;
    p.requests_waiting = true;
    web::mark("frame-drawn");
    web::set_app_state("ready");
    web::count_frame(emscripten_get_now() - now);
    return;
  }
  serve_requests(p);  // with the accessibility mirror's update
  web::count_frame(emscripten_get_now() - now);
}

}  // namespace

// Called from JavaScript when the canvas's size on the page changes.
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_on_canvas_resize() {
  if (g_platform) sync_canvas_size(*g_platform);
}

// Called from JavaScript when the address bar's hash changes (back, forward, a pasted link).
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_on_hashchange() {
  if (!g_platform) return;
  const std::string route = web::current_hash();
  if (route == g_platform->last_hash_route) return;
  g_platform->last_hash_route = route;
  app::open_link(*g_platform->state, route.empty() ? "/program" : route);
}

int main() {
  web::mark("start");
  static WebPlatform platform;  // lives for the page's lifetime
  g_platform = &platform;

  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.antialias = EM_FALSE;
  attrs.enableExtensionsByDefault = EM_FALSE;  // ImGui needs none; enabling each costs a GPU round trip
  platform.gl = emscripten_webgl_create_context("#canvas", &attrs);
  if (platform.gl <= 0) {
    web::no_webgl();
    return 1;
  }
  emscripten_webgl_make_context_current(platform.gl);

  app::create_imgui_context();
  platform.renderer.init();

  platform.state = std::make_unique<app::AppState>();
  sync_canvas_size(platform);
  const std::string hash = web::current_hash();
  const std::string saved = web::load_local(kSettingsKey);
  std::optional<core::SettingsRead> read;
  if (!saved.empty()) {
    read = core::read_settings(saved, "saved settings");
    if (!read->keep_aside.empty()) {
      // Kept under a key that says why, so the next save replaces nothing that is not copied.
      const std::string aside = std::string(kSettingsKey) + "." + read->keep_aside;
      web::save_local(aside, saved);
      if (web::load_local(aside) == saved) {
        web::remove_local(kSettingsKey);
        read->problems.back() += " (the old settings were kept in this browser's storage as " + aside + ")";
      } else {  // storage full or refused: the old settings stay where they are, and nothing is saved
        platform.save_settings = false;
        read->problems.back() += " (they could not be copied aside, so this visit's settings will not be saved)";
      }
    } else {
      platform.last_saved_settings = saved;
    }
  }
  app::StartOptions start;
  start.route = hash;
  start.saved = read ? &*read : nullptr;
  start.share_base_url = web::page_address();
  start.today = web::today();
  app::start(*platform.state, start);
  platform.state->a11y_enabled = web::mirror_wanted();
  web::mirror_attach(*platform.state);
  web::mark("content");
  platform.last_hash_route = hash;  // the first frame's serve_requests normalises the address bar
  platform.last_time = emscripten_get_now();

  ImGui_ImplHtml5_Callbacks callbacks;
  callbacks.wake = wake;
  callbacks.touch = touch;
  callbacks.text_field_at = text_field_at;
  callbacks.page_owns_tab = platform.state->a11y_enabled;  // Tab moves through the mirror
  ImGui_ImplHtml5_Init(callbacks);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  web::listen_for_hashchange();
  web::watch_canvas_size();
  main_loop(nullptr);  // the first frame now, not an animation frame later
  emscripten_set_main_loop_arg(main_loop, nullptr, 0, EM_TRUE);
  return 0;
}
