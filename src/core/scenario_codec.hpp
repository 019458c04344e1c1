// A calculator scenario as route query keys (path, figures, start, tuition_increase, ...),
// so a link reproduces it exactly. Keys of the comparison scenario carry the prefix "b.".
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calculator.hpp"
#include "core/route.hpp"

namespace core {

struct CalculatorRouteState {
  Scenario main;
  std::optional<Scenario> compare;
};

QueryParams encode_scenario(const CalculatorRouteState& state);

struct DecodedScenario {
  CalculatorRouteState state;
  std::vector<std::string> notices;  // unknown keys and bad values, each naming its key
};

// Starts from `defaults` and applies each known key; unknown keys and bad values are
// ignored with a notice. The result is clamped to the allowed ranges.
DecodedScenario decode_scenario(const Content& content, const QueryParams& query, const Scenario& defaults);

}  // namespace core
