// Fuzzes the content loader and validator: any bytes must give problems, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/calculator.hpp"
#include "core/content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const core::LoadResult r = core::load_content(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
  for (const auto& p : r.problems.items) (void)p.to_string();
  if (r.ok()) (void)core::estimate(r.content, core::default_scenario(r.content));  // valid content must compute
  return 0;
}
