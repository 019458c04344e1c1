// Web platform layer: Emscripten's html5 API (no SDL, which would cost a fifth of the bundle),
// driven by the browser's animation frames. web/render.js draws the frames, with WebGL 2 in a
// worker where the browser can, so this thread never waits for the GPU. It lays out a frame
// only when input arrived or the app animates, keeps the address bar's hash and the app's route
// in step, saves settings to localStorage, and bridges clipboard, links and downloads.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "a11y_bridge.hpp"
#include "core/settings.hpp"
#include "imgui_impl_html5.h"
#include "ui/app.hpp"
#include "ui/builtin_content.hpp"
#include "ui/code_warm_up.hpp"
#include "ui/draw_fingerprint.hpp"
#include "ui/draw_packet.hpp"
#include "ui/theme.hpp"
#include "web_bridge.hpp"

namespace {

const char* const kSettingsKey = "aimeng-explorer.settings";
// The font atlas's texture as draw commands name it (the web's renderer has no other).
const ImTextureID kFontTexture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1));

struct WebPlatform {
  std::unique_ptr<app::AppState> state;
  std::vector<std::uint32_t> frame_words;   // the frame sent to the renderer (ui::pack_draw_data)
  int buffer_width = 0, buffer_height = 0;  // the canvas's drawing buffer, in pixels
  std::string last_hash_route;              // what the address bar shows, to tell our changes from the user's
  // The address bar holds a link the app has just opened (at start, or after back, forward or a
  // pasted link); the app's own form of it (a bare page's "/program", a bad link's fallback)
  // replaces that history entry rather than adding one, so Back leaves instead of returning here.
  bool address_is_opened_link = true;
  std::string last_saved_settings;
  bool save_settings = true;  // false when unreadable saved settings could not be copied aside
  double last_time = 0;
  std::optional<core::SettingsRead> saved;         // between the start-up's settings and content steps
  std::optional<core::LoadResult> builtin;         // read, for the app's start
  std::unique_ptr<ui::FontAtlasBuild> font_build;  // between the start-up's font steps
  std::unique_ptr<ui::ImGuiWarmUp> warm_up;        // between its warm-up steps
  // The first frame's requests: kept until the renderer has drawn it, then served over two
  // tasks (finish_start) with no frame between them.
  enum class FirstRequests { none, waiting, serving, served } first_requests = FirstRequests::none;
  // What the canvas shows (ui::draw_fingerprint); a frame that would draw it again draws nothing.
  std::uint64_t shown_picture = 0;
  bool canvas_stale = true;    // resized (its buffer cleared) or the font texture replaced
  bool visitor_acted = false;  // input, a link or the accessibility mirror, since the page loaded
};

WebPlatform* g_platform = nullptr;  // the page's one instance, reachable from browser callbacks

// The canvas's backing store follows its CSS size times the device pixel ratio (crisp text).
void sync_canvas_size(WebPlatform& p) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double ratio = std::max(1.0, emscripten_get_device_pixel_ratio());
  // The renderer sizes the buffer from each frame (ui::framebuffer_pixels, the same rounding).
  const int w = ui::framebuffer_pixels(static_cast<float>(css_w), static_cast<float>(ratio));
  const int h = ui::framebuffer_pixels(static_cast<float>(css_h), static_cast<float>(ratio));
  if (p.buffer_width != w || p.buffer_height != h) {
    p.buffer_width = w;
    p.buffer_height = h;
    p.canvas_stale = true;  // resizing clears it
  }
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

// The app's side of the html5 backend's callbacks (each input event wakes the loop).
void wake(int frames) {
  if (!g_platform) return;
  app::request_frames(*g_platform->state, frames);
  g_platform->visitor_acted = true;
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

// Gives the renderer the font atlas's texture (the picture on the canvas then no longer
// matches its fingerprint).
void send_fonts(WebPlatform& p) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  web::send_font(pixels, width, height);
  atlas.SetTexID(kFontTexture);
  atlas.ClearTexData();  // the renderer has its copy
  p.canvas_stale = true;
}

