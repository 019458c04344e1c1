# Assets both targets need, embedded at build time as byte arrays: the content file and the
# fonts, subset to the characters and icons the app uses (pyftsubset from python3-fonttools).
# Debian's python3-fonttools lives in the system interpreter, which may not be first on PATH.
find_program(SYSTEM_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
execute_process(COMMAND ${SYSTEM_PYTHON3} -c "import fontTools.subset" RESULT_VARIABLE fonttools_missing OUTPUT_QUIET ERROR_QUIET)
if(fonttools_missing)
  message(FATAL_ERROR "python3-fonttools is missing: run scripts/setup.sh")
endif()
set(PYFTSUBSET ${SYSTEM_PYTHON3} -m fontTools.subset)
set(AIMENG_EMBED_DIR "${CMAKE_BINARY_DIR}/embedded")
file(MAKE_DIRECTORY "${AIMENG_EMBED_DIR}")
set(AIMENG_EMBEDDED_SOURCES "")

set(AIMENG_TEXT_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Inter font folder (fonts-inter)")
set(AIMENG_ICON_FONT "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf" CACHE FILEPATH "Icon font (fonts-fork-awesome)")

# Text: Basic Latin, Latin-1 and the punctuation the copy uses (dashes, quotes, bullet, ellipsis,
# arrows, minus, multiplication, euro, rupee, yuan/yen, pound signs). Keep in sync with
# kTextGlyphRanges in src/ui/fonts.cpp. Native builds only: on the web the browser draws the
# text with its own fonts (platform/web/browser_font_atlas.cpp).
set(AIMENG_TEXT_UNICODES "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2022,U+2026,U+2190-2193,U+2212,U+20AC,U+20B9,U+2264-2265")

# Icons: exactly those src/ui/icons.hpp names, each moved to the code point it draws at there
# ("NEW=OLD" pairs for scripts/remap_icons.py).
file(STRINGS "${CMAKE_SOURCE_DIR}/src/ui/icons.hpp" icon_lines REGEX "^#define ICON_")
set(icon_pairs "")
foreach(line IN LISTS icon_lines)
  if(NOT line MATCHES "\\\\u([0-9a-fA-F]+)\".*Fork Awesome U\\+([0-9a-fA-F]+)")
    message(FATAL_ERROR "src/ui/icons.hpp: cannot read the icon in: ${line}")
  endif()
  list(APPEND icon_pairs "${CMAKE_MATCH_1}=${CMAKE_MATCH_2}")
endforeach()
string(REPLACE ";" "," AIMENG_ICON_PAIRS "${icon_pairs}")
# The same code points as ImGui glyph ranges (one range each) for src/ui/fonts.cpp: the web's
# browser rasteriser cannot ask the icon font which code points it has.
set(icon_ranges "")
foreach(pair IN LISTS icon_pairs)
  string(REGEX REPLACE "=.*" "" code_point "${pair}")
  string(APPEND icon_ranges "0x${code_point}, 0x${code_point},\n")
endforeach()
file(CONFIGURE OUTPUT "${AIMENG_EMBED_DIR}/icon_ranges.inc" CONTENT "${icon_ranges}" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/icons.hpp")

function(aimeng_subset_font out_var name source unicodes)
  set(out "${AIMENG_EMBED_DIR}/${name}")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${PYFTSUBSET} "${source}" "--unicodes=${unicodes}" "--output-file=${out}"
            --layout-features= --no-hinting --desubroutinize --name-IDs= --notdef-outline
    DEPENDS "${source}"
    COMMENT "Subsetting ${name}" VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# Writes NAME.cpp defining `extern const unsigned char NAME[]` and `NAME_size`.
function(aimeng_embed symbol file)
  set(out "${AIMENG_EMBED_DIR}/${symbol}.cpp")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out} -DSYMBOL=${symbol}
            -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
    DEPENDS "${file}" "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
    COMMENT "Embedding ${symbol}" VERBATIM)
  set(AIMENG_EMBEDDED_SOURCES ${AIMENG_EMBEDDED_SOURCES} "${out}" PARENT_SCOPE)
endfunction()

# Inter ships cubic (CFF) outlines; quadratic ones rasterise faster (scripts/quadratic_font.py).
function(aimeng_quadratic_font out_var name source)
  set(out "${AIMENG_EMBED_DIR}/${name}")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${SYSTEM_PYTHON3} "${CMAKE_SOURCE_DIR}/scripts/quadratic_font.py" "${source}" "${out}"
    DEPENDS "${source}" "${CMAKE_SOURCE_DIR}/scripts/quadratic_font.py"
    COMMENT "Converting ${name} to quadratic outlines" VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

if(NOT EMSCRIPTEN)
  aimeng_subset_font(font_regular_cff "text-regular.otf" "${AIMENG_TEXT_FONT_DIR}/Inter-Regular.otf" "${AIMENG_TEXT_UNICODES}")
  aimeng_subset_font(font_semibold_cff "text-semibold.otf" "${AIMENG_TEXT_FONT_DIR}/Inter-SemiBold.otf" "${AIMENG_TEXT_UNICODES}")
  aimeng_quadratic_font(font_regular "text-regular.ttf" "${font_regular_cff}")
  aimeng_quadratic_font(font_semibold "text-semibold.ttf" "${font_semibold_cff}")
  aimeng_embed(embedded_font_regular "${font_regular}")
  aimeng_embed(embedded_font_semibold "${font_semibold}")
endif()
set(font_icons "${AIMENG_EMBED_DIR}/icons.ttf")
add_custom_command(OUTPUT "${font_icons}"
  COMMAND ${SYSTEM_PYTHON3} "${CMAKE_SOURCE_DIR}/scripts/remap_icons.py" "${AIMENG_ICON_FONT}" "${font_icons}" "${AIMENG_ICON_PAIRS}"
  DEPENDS "${AIMENG_ICON_FONT}" "${CMAKE_SOURCE_DIR}/scripts/remap_icons.py" "${CMAKE_SOURCE_DIR}/src/ui/icons.hpp"
  COMMENT "Subsetting and moving the icons" VERBATIM)

aimeng_embed(embedded_font_icons "${font_icons}")
if(NOT EMSCRIPTEN)
  aimeng_embed(embedded_content_json "${CMAKE_SOURCE_DIR}/assets/content.json")
else()
  # The web embeds the content packed (ui/builtin_content.hpp) by a build step that reads
  # content.json with every check, in node, and stops the build on an error. It builds the core
  # again with exceptions on: nlohmann reports a JSON syntax error by throwing (the page never
  # reads JSON content, and builds without them).
  add_executable(pack-content platform/web/pack_content.cpp $<TARGET_PROPERTY:aimeng_core,SOURCES>)
  target_include_directories(pack-content PRIVATE src)
  target_link_libraries(pack-content PRIVATE aimeng_system_headers)
  target_compile_options(pack-content PRIVATE -fexceptions)
  target_link_options(pack-content PRIVATE -fexceptions -O1 -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1
    -sWASM_ASYNC_COMPILATION=0)  # node 18+ has fetch, which cannot read a plain path
  aimeng_warnings(pack-content)
  find_program(NODE_JS node REQUIRED)
  set(content_pack "${AIMENG_EMBED_DIR}/content.pack")
  add_custom_command(OUTPUT "${content_pack}"
    COMMAND "${NODE_JS}" "$<TARGET_FILE:pack-content>" "${CMAKE_SOURCE_DIR}/assets/content.json" "${content_pack}"
    DEPENDS pack-content "${CMAKE_SOURCE_DIR}/assets/content.json"
    COMMENT "Checking and packing content.json" VERBATIM)
  aimeng_embed(embedded_content_pack "${content_pack}")
endif()

# The web measures no icon: their metrics come from the font file (src/ui/fonts.cpp includes them).
if(EMSCRIPTEN)
  set(icon_metrics "${AIMENG_EMBED_DIR}/icon_metrics.inc")
  add_custom_command(OUTPUT "${icon_metrics}"
    COMMAND ${SYSTEM_PYTHON3} "${CMAKE_SOURCE_DIR}/scripts/icon_metrics.py" "${font_icons}" "${icon_metrics}"
    DEPENDS "${font_icons}" "${CMAKE_SOURCE_DIR}/scripts/icon_metrics.py"
    COMMENT "Measuring the icons" VERBATIM)
  list(APPEND AIMENG_EMBEDDED_SOURCES "${icon_metrics}")
endif()
