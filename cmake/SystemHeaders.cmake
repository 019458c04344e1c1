# Header-only dependencies from Debian packages (nlohmann_json, stb). Under Emscripten we must
# not put /usr/include on the include path (its libc headers would shadow emscripten's), so
# each header folder is linked into a private include directory instead.
set(AIMENG_SYSINCLUDE "${CMAKE_BINARY_DIR}/sysinclude")
file(MAKE_DIRECTORY "${AIMENG_SYSINCLUDE}")
foreach(dir nlohmann stb)
  if(NOT EXISTS "/usr/include/${dir}")
    message(FATAL_ERROR "/usr/include/${dir} is missing: run scripts/setup.sh")
  endif()
  file(CREATE_LINK "/usr/include/${dir}" "${AIMENG_SYSINCLUDE}/${dir}" SYMBOLIC)
endforeach()
add_library(aimeng_system_headers INTERFACE)
target_include_directories(aimeng_system_headers SYSTEM INTERFACE "${AIMENG_SYSINCLUDE}")