// Rebuilds the font atlas if the app asked for it (a new text size or pixel ratio, a typed
// Latin-1 letter), and sends it.
void upload_rebuilt_fonts(WebPlatform& p) {
  if (app::prepare_fonts(*p.state)) send_fonts(p);
}

// Whether this frame is one of a long screen's first layout, spread over frames, that the
// visitor has not interrupted: what it changes is below the window (and the scroll bar's
// estimate of it), so the canvas need not show it; the frame that finishes the layout is drawn.
bool unseen_layout_frame(const WebPlatform& p) {
  return p.state->frame.layout_cut && !p.visitor_acted;
}

// What a frame asked of the page besides its accessibility tree: links, the clipboard, downloads,
// the address bar and the saved settings.
void serve_page_requests(WebPlatform& p) {
  auto& r = p.state->frame.requests;
  if (r.open_url) web::open_in_new_tab(*r.open_url);
  if (r.clipboard_text) web::copy_to_clipboard(*r.clipboard_text);
  if (r.save_file) web::download(r.save_file->file_name, r.save_file->mime_type, r.save_file->contents);
  r = {};
  // The address bar follows the app: a new screen or profile gets its own history entry;
  // edits within a screen, and the app's own form of a link it opened, replace it.
  const std::string route = app::current_route(*p.state);
  if (route != p.last_hash_route) {
    const bool same_screen =
        route.substr(0, route.find('?')) == p.last_hash_route.substr(0, p.last_hash_route.find('?'));
    web::set_hash(route, same_screen || p.address_is_opened_link);
    p.last_hash_route = route;
  }
  p.address_is_opened_link = false;
  const std::string settings = core::write_settings(app::settings_snapshot(*p.state));
  if (p.save_settings && settings != p.last_saved_settings) {
    web::save_local(kSettingsKey, settings);
    p.last_saved_settings = settings;
  }
}

void serve_requests(WebPlatform& p) {
  web::mirror_after_frame(*p.state);
  serve_page_requests(p);
}

// Lays out one frame and renders it, unless it would draw the picture the canvas already
// shows, or it is an unseen layout frame (above; once the visitor acts, every new picture is
// drawn, so scrolling and its inertia show at once). Every drawn frame costs the GPU, and
// software-composited browsers read each one back from it on the main thread. The caller
// serves the frame's requests.
void draw_frame(WebPlatform& p) {
  p.visitor_acted = p.visitor_acted || p.state->a11y.busy();
  app::frame(*p.state);
  const ImVec4 clear = theme::vec4(theme::background);
  const ImDrawData& draw_data = *ImGui::GetDrawData();
  const std::uint64_t picture = ui::draw_fingerprint(draw_data, clear);
  if (p.canvas_stale || (picture != p.shown_picture && !unseen_layout_frame(p))) {
    ui::pack_draw_data(draw_data, clear, kFontTexture, p.frame_words);
    web::send_frame(p.frame_words);
    p.shown_picture = picture;
    p.canvas_stale = false;
  }
  ImGui_ImplHtml5_EndFrame();
}

// After the first picture, its requests, in two tasks: with a phone's slower CPU, the
// accessibility mirror's first tree and the settings' first save (whose code the browser
// compiles then) made a task of about 90 ms together.
void finish_start_requests() {
  serve_page_requests(*g_platform);
  g_platform->first_requests = WebPlatform::FirstRequests::served;
}

void finish_start() {
  web::mirror_after_frame(*g_platform->state);
  web::post_task(finish_start_requests);
}

