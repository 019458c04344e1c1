// A fingerprint of what a frame draws, so a platform can leave the screen as it is when a
// frame would draw the same picture again (no GPU work, and no compositing of an unchanged
// canvas, which software-composited browsers pay for with a read-back of every WebGL frame).
#pragma once
#include <imgui.h>

#include <cstdint>

namespace ui {

// Equal for frames that would put the same pixels on the screen: it covers every vertex,
// index and draw command (clip rectangle, texture, offsets), the display's size and scale,
// and the colour the frame is cleared to.
std::uint64_t draw_fingerprint(const ImDrawData& draw_data, const ImVec4& clear_colour);

}  // namespace ui
