// Native platform layer: owns the SDL2 window, the OpenGL 3 context and the loop, and carries
// out what the app asks of the platform (open a link, copy, save a file).
#include "native_window.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "cli_commands.hpp"
#include "core/bounded_file.hpp"
#include "core/image.hpp"
#include "core/printable.hpp"
#include "native_qr.hpp"
#include "settings_store.hpp"
#include "ui/app.hpp"
#include "ui/kiosk.hpp"
#include "ui/theme.hpp"

namespace native {

namespace {

volatile std::sig_atomic_t g_termination_requested = 0;
extern "C" void on_termination_signal(int) {
  g_termination_requested = 1;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Window {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
};

float display_scale(int display) {
  float ddpi = 0;
  if (SDL_GetDisplayDPI(display, &ddpi, nullptr, nullptr) != 0 || ddpi <= 0) return 1.0f;
  return std::clamp(ddpi / 96.0f, 1.0f, 3.0f);
}

void update_pixel_ratio(app::AppState& state, SDL_Window* window) {
  int w = 0, h = 0, dw = 0, dh = 0;
  SDL_GetWindowSize(window, &w, &h);
  SDL_GL_GetDrawableSize(window, &dw, &dh);
  const float ratio = w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
  if (ratio > 0 && ratio != state.pixel_ratio) {
    state.pixel_ratio = ratio;
    state.fonts_dirty = true;
  }
}

std::string downloads_folder() {
  const char* home = std::getenv("HOME");
  if (home && *home) {
    std::string downloads = std::string(home) + "/Downloads";
    if (SDL_RWops* probe = SDL_RWFromFile((downloads + "/.aimeng-probe").c_str(), "w")) {
      SDL_RWclose(probe);
      std::remove((downloads + "/.aimeng-probe").c_str());
      return downloads;
    }
    return home;
  }
  return ".";
}

void serve_requests(app::AppState& state) {
  auto& r = state.frame.requests;
  if (r.open_url) {
    if (SDL_OpenURL(r.open_url->c_str()) != 0) app::show_toast(state, "Could not open " + *r.open_url);
    r.open_url.reset();
  }
  if (r.clipboard_text) {
    SDL_SetClipboardText(r.clipboard_text->c_str());
    r.clipboard_text.reset();
  }
  if (r.save_file) {
    const std::string path = downloads_folder() + "/" + r.save_file->file_name;
    std::ofstream out(path, std::ios::binary);
    out << r.save_file->contents;
    app::show_toast(state, out ? "Saved " + path : "Could not write " + path);
    r.save_file.reset();
  }
}

std::vector<core::WindowPlacement> usable_display_bounds() {
  std::vector<core::WindowPlacement> out;
  for (int i = 0; i < SDL_GetNumVideoDisplays(); ++i) {
    SDL_Rect r{};
    if (SDL_GetDisplayUsableBounds(i, &r) == 0) out.push_back({r.x, r.y, r.w, r.h});
  }
  return out;
}

bool write_screenshot(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4) != 0;
}

// Photos become OpenGL textures (RGBA, linear filtering for smooth downscaling).
ImTextureID upload_rgba(const core::DecodedImage& image) {
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
}

void render(app::AppState& state, SDL_Window* window) {
  // Before the first NewFrame the backend has no device objects yet and uploads the atlas
  // itself; uploading it here too would do it twice (and leak the first texture).
  if (app::prepare_fonts(state) && ImGui::GetIO().Fonts->TexID != ImTextureID{}) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  app::frame(state);
  int dw = 0, dh = 0;
  SDL_GL_GetDrawableSize(window, &dw, &dh);
  glViewport(0, 0, dw, dh);
  const ImVec4 bg = theme::vec4(theme::background);  // the active theme's page colour
  glClearColor(bg.x, bg.y, bg.z, bg.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

// --- The phases of run_window ---------------------------------------------------------------

void set_gl_attributes() {
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
}

// The window and its OpenGL 3.2 context; false (with the reason printed) when either fails.
bool open_window(const core::CliOptions& o, Window& w) {
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (o.fullscreen || o.kiosk) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  // Full screen starts at the display's own size and place, so it also fills the screen where no
  // window manager resizes it (a bare X server at a booth).
  int x = SDL_WINDOWPOS_CENTERED_DISPLAY(o.display), y = x, width = o.width, height = o.height;
  SDL_Rect bounds;
  if ((o.fullscreen || o.kiosk) && SDL_GetDisplayBounds(o.display, &bounds) == 0) {
    x = bounds.x;
    y = bounds.y;
    width = bounds.w;
    height = bounds.h;
  }
  w.window = SDL_CreateWindow("AI MEng Explorer", x, y, width, height, flags);
  if (!w.window) {
    std::cerr << "aimeng-explorer: cannot open a window: " << SDL_GetError() << "\n";
    return false;
  }
  w.gl = SDL_GL_CreateContext(w.window);
  if (!w.gl) {
    std::cerr << "aimeng-explorer: cannot create an OpenGL 3.2 context: " << SDL_GetError() << "\n";
    SDL_DestroyWindow(w.window);
    return false;
  }
  SDL_GL_MakeCurrent(w.window, w.gl);
  SDL_GL_SetSwapInterval(1);
  return true;
}

// A booth must not close on a stray Alt+F4 or window-manager gesture; only the chord exits,
// or a termination signal from whoever runs the booth (our own handler, not SDL's).
void catch_termination_signals() {
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  std::signal(SIGTERM, on_termination_signal);
  std::signal(SIGINT, on_termination_signal);
}

// Event-driven: sleeps until input arrives unless the app still animates. A focused text field
// wakes twice a second so its cursor blinks; a kiosk also wakes for its idle reset and to
// notice a termination signal. Returns false when the window should close.
bool handle_events(app::AppState& state, const Window& w, bool busy, std::chrono::steady_clock::time_point started) {
  ImGuiIO& io = ImGui::GetIO();
  const int wait_ms = app::kiosk_wait_ms(state, io.WantTextInput ? 500 : -1);
  SDL_Event event;
  bool have_event = false;
  if (busy)
    have_event = SDL_PollEvent(&event) != 0;
  else if (wait_ms >= 0)
    have_event = SDL_WaitEventTimeout(&event, wait_ms) != 0;
  else
    have_event = SDL_WaitEvent(&event) != 0;
  state.frame.now = seconds_since(started);
  bool running = true;
  while (have_event) {
    // A press comes with its own position: touch screens and pointer warps send no motion
    // first, and the click must land where it happened, not where the pointer last moved.
    if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP)
      io.AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
    ImGui_ImplSDL2_ProcessEvent(&event);
    const bool user_input = event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
                            event.type == SDL_MOUSEWHEEL || event.type == SDL_KEYDOWN || event.type == SDL_TEXTINPUT ||
                            event.type == SDL_FINGERDOWN;
    if (user_input) app::note_input(state, state.frame.now);
    const bool close_request =
        event.type == SDL_QUIT || (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
                                   event.window.windowID == SDL_GetWindowID(w.window));
    if (close_request && !state.kiosk.enabled) running = false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED)
      update_pixel_ratio(state, w.window);
    app::request_frames(state, 3);  // let hover and popups settle
    have_event = SDL_PollEvent(&event) != 0;
  }
  return running && !g_termination_requested && !state.kiosk.quit_requested;
}

// The settings and, unless full screen or maximised, the window's place and size.
void save_settings(SettingsStore& settings, app::AppState& state, SDL_Window* window) {
  core::Settings snapshot = app::settings_snapshot(state);
  if (!(SDL_GetWindowFlags(window) & (SDL_WINDOW_FULLSCREEN | SDL_WINDOW_MAXIMIZED))) {
    core::WindowPlacement p;
    SDL_GetWindowPosition(window, &p.x, &p.y);
    SDL_GetWindowSize(window, &p.width, &p.height);
    snapshot.window = p;
  }
  const std::string error = settings.save(snapshot);
  if (!error.empty() && state.toast.empty()) app::show_toast(state, error);
}

}  // namespace

int run_window(const core::CliOptions& o, std::chrono::steady_clock::time_point started) {
  double first_frame_ms = -1;
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::cerr << "aimeng-explorer: cannot start SDL: " << SDL_GetError() << "\n";
    return 1;
  }
  if (o.display >= SDL_GetNumVideoDisplays()) {
    std::cerr << "aimeng-explorer: --display " << o.display << ": there are only " << SDL_GetNumVideoDisplays()
              << " display(s)\n";
    SDL_Quit();
    return 2;
  }
  set_gl_attributes();
  if (o.kiosk) catch_termination_signals();
  Window w;
  if (!open_window(o, w)) {
    SDL_Quit();
    return 1;
  }
  app::create_imgui_context();
  ImGui_ImplSDL2_InitForOpenGL(w.window, w.gl);
  ImGui_ImplOpenGL3_Init("#version 150");

