// Draw-data fingerprint; see draw_fingerprint.hpp.
#include "ui/draw_fingerprint.hpp"

#include <cstring>

namespace ui {

namespace {

// 64-bit multiply-xor over 8-byte words (a frame's buffers are a few hundred KB, so a
// byte-at-a-time hash would cost more than drawing an unchanged frame saves).
class Hasher {
 public:
  void bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (; size >= 8; size -= 8, p += 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      mix(word);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, size);
    mix(tail ^ (static_cast<std::uint64_t>(size) << 56));
  }
  template <typename T>
  void value(const T& v) {
    bytes(&v, sizeof v);
  }
  std::uint64_t result() const { return state_; }

 private:
  void mix(std::uint64_t word) {
    state_ = (state_ ^ word) * 0x9E3779B97F4A7C15ull;
    state_ ^= state_ >> 29;
  }
  std::uint64_t state_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t draw_fingerprint(const ImDrawData& draw_data, const ImVec4& clear_colour) {
  Hasher h;
  h.value(clear_colour);
  h.value(draw_data.DisplayPos);
  h.value(draw_data.DisplaySize);
  h.value(draw_data.FramebufferScale);
  h.value(draw_data.CmdListsCount);
  for (const ImDrawList* list : draw_data.CmdLists) {
    h.value(list->VtxBuffer.Size);
    h.bytes(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.size_in_bytes()));
    h.value(list->IdxBuffer.Size);
    h.bytes(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.size_in_bytes()));
    h.value(list->CmdBuffer.Size);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      h.value(cmd.ClipRect);
      h.value(cmd.TextureId);
      h.value(cmd.VtxOffset);
      h.value(cmd.IdxOffset);
      h.value(cmd.ElemCount);
      // A callback draws something the buffers do not show: never equal to another frame.
      static std::uint64_t callbacks_seen = 0;
      if (cmd.UserCallback) h.value(++callbacks_seen);
    }
  }
  return h.result();
}

}  // namespace ui
