// AppState set-up, navigation and the per-frame entry point; see app.hpp.
#include "ui/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the input event queue

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "core/estimate_csv.hpp"
#include "core/summary.hpp"
#include "ui/builtin_content.hpp"
#include "ui/kiosk.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace app {

namespace {

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

// A list for an alert: every item up to a few (each said in full), then how many more the
// banner on screen lists, so a long list of link problems stays short enough to hear.
std::string spoken_list(const std::string& intro, const std::vector<std::string>& items) {
  constexpr std::size_t kSpoken = 5;
  std::string out = intro;
  if (items.size() > 1) out += " (" + std::to_string(items.size()) + ")";
  out += ": ";
  for (std::size_t i = 0; i < items.size() && i < kSpoken; ++i) out += (i == 0 ? "" : "; ") + items[i];
  if (items.size() > kSpoken) out += "; and " + std::to_string(items.size() - kSpoken) + " more, listed on the screen";
  return out;
}

// What a screen reader hears without moving: the screen's title when it changes, the
// estimate's headline when it changes (the platform waits for it to settle).
void announce_changes(AppState& state) {
  std::string title;
  switch (state.route.screen) {
    case core::Screen::Program:
      title = "Program";
      break;
    case core::Screen::Students: {
      const core::Student* open = state.model.content.student(state.route.detail);
      title = open ? core::display_names(*open) + ", student profile" : "Students";
      break;
    }
    case core::Screen::Calculator:
      title = "Cost and timeline";
      break;
  }
  ui::a11y::announce("screen", title + " screen");
  if (state.route.screen == core::Screen::Calculator && !state.calculator.dirty)
    ui::a11y::announce("estimate", core::estimate_headline(state.calculator.shown(), state.model.today));
  if (!state.model.content_problems.empty())
    ui::a11y::announce("content", spoken_list("Problems with the content file", state.model.content_problems), true);
  if (!state.notices.empty())
    ui::a11y::announce("notices", spoken_list("Some things could not be used as given", state.notices), true);
}

// The shipped file is checked by the build (the web's pack) and the tests; should it ever fail,
// say so rather than crash.
void report_builtin_errors(Model& model, const core::Problems& problems) {
  for (const auto& p : problems.items)
    if (p.severity == core::Severity::Error) model.content_problems.push_back(p.to_string());
}
}  // namespace

void init(AppState& state, const EditedContent* edited, const std::string& initial_route,
          core::LoadResult* builtin_read) {
  Model& model = state.model;
  core::LoadResult builtin = builtin_read ? std::move(*builtin_read) : read_builtin_content();
  report_builtin_errors(model, builtin.problems);
  model.content = std::move(builtin.content);

  if (edited && !edited->read_error.empty()) {
    model.content_problems.push_back(edited->path + ": " + edited->read_error);
  } else if (edited) {
    core::LoadResult result = read_content_file_text(edited->text, edited->path);
    if (result.ok()) {
      model.content = std::move(result.content);
      model.content_from_file = true;
    } else {
      model.content_problems.push_back(edited->path + " has errors, so the built-in content is shown:");
      for (const auto& p : result.problems.items) model.content_problems.push_back(p.to_string());
    }
  }
  if (model.today.year == 0) model.today = core::local_today();  // platforms set it; tests fix it
  state.calculator.scenario.main = default_scenario(state);
  state.calculator.dirty = true;
  open_link(state, initial_route.empty() ? "/program" : initial_route);
}

void create_imgui_context() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; settings live in the app's own file
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

void start(AppState& state, const StartOptions& o) {
  state.text_scale = o.display_text_scale;
  state.share_base_url = o.share_base_url;
  if (o.today) state.model.today = *o.today;
  init(state, o.edited, o.route, o.builtin_content);
  if (o.kiosk) enable_kiosk(state, o.idle_timeout, state.text_scale * 1.25f);  // touch-friendly
  if (o.saved) restore_settings(state, *o.saved);
  if (o.text_scale > 0) {
    state.text_scale = o.text_scale;
    state.fonts_dirty = true;
  }
  theme::ThemeName theme_name = theme::ThemeName::Light;
  if (!o.theme.empty() && theme::theme_from_id(o.theme, theme_name)) {
    theme::set_theme(theme_name);
    state.fonts_dirty = true;
  }
}

void tear_down(std::unique_ptr<AppState>& state) {
  state.reset();
  ImGui::DestroyContext();
}

void request_frames(AppState& state, int frames) {
  request_frames(state.frame, frames);
}

