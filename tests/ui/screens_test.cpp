// Headless frames of every screen at phone, laptop and 4K sizes, plus navigation by input.
#include <doctest/doctest.h>
#include <imgui_internal.h>  // the tooltip window

#include <algorithm>

#include "core/a11y_tree.hpp"
#include "core/content_pack.hpp"
#include "headless.hpp"
#include "ui/builtin_content.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace {
struct Size {
  float w, h;
};
constexpr Size kSizes[] = {{390, 844}, {1440, 900}, {3840, 2160}};
const char* kRoutes[] = {"/program", "/students", "/calculator", "/students/shyamal-anadkat",
                         "/calculator?path=16m2&start=2027&aid=cost:20&living=family&b.path=online"};
}  // namespace

TEST_CASE("every route renders at phone, laptop and 4K sizes without an ImGui assertion") {
  for (const Size& size : kSizes) {
    for (const char* route : kRoutes) {
      CAPTURE(route);
      CAPTURE(size.w);
      Headless h(size.w, size.h, route);
      h.frames(4);
      CHECK(h.vertex_count() > 1000);
      CHECK(h.state().notices.empty());
    }
  }
}

TEST_CASE("on a 4K display at 100% the screens keep to a centred column; a laptop's is unchanged") {
  // The column: what lies right of the side navigation (14 em) and below the header (4 em).
  const auto column = [](Headless& h) {
    const float em = h.state().fonts.body_px;
    float left = 1e9f, right = -1e9f;
    for (const auto& rect : h.labelled_rects()) {
      if (rect.first.x < 14.5f * em || rect.first.y < 4.0f * em) continue;
      left = std::min(left, rect.first.x);
      right = std::max(right, rect.second.x);
    }
    return std::pair{left / em, right / em};
  };
  for (const char* route : kRoutes) {
    CAPTURE(route);
    Headless wide(3840, 2160, route);
    wide.frames(4);
    const auto [left, right] = column(wide);
    const float width_em = 3840.0f / wide.state().fonts.body_px;
    CHECK(right - left <= 100.0f);
    CHECK(right - left > 60.0f);  // the screen still fills most of the column
    // Centred in the area beside the navigation: the left margin is half of what is left over.
    CHECK(left - 14.0f == doctest::Approx((width_em - 14.0f - 100.0f) / 2.0f).epsilon(0.02));

    Headless laptop(1440, 900, route);
    laptop.frames(4);
    CHECK(column(laptop).first < 17.0f);  // the usual 2 em padding beside the navigation
  }
}

TEST_CASE("high-density screens: crisp fonts at pixel ratio 3") {
  Headless h(390, 844, "/program", 3.0f);
  h.frames(3);
  CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(1.0f / 3.0f));
  CHECK(ImGui::GetIO().Fonts->TexHeight > 512);
}

TEST_CASE("the bottom tab bar switches screens on a phone") {
  Headless h(390, 844, "/program");
  h.frames(3);
  // Tabs split the bottom 4 em into thirds; the third is the calculator.
  const float em = ImGui::GetFontSize();
  h.click(ImVec2(390.0f * 5.0f / 6.0f, 844.0f - em * 2.0f));
  CHECK(h.state().route.screen == core::Screen::Calculator);
  h.click(ImVec2(390.0f * 0.5f, 844.0f - em * 2.0f));
  CHECK(h.state().route.screen == core::Screen::Students);
}

TEST_CASE("the side bar switches screens on a laptop") {
  Headless h(1440, 900, "/program");
  h.frames(3);
  const float em = ImGui::GetFontSize();
  // Header is 4 em; the side bar's items start 1.2 em below it, each 2.7 em tall + spacing.
  h.click(ImVec2(em * 5.0f, em * (4.0f + 1.2f + 2.9f * 2.0f + 1.3f)));
  CHECK(h.state().route.screen == core::Screen::Calculator);
}

TEST_CASE("text size buttons rebuild the fonts larger") {
  Headless h(1440, 900, "/program");
  h.frames(3);
  const float before = h.state().fonts.body_px;
  h.state().text_scale += 0.25f;
  h.state().fonts_dirty = true;
  h.frames(2);
  CHECK(h.state().fonts.body_px > before);
}

