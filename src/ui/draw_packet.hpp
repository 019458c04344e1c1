// ImGui's draw data as one message for the web's renderer (web/render.js, which draws it in a
// worker that owns the canvas): the page's main thread then makes no WebGL call at all. Plain
// ImGui, so the packing is tested natively.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace ui {

// The message's layout, in 32-bit words; web/render.js reads it the same way. Header: the
// drawing buffer's width and height in pixels, the clear colour (4 floats), ImGui's display
// position and size (4 floats), the number of lists and of commands, and the bytes of indices.
// Each list: its vertex, index and command counts. Each command: its scissor box (x, y, width,
// height, in the buffer's pixels from its bottom left), index count and first index within its
// list. Then every list's 16-bit indices (padded to a whole word), then every list's vertices.
namespace draw_packet_layout {
constexpr std::size_t header_words = 13, list_words = 3, command_words = 6;
}

// Drawing buffer size for a display: its size in points times the pixel ratio, rounded, from
// 1 to 16384 pixels.
int framebuffer_pixels(float points, float scale);

// Packs draw_data into `out` (its capacity is kept from frame to frame). Commands drawn with
// any texture but `font` (the web makes no other), user callbacks and empty clip rectangles
// are left out: the renderer could not draw them.
void pack_draw_data(const ImDrawData& draw_data, const ImVec4& clear, ImTextureID font,
                    std::vector<std::uint32_t>& out);

}  // namespace ui
