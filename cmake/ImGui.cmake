# Dear ImGui from the Debian source package (scripts/setup.sh), one static library built with
# whichever toolchain is active, so native and web run the very same ImGui.
set(IMGUI_DRAW_SOURCE "${IMGUI_DIR}/imgui_draw.cpp")
if(EMSCRIPTEN)
  # ImFontAtlas::Build falls back to ImGui's built-in ProggyClean font when no font was added,
  # and to ImGui's own stb_truetype builder when the atlas names none; the app always adds its
  # fonts and names its builder (src/ui/font_atlas_build.cpp), but the calls alone would keep the
  # font's 12 KB and a second rasteriser in the bundle. The web compiles a copy without them
  # (cmake/WebImGuiDraw.cmake; ImGui 1.91 has IMGUI_DISABLE_DEFAULT_FONT for the first).
  set(IMGUI_DRAW_SOURCE "${CMAKE_BINARY_DIR}/imgui-web/imgui_draw.cpp")
  add_custom_command(OUTPUT "${IMGUI_DRAW_SOURCE}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${IMGUI_DIR}/imgui_draw.cpp -DOUTPUT=${IMGUI_DRAW_SOURCE}
            -P "${CMAKE_SOURCE_DIR}/cmake/WebImGuiDraw.cmake"
    DEPENDS "${IMGUI_DIR}/imgui_draw.cpp" "${CMAKE_SOURCE_DIR}/cmake/WebImGuiDraw.cmake"
    COMMENT "imgui_draw.cpp without the default font and builder fallbacks" VERBATIM)
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DRAW_SOURCE}
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${CMAKE_SOURCE_DIR}/src/ui/imgui_hooks.cpp
  ${CMAKE_SOURCE_DIR}/src/ui/stb_impl.cpp
)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_definitions(imgui PUBLIC
  IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/src/ui/imgui_config.h"
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_OBSOLETE_KEYIO
  IMGUI_DISABLE_DEMO_WINDOWS
)
if(NOT EMSCRIPTEN)
  # Item hooks let headless tests find widgets by label (src/ui/imgui_hooks.cpp).
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
endif()
if(EMSCRIPTEN)
  # Metrics/debugger windows are developer tools; leave them out of the bundle.
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)
endif()

# The platform backends, compiled into the executables that use them.
set(IMGUI_BACKEND_SOURCES
  ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp
  ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
)