TEST_CASE("a hostile route shows notices and the program") {
  Headless h(1440, 900, "/../../etc/passwd?x=%00");
  h.frames(3);
  CHECK(h.state().route.screen == core::Screen::Program);
  CHECK_FALSE(h.state().notices.empty());
}

TEST_CASE("saved settings restore the calculator, unless the link brings its own scenario") {
  core::Settings saved;
  saved.text_scale = 1.5;
  saved.calculator = "path=online&start=2030";
  {
    Headless h(1440, 900, "/calculator");
    app::restore_settings(h.state(), core::read_settings(core::write_settings(saved), "settings.json"));
    h.frames(2);
    CHECK(h.state().calculator.scenario.main.path == "online");
    CHECK(h.state().calculator.scenario.main.start_year == 2030);
    CHECK(h.state().fonts.body_px == doctest::Approx(ui::kBodyPx * 1.5f));
    CHECK(app::settings_snapshot(h.state()).calculator.find("path=online&figures=2024-25&start=2030") == 0);
  }
  {
    Headless h(1440, 900, "/calculator?path=16m2&start=2028");
    app::restore_settings(h.state(), core::read_settings(core::write_settings(saved), "settings.json"));
    h.frames(2);
    CHECK(h.state().calculator.scenario.main.path == "16m2");
  }
  {
    Headless h(1440, 900, "/program");
    app::restore_settings(h.state(), core::read_settings("{corrupt", "settings.json"));
    h.frames(2);
    REQUIRE(h.state().notices.size() == 1);
    CHECK(h.state().notices[0].find("not a settings file") != std::string::npos);
  }
}

TEST_CASE("touch: a drag scrolls the content with inertia and clicks nothing; a tap clicks") {
  Headless h(390, 844, "/program");  // long enough to fling
  h.frames(3);
  const float y0 = 600;
  app::touch_begin(h.state(), ImVec2(200, y0), 0.0);
  h.frame();
  for (int i = 1; i <= 10; ++i) {
    app::touch_move(h.state(), ImVec2(200, y0 - 30.0f * static_cast<float>(i)), 0.016 * i);
    h.frame();
  }
  app::touch_end(h.state(), 0.17);
  h.frame();
  CHECK(h.state().route.screen == core::Screen::Program);  // nothing under the finger was clicked
  CHECK(h.state().scroll.fling_velocity > 0);
  h.frames(120);
  CHECK(h.state().scroll.fling_velocity == 0);
  CHECK(h.state().scroll.content_scroll > 100);

  // A tap on the first card opens it.
  Headless tap(390, 844, "/students");
  tap.frames(3);
  const float em = ImGui::GetFontSize();
  const ImVec2 on_card(100, em * (3.6f + 1.0f) + em * 14.0f);
  app::touch_begin(tap.state(), on_card, 0.0);
  tap.frame();
  app::touch_end(tap.state(), 0.1);
  tap.frames(3);
  CHECK_FALSE(tap.state().route.detail.empty());
}

TEST_CASE("touch: tapping a text field activates it for typing") {
  Headless h(390, 844, "/program");
  h.frames(3);
  h.state().search.open = true;
  h.frames(3);
  REQUIRE_FALSE(h.state().frame.text_fields.empty());
  const app::TextField field = h.state().frame.text_fields.front();
  const ImVec2 centre((field.min.x + field.max.x) * 0.5f, (field.min.y + field.max.y) * 0.5f);
  app::touch_begin(h.state(), centre, 0.0);
  h.frame();
  app::touch_end(h.state(), 0.1);
  h.frames(4);
  CHECK(ImGui::GetIO().WantTextInput);
  h.type("grub");
  CHECK(h.state().search.query == "grub");
}

namespace {
// Whether ImGui's own word wrap at `width` would end a line right after a comma or point that
// sits inside a number ("$138," / "500").
bool wrap_splits_a_number(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const char* s = text.c_str();
  const char* const end = s + text.size();
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  while (s < end) {
    const char* line_end = s;
    while (line_end < end && *line_end != '\n') ++line_end;
    const char* wrap = font->CalcWordWrapPositionA(scale, s, line_end, width);
    if (wrap >= line_end || wrap <= s) {
      s = line_end + (line_end < end ? 1 : 0);
      continue;
    }
    if (wrap - s >= 2 && (wrap[-1] == ',' || wrap[-1] == '.') && digit(wrap[-2]) && digit(wrap[0])) return true;
    s = wrap;
    while (s < line_end && *s == ' ') ++s;
  }
  return false;
}
}  // namespace

