// Dear ImGui compile-time configuration for this project (IMGUI_USER_CONFIG).
// ImGui's assertions report through our handler, so tests can make them fatal while the
// released app logs them once and carries on.
#pragma once

namespace aimeng {
void imgui_assert_failed(const char* expression, const char* file, int line);
void set_imgui_asserts_fatal(bool fatal);
}  // namespace aimeng

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::aimeng::imgui_assert_failed(#_EXPR, __FILE__, __LINE__))
