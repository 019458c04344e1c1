// Fuzzes the content loader and validator: any bytes either load or give at least one located
// error, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/calculator.hpp"
#include "core/content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const core::LoadResult r = core::load_content(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
  // A file that does not load says where at least once: a line and column, not just "invalid".
  bool located = false;
  for (const auto& p : r.problems.items) {
    (void)p.to_string();
    located = located || (p.severity == core::Severity::Error && p.line > 0);
  }
  if (!r.ok() && !located) __builtin_trap();
  if (r.ok()) (void)core::estimate(r.content, core::default_scenario(r.content));  // valid content must compute
  return 0;
}
