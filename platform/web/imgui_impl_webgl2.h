// dear imgui: Renderer Backend for WebGL 2 (through Emscripten), in place of
// imgui_impl_opengl3 on the web. It knows ImGui and GL only: no application header.
//
// Implemented features:
//  [X] Renderer: the font atlas as one byte per pixel (alpha), uploaded again after a rebuild.
//  [X] Renderer: user textures (ImTextureID is a GL texture name).
//  [ ] Renderer: large meshes (ImGuiBackendFlags_RendererHasVtxOffset): 16-bit indices, no vertex offset.
//  [X] Renderer: clip rectangles and framebuffer scale (high-DPI screens).
//  [ ] Renderer: multi-viewports.
//
// Draws ImGui's output with WebGL 2. It asks the
// GPU nothing back while starting (no compile-status or state queries: each is a round trip
// to the GPU process that stalls the page), keeps the font atlas as one byte per pixel
// instead of four, and sets its few GL states each frame instead of saving and restoring all.
#pragma once

#include <imgui.h>

#include <string>

namespace web {

class Renderer {
 public:
  // Compiles and links the shaders and makes the buffers; the GL context must be current.
  // Whether that worked is only asked by check_program.
  void init();
  // Asks the GPU, once, whether the shaders linked; false, with error() set, if not. Asking
  // waits for the GPU to finish all it was given, so a platform asks once it is idle (a frame
  // drawn with shaders that failed shows nothing, and the error replaces it).
  bool check_program();
  // Puts io.Fonts' atlas on the GPU (again, after the app rebuilt it).
  void upload_fonts();
  // Draws a frame into the canvas's framebuffer, cleared to `clear` first. Returns false, with
  // error() set, if the shaders are known to have failed: nothing can be drawn then.
  bool render(const ImDrawData& draw_data, ImVec4 clear);
  const std::string& error() const { return error_; }

 private:
  void draw_list(const ImDrawList& list, ImVec2 clip_offset, ImVec2 clip_scale, int fb_height);

  unsigned program_ = 0, vertex_shader_ = 0, fragment_shader_ = 0;
  unsigned vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0;
  unsigned font_texture_ = 0;
  bool checked_ = false;
  std::string error_;
};

}  // namespace web
