// Dear ImGui compile-time configuration for this project (IMGUI_USER_CONFIG).
// ImGui's assertions report through our handler, so tests can make them fatal while the
// released app logs them once and carries on.
#pragma once

struct ImVec2;

namespace aimeng {
void imgui_assert_failed(const char* expression, const char* file, int line);
void set_imgui_asserts_fatal(bool fatal);

// Item hooks for headless tests (native builds define IMGUI_ENABLE_TEST_ENGINE).
struct ItemHooks {
  void* user = nullptr;
  void (*item_added)(void* user, unsigned id, const ImVec2& min, const ImVec2& max) = nullptr;
  void (*item_labelled)(void* user, unsigned id, const char* label) = nullptr;
};
void set_item_hooks(const ItemHooks& hooks);
}  // namespace aimeng

#ifdef __EMSCRIPTEN__
// The web bundle leaves the checks' source text out (a fifth of its data); file and line
// still name each one.
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::aimeng::imgui_assert_failed("", __FILE__, __LINE__))
#else
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::aimeng::imgui_assert_failed(#_EXPR, __FILE__, __LINE__))
#endif