void navigate(AppState& state, const core::Route& route_in, std::vector<std::string> notices) {
  core::Route route = route_in;
  const core::Content& content = state.model.content;
  if (route.screen == core::Screen::Students && !route.detail.empty() && !content.student(route.detail)) {
    notices.push_back("no student profile \"" + route.detail + "\"; showing all profiles");
    route.detail.clear();
  }
  if (route.screen == core::Screen::Calculator && !route.query.empty()) {
    core::DecodedScenario decoded = core::decode_scenario(content, route.query, default_scenario(state));
    state.calculator.scenario = decoded.state;
    state.calculator.dirty = true;
    state.calculator.from_link = true;
    for (auto& n : decoded.notices) notices.push_back(n);
  }
  if (route.screen == core::Screen::Program && !route.detail.empty()) state.program.scroll_to = route.detail;
  if (route.screen == core::Screen::Students && !route.query.empty())
    state.students.filter = core::decode_student_filter(route.query, notices);
  route.query.clear();  // the screens' inputs live in their own state and are encoded on demand
  state.route = route;
  state.notices = std::move(notices);
  request_frames(state, 2);
}

void open_link(AppState& state, const std::string& route_text) {
  core::ParsedRoute parsed = core::parse_route(route_text);
  navigate(state, parsed.route, std::move(parsed.notices));
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
    std::vector<std::string> notices;
    const core::QueryParams query = core::parse_query(saved.settings.calculator, notices);
    core::DecodedScenario decoded = core::decode_scenario(state.model.content, query, default_scenario(state));
    state.calculator.scenario = decoded.state;
    state.calculator.dirty = true;
    for (auto& n : decoded.notices) notices.push_back(std::move(n));
    for (const auto& n : notices) state.notices.push_back("Saved calculator inputs: " + n);
  }
}

core::Settings settings_snapshot(const AppState& state) {
  core::Settings s;
  s.text_scale = state.text_scale;
  s.theme = theme::theme_id(theme::current_theme());
  s.calculator = core::format_query(core::encode_scenario(state.calculator.scenario));
  return s;
}

bool prepare_fonts(AppState& state) {
  if (!state.fonts_dirty) return false;
  while (!finish_fonts(state, *begin_fonts(state))) {
  }
  return true;
}

std::unique_ptr<ui::FontAtlasBuild> begin_fonts(AppState& state) {
  // The atlas follows the text size and pixel ratio of now; a change while it is built in
  // pieces marks the fonts dirty again, for the next frame.
  state.fonts_dirty = false;
  ui::add_fonts(state.fonts, state.text_scale, state.pixel_ratio, state.body_glyphs, state.max_raster);
  return std::make_unique<ui::FontAtlasBuild>(*ImGui::GetIO().Fonts);
}

bool finish_fonts(AppState& state, ui::FontAtlasBuild& build) {
  build.finish();
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const float raster = state.fonts.raster;
  if ((atlas.TexWidth > ui::kMaxAtlasSide || atlas.TexHeight > ui::kMaxAtlasSide) && raster > 1.0f) {
    // The atlas's area goes with the raster's square; aim a little under, for the packing.
    const float side = static_cast<float>(ui::kMaxAtlasSide);
    const float fit = raster * std::sqrt(side * side * 0.9f /
                                         (static_cast<float>(atlas.TexWidth) * static_cast<float>(atlas.TexHeight)));
    state.max_raster = std::max(1.0f, std::min(fit, raster * 0.95f));
    state.fonts_dirty = true;
    return false;
  }
  theme::apply_style(state.fonts.body_px);
  request_frames(state, 2);
  return true;
}

void Intents::post(Intent intent) {
  queue_.push_back(std::move(intent));
}

// Carries out what the screens posted while drawing, in order.
void apply_intents(AppState& state) {
  for (Intent& intent : state.frame.intents.take()) {
    std::visit(
        [&](auto& i) {
          using T = std::decay_t<decltype(i)>;
          if constexpr (std::is_same_v<T, GoTo>) {
            navigate(state, core::Route{i.screen, i.detail, {}});
          } else if constexpr (std::is_same_v<T, OpenProfile>) {
            state.students.grid_scroll = state.scroll.content_scroll;
            navigate(state, core::Route{core::Screen::Students, i.student_id, {}});
          } else if constexpr (std::is_same_v<T, CloseProfile>) {
            navigate(state, core::Route{core::Screen::Students, "", {}});
            if (i.restore_grid_scroll) state.scroll.target = state.students.grid_scroll;
          } else if constexpr (std::is_same_v<T, ShowCourse>) {
            navigate(state, core::Route{core::Screen::Program, "", {}});
            state.program.group_filter.clear();
            state.program.highlight_course = i.course_id;
            state.program.scroll_to = "course:" + i.course_id;
          } else if constexpr (std::is_same_v<T, PresetCalculator>) {
            core::Scenario& s = state.calculator.scenario.main;
            if (i.path_id) s.path = *i.path_id;
            if (i.aid) {
              s.aid = core::percent_rule(i.aid->share_of);
              s.aid_percent = i.aid->percent;
            }
            state.calculator.editing_comparison = false;
            state.calculator.dirty = true;
            navigate(state, core::Route{core::Screen::Calculator, "", {}});
          } else if constexpr (std::is_same_v<T, CopyLink>) {
            state.frame.requests.clipboard_text = share_link(state);
            show_toast(state, "Link copied");
          } else if constexpr (std::is_same_v<T, CopySummary>) {
            const CalculatorUi& c = state.calculator;
            state.frame.requests.clipboard_text =
                core::estimate_summary(c.shown(), c.edited(), share_link(state), state.model.today);
            show_toast(state, "Summary copied");
          } else if constexpr (std::is_same_v<T, ExportCsv>) {
            const CalculatorUi& c = state.calculator;
            const core::Scenario& s = c.edited();
            state.frame.requests.save_file =
                SaveFileRequest{"aimeng-estimate-" + s.path + "-" + std::to_string(s.start_year) + ".csv", "text/csv",
                                core::estimate_to_csv(c.shown())};
          } else if constexpr (std::is_same_v<T, ShowQrCode>) {
            state.qr_text.clear();
            state.qr_visible = true;
          } else if constexpr (std::is_same_v<T, ShowNotices>) {
            for (auto& line : i.lines) state.notices.push_back(std::move(line));
          }
        },
        intent);
  }
}