void main_loop(void*) {
  WebPlatform& p = *g_platform;
  const double now = emscripten_get_now();
  const double dt = (now - p.last_time) / 1000.0;
  p.last_time = now;
  using FirstRequests = WebPlatform::FirstRequests;
  if (p.first_requests == FirstRequests::waiting) {  // the first frame's, once it is on the screen
    if (!web::first_picture_shown()) return;
    p.first_requests = FirstRequests::serving;
    web::post_task(finish_start);
    return;
  }
  if (p.first_requests == FirstRequests::serving) return;
  if (!app::wants_frames(*p.state) && !(ImGui::GetIO().WantTextInput && std::fmod(now, 500.0) < 20.0))
    return;  // idle: draw nothing, cost nothing (a focused field still blinks its cursor)

  ImGui::GetIO().DeltaTime = static_cast<float>(std::clamp(dt, 1e-4, 0.1));
  upload_rebuilt_fonts(p);
  app::continue_spread_layout(*p.state);  // the first layout, a little further each frame
  draw_frame(p);
  serve_requests(p);  // with the accessibility mirror's update
  web::count_frame(emscripten_get_now() - now);
}

// --- The start-up, one step a task --------------------------------------------------------------
// Each step returns to the browser before the next (a task of its own, web::post_task), so the
// page paints and answers input between them and no task blocks a phone's main thread for long:
// main() creates the ImGui context; then the canvas gets its size and the saved settings are
// read; then the built-in content is read from its pack; then the app starts; then the font
// atlas's glyphs are measured over as many tasks as they take (the icons' metrics come with the
// build), packed, and sent to the renderer, which draws them (browser_font_atlas.cpp); then
// ImGui's code runs once, to be compiled (start_warm_up); then the first frame's two unseen
// layout passes; then the first frame is sent to the renderer (which
// shell.js started while the wasm downloaded); then the main loop lays out the rest of a long
// screen a little per frame (app::continue_spread_layout). Each step is defined above the one
// before it calls it.

void then(void (*step)()) {
  web::post_task(step);
}

void start_drawing() {
  WebPlatform& p = *g_platform;
  const double began = emscripten_get_now();
  draw_frame(p);
  web::mark("frame-built");
  // The renderer draws it meanwhile (the page then marks "frame-drawn" and is "ready"). The
  // address bar, the saved settings and the accessibility mirror wait until it has: the mirror's
  // hundreds of elements, laid out and painted, would otherwise keep the GPU process (which
  // composites every page frame) from the renderer's context and shaders in the meantime.
  p.first_requests = WebPlatform::FirstRequests::waiting;
  p.last_time = emscripten_get_now();
  web::count_frame(p.last_time - began);
  emscripten_set_main_loop_arg(main_loop, nullptr, 0, EM_FALSE);
}

// ImGui sizes windows and tables from the frame before, and a window sized to its content
// inside a scrolling one takes two frames to settle (the scroll bar comes on the third), so
// the first picture is laid out twice unseen, a task each: it does not shift when the next
// frame comes. Those passes build no accessibility tree: the mirror starts from the drawn
// frame's, and a tree changes nothing in the layout.
void unseen_frame(app::AppState& state) {
  const bool mirror = state.a11y_enabled;
  state.a11y_enabled = false;
  app::frame(state);
  state.a11y_enabled = mirror;
}

void start_layout_again() {
  unseen_frame(*g_platform->state);
  web::mark("layout");
  then(start_drawing);
}

void start_layout() {
  WebPlatform& p = *g_platform;
  ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  app::begin_spread_layout(*p.state);
  unseen_frame(*p.state);
  then(start_layout_again);
}

// ImGui's code run once in a throwaway context, a part a task, so the browser compiles it in
// tasks of its own rather than in the first layout's (ui/code_warm_up.hpp).
void continue_warm_up() {
  WebPlatform& p = *g_platform;
  if (p.warm_up->step()) {
    then(continue_warm_up);
    return;
  }
  p.warm_up.reset();
  web::mark("warm-up");
  then(start_layout);
}

