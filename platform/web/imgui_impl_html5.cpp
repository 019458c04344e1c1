// Dear ImGui platform backend for the browser, through Emscripten's html5 API; see
// imgui_impl_html5.h. Knows ImGui and the browser only: what the app needs from it (wake-ups,
// touch gestures, where its text fields are) comes through ImGui_ImplHtml5_Callbacks.
#include "imgui_impl_html5.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <string>

// clang-format off
EM_JS(void, js_copy, (const char* text), {
  var t = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(t).catch(function() { if (window.aimengShell) window.aimengShell.copyFallback(t); });
  } else if (window.aimengShell) {
    window.aimengShell.copyFallback(t);
  }
});
EM_JS(void, js_install_keyboard_input, (), {
  var input = document.createElement("input");
  input.id = "keyboard-input";
  input.type = "text";
  input.setAttribute("autocomplete", "off");
  input.setAttribute("autocapitalize", "off");
  input.setAttribute("autocorrect", "off");
  input.setAttribute("spellcheck", "false");
  input.setAttribute("aria-hidden", "true");
  input.tabIndex = -1;  // never a Tab stop: it only carries the on-screen keyboard's text
  input.className = "offscreen";
  document.body.appendChild(input);
  var send = function(text) {
    if (!text) return;
    var ptr = allocateUTF8(text);
    Module["_aimeng_text_input"](ptr);
    _free(ptr);
  };
  input.addEventListener("input", function(e) {
    if (e.isComposing) return;
    send(input.value);
    input.value = "";
  });
  input.addEventListener("compositionend", function() { send(input.value); input.value = ""; });
  var canvas = document.getElementById("canvas");
  canvas.addEventListener("pointerup", function(e) {
    var rect = canvas.getBoundingClientRect();
    var kind = Module["_aimeng_text_field_at"](e.clientX - rect.left, e.clientY - rect.top);
    if (kind > 0) {
      input.inputMode = kind === 2 ? "decimal" : "text";
      input.style.top = (e.clientY) + "px";
      input.focus({ preventScroll: true });
    }
  });
});
EM_JS(int, js_keyboard_input_focused, (), {
  return document.activeElement && document.activeElement.id === "keyboard-input" ? 1 : 0;
});
EM_JS(void, js_release_keyboard_input, (), {
  var input = document.getElementById("keyboard-input");
  if (input) input.blur();
});
// Who gets keys: 0 ImGui (the page's focus is on the body, the canvas or the offscreen input),
// 1 ImGui for arrow keys only (a page button or link: the browser clicks it on Enter and
// Space), 2 the page (a page field or choice edits itself).
EM_JS(int, js_key_owner, (), {
  var el = document.activeElement;
  if (!el || el === document.body || el.id === "canvas" || el.id === "keyboard-input") return 0;
  return el.tagName === "BUTTON" || el.tagName === "A" ? 1 : 2;
});
EM_JS(void, js_set_canvas_cursor, (const char* cursor), {
  document.getElementById("canvas").style.cursor = UTF8ToString(cursor);
});
// clang-format on