  auto state = std::make_unique<app::AppState>();
  update_pixel_ratio(*state, w.window);
  state->upload_texture = upload_rgba;
  state->make_qr = encode_qr;
  std::optional<app::EditedContent> edited;
  if (!o.content_path.empty()) edited = read_content_file(o.content_path);
  // Screenshots show the app as shipped, not as this user left it; a kiosk keeps nothing.
  SettingsStore settings;
  const bool persist = o.screenshot_path.empty() && !o.kiosk;
  std::optional<core::SettingsRead> saved;
  if (persist) saved = settings.load();
  app::StartOptions start;
  start.route = o.route;
  start.edited = edited ? &*edited : nullptr;
  start.saved = saved ? &*saved : nullptr;
  start.display_text_scale = display_scale(o.display);
  start.text_scale = static_cast<float>(o.text_scale);
  start.theme = o.theme;
  start.kiosk = o.kiosk;
  start.idle_timeout = o.idle_timeout;
  start.share_base_url = o.share_url;
  start.today = o.today;
  app::start(*state, start);
  if (state->model.content_from_file) {
    core::PhotoLoad photos = core::load_profile_photos(state->model.content, o.content_path);
    state->photos_to_upload = std::move(photos.by_student);
    for (auto& p : photos.problems) state->model.content_problems.push_back(std::move(p));
  }
  if (saved && saved->settings.window && !o.size_given && !o.fullscreen) {
    // The displays may have changed since: a saved place off every screen, or larger than it, is fitted.
    const core::WindowPlacement p = core::fit_to_displays(*saved->settings.window, usable_display_bounds());
    SDL_SetWindowSize(w.window, p.width, p.height);
    SDL_SetWindowPosition(w.window, p.x, p.y);
  }

