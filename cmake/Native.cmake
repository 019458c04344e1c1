# The native app: SDL2 + OpenGL 3 from Debian's packages.
find_package(SDL2 REQUIRED)
find_package(OpenGL REQUIRED)
find_library(QRENCODE_LIBRARY qrencode REQUIRED)

add_library(stb_impl STATIC platform/native/native_stb.cpp)
target_link_libraries(stb_impl PUBLIC aimeng_system_headers)

add_executable(aimeng-explorer
  platform/native/main.cpp
  platform/native/native_window.cpp
  platform/native/cli_commands.cpp
  platform/native/settings_store.cpp
  platform/native/native_qr.cpp
  ${IMGUI_BACKEND_SOURCES}
)
target_link_libraries(aimeng-explorer PRIVATE aimeng_ui stb_impl SDL2::SDL2 OpenGL::GL ${QRENCODE_LIBRARY} ${CMAKE_DL_LIBS})
aimeng_warnings(aimeng-explorer)
# The ImGui backends are third-party code: keep their warnings out of -Werror.
set_source_files_properties(${IMGUI_BACKEND_SOURCES} PROPERTIES COMPILE_OPTIONS "-w")
