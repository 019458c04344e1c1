# The web bundle: Emscripten's html5 API (platform/web); web/render.js draws with WebGL 2. Output:
# build/web/ (index.html and its files, the .js and .wasm, and pre-compressed .br and .gz).
# SDL2 is not linked on the web: its video and blit code would be a fifth of the bundle; the
# SDL2 build from scripts/setup.sh serves the benchmarks' baseline (bench/baseline).
set(AIMENG_WEB_OUT "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH "Where the web bundle is written")

# ImGui's browser input backend: ImGui and the browser only, so an app header included by mistake
# does not compile (the target sees ImGui's headers, not src/).
add_library(imgui_impl_web STATIC platform/web/imgui_impl_html5.cpp)
target_link_libraries(imgui_impl_web PUBLIC imgui)
target_include_directories(imgui_impl_web PUBLIC platform/web)
aimeng_warnings(imgui_impl_web)

add_executable(aimeng-explorer
  platform/web/main_web.cpp
  platform/web/web_bridge.cpp
  platform/web/a11y_bridge.cpp
  platform/web/browser_font_atlas.cpp
)
target_link_libraries(aimeng-explorer PRIVATE aimeng_ui imgui_impl_web)
aimeng_warnings(aimeng-explorer)
set_target_properties(aimeng-explorer PROPERTIES OUTPUT_NAME "app" SUFFIX ".js"
  LINK_DEPENDS "${CMAKE_SOURCE_DIR}/platform/web/a11y_mirror.js"
  RUNTIME_OUTPUT_DIRECTORY "${AIMENG_WEB_OUT}")

# Size first (bench/ measures the effect): optimise for size, no filesystem, no eval.
set(AIMENG_WEB_OPT "-Oz" CACHE STRING "Optimisation flag for the web build")
option(AIMENG_WEB_LTO "Link-time optimisation for the web build" ON)
set(web_flags ${AIMENG_WEB_OPT})
if(AIMENG_WEB_LTO)
  list(APPEND web_flags -flto)
endif()
foreach(t aimeng_core aimeng_ui imgui imgui_impl_web aimeng-explorer)
  target_compile_options(${t} PRIVATE ${web_flags})
endforeach()
target_link_options(aimeng-explorer PRIVATE
  ${web_flags}
  -sENVIRONMENT=web
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0
  -sASSERTIONS=0
  -sSUPPORT_ERRNO=0
  -sMALLOC=emmalloc
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  # Chromium compiles each wasm function on its first call, on the main thread. wasm-opt would
  # inline every function that has one caller, whatever its size, so the first frame would
  # compile the code of screens it does not show; large ones stay out of line.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=200
  -sEXPORTED_FUNCTIONS=_main,_aimeng_run_task,_aimeng_on_hashchange,_aimeng_on_canvas_resize,_aimeng_text_input,_aimeng_text_field_at,_aimeng_a11y_focus,_aimeng_a11y_activate,_aimeng_a11y_set_value,_malloc,_free
  # The accessibility mirror's page side, in app.js.
  --pre-js ${CMAKE_SOURCE_DIR}/platform/web/a11y_mirror.js
  -sEXPORTED_RUNTIME_METHODS=[]
  # Function names for bench/wasm_sizes.py (the wasm itself is unchanged; the finishing script
  # moves the map out of the bundle).
  --emit-symbol-map
  -sINCOMING_MODULE_JS_API=[canvas,instantiateWasm,onAbort,print,printErr,setStatus,locateFile,preRun,postRun,noInitialRun]
)

# The shell page and its files beside the bundle, then the generated parts and .br/.gz
# (scripts/finish-web-bundle.sh). Re-runs when the app, a web/ file, the content or a script changes.
file(GLOB AIMENG_WEB_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*")
set(bundle_stamp "${CMAKE_BINARY_DIR}/web-bundle.stamp")
add_custom_command(OUTPUT "${bundle_stamp}"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${AIMENG_WEB_FILES} "${AIMENG_WEB_OUT}/"
  COMMAND bash "${CMAKE_SOURCE_DIR}/scripts/finish-web-bundle.sh" "${AIMENG_WEB_OUT}" "${CMAKE_SOURCE_DIR}"
          "${CMAKE_BINARY_DIR}/app.wasm.symbols"
  COMMAND ${CMAKE_COMMAND} -E touch "${bundle_stamp}"
  DEPENDS aimeng-explorer ${AIMENG_WEB_FILES} "${CMAKE_SOURCE_DIR}/assets/content.json"
          "${CMAKE_SOURCE_DIR}/scripts/finish-web-bundle.sh" "${CMAKE_SOURCE_DIR}/scripts/make_text_version.py"
          "${CMAKE_SOURCE_DIR}/scripts/make_icons.py" "${CMAKE_SOURCE_DIR}/scripts/wasm_imports.py"
  COMMENT "Assembling build/web" VERBATIM)
add_custom_target(web-bundle ALL DEPENDS "${bundle_stamp}")
