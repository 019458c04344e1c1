// Fuzzes the packed content's reader (core/content_pack.hpp): any bytes are read or refused
// with the byte where reading stopped, never a crash, a read past the end or a huge allocation;
// what reads packs again to bytes that read back to the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/content_pack.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const core::LoadResult r = core::unpack_content(bytes, "fuzz.pack");
  if (!r.ok()) {
    if (r.problems.items.empty() || r.problems.items.front().to_string().find("byte ") == std::string::npos)
      __builtin_trap();
    return 0;
  }
  // A pack may spell a number in more bytes than pack_content would, so compare once normalised.
  const std::string once = core::pack_content(r.content);
  const core::LoadResult again = core::unpack_content(once, "fuzz.pack");
  if (!again.ok() || core::pack_content(again.content) != once) __builtin_trap();
  return 0;
}
