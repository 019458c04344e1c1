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
  platform/native/a11y_print.cpp
  platform/native/settings_store.cpp
  platform/native/native_qr.cpp
  ${IMGUI_BACKEND_SOURCES}
)
target_link_libraries(aimeng-explorer PRIVATE aimeng_ui stb_impl SDL2::SDL2 OpenGL::GL ${QRENCODE_LIBRARY} ${CMAKE_DL_LIBS})
aimeng_warnings(aimeng-explorer)
# The ImGui backends are third-party code: keep their warnings out of -Werror.
set_source_files_properties(${IMGUI_BACKEND_SOURCES} PROPERTIES COMPILE_OPTIONS "-w")

# --- install and packages (cmake --install, cpack: .deb and .tar.gz) ------------------------
# The icon is the project's own drawing (scripts/make_icons.py), made at build time.
set(AIMENG_ICON_DIR "${CMAKE_BINARY_DIR}/icons")
add_custom_command(OUTPUT "${AIMENG_ICON_DIR}/icon-512.png" "${AIMENG_ICON_DIR}/icon-192.png"
  COMMAND ${SYSTEM_PYTHON3} "${CMAKE_SOURCE_DIR}/scripts/make_icons.py" "${AIMENG_ICON_DIR}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/make_icons.py" COMMENT "Drawing the app icon" VERBATIM)
add_custom_target(aimeng-icons ALL DEPENDS "${AIMENG_ICON_DIR}/icon-512.png")

include(GNUInstallDirs)
install(TARGETS aimeng-explorer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES platform/native/aimeng-explorer.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${AIMENG_ICON_DIR}/icon-512.png" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/512x512/apps
        RENAME aimeng-explorer.png)
install(FILES "${AIMENG_ICON_DIR}/icon-192.png" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/192x192/apps
        RENAME aimeng-explorer.png)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME "aimeng-explorer")
set(CPACK_PACKAGE_VENDOR "AI MEng Explorer developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Explore Duke's AI Master of Engineering: program, students, costs")
set(CPACK_PACKAGE_CONTACT "AI MEng Explorer developers <noreply@invalid>")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # libsdl2, libqrencode, libGL from the binary's needs
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
include(CPack)