  const bool screenshot = !o.screenshot_path.empty();
  int exit_code = 0;
  int frames = 0;
  bool running = true;
  while (running) {
    state->frame.now = seconds_since(started);
    if (!handle_events(*state, w, screenshot || app::wants_frames(*state), started)) break;
    render(*state, w.window);
    if (state->kiosk.quit_requested) running = false;
    serve_requests(*state);
    if (persist) save_settings(settings, *state, w.window);
    ++frames;
    if (screenshot && frames >= 4 && !app::wants_frames(*state)) {
      int dw = 0, dh = 0;
      SDL_GL_GetDrawableSize(w.window, &dw, &dh);
      if (!write_screenshot(o.screenshot_path, dw, dh)) {
        std::cerr << "aimeng-explorer: cannot write " << core::printable_line(o.screenshot_path) << "\n";
        exit_code = 1;
      }
      running = false;
    }
    if (screenshot && frames > 120) {
      std::cerr << "aimeng-explorer: the screen did not settle within 120 frames\n";
      exit_code = 1;
      running = false;
    }
    SDL_GL_SwapWindow(w.window);
    if (first_frame_ms < 0) {
      glFinish();  // count the first frame as shown only once the GPU has drawn it
      first_frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    }
  }
  if (!o.frame_log_path.empty()) {
    std::ofstream log(o.frame_log_path);
    log << "frames " << frames << "\nfirst_frame_ms " << first_frame_ms << "\n";
    if (!log) {
      std::cerr << "aimeng-explorer: cannot write " << core::printable_line(o.frame_log_path) << "\n";
      exit_code = 1;
    }
  }

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  app::tear_down(state);
  SDL_GL_DeleteContext(w.gl);
  SDL_DestroyWindow(w.window);
  SDL_Quit();
  return exit_code;
}

}  // namespace native