TEST_CASE("wrapped text never breaks a number after its comma or point") {
  Headless h(1440, 900, "/program");
  h.frames(1);
  const std::string text =
      "The same limits: federal Stafford unsubsidized loans of up to $20,500 a year and $138,500 in all, "
      "raised at 3.9% a year, 1,000,000 at most.";
  int split_before = 0;
  // From 80 px on, every number fits on a line of its own (a narrower line must cut one).
  for (float width = 80; width < 700; width += 2) {
    CAPTURE(width);
    split_before += wrap_splits_a_number(text, width);
    const std::string kept = ui::keep_numbers_whole(text, width);
    CHECK_FALSE(wrap_splits_a_number(kept, width));
    REQUIRE(kept.size() == text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
      CHECK((kept[i] == text[i] || (text[i] == ' ' && kept[i] == '\n')));  // only spaces become breaks
  }
  CHECK(split_before > 0);  // ImGui's own wrap does split some of them at these widths
  CHECK(ui::keep_numbers_whole(text, 0) == text);
}

TEST_CASE("the app on the content packed for the web draws what it draws on content.json") {
  const core::LoadResult from_json = app::read_builtin_content();
  REQUIRE(from_json.ok());
  const std::string pack = core::pack_content(from_json.content);
  const std::string student = "/students/" + from_json.content.students.front().id;
  for (const std::string route : {"/program", "/students", student.c_str(), "/calculator"}) {
    CAPTURE(route);
    std::string text;
    {  // one ImGui context at a time
      Headless json(1440, 900, route);
      json.frames(3);
      text = json.frame_text();
    }
    CHECK(text.size() > 200);
    Headless packed(1440, 900, route);
    core::LoadResult unpacked = core::unpack_content(pack, "content.pack");
    REQUIRE(unpacked.ok());
    app::init(packed.state(), nullptr, route, &unpacked);
    packed.frames(3);
    CHECK(packed.frame_text() == text);
  }
}

namespace {
// The app at `scale` times the text size, as the A+ button sets it, settled.
void at_text_scale(Headless& h, float scale) {
  h.frames(2);
  h.state().text_scale = scale;
  h.state().fonts_dirty = true;
  h.frames(3);
}
}  // namespace

TEST_CASE("the largest text on a phone: the header's buttons and title stay apart and on screen") {
  for (float scale : {1.0f, 2.0f, 3.0f, 4.0f}) {
    CAPTURE(scale);
    Headless h(390, 844, "/program");
    at_text_scale(h, scale);
    const core::A11yTree& tree = h.state().a11y.tree;
    std::vector<const core::A11yNode*> buttons;
    const core::A11yNode* title = nullptr;
    for (const core::A11yNode& n : tree.nodes) {
      if (n.role == core::A11yRole::Button &&
          (n.name == "Smaller text" || n.name == "Larger text" || n.name == "Colours" || n.name == "Search"))
        buttons.push_back(&n);
      if (n.role == core::A11yRole::Text && n.name == "AI MEng Explorer") title = &n;
    }
    REQUIRE(buttons.size() == 4);
    REQUIRE(title != nullptr);
    const auto apart = [](const core::A11yNode& a, const core::A11yNode& b) {
      return a.x1 <= b.x0 + 0.5f || b.x1 <= a.x0 + 0.5f || a.y1 <= b.y0 + 0.5f || b.y1 <= a.y0 + 0.5f;
    };
    for (std::size_t i = 0; i < buttons.size(); ++i) {
      CHECK(buttons[i]->x0 >= 0.0f);
      CHECK(buttons[i]->x1 <= 390.0f);
      CHECK(apart(*buttons[i], *title));
      for (std::size_t j = i + 1; j < buttons.size(); ++j) CHECK(apart(*buttons[i], *buttons[j]));
    }
  }
}

TEST_CASE("a header button's tooltip is drawn in the popup's text colour, not the header's white") {
  Headless h(1440, 900, "/program");
  h.frames(3);
  const core::A11yNode* larger = nullptr;
  for (const core::A11yNode& n : h.state().a11y.tree.nodes)
    if (n.role == core::A11yRole::Button && n.name == "Larger text") larger = &n;
  REQUIRE(larger != nullptr);
  h.move_mouse(ImVec2((larger->x0 + larger->x1) * 0.5f, (larger->y0 + larger->y1) * 0.5f));
  h.frames(3);
  const ImU32 text = ImGui::ColorConvertFloat4ToU32(theme::vec4(theme::text));
  bool tooltip = false, readable = false;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (!(w->Flags & ImGuiWindowFlags_Tooltip) || !w->WasActive) continue;
    tooltip = true;
    for (const ImDrawVert& v : w->DrawList->VtxBuffer) readable = readable || v.col == text;
  }
  CHECK(tooltip);
  CHECK(readable);
}

