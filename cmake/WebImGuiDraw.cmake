# cmake -DINPUT=imgui_draw.cpp -DOUTPUT=copy.cpp -P WebImGuiDraw.cmake
# Writes the web build's copy of Dear ImGui's imgui_draw.cpp (see cmake/ImGui.cmake): its
# ImFontAtlas::Build neither adds the built-in font when none was added nor falls back to
# ImGui's own stb_truetype builder, which leaves that font's data and ImGui's copy of
# stb_truetype unused, so the linker drops them. Each change must match exactly once, so a newer
# ImGui cannot slip through unchanged.
file(READ "${INPUT}" source)
function(replace_once what with)
  string(FIND "${source}" "${what}" first)
  string(FIND "${source}" "${what}" last REVERSE)
  if(first EQUAL -1 OR NOT first EQUAL last)
    message(FATAL_ERROR "${INPUT}: not found exactly once:\n${what}")
  endif()
  string(REPLACE "${what}" "${with}" replaced "${source}")
  set(source "${replaced}" PARENT_SCOPE)
endfunction()
replace_once("    if (ConfigData.Size == 0)\n        AddFontDefault();\n"
             "    IM_ASSERT(ConfigData.Size > 0 && \"the web build has no default font\");\n")
replace_once("    const ImFontBuilderIO* builder_io = FontBuilderIO;\n    if (builder_io == NULL)\n"
             "    const ImFontBuilderIO* builder_io = FontBuilderIO;\n    IM_ASSERT(builder_io != NULL && \"the web build names its font builder\");\n    if (builder_io == NULL)\n        return false;\n    if (false)\n")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/WebImGuiDraw.cmake. Do not edit.\n#line 1 \"${INPUT}\"\n${source}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
