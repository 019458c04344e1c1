// Scenario <-> route query; see scenario_codec.hpp.
#include "core/scenario_codec.hpp"

namespace core {

namespace {

std::string decimal(std::int64_t scaled, int decimals) {
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  std::string out = std::to_string(scaled / scale);
  std::int64_t frac = scaled % scale;
  if (frac == 0) return out;
  std::string digits = std::to_string(frac);
  digits.insert(0, static_cast<std::size_t>(decimals) - digits.size(), '0');
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  return out + "." + digits;
}

void encode_one(const Scenario& s, const std::string& prefix, QueryParams& q) {
  auto put = [&](const char* key, const std::string& value) { q.emplace_back(prefix + key, value); };
  put("path", s.path);
  put("figures", s.figures);
  put("start", std::to_string(s.start_year));
  put("tuition_increase", decimal(s.tuition_increase, 2));
  put("living_increase", decimal(s.living_increase, 2));
  put("insurance", s.insurance ? "1" : "0");
  put("living", s.living == LivingMode::Published ? "published"
                : s.living == LivingMode::Family  ? "family"
                                                  : decimal(s.living_monthly, 2));
  put("extras", s.extras ? "1" : "0");
  switch (s.aid) {
    case AidMode::None:
      put("aid", "none");
      break;
    case AidMode::TuitionPercent:
      put("aid", "tuition:" + decimal(s.aid_percent, 2));
      break;
    case AidMode::CostPercent:
      put("aid", "cost:" + decimal(s.aid_percent, 2));
      break;
    case AidMode::FixedPerYear:
      put("aid", "fixed:" + decimal(s.aid_fixed_per_year, 2));
      break;
  }
  put("loan_fees", s.loan_fees ? "1" : "0");
  if (s.intern_weeks > 0 || s.intern_weekly_pay > 0) {
    put("intern_pay", decimal(s.intern_weekly_pay, 2));
    put("intern_weeks", std::to_string(s.intern_weeks));
  }
  if (!s.currency.empty()) {
    put("currency", s.currency);
    put("rate", decimal(s.rate_millionths, 6));
  }
}

class Decoder {
 public:
  Decoder(std::vector<std::string>& notices) : notices_(notices) {}

  // Returns true if `key` (without prefix) is known; bad values add a notice.
  bool apply(Scenario& s, const std::string& key, const std::string& full_key, const std::string& value) {
    auto bad = [&](const std::string& why) { notices_.push_back(full_key + ": \"" + shorten(value) + "\" " + why); };
    if (key == "path")
      s.path = value;  // checked by clamp_scenario
    else if (key == "figures")
      s.figures = value;
    else if (key == "start") {
      if (auto v = parse_fixed_decimal(value, 0); v && *v < 10'000)
        s.start_year = static_cast<int>(*v);
      else
        bad("is not a year");
    } else if (key == "tuition_increase" || key == "living_increase") {
      auto v = parse_fixed_decimal(value, 2);
      if (!v)
        bad("is not a percentage such as 3 or 3.5");
      else
        (key == "tuition_increase" ? s.tuition_increase : s.living_increase) = *v;
    } else if (key == "insurance" || key == "extras" || key == "loan_fees") {
      if (value != "0" && value != "1")
        bad("must be 0 or 1");
      else
        (key == "insurance" ? s.insurance : key == "extras" ? s.extras : s.loan_fees) = value == "1";
    } else if (key == "living") {
      if (value == "published")
        s.living = LivingMode::Published;
      else if (value == "family")
        s.living = LivingMode::Family;
      else if (auto v = parse_fixed_decimal(value, 2)) {
        s.living = LivingMode::CustomMonthly;
        s.living_monthly = *v;
      } else
        bad("must be published, family or a monthly amount in dollars");
    } else if (key == "aid") {
      decode_aid(s, value, bad);
    } else if (key == "intern_pay") {
      if (auto v = parse_fixed_decimal(value, 2))
        s.intern_weekly_pay = *v;
      else
        bad("is not an amount in dollars");
    } else if (key == "intern_weeks") {
      if (auto v = parse_fixed_decimal(value, 0); v && *v <= 1000)
        s.intern_weeks = static_cast<int>(*v);
      else
        bad("is not a number of weeks");
    } else if (key == "currency") {
      bool ok = value.size() == 3;
      for (char c : value) ok = ok && c >= 'A' && c <= 'Z';
      if (ok && value != "USD")
        s.currency = value;
      else if (value != "USD")
        bad("is not a three-letter currency code such as EUR");
    } else if (key == "rate") {
      if (auto v = parse_fixed_decimal(value, 6))
        s.rate_millionths = *v;
      else
        bad("is not a positive exchange rate");
    } else {
      return false;
    }
    return true;
  }

 private:
  template <typename Bad>
  void decode_aid(Scenario& s, const std::string& value, Bad bad) {
    if (value == "none") {
      s.aid = AidMode::None;
      return;
    }
    const auto colon = value.find(':');
    const std::string kind = value.substr(0, colon);
    const auto amount = colon == std::string::npos ? std::nullopt : parse_fixed_decimal(value.substr(colon + 1), 2);
    if (!amount || (kind != "tuition" && kind != "cost" && kind != "fixed")) {
      bad("must be none, tuition:PERCENT, cost:PERCENT or fixed:DOLLARS");
      return;
    }
    if (kind == "fixed") {
      s.aid = AidMode::FixedPerYear;
      s.aid_fixed_per_year = *amount;
    } else {
      s.aid = kind == "tuition" ? AidMode::TuitionPercent : AidMode::CostPercent;
      s.aid_percent = *amount;
    }
  }

  static std::string shorten(const std::string& v) {
    std::string out;
    for (char c : v.substr(0, 30)) out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    return v.size() > 30 ? out + "..." : out;
  }

  std::vector<std::string>& notices_;
};

}  // namespace

QueryParams encode_scenario(const CalculatorRouteState& state) {
  QueryParams q;
  encode_one(state.main, "", q);
  if (state.compare) encode_one(*state.compare, "b.", q);
  return q;
}

DecodedScenario decode_scenario(const Content& content, const QueryParams& query, const Scenario& defaults) {
  DecodedScenario out;
  out.state.main = defaults;
  Decoder decoder(out.notices);
  for (const auto& [key, value] : query) {
    const bool is_compare = key.rfind("b.", 0) == 0;
    if (is_compare && !out.state.compare) out.state.compare = defaults;
    Scenario& target = is_compare ? *out.state.compare : out.state.main;
    if (!decoder.apply(target, is_compare ? key.substr(2) : key, key, value))
      out.notices.push_back("unknown setting \"" + key.substr(0, 40) + "\" is ignored");
  }
  for (Scenario* s : {&out.state.main, out.state.compare ? &*out.state.compare : nullptr}) {
    if (!s) continue;
    if (!s->currency.empty() && s->rate_millionths == 0) {
      out.notices.push_back("currency: no rate given for " + s->currency + "; showing US dollars only");
      s->currency.clear();
    }
    for (auto& note : clamp_scenario(content, *s)) out.notices.push_back(note);
  }
  return out;
}

}  // namespace core
