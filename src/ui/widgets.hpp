// The app's own widgets, drawn with ImGui: cards, headings, badges, money, rich text.
#pragma once
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/content.hpp"
#include "core/money.hpp"
#include "core/rich_text.hpp"
#include "ui/fonts.hpp"
#include "ui/screen_state.hpp"
#include "ui/theme.hpp"

namespace ui {

// A white rounded card that grows to fit its content. Pair every begin_card with end_card.
void begin_card(const char* id, float width = 0.0f, unsigned background = theme::surface);
void end_card();

// A heading to the accessibility tree too: level 1 in the h1 font, 2 in h2, 3 in others, unless
// `level` says (kNotHeading: large text that is not a heading, a figure).
constexpr int kNotHeading = -1;
void heading(ImFont* font, const char* text, unsigned rgb = theme::navy, int level = 0);
void text_colored(unsigned rgb, const char* text);
// Wrapped text in a colour, wrapping at the current content region (or `wrap_width`).
// `text` with a line break at the space before a number where ImGui's word wrap at `wrap_width`
// would otherwise break the number after its comma or point ("$138," / "500").
std::string keep_numbers_whole(const std::string& text, float wrap_width);
void wrapped(const std::string& text, unsigned rgb = theme::text, float wrap_width = 0.0f);
// Wrapped text that is a link: clicked, its `url` goes to `requests.open_url`.
void link_text(const std::string& text, const std::string& url, app::PlatformRequests& requests);
// A small rounded label, e.g. an award or a tag.
void badge(const char* text, unsigned background, unsigned foreground);
// A large tappable button with an optional icon; `primary` fills it with Duke blue.
bool button(const char* label, bool primary = false, ImVec2 size = ImVec2(0, 0));
// What a chip is to a screen reader: a toggle (pressed or not), one choice of several (a
// radio button), or an action (a plain button).
enum class ChipKind { Toggle, Choice, Action };
// A chip; returns true when clicked.
bool chip(const char* label, bool selected, ChipKind kind = ChipKind::Toggle);

// Chips side by side, wrapping onto a new line when the next one does not fit. One per row.
class ChipRow {
 public:
  explicit ChipRow(ChipKind kind = ChipKind::Toggle) : kind_(kind) {}
  bool chip(const char* label, bool selected);  // true when clicked
  bool chip(const std::string& label, bool selected) { return chip(label.c_str(), selected); }

 private:
  ChipKind kind_;
  bool first_ = true;
};

// "Source: <title>[, <year>]" in small text, a link to the source's page when it has one
// (clicked: `requests.open_url`). Nothing when the content names no such source.
void source_link(const core::Content& content, const std::string& source_id, app::PlatformRequests& requests,
                 const Fonts& fonts, const std::string& year = "");

// Columns for a grid of cards: as many as fit at `min_em` each, at most `max_columns` and no
// more than there are cards, sharing `avail` with a gap between them.
struct CardGrid {
  int columns = 1;
  float card_width = 0, gap = 0;
  static CardGrid fit(float avail, float min_em, int max_columns, std::size_t count);
  float x_of(std::size_t i) const {
    return static_cast<float>(i % static_cast<std::size_t>(columns)) * (card_width + gap);
  }
};

// Lays out `count` cards from the cursor, each drawn by draw_one(i, width), row by row; the
// cursor ends below the grid.
template <typename DrawOne>
void card_grid(const char* id, std::size_t count, float min_em, int max_columns, DrawOne draw_one) {
  const CardGrid grid = CardGrid::fit(ImGui::GetContentRegionAvail().x, min_em, max_columns, count);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  float row_top = origin.y;
  float row_bottom = row_top;
  for (std::size_t i = 0; i < count; ++i) {
    if (i % static_cast<std::size_t>(grid.columns) == 0 && i > 0) row_top = row_bottom + grid.gap;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + grid.x_of(i), row_top));
    ImGui::PushID(id);
    ImGui::PushID(static_cast<int>(i));
    draw_one(i, grid.card_width);
    ImGui::PopID();
    ImGui::PopID();
    row_bottom = std::max(row_bottom, ImGui::GetItemRectMax().y);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, row_bottom + grid.gap));
  ImGui::Dummy(ImVec2(0, 0));
}

// Draws Markdown-derived rich text wrapped at `wrap_width`; a clicked link is put in
// `requests.open_url`.
void rich_text(const core::RichText& text, float wrap_width, app::PlatformRequests& requests, const ui::Fonts& fonts);

// A card-like notice strip (problems with content, a link that was partly understood).
void notice_banner(const char* id, const char* title, const std::vector<std::string>& lines, unsigned background,
                   unsigned foreground);

// Call right after a text or number field: records it for the on-screen keyboard.
void register_text_field(app::FrameState& frame, bool numeric);

// Width of the reading column: the available width, capped at about 70 characters.
float reading_width();

}  // namespace ui