void start_warm_up() {
  g_platform->warm_up = std::make_unique<ui::ImGuiWarmUp>(*ImGui::GetIO().Fonts);
  continue_warm_up();
}

// The font atlas's glyphs, measured for about kFontStepMs a task (the build's rasterise steps):
// all of them are 70-100 ms of work with a phone's slower CPU, and a task of 50 ms or more
// holds up the page's input.
constexpr double kFontStepMs = 10.0;
constexpr int kGlyphsAtATime = 8;

void start_fonts();  // below: continue_fonts goes back to it for an atlas that came out too large

void continue_fonts() {
  WebPlatform& p = *g_platform;
  const double began = emscripten_get_now();
  bool done = false;
  while (!done && emscripten_get_now() - began < kFontStepMs) done = p.font_build->rasterise(kGlyphsAtATime);
  if (!done) {
    then(continue_fonts);
    return;
  }
  const bool fits = app::finish_fonts(*p.state, *p.font_build);
  p.font_build.reset();
  if (!fits) {  // too large for some GPUs: again, smaller
    then(start_fonts);
    return;
  }
  send_fonts(p);
  web::mark("fonts");
  then(start_warm_up);
}

// The fonts added and their code points chosen.
void start_fonts() {
  WebPlatform& p = *g_platform;
  p.font_build = app::begin_fonts(*p.state);
  then(continue_fonts);
}

// The settings this browser saved. Unreadable ones are copied aside under a key that says
// why (so the next save replaces nothing that is not copied), or, when storage refuses the
// copy, left where they are with saving turned off for this visit.
std::optional<core::SettingsRead> read_saved_settings(WebPlatform& p) {
  const std::string saved = web::load_local(kSettingsKey);
  if (saved.empty()) return std::nullopt;
  core::SettingsRead read = core::read_settings(saved, "saved settings");
  if (read.keep_aside.empty()) {
    p.last_saved_settings = saved;
    return read;
  }
  const std::string aside = std::string(kSettingsKey) + "." + read.keep_aside;
  web::save_local(aside, saved);
  if (web::load_local(aside) == saved) {
    web::remove_local(kSettingsKey);
    read.problems.back() += " (the old settings were kept in this browser's storage as " + aside + ")";
  } else {
    p.save_settings = false;
    read.problems.back() += " (they could not be copied aside, so this visit's settings will not be saved)";
  }
  return read;
}

// The app started on the built-in content.
void start_app() {
  WebPlatform& platform = *g_platform;
  core::LoadResult& builtin = *platform.builtin;
  const std::string hash = web::current_hash();
  app::StartOptions start;
  start.route = hash;
  start.saved = platform.saved ? &*platform.saved : nullptr;
  start.share_base_url = web::page_address();
  start.today = web::today();
  start.builtin_content = &builtin;
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
  platform.saved.reset();
  platform.builtin.reset();
  then(start_fonts);
}

// The built-in content, read from the pack the build made (ui/builtin_content.hpp; used by
// start_app).
void start_content() {
  g_platform->builtin = app::read_builtin_content();
  web::mark("read");
  then(start_app);
}

// The canvas's size and the settings this browser saved (read here, used by start_app).
void start_settings() {
  WebPlatform& platform = *g_platform;
  sync_canvas_size(platform);
  platform.saved = read_saved_settings(platform);
  web::mark("settings");
  then(start_content);
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
  g_platform->address_is_opened_link = true;
  g_platform->visitor_acted = true;
  app::open_link(*g_platform->state, route.empty() ? "/program" : route);
}

int main() {
  web::mark("start");
  static WebPlatform platform;  // lives for the page's lifetime
  g_platform = &platform;
  app::create_imgui_context();
  platform.state = std::make_unique<app::AppState>();
  web::add_face_file(ui::browser_icon_face());
  then(start_settings);  // the runtime stays after main returns (no EXIT_RUNTIME)
  return 0;
}
