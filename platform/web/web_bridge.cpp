// JavaScript side of the web platform; see web_bridge.hpp.
#include "web_bridge.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <vector>

#include "imgui_impl_html5.h"
#include "ui/browser_face.hpp"

// Emscripten 3.1.6 (Debian) names its string helper allocateUTF8 (later: stringToNewUTF8).
// clang-format off
EM_JS(char*, js_current_hash, (), {
  var h = window.location.hash || "";
  if (h.charAt(0) === "#") h = h.substring(1);
  return allocateUTF8(h);
});

EM_JS(char*, js_page_address, (), {
  return allocateUTF8(window.location.href.split("#")[0]);
});

EM_JS(void, js_set_hash, (const char* route, int replace), {
  var url = "#" + UTF8ToString(route);
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
});

EM_JS(void, js_listen_for_hashchange, (), {
  var handler = function() { Module["_aimeng_on_hashchange"](); };
  window.addEventListener("hashchange", handler);
  window.addEventListener("popstate", handler);
});

EM_JS(void, js_watch_canvas_size, (), {
  if (!window.ResizeObserver) return;  // window resizes still reach the app
  new ResizeObserver(function() { Module["_aimeng_on_canvas_resize"](); }).observe(document.getElementById("canvas"));
});

// The page's ?today=YYYY-MM-DD (for tests of the date rules) as YYYYMMDD, or 0.
EM_JS(int, js_today_param, (), {
  var t = new URLSearchParams(window.location.search).get("today") || "";
  if (t.length !== 10 || t.charAt(4) !== "-" || t.charAt(7) !== "-") return 0;
  var n = Number(t.substring(0, 4)) * 10000 + Number(t.substring(5, 7)) * 100 + Number(t.substring(8, 10));
  return isNaN(n) ? 0 : n;
});

// The browser's local date as YYYYMMDD.
EM_JS(int, js_today_from_clock, (), {
  var now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
});

EM_JS(void, js_mark, (const char* name), {
  if (window.performance && performance.mark) performance.mark("aimeng:" + UTF8ToString(name));
});

EM_JS(void, js_open, (const char* url), {
  var u = UTF8ToString(url);
  if (/^(https?:|mailto:)/.test(u)) window.open(u, "_blank", "noopener,noreferrer");
});


EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
  var bytes = HEAPU8.slice(data, data + size);
  var blob = new Blob([bytes], { type: UTF8ToString(mime) });
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  setTimeout(function() { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

EM_JS(void, js_count_frame, (double ms), {
  window.aimengFramesDrawn = (window.aimengFramesDrawn || 0) + 1;
  var times = (window.aimengFrameMs = window.aimengFrameMs || []);
  if (times.length < 10000) times.push(ms);  // for bench/a11y_mirror.cjs
});
// With the glyphs the renderer draws into it (browser_font_atlas.cpp) and the font files they need.
EM_JS(void, js_send_font, (const unsigned char* pixels, int width, int height), {
  var copy = HEAPU8.slice(pixels, pixels + width * height);
  var font = { width: width, height: height, pixels: copy, glyphs: Module.aimengGlyphRuns || [],
               faces: Module.aimengFaceFiles || [] };
  Module.aimengGlyphRuns = [];
  window.aimengShell.renderer.send({ font: font }, [copy.buffer]);
});

EM_JS(void, js_send_frame, (const void* words, int bytes), {
  var frame = HEAPU8.slice(words, words + bytes).buffer;
  window.aimengShell.renderer.send({ frame: frame }, [frame]);
});

EM_JS(char*, js_load_local, (const char* key), {
  try { var v = window.localStorage.getItem(UTF8ToString(key)); return v === null ? 0 : allocateUTF8(v); }
  catch (e) { return 0; }
});

EM_JS(void, js_save_local, (const char* key, const char* value), {
  try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) { /* private mode, full */ }
});

EM_JS(void, js_remove_local, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) { /* nothing to do */ }
});