namespace {

// The backend's state: one page, one canvas, one ImGui context.
struct BackendData {
  ImGui_ImplHtml5_Callbacks callbacks;
  long touch_id = -1;  // the one finger that drives touch gestures; further fingers are ignored
  // Text typed right after a tap can arrive before ImGui has activated the field (that takes a
  // frame or two); it waits here instead of being dropped, for at most a second.
  std::string pending_text;
  double pending_since = 0;
  ImGuiMouseCursor cursor_shown = ImGuiMouseCursor_COUNT;  // what the canvas shows now
  int frames_without_text = 0;                             // while the offscreen input has focus
};
BackendData* g_backend = nullptr;  // browser callbacks carry no pointer of ours

void wake(int frames) {
  if (g_backend && g_backend->callbacks.wake) g_backend->callbacks.wake(frames);
}

bool keyboard_input_focused() {
  return js_keyboard_input_focused() != 0;
}

ImGuiKey key_from_code(const char* code) {
  struct Entry {
    const char* code;
    ImGuiKey key;
  };
  static constexpr Entry kKeys[] = {
      {"Tab", ImGuiKey_Tab},
      {"ArrowLeft", ImGuiKey_LeftArrow},
      {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow},
      {"ArrowDown", ImGuiKey_DownArrow},
      {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown},
      {"Home", ImGuiKey_Home},
      {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert},
      {"Delete", ImGuiKey_Delete},
      {"Backspace", ImGuiKey_Backspace},
      {"Space", ImGuiKey_Space},
      {"Enter", ImGuiKey_Enter},
      {"NumpadEnter", ImGuiKey_KeypadEnter},
      {"Escape", ImGuiKey_Escape},
      {"ControlLeft", ImGuiKey_LeftCtrl},
      {"ControlRight", ImGuiKey_RightCtrl},
      {"ShiftLeft", ImGuiKey_LeftShift},
      {"ShiftRight", ImGuiKey_RightShift},
      {"AltLeft", ImGuiKey_LeftAlt},
      {"AltRight", ImGuiKey_RightAlt},
      {"MetaLeft", ImGuiKey_LeftSuper},
      {"MetaRight", ImGuiKey_RightSuper},
  };
  for (const Entry& e : kKeys)
    if (std::strcmp(e.code, code) == 0) return e.key;
  if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == 0)
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  return ImGuiKey_None;
}

bool is_arrow(ImGuiKey key) {
  return key == ImGuiKey_LeftArrow || key == ImGuiKey_RightArrow || key == ImGuiKey_UpArrow ||
         key == ImGuiKey_DownArrow;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  const ImGuiKey page_key = key_from_code(e->code);
  if (g_backend && g_backend->callbacks.page_owns_tab) {
    if (page_key == ImGuiKey_Tab) return EM_FALSE;  // the browser moves the focus
    const int owner = js_key_owner();
    if (owner == 2) return EM_FALSE;
    if (owner == 1) {
      if (!is_arrow(page_key)) return EM_FALSE;
      io.AddKeyEvent(page_key, down);  // ImGui's own navigation; the page's focus follows it
      wake(3);
      return EM_TRUE;
    }
  }
  io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey || e->metaKey);
  io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
  io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
  wake(3);
  const bool shortcut = e->ctrlKey || e->metaKey;
  // Paste arrives as text through the offscreen input; ImGui must not paste a second time.
  if (shortcut && std::strcmp(e->code, "KeyV") == 0) return EM_FALSE;
  const ImGuiKey key = key_from_code(e->code);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  const bool printable = std::strlen(e->key) > 0 && std::strlen(e->key) <= 4 && !shortcut &&
                         !(std::strlen(e->key) > 1 && static_cast<unsigned char>(e->key[0]) < 0x80);
  if (printable && keyboard_input_focused()) return EM_FALSE;  // the input delivers the text
  if (down && printable && io.WantTextInput) io.AddInputCharactersUTF8(e->key);
  // Keep the page from scrolling or leaving focus while the app uses the key.
  return (io.WantCaptureKeyboard || io.WantTextInput) && key != ImGuiKey_None ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
    const int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  }
  wake(type == EMSCRIPTEN_EVENT_MOUSEMOVE ? 2 : 3);
  return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake(3);
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // Pixels, lines or pages, to ImGui's wheel units (about five lines each).
  const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 0.3;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX / unit), static_cast<float>(-e->deltaY / unit));
  wake(3);
  return EM_TRUE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  if (!g_backend || !g_backend->callbacks.touch) return EM_FALSE;
  const auto touch = g_backend->callbacks.touch;
  long& id = g_backend->touch_id;
  const double now = emscripten_get_now() / 1000.0;
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (!t.isChanged) continue;
    const ImVec2 pos(static_cast<float>(t.targetX), static_cast<float>(t.targetY));
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART && id < 0) {
      id = t.identifier;
      touch(ImGui_ImplHtml5_TouchPhase::Begin, pos, now);
    } else if (t.identifier == id && type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
      touch(ImGui_ImplHtml5_TouchPhase::Move, pos, now);
    } else if (t.identifier == id) {
      touch(ImGui_ImplHtml5_TouchPhase::Move, pos, now);
      touch(ImGui_ImplHtml5_TouchPhase::End, pos, now);
      id = -1;
    }
  }
  return EM_TRUE;  // no emulated mouse events, no page scroll or zoom
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  wake(3);
  return EM_FALSE;
}

