// Fuzzes the settings reader: a corrupt or hostile settings file is reported, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/settings.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const core::SettingsRead r = core::read_settings(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
  // A problem means something in the file would be lost at the next save: it must be kept aside.
  if (!r.problems.empty() && r.keep_aside.empty()) __builtin_trap();
  // Whatever was read must survive a write and a read back unchanged.
  const core::SettingsRead again = core::read_settings(core::write_settings(r.settings), "again");
  if (!(again.settings == r.settings)) __builtin_trap();
  return 0;
}
