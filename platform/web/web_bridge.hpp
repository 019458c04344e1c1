// Small calls into the page's JavaScript (implemented with EM_JS in web_bridge.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/dates.hpp"

namespace ui {
struct BrowserFace;
}

namespace web {
std::string current_hash();  // the address bar's hash without '#', decoded
std::string page_address();  // the page's address without the hash
void set_hash(const std::string& route, bool replace);
void listen_for_hashchange();
// Calls aimeng_on_canvas_resize whenever the canvas's size on the page changes (the page's own
// style can settle after the app starts, without any window resize).
void watch_canvas_size();
// Today's local date from the browser's clock, or from the page's ?today=YYYY-MM-DD (tests of
// the date rules). (The C library's localtime would first look up the time zone's name, which
// costs tens of milliseconds at start-up.)
core::Date today();
// To the page's renderer (web/render.js, through shell.js): the font atlas, one byte per
// texel (with the glyphs the renderer draws into it: browser_font_atlas.cpp), and a frame
// packed by ui::pack_draw_data. Each is copied, so the caller keeps its own.
// The page marks the first frame drawn, sets data-app-state to "ready", and counts pictures.
void send_font(const unsigned char* pixels, int width, int height);
void send_frame(const std::vector<std::uint32_t>& words);
bool first_picture_shown();  // the renderer has drawn the first frame (data-app-state is "ready")
// Runs `task` in a task of its own, after the browser has had its turn (rendering, input):
// the start-up's steps. Tasks run in the order they were posted.
void post_task(void (*task)());
// Gives the renderer a face's font file (the icons) to draw its glyphs with; the page itself
// never loads it: the build knows its metrics (ui::BrowserFace::glyphs).
void add_face_file(const ui::BrowserFace& face);
// A performance.mark("aimeng:NAME") for the start-up phases bench/web_ready.cjs reports.
void mark(const char* name);
void open_in_new_tab(const std::string& url);
void copy_to_clipboard(const std::string& text);
void download(const std::string& file_name, const std::string& mime_type, const std::string& contents);
void count_frame(double cpu_ms);                 // and how long the frame's work took on the main thread
std::string load_local(const std::string& key);  // localStorage; "" when absent or blocked
void save_local(const std::string& key, const std::string& value);
void remove_local(const std::string& key);

}  // namespace web
