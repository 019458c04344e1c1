# The web bundle: Emscripten + WebGL 2, with SDL2 built from Debian's source package by
# scripts/setup.sh. Output: build/web/ (index.html and its files, the .js and .wasm, and
# pre-compressed .br and .gz copies).
set(SDL2_WEB_DIR "${AIMENG_CACHE}/sdl2-web" CACHE PATH "SDL2 built with Emscripten")
if(NOT EXISTS "${SDL2_WEB_DIR}/lib/libSDL2.a")
  message(FATAL_ERROR "SDL2 for the web not found in ${SDL2_WEB_DIR}: run scripts/setup.sh first")
endif()
set(AIMENG_WEB_OUT "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH "Where the web bundle is written")

add_executable(aimeng-explorer
  platform/web/main_web.cpp
  platform/web/web_bridge.cpp
  ${IMGUI_BACKEND_SOURCES}
)
set_source_files_properties(${IMGUI_BACKEND_SOURCES} PROPERTIES COMPILE_OPTIONS "-w")
target_include_directories(aimeng-explorer SYSTEM PRIVATE "${SDL2_WEB_DIR}/include/SDL2")
target_include_directories(imgui SYSTEM PUBLIC "${SDL2_WEB_DIR}/include/SDL2")
target_link_libraries(aimeng-explorer PRIVATE aimeng_ui "${SDL2_WEB_DIR}/lib/libSDL2.a")
aimeng_warnings(aimeng-explorer)
set_target_properties(aimeng-explorer PROPERTIES OUTPUT_NAME "app" SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${AIMENG_WEB_OUT}")

# Size first (bench/ measures the effect): optimise for size, no filesystem, no eval.
set(AIMENG_WEB_OPT "-Oz" CACHE STRING "Optimisation flag for the web build")
option(AIMENG_WEB_LTO "Link-time optimisation for the web build" ON)
set(web_flags ${AIMENG_WEB_OPT})
if(AIMENG_WEB_LTO)
  list(APPEND web_flags -flto)
endif()
foreach(t aimeng_core aimeng_ui imgui md4c aimeng-explorer)
  target_compile_options(${t} PRIVATE ${web_flags})
endforeach()
target_link_options(aimeng-explorer PRIVATE
  ${web_flags}
  -sENVIRONMENT=web
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0
  -sASSERTIONS=0
  -sSUPPORT_ERRNO=0
  -sMALLOC=emmalloc
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  -sEXPORTED_FUNCTIONS=_main,_aimeng_on_hashchange,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=[]
  -sINCOMING_MODULE_JS_API=[canvas,instantiateWasm,onAbort,print,printErr,setStatus,locateFile,preRun,postRun,noInitialRun]
)

# The shell page and its files, copied beside the bundle; then .br and .gz of everything.
file(GLOB AIMENG_WEB_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*")
add_custom_command(TARGET aimeng-explorer POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${AIMENG_WEB_FILES} "${AIMENG_WEB_OUT}/"
  COMMAND bash "${CMAKE_SOURCE_DIR}/scripts/finish-web-bundle.sh" "${AIMENG_WEB_OUT}"
  COMMENT "Assembling build/web" VERBATIM)
