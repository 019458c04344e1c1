// The app's own widgets, drawn with ImGui: cards, headings, badges, money, rich text.
#pragma once
#include <imgui.h>

#include <string>

#include "core/money.hpp"
#include "core/rich_text.hpp"
#include "ui/fonts.hpp"
#include "ui/screen_state.hpp"
#include "ui/theme.hpp"

namespace ui {

// A white rounded card that grows to fit its content. Pair every begin_card with end_card.
void begin_card(const char* id, float width = 0.0f, unsigned background = theme::surface);
void end_card();

void heading(ImFont* font, const char* text, unsigned rgb = theme::navy);
void text_colored(unsigned rgb, const char* text);
// Wrapped text in a colour, wrapping at the current content region (or `wrap_width`).
void wrapped(const std::string& text, unsigned rgb = theme::text, float wrap_width = 0.0f);
// A small rounded label, e.g. an award or a tag.
void badge(const char* text, unsigned background, unsigned foreground);
// A large tappable button with an optional icon; `primary` fills it with Duke blue.
bool button(const char* label, bool primary = false, ImVec2 size = ImVec2(0, 0));
// A toggle chip; returns true when clicked.
bool chip(const char* label, bool selected);

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