TEST_CASE("a notice at large text on a phone keeps most of the width for its words") {
  Headless h(390, 844, "/calculator?path=nonsense");
  h.state().text_scale = 3.0f;
  h.state().fonts_dirty = true;
  h.frames(4);
  const core::A11yNode* item = nullptr;
  for (const core::A11yNode& n : h.state().a11y.tree.nodes)
    if (n.role == core::A11yRole::ListItem && n.name.find("nonsense") != std::string::npos) item = &n;
  REQUIRE(item != nullptr);
  CHECK(item->x1 - item->x0 > 390.0f * 0.3f);  // 37 px before: a word or less a line
}

TEST_CASE("a heading whose longest word is wider than its column is drawn smaller, not broken inside the word") {
  Headless h(390, 844, "/program");
  h.frames(2);
  ImFont* display = h.state().fonts.display;
  REQUIRE(display != nullptr);
  const char* word = "Interdisciplinary";
  const float line = display->FontSize * ImGui::GetIO().FontGlobalScale;
  const float natural = display->CalcTextSizeA(line, FLT_MAX, 0, word).x;
  for (const float column : {natural * 0.5f, natural * 0.9f, natural * 1.5f}) {
    CAPTURE(column);
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(column + ImGui::GetStyle().WindowPadding.x * 2, 600));
    ImGui::Begin("##heading-test", nullptr, ImGuiWindowFlags_NoDecoration);
    const float scale_before = ImGui::GetCurrentWindow()->FontWindowScale;
    ui::heading(display, word, theme::navy, 1);
    const ImVec2 drawn = ImGui::GetItemRectSize();
    CHECK(ImGui::GetCurrentWindow()->FontWindowScale == scale_before);  // restored for what follows
    ImGui::End();
    ImGui::EndFrame();
    CHECK(drawn.x <= column + 0.5f);
    CHECK(drawn.y < line * 1.5f);  // one line: the word was not cut in two
    if (column > natural) CHECK(drawn.x == doctest::Approx(natural).epsilon(0.01));  // fits: full size
  }
}

TEST_CASE(
    "on a phone, the jump menu shows the longest preview that fits and the scroll bar stays slim, at any text size") {
  for (float scale : {1.0f, 2.0f, 3.0f, 4.0f}) {
    CAPTURE(scale);
    Headless h(390, 844, "/program");
    at_text_scale(h, scale);
    const core::A11yNode* menu = nullptr;
    for (const core::A11yNode& n : h.state().a11y.tree.nodes)
      if (n.name == "Jump to section") menu = &n;
    REQUIRE(menu != nullptr);
    const std::string text = h.frame_text();
    const std::size_t at = text.find(ICON_BARS);
    REQUIRE(at != std::string::npos);
    const std::string preview = text.substr(at, text.find('\n', at) - at);
    const ui::Fonts& fonts = h.state().fonts;
    const float shown = fonts.body->CalcTextSizeA(fonts.body_px, FLT_MAX, 0, preview.c_str()).x;
    CHECK(shown < menu->x1 - menu->x0 - fonts.body_px);  // beside the arrow, unclipped
    if (scale == 1.0f) CHECK(preview.find("Jump to: ") != std::string::npos);
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
      if (std::string(w->Name).find("##content") != std::string::npos && w->ScrollbarY)
        CHECK(w->ScrollbarSizes.x <= std::max(390.0f * 0.03f, 10.0f) + 0.01f);  // 42 px at text 4x before
  }
}
