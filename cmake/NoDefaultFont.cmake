# cmake -DINPUT=imgui_draw.cpp -DOUTPUT=copy.cpp -P NoDefaultFont.cmake
# Writes a copy of Dear ImGui's imgui_draw.cpp whose ImFontAtlas::Build no longer adds the
# built-in font when none was added (see cmake/ImGui.cmake), and fails if that call is not
# found exactly once, so a newer ImGui cannot slip through unchanged.
file(READ "${INPUT}" source)
set(fallback "    if (ConfigData.Size == 0)\n        AddFontDefault();\n")
string(FIND "${source}" "${fallback}" first)
string(FIND "${source}" "${fallback}" last REVERSE)
if(first EQUAL -1 OR NOT first EQUAL last)
  message(FATAL_ERROR "${INPUT}: ImFontAtlas::Build's default font fallback not found exactly once")
endif()
string(REPLACE "${fallback}" "    IM_ASSERT(ConfigData.Size > 0 && \"the web build has no default font\");\n" source "${source}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/NoDefaultFont.cmake. Do not edit.\n#line 1 \"${INPUT}\"\n${source}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
