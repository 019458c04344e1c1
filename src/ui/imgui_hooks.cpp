// Project hooks compiled into the ImGui library: the IM_ASSERT handler (see imgui_config.h)
// and, in native builds, ImGui's item hooks, which let headless tests find widgets by label.
#include <imgui.h>

#include <cstdio>
#include <cstdlib>

#include "imgui_config.h"

namespace aimeng {

namespace {
// Process-wide policies and a test callback, set once at start-up: not app state.
bool g_fatal = false;
bool g_reported = false;
ItemHooks g_hooks;
}  // namespace

void set_imgui_asserts_fatal(bool fatal) {
  g_fatal = fatal;
}

void imgui_assert_failed(const char* expression, const char* file, int line) {
  if (g_fatal) {
    std::fprintf(stderr, "ImGui assertion failed: %s (%s:%d)\n", expression, file, line);
    std::abort();
  }
  if (!g_reported) {
    std::fprintf(stderr, "aimeng-explorer: internal check failed: %s (%s:%d)\n", expression, file, line);
    g_reported = true;
  }
}

void set_item_hooks(const ItemHooks& hooks) {
  g_hooks = hooks;
}

}  // namespace aimeng

#ifdef IMGUI_ENABLE_TEST_ENGINE
#include <imgui_internal.h>

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  if (aimeng::g_hooks.item_added) aimeng::g_hooks.item_added(aimeng::g_hooks.user, id, bb.Min, bb.Max);
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  if (aimeng::g_hooks.item_labelled && label) aimeng::g_hooks.item_labelled(aimeng::g_hooks.user, id, label);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
#endif
