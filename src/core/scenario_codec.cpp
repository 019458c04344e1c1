// Scenario <-> route query; see scenario_codec.hpp.
#include "core/scenario_codec.hpp"

#include <algorithm>

#include "core/printable.hpp"
#include "core/scenario_fields.hpp"

namespace core {

QueryParams encode_scenario(const CalculatorScenarios& state) {
  QueryParams q;
  encode_fields(state.main, "", q);
  if (state.compare) encode_fields(*state.compare, "b.", q);
  return q;
}

DecodedScenario decode_scenario(const Content& content, const QueryParams& query, const Scenario& defaults) {
  DecodedScenario out;
  out.state.main = defaults;
  for (const auto& [key, value] : query) {
    const bool is_compare = key.rfind("b.", 0) == 0;
    if (is_compare && !out.state.compare) out.state.compare = defaults;
    Scenario& target = is_compare ? *out.state.compare : out.state.main;
    if (!decode_field(target, is_compare ? key.substr(2) : key, value, key, out.notices))
      out.notices.push_back("unknown setting \"" + printable(key, 40) + "\" is ignored");
  }
  auto given = [&](const std::string& key) {
    return std::any_of(query.begin(), query.end(), [&](const auto& p) { return p.first == key; });
  };
  for (const char* prefix : {"", "b."}) {
    Scenario* s = *prefix ? (out.state.compare ? &*out.state.compare : nullptr) : &out.state.main;
    if (!s) continue;
    if (given(std::string(prefix) + "rate") && s->currency.empty())
      out.notices.push_back(std::string(prefix) +
                            "rate: an exchange rate is used only with a currency (for example currency=EUR); it is "
                            "ignored and amounts are shown in US dollars");
    if (!s->currency.empty() && s->rate_millionths == 0) {
      out.notices.push_back("currency: no rate given for " + s->currency + "; showing US dollars only");
      s->currency.clear();
    }
    for (auto& note : clamp_scenario(content, *s)) out.notices.push_back(note);
  }
  return out;
}

}  // namespace core
