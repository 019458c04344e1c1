// dear imgui: Platform Backend for the browser, through Emscripten's html5 API (no SDL, whose
// video and blit code would be a fifth of the bundle). The app pairs it with web/render.js,
// which draws in a worker. It knows ImGui and the browser only: no application header.
//
// Implemented features:
//  [X] Platform: mouse (position, buttons, wheel in pixel, line and page units, leaving the canvas).
//  [X] Platform: keyboard (ImGuiKey from KeyboardEvent.code, Ctrl/Cmd, Shift, Alt).
//  [X] Platform: text input through an offscreen <input>, so phones raise their on-screen keyboard
//      (a tap on a text field focuses it inside the tap's handler); IME composition and dictation.
//  [X] Platform: clipboard copy (navigator.clipboard, with the page's fallback); paste arrives as text.
//  [X] Platform: mouse cursors (CSS cursor on the canvas).
//  [X] Platform: window focus and blur.
//  [X] Platform: touch: one finger goes to the app's gesture callback (tap, drag-scroll, fling).
//  [ ] Platform: gamepad.
//  [ ] Platform: multi-viewports (one canvas).
//
// The page must provide a <canvas id="canvas">; the page's shell may define
// window.aimengShell.copyFallback(text) for browsers without the async clipboard.
#pragma once
#include <imgui.h>

enum class ImGui_ImplHtml5_TouchPhase { Begin, Move, End };

struct ImGui_ImplHtml5_Callbacks {
  // Input arrived: draw the next `frames` frames (the app draws nothing while idle).
  void (*wake)(int frames) = nullptr;
  // The first finger's touches (logical pixels, seconds); null: touches are ignored.
  void (*touch)(ImGui_ImplHtml5_TouchPhase phase, ImVec2 pos, double seconds) = nullptr;
  // Whether a text field lies under (x, y): 0 none, 1 text, 2 a number (a numeric keyboard).
  int (*text_field_at)(float x, float y) = nullptr;
  // Tab and Shift+Tab move the page's focus (through elements that stand for ImGui's items),
  // never ImGui's. Keys typed into a page element (a field, a choice) are the page's too.
  bool page_owns_tab = false;
};

// Registers the browser's event callbacks on the canvas and the window; after ImGui::CreateContext.
bool ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Callbacks& callbacks);
// After each frame is drawn: the canvas cursor, handing the on-screen keyboard back, queued text.
void ImGui_ImplHtml5_EndFrame();
void ImGui_ImplHtml5_Shutdown();
// Copies text with the browser's clipboard (also for the app's own "copy" actions).
void ImGui_ImplHtml5_CopyToClipboard(const char* utf8);
