// AppState set-up, navigation and the per-frame entry point; see app.hpp.
#include "ui/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the input event queue

#include <cfloat>
#include <ctime>

#include "ui/embedded.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace app {

namespace {

std::string embedded_content() {
  return std::string(reinterpret_cast<const char*>(embedded_content_json), embedded_content_json_size);
}

void recompute(CalculatorUi& c, const core::Content& content) {
  c.estimate = core::estimate(content, c.scenario.main);
  if (c.scenario.compare)
    c.compare_estimate = core::estimate(content, *c.scenario.compare);
  else
    c.compare_estimate.reset();
  c.dirty = false;
}

// Only the calculator shows the estimate, so other screens leave it stale until it is shown
// (on the web, the first frame of the Program screen then runs none of the cost code).
bool estimate_due(const AppState& state) {
  return state.calculator.dirty && state.route.screen == core::Screen::Calculator;
}

}  // namespace

void init(AppState& state, const EditedContent* edited, const std::string& initial_route) {
  core::LoadResult builtin = core::load_content(embedded_content(), "built-in content.json");
  // The shipped file is validated by the tests; should it ever fail, say so rather than crash.
  for (const auto& p : builtin.problems.items)
    if (p.severity == core::Severity::Error) state.content_problems.push_back(p.to_string());
  state.content = std::move(builtin.content);

  if (edited && !edited->read_error.empty()) {
    state.content_problems.push_back(edited->path + ": " + edited->read_error);
  } else if (edited) {
    core::LoadResult result = core::load_content(edited->text, edited->path);
    if (result.ok()) {
      state.content = std::move(result.content);
      state.content_from_file = true;
    } else {
      state.content_problems.push_back(edited->path + " has errors, so the built-in content is shown:");
      for (const auto& p : result.problems.items) state.content_problems.push_back(p.to_string());
    }
  }
  if (state.today.year == 0) {
    const std::time_t now = std::time(nullptr);
    if (const std::tm* local = std::localtime(&now)) state.today = {local->tm_year + 1900, local->tm_mon + 1};
  }
  state.calculator.scenario.main = default_scenario(state);
  state.calculator.dirty = true;
  navigate(state, initial_route.empty() ? "/program" : initial_route);
  state.requests.route_changed = false;
}

void navigate(AppState& state, const std::string& route_text) {
  core::ParsedRoute parsed = core::parse_route(route_text);
  state.notices = parsed.notices;
  core::Route& route = parsed.route;
  if (route.screen == core::Screen::Students && !route.detail.empty() && !state.content.student(route.detail)) {
    state.notices.push_back("no student profile \"" + route.detail + "\"; showing all profiles");
    route.detail.clear();
  }
  if (route.screen == core::Screen::Calculator && !route.query.empty()) {
    core::DecodedScenario decoded = core::decode_scenario(state.content, route.query, default_scenario(state));
    state.calculator.scenario = decoded.state;
    state.calculator.dirty = true;
    state.calculator.from_link = true;
    for (auto& n : decoded.notices) state.notices.push_back(n);
  }
  if (route.screen == core::Screen::Program && !route.detail.empty()) state.program.scroll_to = route.detail;
  if (route.screen == core::Screen::Students && !route.query.empty())
    state.students.filter = core::decode_student_filter(route.query, state.notices);
  route.query.clear();  // the calculator's query lives in CalculatorUi and is re-encoded on demand
  state.route = route;
  state.requests.route_changed = true;
  state.frames_to_draw = std::max(state.frames_to_draw, 2);
}

std::string current_route(const AppState& state) {
  core::Route r = state.route;
  if (r.screen == core::Screen::Calculator) r.query = core::encode_scenario(state.calculator.scenario);
  if (r.screen == core::Screen::Students) r.query = core::encode_student_filter(state.students.filter);
  return core::format_route(r);
}

void restore_settings(AppState& state, const core::SettingsRead& saved) {
  for (const auto& p : saved.problems) state.notices.push_back("Settings: " + p);
  theme::ThemeName theme = theme::ThemeName::Light;
  if (theme::theme_from_id(saved.settings.theme, theme) && theme != theme::current_theme()) {
    theme::set_theme(theme);
    state.fonts_dirty = true;  // re-applies the style with the new colours
  }
  if (saved.settings.text_scale > 0) {
    state.text_scale = static_cast<float>(saved.settings.text_scale);
    state.fonts_dirty = true;
  }
  if (!saved.settings.calculator.empty() && !state.calculator.from_link) {
    const core::ParsedRoute parsed = core::parse_route("/calculator?" + saved.settings.calculator);
    const core::DecodedScenario decoded =
        core::decode_scenario(state.content, parsed.route.query, default_scenario(state));
    state.calculator.scenario = decoded.state;
    state.calculator.dirty = true;
    for (const auto& n : decoded.notices) state.notices.push_back("Saved calculator inputs: " + n);
  }
}

