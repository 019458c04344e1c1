// WebGL 2 renderer for ImGui's draw data; see web_renderer.hpp.
#include "imgui_impl_webgl2.h"

#include <GLES3/gl3.h>

#include <cstdint>

namespace web {

namespace {

constexpr unsigned kPositionAttribute = 0, kUvAttribute = 1, kColorAttribute = 2;
// Per-draw constants travel as vertex attributes with no array behind them (glVertexAttrib*),
// not uniforms: a uniform's location must be asked of the GPU process, which stalls the page
// until the shaders are linked.
constexpr unsigned kTransformAttribute = 3, kAlphaTextureAttribute = 4;

const char* const kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_transform;  // xy: scale, zw: offset, from ImGui's points to clip space
layout(location = 4) in float a_alpha_texture;
out vec2 v_uv;
out vec4 v_color;
flat out float v_alpha_texture;
void main() {
  v_uv = a_uv;
  v_color = a_color;
  v_alpha_texture = a_alpha_texture;
  gl_Position = vec4(a_position * a_transform.xy + a_transform.zw, 0.0, 1.0);
}
)";

// The font atlas holds coverage only (one byte per pixel, in the red channel): white with that
// alpha. Any other texture is sampled as it is.
const char* const kFragmentShader = R"(#version 300 es
precision highp float;  // texture coordinates stay exact in atlases 2048 texels wide
uniform sampler2D u_texture;  // texture unit 0, the default
in vec2 v_uv;
in vec4 v_color;
flat in float v_alpha_texture;
out vec4 o_color;
void main() {
  vec4 texel = texture(u_texture, v_uv);
  o_color = v_color * mix(texel, vec4(1.0, 1.0, 1.0, texel.r), v_alpha_texture);
}
)";

unsigned compile(unsigned kind, const char* source) {
  const unsigned shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

std::string shader_log(unsigned shader) {
  char log[1024] = {};
  glGetShaderInfoLog(shader, sizeof log, nullptr, log);
  return log;
}

}  // namespace

void Renderer::init() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "aimeng_webgl2";
  vertex_shader_ = compile(GL_VERTEX_SHADER, kVertexShader);
  fragment_shader_ = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  program_ = glCreateProgram();
  glAttachShader(program_, vertex_shader_);
  glAttachShader(program_, fragment_shader_);
  glLinkProgram(program_);

  glGenVertexArrays(1, &vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glGenBuffers(1, &index_buffer_);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);  // recorded in the vertex array
  glEnableVertexAttribArray(kPositionAttribute);
  glEnableVertexAttribArray(kUvAttribute);
  glEnableVertexAttribArray(kColorAttribute);
  const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
  glVertexAttribPointer(kPositionAttribute, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                        offset(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUvAttribute, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColorAttribute, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                        offset(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  glFlush();  // hand the shaders to the GPU now, not at the first draw
}

void Renderer::upload_fonts() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (font_texture_ == 0) glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
  io.Fonts->ClearTexData();  // the GPU has its copy
  glFlush();                 // and copies it while the frame is being built
}

bool Renderer::check_program() {
  if (checked_) return error_.empty();
  checked_ = true;
  GLint linked = GL_FALSE;
  glGetProgramiv(program_, GL_LINK_STATUS, &linked);
  if (linked != GL_TRUE) {
    char log[1024] = {};
    glGetProgramInfoLog(program_, sizeof log, nullptr, log);
    error_ = std::string("WebGL could not build the app's shaders: ") + log + shader_log(vertex_shader_) +
             shader_log(fragment_shader_);
    return false;
  }
  glDeleteShader(vertex_shader_);
  glDeleteShader(fragment_shader_);
  return true;
}

bool Renderer::render(const ImDrawData& draw_data, ImVec4 clear) {
  const int fb_width = static_cast<int>(draw_data.DisplaySize.x * draw_data.FramebufferScale.x);
  const int fb_height = static_cast<int>(draw_data.DisplaySize.y * draw_data.FramebufferScale.y);
  if (fb_width <= 0 || fb_height <= 0) return true;
  if (!error_.empty()) return false;

  // Nothing else draws into this context, so the state is set, never saved and restored.
  glViewport(0, 0, fb_width, fb_height);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(program_);
  glActiveTexture(GL_TEXTURE0);
  const ImVec2 pos = draw_data.DisplayPos, size = draw_data.DisplaySize;
  glVertexAttrib4f(kTransformAttribute, 2.0f / size.x, -2.0f / size.y, -1.0f - pos.x * 2.0f / size.x,
                   1.0f + pos.y * 2.0f / size.y);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);

  for (int n = 0; n < draw_data.CmdListsCount; ++n)
    draw_list(*draw_data.CmdLists[n], draw_data.DisplayPos, draw_data.FramebufferScale, fb_height);
  glBindVertexArray(0);
  return true;
}

void Renderer::draw_list(const ImDrawList& list, ImVec2 clip_offset, ImVec2 clip_scale, int fb_height) {
  glBufferData(GL_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
               list.VtxBuffer.Data, GL_STREAM_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
               list.IdxBuffer.Data, GL_STREAM_DRAW);
  const ImTextureID font_id = ImGui::GetIO().Fonts->TexID;
  ImTextureID bound{};
  bool any_bound = false;
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback) {  // the app adds none; honour them as ImGui documents anyway
      if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
      continue;
    }
    const float x0 = (cmd.ClipRect.x - clip_offset.x) * clip_scale.x;
    const float y0 = (cmd.ClipRect.y - clip_offset.y) * clip_scale.y;
    const float x1 = (cmd.ClipRect.z - clip_offset.x) * clip_scale.x;
    const float y1 = (cmd.ClipRect.w - clip_offset.y) * clip_scale.y;
    if (x1 <= x0 || y1 <= y0) continue;
    glScissor(static_cast<int>(x0), static_cast<int>(static_cast<float>(fb_height) - y1), static_cast<int>(x1 - x0),
              static_cast<int>(y1 - y0));
    if (!any_bound || cmd.GetTexID() != bound) {
      bound = cmd.GetTexID();
      any_bound = true;
      glBindTexture(GL_TEXTURE_2D, static_cast<unsigned>(reinterpret_cast<std::intptr_t>(bound)));
      glVertexAttrib1f(kAlphaTextureAttribute, bound == font_id ? 1.0f : 0.0f);
    }
    glDrawElements(GL_TRIANGLES, static_cast<int>(cmd.ElemCount),
                   sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
  }
}

}  // namespace web
