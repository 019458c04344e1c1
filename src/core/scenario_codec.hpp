// A calculator scenario as route query keys (path, figures, start, tuition_increase, ...),
// so a link reproduces it exactly. Keys of the comparison scenario carry the prefix "b.".
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calculator.hpp"
#include "core/route.hpp"

namespace core {

// The scenario the calculator shows and, when comparing, a second one (B).
struct CalculatorScenarios {
  Scenario main;
  std::optional<Scenario> compare;
};

QueryParams encode_scenario(const CalculatorScenarios& state);

struct DecodedScenario {
  CalculatorScenarios state;
  std::vector<std::string> notices;  // unknown keys and bad values, each naming its key
};

// Starts from `defaults` and applies each known key; unknown keys and bad values are
// ignored with a notice. The result is clamped to the allowed ranges.
DecodedScenario decode_scenario(const Content& content, const QueryParams& query, const Scenario& defaults);

}  // namespace core