core::Settings settings_snapshot(const AppState& state) {
  core::Settings s;
  s.text_scale = state.text_scale;
  s.theme = theme::theme_id(theme::current_theme());
  core::Route r;
  r.screen = core::Screen::Calculator;
  r.query = core::encode_scenario(state.calculator.scenario);
  const std::string route = core::format_route(r);
  s.calculator = route.substr(route.find('?') + 1);
  return s;
}

bool prepare_fonts(AppState& state) {
  if (!state.fonts_dirty) return false;
  ui::build_fonts(state.fonts, state.text_scale, state.pixel_ratio);
  theme::apply_style(state.fonts.body_px);
  state.fonts_dirty = false;
  state.frames_to_draw = std::max(state.frames_to_draw, 2);
  return true;
}

void note_input(AppState& state, double now) {
  state.kiosk.last_input = now;
  if (state.kiosk.attract) {
    state.kiosk.attract = false;
    state.kiosk.swallow_input = true;
    state.frames_to_draw = std::max(state.frames_to_draw, 3);
  }
}

double seconds_until_idle_reset(const AppState& state, double now) {
  if (!state.kiosk.enabled || state.kiosk.attract) return -1;
  return std::max(0.0, state.kiosk.last_input + state.kiosk.idle_timeout - now);
}

void reset_for_next_visitor(AppState& state) {
  state.calculator.scenario = {default_scenario(state), std::nullopt};
  state.calculator.editing = 0;
  state.calculator.dirty = true;
  state.students.filter = {};
  state.program = {};
  state.search.query.clear();
  state.search.results.clear();
  state.search.open = false;
  state.notices.clear();
  state.qr_visible = false;
  state.toast.clear();
  if (state.text_scale != state.kiosk.text_scale) {
    state.text_scale = state.kiosk.text_scale;
    state.fonts_dirty = true;
  }
  navigate(state, "/program");
  state.notices.clear();
  state.scroll = {};
  state.scroll.to_top = true;  // applied when the page is next drawn; costs no frames meanwhile
  state.frames_to_draw = std::max(state.frames_to_draw, 3);
}

void frame(AppState& state) {
  if (state.kiosk.enabled && !state.kiosk.attract && state.now - state.kiosk.last_input >= state.kiosk.idle_timeout) {
    reset_for_next_visitor(state);
    state.kiosk.attract = true;
  }
  if (state.kiosk.swallow_input) {
    ImGui::GetIO().ClearEventsQueue();
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    state.kiosk.swallow_input = false;
  }
  if (estimate_due(state)) recompute(state.calculator, state.content);
  if (state.upload_texture && !state.photos_to_upload.empty()) {
    for (const auto& [id, image] : state.photos_to_upload) state.photo_textures[id] = state.upload_texture(image);
    state.photos_to_upload.clear();
  }
  ImGui::NewFrame();
  state.text_fields.clear();
  ui::draw_shell(state);
  ImGui::Render();

  if (state.pending_route) {
    const std::string text = core::format_route(*state.pending_route);
    state.pending_route.reset();
    navigate(state, text);  // a route without a query keeps the calculator's inputs
  }
  if (estimate_due(state)) {
    recompute(state.calculator, state.content);
    state.requests.route_changed = true;  // the scenario is part of the link
    state.frames_to_draw = std::max(state.frames_to_draw, 1);
  }
  if (state.frames_to_draw > 0) --state.frames_to_draw;
}

core::Scenario default_scenario(const AppState& state) {
  return core::default_scenario(state.content, state.today.year, state.today.month);
}

const core::RichText& rich(AppState& state, const std::string& markdown) {
  auto it = state.rich_text_cache.find(markdown);
  if (it == state.rich_text_cache.end())
    it = state.rich_text_cache.emplace(markdown, core::parse_rich_text(markdown)).first;
  return it->second;
}

std::string share_link(const AppState& state) {
  return state.share_base_url.empty() ? current_route(state) : state.share_base_url + "#" + current_route(state);
}

void show_toast(AppState& state, const std::string& text) {
  state.toast = text;
  state.toast_until = ImGui::GetTime() + 2.5;
}

bool wants_frames(const AppState& state) {
  // ImGui hands queued input over a frame at a time when keys and text interleave (fast
  // typing), so frames continue until its queue is empty.
  const ImGuiContext* imgui = ImGui::GetCurrentContext();
  const bool input_queued = imgui != nullptr && imgui->InputEventsQueue.Size > 0;
  return input_queued || state.frames_to_draw > 0 || !state.toast.empty() || state.fonts_dirty || estimate_due(state) ||
         !state.program.scroll_to.empty() || state.scroll.target >= 0 || state.scroll.fling_velocity != 0 ||
         state.scroll.touch_delta != 0;
}

}  // namespace app