// One MessageChannel for the start-up's steps: a message is a task of its own, like a timer,
// but a chain of timers is held back 4 ms a step after the fifth (the HTML timer clamp).
EM_JS(void, js_post_task, (), {
  var post = Module.aimengPostTask;
  if (!post) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function() { Module["_aimeng_run_task"](); };
    post = Module.aimengPostTask = function() { channel.port2.postMessage(0); };
  }
  post();
});

// A font file for the renderer, which loads it under `family` before it draws glyphs (it comes
// with every font web::send_font hands it, from Module.aimengFaceFiles).
EM_JS(void, js_add_face_file, (const char* family, const unsigned char* file, int size), {
  (Module.aimengFaceFiles = Module.aimengFaceFiles || []).push({ family: UTF8ToString(family),
                                                                data: HEAPU8.slice(file, file + size) });
});

EM_JS(int, js_first_picture_shown, (), {
  return document.documentElement.getAttribute("data-app-state") === "ready" ? 1 : 0;
});

// clang-format on

namespace web {

namespace {
std::string take(char* s) {
  std::string out = s ? s : "";
  std::free(s);
  return out;
}

std::vector<void (*)()>& posted_tasks() {  // oldest first; seldom more than one
  static std::vector<void (*)()> tasks;
  return tasks;
}
}  // namespace

void post_task(void (*task)()) {
  posted_tasks().push_back(task);
  js_post_task();
}

void add_face_file(const ui::BrowserFace& face) {
  if (face.file) js_add_face_file(face.family, face.file, static_cast<int>(face.file_size));
}

std::string current_hash() {
  std::string raw = take(js_current_hash());
  return raw;
}
std::string page_address() {
  return take(js_page_address());
}
void set_hash(const std::string& route, bool replace) {
  js_set_hash(route.c_str(), replace ? 1 : 0);
}
void listen_for_hashchange() {
  js_listen_for_hashchange();
}
void watch_canvas_size() {
  js_watch_canvas_size();
}
core::Date today() {
  auto unpack = [](int packed) { return core::Date{packed / 10000, packed / 100 % 100, packed % 100}; };
  // A ?today= that is no calendar day (2026-02-30) is ignored.
  if (const int param = js_today_param(); param != 0 && core::parse_iso_date(unpack(param).iso())) return unpack(param);
  return unpack(js_today_from_clock());
}
void mark(const char* name) {
  js_mark(name);
}
void open_in_new_tab(const std::string& url) {
  js_open(url.c_str());
}
void copy_to_clipboard(const std::string& text) {
  ImGui_ImplHtml5_CopyToClipboard(text.c_str());
}
void download(const std::string& file_name, const std::string& mime_type, const std::string& contents) {
  js_download(file_name.c_str(), mime_type.c_str(), contents.data(), static_cast<int>(contents.size()));
}
void send_font(const unsigned char* pixels, int width, int height) {
  js_send_font(pixels, width, height);
}
bool first_picture_shown() {
  return js_first_picture_shown() != 0;
}
void send_frame(const std::vector<std::uint32_t>& words) {
  js_send_frame(words.data(), static_cast<int>(words.size() * sizeof(std::uint32_t)));
}

void count_frame(double cpu_ms) {
  js_count_frame(cpu_ms);
}
std::string load_local(const std::string& key) {
  return take(js_load_local(key.c_str()));
}
void save_local(const std::string& key, const std::string& value) {
  js_save_local(key.c_str(), value.c_str());
}
void remove_local(const std::string& key) {
  js_remove_local(key.c_str());
}

}  // namespace web

// Called from JavaScript: runs the oldest task that web::post_task queued.
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_run_task() {
  auto& tasks = web::posted_tasks();
  if (tasks.empty()) return;
  void (*task)() = tasks.front();
  tasks.erase(tasks.begin());
  task();
}