namespace {

bool needs_latin1_glyphs(const std::string& utf8) {
  const char* text = utf8.c_str();
  const char* end = text + utf8.size();
  while (text < end) {
    unsigned int c = 0;
    text += ImTextCharFromUtf8(&c, text, end);
    if (ui::needs_latin1_glyphs(c)) return true;
  }
  return false;
}

// A typed letter the body font lacks (the web's first atlas has none of Latin-1's), from the
// keyboard or from a screen reader's field, is drawn as a box this frame, and the platform
// rebuilds the atlas with them all before the next.
void widen_body_glyphs_for_typed_text(AppState& state) {
  if (state.body_glyphs == ui::BodyGlyphs::Latin1) return;
  bool needed = needs_latin1_glyphs(state.a11y.value_request);
  for (const ImGuiInputEvent& e : ImGui::GetCurrentContext()->InputEventsQueue)
    needed = needed || (e.Type == ImGuiInputEventType_Text && ui::needs_latin1_glyphs(e.Text.Char));
  if (!needed) return;
  state.body_glyphs = ui::BodyGlyphs::Latin1;
  state.fonts_dirty = true;
}

}  // namespace

void frame(AppState& state) {
  kiosk_before_frame(state);
  widen_body_glyphs_for_typed_text(state);
  if (estimate_due(state)) recompute(state.calculator, state.model.content);
  if (state.upload_texture && !state.photos_to_upload.empty()) {
    for (const auto& [id, image] : state.photos_to_upload) state.photo_textures[id] = state.upload_texture(image);
    state.photos_to_upload.clear();
  }
  ImGui::NewFrame();
  state.frame.text_fields.clear();
  state.frame.layout_cut = false;
  ui::a11y::set_collector(state.a11y_enabled ? &state.a11y : nullptr);
  ui::a11y::begin_frame();
  state.a11y.h1 = state.fonts.h1;
  state.a11y.h2 = state.fonts.h2;
  ui::draw_shell(state);
  announce_changes(state);
  ui::a11y::end_frame();
  ImGui::Render();

  apply_intents(state);
  kiosk_after_frame(state);
  if (estimate_due(state)) {
    recompute(state.calculator, state.model.content);
    request_frames(state, 2);  // this frame's count comes off below: one more draws the new figures
  }
  if (state.frame.frames_to_draw > 0) --state.frame.frames_to_draw;
}

void begin_spread_layout(AppState& state) {
  state.frame.layout_limit_y = ImGui::GetIO().DisplaySize.y;
}

void continue_spread_layout(AppState& state) {
  // Two window heights a frame: each frame then costs about what the first did.
  if (state.frame.layout_cut)
    state.frame.layout_limit_y += 2.0f * ImGui::GetIO().DisplaySize.y;
  else
    state.frame.layout_limit_y = std::numeric_limits<float>::infinity();
}

core::Scenario default_scenario(const AppState& state) {
  return core::default_scenario(state.model.content, state.model.today.year, state.model.today.month);
}

const core::RichText& RichTextCache::get(const std::string& markdown) {
  auto it = parsed_.find(markdown);
  if (it == parsed_.end()) it = parsed_.emplace(markdown, core::parse_rich_text(markdown)).first;
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
  return input_queued || state.frame.frames_to_draw > 0 || !state.toast.empty() || state.fonts_dirty ||
         state.a11y.busy() || estimate_due(state) || !state.program.scroll_to.empty() || state.scroll.target >= 0 ||
         state.scroll.fling_velocity != 0 || state.scroll.touch_delta != 0;
}

}  // namespace app
