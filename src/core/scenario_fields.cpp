// The calculator's inputs as one table; see scenario_fields.hpp.
#include "core/scenario_fields.hpp"

#include <algorithm>
#include <iterator>

#include "core/printable.hpp"

namespace core {

namespace {

template <auto Member>
int get_mode(const Scenario& s) {
  return static_cast<int>(s.*Member);
}
template <auto Member>
void set_mode(Scenario& s, int mode) {
  using Mode = std::remove_reference_t<decltype(s.*Member)>;
  s.*Member = static_cast<Mode>(mode);
}

void check_path(const Content& c, Scenario& s, Notes& notes) {
  if (c.path(s.path) || c.paths.empty()) return;
  notes.push_back("path: \"" + printable(s.path, 30) + "\" is not a known path; using \"" + c.paths.front().id + "\"");
  s.path = c.paths.front().id;
}

void check_figures(const Content& c, Scenario& s, Notes& notes) {
  const CostYear* latest = c.latest_cost_year();
  if (c.cost_year(s.figures) || !latest) return;
  if (!s.figures.empty())
    notes.push_back("figures: no published figures for \"" + printable(s.figures, 30) + "\"; using " + latest->id);
  s.figures = latest->id;
}

void clamp_value(Notes& notes, const char* key, std::int64_t& value, std::int64_t lo, std::int64_t hi,
                 const std::string& range) {
  if (value < lo) {
    notes.push_back(std::string(key) + ": below the minimum" + range + "; using the minimum");
    value = lo;
  } else if (value > hi) {
    notes.push_back(std::string(key) + ": above the maximum" + range + "; using the maximum");
    value = hi;
  }
}

// The first fall: from the latest published figures' year up to kMaxYearsAhead after it.
void check_start(const Content& c, Scenario& s, Notes& notes) {
  const CostYear* latest = c.latest_cost_year();
  if (!latest) return;
  const int lo = latest->first_fall;
  const int hi = lo + Limits::kMaxYearsAhead;
  std::int64_t year = s.start_year;
  clamp_value(notes, "start", year, lo, hi, " (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
  s.start_year = static_cast<int>(year);
}

bool has_internship(const Scenario& s) {
  return s.intern_weeks > 0 || s.intern_weekly_pay > 0;
}
bool has_currency(const Scenario& s) {
  return !s.currency.empty();
}

constexpr ScenarioField field(const char* key, FieldFormat format) {
  ScenarioField f;
  f.key = key;
  f.format = format;
  return f;
}

constexpr ScenarioField text(const char* key, std::string Scenario::*member,
                             void (*check)(const Content&, Scenario&, Notes&)) {
  ScenarioField f = field(key, FieldFormat::Text);
  f.text = member;
  f.check = check;
  return f;
}

constexpr ScenarioField flag(const char* key, bool Scenario::*member) {
  ScenarioField f = field(key, FieldFormat::Flag);
  f.flag = member;
  f.expected = "must be 0 or 1";
  return f;
}

// A number from 0 to `max`: `range` is said when it is clamped, `expected` when unreadable.
constexpr ScenarioField number(const char* key, FieldFormat format, std::int64_t max, const char* range,
                               const char* expected) {
  ScenarioField f = field(key, format);
  f.max = max;
  f.range = range;
  f.expected = expected;
  return f;
}

constexpr ScenarioField whole(const char* key, int Scenario::*member, std::int64_t read_max, std::int64_t max,
                              const char* range, const char* expected) {
  ScenarioField f = number(key, FieldFormat::Whole, max, range, expected);
  f.whole = member;
  f.read_max = read_max;
  return f;
}

constexpr ScenarioField fixed(const char* key, std::int64_t Scenario::*member, int decimals, std::int64_t max,
                              const char* range, const char* expected) {
  ScenarioField f = number(key, FieldFormat::Fixed, max, range, expected);
  f.fixed = member;
  f.decimals = decimals;
  return f;
}

template <auto ModeMember, std::size_t N>
constexpr ScenarioField choice(const char* key, const FieldOption (&options)[N], const char* expected) {
  ScenarioField f = field(key, FieldFormat::Choice);
  f.get_mode = get_mode<ModeMember>;
  f.set_mode = set_mode<ModeMember>;
  f.options = {options, N};
  f.expected = expected;
  return f;
}

constexpr ScenarioField currency() {
  ScenarioField f = field("currency", FieldFormat::Currency);
  f.text = &Scenario::currency;
  f.expected = "is not a three-letter currency code such as EUR";
  return f;
}

constexpr ScenarioField checked_by(ScenarioField f, void (*check)(const Content&, Scenario&, Notes&)) {
  f.check = check;
  return f;
}

constexpr ScenarioField written_if(ScenarioField f, bool (*condition)(const Scenario&)) {
  f.written_if = condition;
  return f;
}

constexpr FieldOption kLivingOptions[] = {{"published", static_cast<int>(LivingMode::Published)},
                                          {"family", static_cast<int>(LivingMode::Family)},
                                          {"", static_cast<int>(LivingMode::CustomMonthly), &Scenario::living_monthly,
                                           Limits::kMaxLivingMonthly, " ($0 to $20,000 a month)"}};
constexpr FieldOption kAidOptions[] = {
    {"none", static_cast<int>(AidRule::None)},
    {"tuition", static_cast<int>(AidRule::PercentOfTuition), &Scenario::aid_percent, Limits::kMaxAidPercent,
     " (0% to 100%)"},
    {"cost", static_cast<int>(AidRule::PercentOfCost), &Scenario::aid_percent, Limits::kMaxAidPercent, " (0% to 100%)"},
    {"fixed", static_cast<int>(AidRule::FixedPerYear), &Scenario::aid_fixed_per_year, Limits::kMaxAidFixed,
     " ($0 to $500,000 a year)"}};
constexpr const char* kPercentRange = " (0% to 20%)";
constexpr const char* kPercentExpected = "is not a percentage such as 3 or 3.5";

// The table: every calculator input, in the order links list them.
constexpr ScenarioField kFields[] = {
    text("path", &Scenario::path, check_path),
    text("figures", &Scenario::figures, check_figures),
    checked_by(whole("start", &Scenario::start_year, 9'999, 0, "", "is not a year"), check_start),
    fixed("tuition_increase", &Scenario::tuition_increase, 2, Limits::kMaxIncrease, kPercentRange, kPercentExpected),
    fixed("living_increase", &Scenario::living_increase, 2, Limits::kMaxIncrease, kPercentRange, kPercentExpected),
    flag("insurance", &Scenario::insurance),
    choice<&Scenario::living>("living", kLivingOptions, "must be published, family or a monthly amount in dollars"),
    flag("extras", &Scenario::extras),
    choice<&Scenario::aid>("aid", kAidOptions, "must be none, tuition:PERCENT, cost:PERCENT or fixed:DOLLARS"),
    flag("loan_fees", &Scenario::loan_fees),
    written_if(fixed("intern_pay", &Scenario::intern_weekly_pay, 2, Limits::kMaxInternWeekly, " ($0 to $20,000 a week)",
                     "is not an amount in dollars"),
               has_internship),
    written_if(whole("intern_weeks", &Scenario::intern_weeks, 1'000, Limits::kMaxInternWeeks, " (0 to 16 weeks)",
                     "is not a number of weeks"),
               has_internship),
    written_if(currency(), has_currency),
    written_if(fixed("rate", &Scenario::rate_millionths, 6, Limits::kMaxRateMillionths, " (up to 1,000,000 per USD)",
                     "is not a positive exchange rate"),
               has_currency),
};

// "12.5" from 1250 with 2 decimals; no trailing zeros.
std::string decimal(std::int64_t scaled, int decimals) {
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  std::string out = std::to_string(scaled / scale);
  const std::int64_t frac = scaled % scale;
  if (frac == 0) return out;
  std::string digits = std::to_string(frac);
  digits.insert(0, static_cast<std::size_t>(decimals) - digits.size(), '0');
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  return out + "." + digits;
}

// Amounts in choices are dollars or percentages, both with two decimals.
constexpr int kChoiceDecimals = 2;

std::string encode_choice(const ScenarioField& f, const Scenario& s) {
  const int mode = f.get_mode(s);
  for (const FieldOption& o : f.options) {
    if (o.mode != mode) continue;
    if (!o.amount) return o.word;
    const std::string amount = decimal(s.*o.amount, kChoiceDecimals);
    return *o.word ? std::string(o.word) + ":" + amount : amount;
  }
  return f.options.front().word;
}

bool decode_choice(const ScenarioField& f, Scenario& s, const std::string& value) {
  for (const FieldOption& o : f.options) {
    std::optional<std::int64_t> amount;
    if (!o.amount) {
      if (value != o.word) continue;
    } else {
      const std::string prefix = *o.word ? std::string(o.word) + ":" : "";
      if (value.compare(0, prefix.size(), prefix) != 0) continue;
      amount = parse_fixed_decimal(value.substr(prefix.size()), kChoiceDecimals);
      if (!amount) continue;
      s.*o.amount = *amount;
    }
    f.set_mode(s, o.mode);
    return true;
  }
  return false;
}

bool valid_currency(const std::string& value) {
  return value.size() == 3 && std::all_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Span<ScenarioField> scenario_fields() {
  return {kFields, std::size(kFields)};
}

void encode_fields(const Scenario& s, const std::string& prefix, std::vector<std::pair<std::string, std::string>>& q) {
  for (const ScenarioField& f : scenario_fields()) {
    if (f.written_if && !f.written_if(s)) continue;
    std::string value;
    switch (f.format) {
      case FieldFormat::Text:
      case FieldFormat::Currency:
        value = s.*f.text;
        break;
      case FieldFormat::Flag:
        value = s.*f.flag ? "1" : "0";
        break;
      case FieldFormat::Whole:
        value = std::to_string(s.*f.whole);
        break;
      case FieldFormat::Fixed:
        value = decimal(s.*f.fixed, f.decimals);
        break;
      case FieldFormat::Choice:
        value = encode_choice(f, s);
        break;
    }
    q.emplace_back(prefix + f.key, value);
  }
}

bool decode_field(Scenario& s, const std::string& key, const std::string& value, const std::string& shown_key,
                  Notes& notices) {
  const Span<ScenarioField> fields = scenario_fields();
  const auto it = std::find_if(fields.begin(), fields.end(), [&](const ScenarioField& f) { return key == f.key; });
  if (it == fields.end()) return false;
  const ScenarioField& f = *it;
  bool ok = true;
  switch (f.format) {
    case FieldFormat::Text:
      s.*f.text = value;
      break;
    case FieldFormat::Flag:
      ok = value == "0" || value == "1";
      if (ok) s.*f.flag = value == "1";
      break;
    case FieldFormat::Whole:
      if (const auto v = parse_fixed_decimal(value, 0); v && *v <= f.read_max)
        s.*f.whole = static_cast<int>(*v);
      else
        ok = false;
      break;
    case FieldFormat::Fixed:
      if (const auto v = parse_fixed_decimal(value, f.decimals))
        s.*f.fixed = *v;
      else
        ok = false;
      break;
    case FieldFormat::Choice:
      ok = decode_choice(f, s, value);
      break;
    case FieldFormat::Currency:
      // "USD" is the app's own currency: accepted, and nothing else is shown.
      if (valid_currency(value) && value != "USD")
        s.*f.text = value;
      else
        ok = value == "USD";
      break;
  }
  if (!ok) notices.push_back(shown_key + ": \"" + printable(value, 30) + "\" " + f.expected);
  return true;
}

bool same_fields(const Scenario& a, const Scenario& b) {
  for (const ScenarioField& f : scenario_fields()) {
    switch (f.format) {
      case FieldFormat::Text:
      case FieldFormat::Currency:
        if (a.*f.text != b.*f.text) return false;
        break;
      case FieldFormat::Flag:
        if (a.*f.flag != b.*f.flag) return false;
        break;
      case FieldFormat::Whole:
        if (a.*f.whole != b.*f.whole) return false;
        break;
      case FieldFormat::Fixed:
        if (a.*f.fixed != b.*f.fixed) return false;
        break;
      case FieldFormat::Choice:
        if (f.get_mode(a) != f.get_mode(b)) return false;
        for (const FieldOption& o : f.options)
          if (o.amount && a.*o.amount != b.*o.amount) return false;
        break;
    }
  }
  return true;
}

Notes clamp_fields(const Content& content, Scenario& s) {
  Notes notes;
  for (const ScenarioField& f : scenario_fields()) {
    if (f.check) {
      f.check(content, s, notes);
    } else if (f.format == FieldFormat::Fixed) {
      clamp_value(notes, f.key, s.*f.fixed, 0, f.max, f.range);
    } else if (f.format == FieldFormat::Whole) {
      std::int64_t v = s.*f.whole;
      clamp_value(notes, f.key, v, 0, f.max, f.range);
      s.*f.whole = static_cast<int>(v);
    } else if (f.format == FieldFormat::Choice) {
      std::vector<std::int64_t Scenario::*> done;  // options may share an amount (aid's percent)
      for (const FieldOption& o : f.options) {
        if (!o.amount || std::find(done.begin(), done.end(), o.amount) != done.end()) continue;
        done.push_back(o.amount);
        clamp_value(notes, f.key, s.*o.amount, 0, o.max, o.range);
      }
    }
  }
  return notes;
}

}  // namespace core