const char* css_cursor(ImGuiMouseCursor c) {
  switch (c) {
    case ImGuiMouseCursor_TextInput:
      return "text";
    case ImGuiMouseCursor_Hand:
      return "pointer";
    case ImGuiMouseCursor_ResizeAll:
      return "move";
    case ImGuiMouseCursor_ResizeNS:
      return "ns-resize";
    case ImGuiMouseCursor_ResizeEW:
      return "ew-resize";
    case ImGuiMouseCursor_NotAllowed:
      return "not-allowed";
    case ImGuiMouseCursor_None:
      return "none";
    default:
      return "default";
  }
}

void set_clipboard(void*, const char* text) {
  js_copy(text ? text : "");
}

void flush_pending_text() {
  std::string& pending = g_backend->pending_text;
  if (pending.empty()) return;
  if (ImGui::GetIO().WantTextInput) {
    ImGui::GetIO().AddInputCharactersUTF8(pending.c_str());
    pending.clear();
    wake(3);
  } else if (emscripten_get_now() - g_backend->pending_since > 1000.0) {
    pending.clear();
  } else {
    wake(2);
  }
}

void queue_text(const char* utf8) {
  if (g_backend->pending_text.empty()) g_backend->pending_since = emscripten_get_now();
  if (g_backend->pending_text.size() < 1024) g_backend->pending_text += utf8;
  flush_pending_text();
}

}  // namespace

void ImGui_ImplHtml5_CopyToClipboard(const char* utf8) {
  js_copy(utf8);
}

bool ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Callbacks& callbacks) {
  static BackendData data;  // the page's one backend
  data = BackendData{};
  data.callbacks = callbacks;
  g_backend = &data;
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "imgui_impl_html5";
  io.BackendPlatformUserData = &data;
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  const char* canvas = "#canvas";
  emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
  emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
  emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mousemove_callback(canvas, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mouseup_callback(canvas, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mouseleave_callback(canvas, nullptr, EM_TRUE, on_mouse_leave);
  emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, on_wheel);
  emscripten_set_touchstart_callback(canvas, nullptr, EM_TRUE, on_touch);
  emscripten_set_touchmove_callback(canvas, nullptr, EM_TRUE, on_touch);
  emscripten_set_touchend_callback(canvas, nullptr, EM_TRUE, on_touch);
  emscripten_set_touchcancel_callback(canvas, nullptr, EM_TRUE, on_touch);
  // Not in the capture phase: focus moving to the offscreen input must not count as the
  // window losing focus (that would deactivate the field being typed into).
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
  io.SetClipboardTextFn = set_clipboard;
  js_install_keyboard_input();
  return true;
}

void ImGui_ImplHtml5_EndFrame() {
  if (!g_backend) return;
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor != g_backend->cursor_shown) {
    js_set_canvas_cursor(css_cursor(cursor));
    g_backend->cursor_shown = cursor;
  }
  // A click moves ImGui's active field over a frame or two; only a field that stays inactive
  // gives the keyboard back.
  int& frames = g_backend->frames_without_text;
  frames = !keyboard_input_focused() || ImGui::GetIO().WantTextInput ? 0 : frames + 1;
  if (frames >= 3) js_release_keyboard_input();
  flush_pending_text();
}

void ImGui_ImplHtml5_Shutdown() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = nullptr;
  io.BackendPlatformUserData = nullptr;
  g_backend = nullptr;
}

// Called by the page when text arrives in the offscreen input (typing, paste, dictation).
extern "C" EMSCRIPTEN_KEEPALIVE void aimeng_text_input(const char* utf8) {
  if (!utf8 || !g_backend) return;
  queue_text(utf8);
  wake(3);
}

// Called by the page inside a tap or click: 1 if a text field is under (x, y), 2 if a
// number field, else 0. The page then focuses the offscreen input, raising the keyboard.
extern "C" EMSCRIPTEN_KEEPALIVE int aimeng_text_field_at(float x, float y) {
  if (!g_backend || !g_backend->callbacks.text_field_at) return 0;
  return g_backend->callbacks.text_field_at(x, y);
}
