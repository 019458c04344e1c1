// Draw data packed for the web's renderer; see draw_packet.hpp.
#include "ui/draw_packet.hpp"

#include <cmath>
#include <cstring>

namespace ui {

static_assert(sizeof(ImDrawIdx) == 2, "web/render.js draws 16-bit indices");
static_assert(sizeof(ImDrawVert) == 20, "web/render.js reads 20-byte vertices (position, uv, colour)");

namespace {

std::uint32_t word(float f) {
  std::uint32_t w = 0;
  std::memcpy(&w, &f, sizeof w);
  return w;
}
std::uint32_t word(int i) {
  return static_cast<std::uint32_t>(i);
}

// Appends one buffer of every list (its indices, or its vertices) back to back, each list's
// first element right after the last list's, then pads to a whole word. Returns the bytes
// appended, padding included.
template <typename T>
std::size_t append_every_list(std::vector<std::uint32_t>& out, const ImDrawData& d, ImVector<T> ImDrawList::*buffer) {
  std::size_t bytes = 0;
  for (int n = 0; n < d.CmdListsCount; ++n)
    bytes += static_cast<std::size_t>((d.CmdLists[n]->*buffer).Size) * sizeof(T);
  const std::size_t at = out.size();
  out.resize(at + (bytes + 3) / 4, 0);
  auto* next = reinterpret_cast<unsigned char*>(out.data() + at);
  for (int n = 0; n < d.CmdListsCount; ++n) {
    const ImVector<T>& items = d.CmdLists[n]->*buffer;
    const std::size_t size = static_cast<std::size_t>(items.Size) * sizeof(T);
    if (size != 0) std::memcpy(next, items.Data, size);
    next += size;
  }
  return (bytes + 3) / 4 * 4;
}

struct Scissor {
  int x, y, width, height;
};

// A clip rectangle in ImGui's points as a scissor box in the buffer's pixels (GL counts rows
// from the bottom); false when it covers nothing.
bool scissor_for(const ImVec4& clip, const ImDrawData& d, int buffer_height, Scissor& s) {
  const float x0 = (clip.x - d.DisplayPos.x) * d.FramebufferScale.x;
  const float y0 = (clip.y - d.DisplayPos.y) * d.FramebufferScale.y;
  const float x1 = (clip.z - d.DisplayPos.x) * d.FramebufferScale.x;
  const float y1 = (clip.w - d.DisplayPos.y) * d.FramebufferScale.y;
  if (!(x1 > x0) || !(y1 > y0)) return false;
  s = {static_cast<int>(x0), static_cast<int>(static_cast<float>(buffer_height) - y1), static_cast<int>(x1 - x0),
       static_cast<int>(y1 - y0)};
  return true;
}

bool drawable(const ImDrawCmd& cmd, ImTextureID font) {
  return cmd.UserCallback == nullptr && cmd.ElemCount != 0 && cmd.GetTexID() == font;
}

}  // namespace

int framebuffer_pixels(float points, float scale) {
  constexpr float most = 16384.0f;  // WebGL's largest drawing buffer on any device
  const float pixels = points * scale;
  if (!(pixels > 1.0f)) return 1;  // also NaN
  return static_cast<int>(std::lround(pixels < most ? pixels : most));
}

void pack_draw_data(const ImDrawData& d, const ImVec4& clear, ImTextureID font, std::vector<std::uint32_t>& out) {
  namespace layout = draw_packet_layout;
  const int width = framebuffer_pixels(d.DisplaySize.x, d.FramebufferScale.x);
  const int height = framebuffer_pixels(d.DisplaySize.y, d.FramebufferScale.y);
  out.assign(layout::header_words, 0);
  std::size_t command_count = 0;
  for (int n = 0; n < d.CmdListsCount; ++n) {
    const ImDrawList& list = *d.CmdLists[n];
    std::size_t commands = 0;
    for (const ImDrawCmd& cmd : list.CmdBuffer) commands += drawable(cmd, font) ? 1 : 0;
    out.push_back(word(list.VtxBuffer.Size));
    out.push_back(word(list.IdxBuffer.Size));
    out.push_back(static_cast<std::uint32_t>(commands));
    command_count += commands;
  }
  for (int n = 0; n < d.CmdListsCount; ++n) {
    for (const ImDrawCmd& cmd : d.CmdLists[n]->CmdBuffer) {
      if (!drawable(cmd, font)) continue;
      Scissor s{};
      if (!scissor_for(cmd.ClipRect, d, height, s)) s = {0, 0, 0, 0};  // kept, so the list's count holds
      for (const int v : {s.x, s.y, s.width, s.height}) out.push_back(word(v));
      out.push_back(cmd.ElemCount);
      out.push_back(cmd.IdxOffset);
    }
  }
  const std::size_t index_bytes = append_every_list(out, d, &ImDrawList::IdxBuffer);
  append_every_list(out, d, &ImDrawList::VtxBuffer);
  const std::uint32_t header[layout::header_words] = {word(width),
                                                      word(height),
                                                      word(clear.x),
                                                      word(clear.y),
                                                      word(clear.z),
                                                      word(clear.w),
                                                      word(d.DisplayPos.x),
                                                      word(d.DisplayPos.y),
                                                      word(d.DisplaySize.x),
                                                      word(d.DisplaySize.y),
                                                      word(d.CmdListsCount),
                                                      static_cast<std::uint32_t>(command_count),
                                                      static_cast<std::uint32_t>(index_bytes)};
  std::memcpy(out.data(), header, sizeof header);
}

}  // namespace ui
