# Dear ImGui from the Debian source package (scripts/setup.sh), one static library built with
# whichever toolchain is active, so native and web run the very same ImGui.
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${CMAKE_SOURCE_DIR}/src/ui/imgui_hooks.cpp
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
