// stb_rect_pack and stb_truetype, configured as ImGui configures its own copy (imgui_draw.cpp:
// ImGui's allocator and maths), for the app's font atlas builder (src/ui/font_atlas_build.cpp).
// Compiled with ImGui's sources, whose warnings are not the project's. On the web, ImGui's copy
// is left out (cmake/WebImGuiDraw.cmake), and the browser rasterises (platform/web/
// browser_font_atlas.cpp), so the bundle keeps only stb_rect_pack.
#include "imgui.h"
#include "imgui_internal.h"

#define STBRP_ASSERT(x) \
  do {                  \
    IM_ASSERT(x);       \
  } while (0)
#define STBRP_SORT ImQsort
#define STB_RECT_PACK_IMPLEMENTATION
#include "imstb_rectpack.h"

#define STBTT_malloc(x, u) ((void)(u), IM_ALLOC(x))
#define STBTT_free(x, u) ((void)(u), IM_FREE(x))
#define STBTT_assert(x) \
  do {                  \
    IM_ASSERT(x);       \
  } while (0)
#define STBTT_fmod(x, y) ImFmod(x, y)
#define STBTT_sqrt(x) ImSqrt(x)
#define STBTT_pow(x, y) ImPow(x, y)
#define STBTT_fabs(x) ImFabs(x)
#define STBTT_ifloor(x) ((int)ImFloor(x))
#define STBTT_iceil(x) ((int)ImCeil(x))
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"
