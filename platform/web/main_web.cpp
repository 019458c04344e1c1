// Web platform layer: SDL2 (built with Emscripten) + WebGL 2, driven by the browser's
// animation frames. It draws only when input arrived or the app animates, keeps the address
// bar's hash and the app's route in step, and bridges clipboard, links and downloads.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <memory>
#include <string>

#include "ui/app.hpp"
#include "web_bridge.hpp"

namespace {

struct WebPlatform {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  std::unique_ptr<app::AppState> state;
  std::string last_hash_route;
  std::string last_saved_settings;  // what the address bar shows, to tell our changes from the user's
  bool first_frame_done = false;
};

WebPlatform* g_platform = nullptr;  // the one instance, reachable from browser callbacks
const char* const kSettingsKey = "aimeng-explorer.settings";

void sync_canvas_size(WebPlatform& p) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  int w = 0, h = 0;
  SDL_GetWindowSize(p.window, &w, &h);
  if (static_cast<int>(css_w) != w || static_cast<int>(css_h) != h)
    SDL_SetWindowSize(p.window, std::max(1, static_cast<int>(css_w)), std::max(1, static_cast<int>(css_h)));
  int dw = 0, dh = 0;
  SDL_GL_GetDrawableSize(p.window, &dw, &dh);
  const float ratio = css_w > 0 ? static_cast<float>(dw) / static_cast<float>(css_w) : 1.0f;
  if (ratio > 0 && std::abs(ratio - p.state->pixel_ratio) > 0.01f) {
    p.state->pixel_ratio = ratio;
    p.state->fonts_dirty = true;
  }
  p.state->frames_to_draw = std::max(p.state->frames_to_draw, 2);
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  if (g_platform) sync_canvas_size(*g_platform);
  return EM_FALSE;
}

void serve_requests(WebPlatform& p) {
  auto& r = p.state->requests;
  if (r.open_url) web::open_in_new_tab(*r.open_url);
  if (r.clipboard_text) web::copy_to_clipboard(*r.clipboard_text);
  if (r.save_file) web::download(r.save_file->file_name, r.save_file->mime_type, r.save_file->contents);
  if (r.route_changed) {
    const std::string route = app::current_route(*p.state);
    if (route != p.last_hash_route) {
      // A new screen or profile gets its own history entry; edits within a screen replace it.
      const bool same_screen = route.substr(0, route.find('?')) == p.last_hash_route.substr(0, p.last_hash_route.find('?'));
      web::set_hash(route, same_screen);
      p.last_hash_route = route;
    }
  }
  r = {};
}

void main_loop(void*) {
  WebPlatform& p = *g_platform;
  bool had_event = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    had_event = true;
  }
  if (had_event) p.state->frames_to_draw = std::max(p.state->frames_to_draw, 3);
  if (!app::wants_frames(*p.state)) return;  // idle: draw nothing, cost nothing

  if (app::prepare_fonts(*p.state)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  app::frame(*p.state);
  int dw = 0, dh = 0;
  SDL_GL_GetDrawableSize(p.window, &dw, &dh);
  glViewport(0, 0, dw, dh);
  glClearColor(0xF4 / 255.0f, 0xF6 / 255.0f, 0xFA / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  web::count_frame();
  serve_requests(p);
  const std::string settings = core::write_settings(app::settings_snapshot(*p.state));
  if (settings != p.last_saved_settings) {
    web::save_local(kSettingsKey, settings);
    p.last_saved_settings = settings;
  }
  if (!p.first_frame_done) {
    p.first_frame_done = true;
    web::set_app_state("ready");
  }
}

}  // namespace

// Called from JavaScript when the address bar's hash changes (back, forward, a pasted link).
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_on_hashchange() {
  if (!g_platform) return;
  const std::string route = web::current_hash();
  if (route == g_platform->last_hash_route) return;
  g_platform->last_hash_route = route;
  app::navigate(*g_platform->state, route.empty() ? "/program" : route);
  g_platform->state->requests.route_changed = false;
}

int main() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    web::fail(std::string("SDL could not start: ") + SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");

  static WebPlatform platform;  // lives for the page's lifetime
  g_platform = &platform;
  platform.window = SDL_CreateWindow("AI MEng Explorer", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                                     SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!platform.window) {
    web::fail(std::string("could not create the canvas window: ") + SDL_GetError());
    return 1;
  }
  platform.gl = SDL_GL_CreateContext(platform.window);
  if (!platform.gl) {
    web::fail("this browser could not start WebGL 2");
    return 1;
  }
  SDL_GL_MakeCurrent(platform.window, platform.gl);

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(platform.window, platform.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  platform.state = std::make_unique<app::AppState>();
  platform.state->share_base_url = web::page_address();
  sync_canvas_size(platform);
  const std::string hash = web::current_hash();
  app::init(*platform.state, nullptr, hash.empty() ? "/program" : hash);
  platform.last_hash_route = hash;
  const std::string saved = web::load_local(kSettingsKey);
  if (!saved.empty()) {
    const core::SettingsRead read = core::read_settings(saved, "saved settings");
    if (read.unreadable) web::remove_local(kSettingsKey);
    else platform.last_saved_settings = saved;
    app::restore_settings(*platform.state, read);
  }
  platform.state->requests.route_changed = true;  // normalise the address bar once

  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  web::listen_for_hashchange();
  emscripten_set_main_loop_arg(main_loop, nullptr, 0, EM_TRUE);
  return 0;
}
