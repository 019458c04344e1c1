// The cost and timeline engine: turns a Scenario and the published figures in Content into
// every term's dated line items and totals. Integer cents throughout (money.hpp).
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/money.hpp"

namespace core {

enum class LivingMode { Published, Family, CustomMonthly };
// How the visitor's own aid is figured: none, a share of tuition or of all costs, or a fixed
// amount each academic year.
enum class AidRule { None, PercentOfTuition, PercentOfCost, FixedPerYear };
// The rule a published aid program's percentage follows.
constexpr AidRule percent_rule(AidShareOf share) {
  return share == AidShareOf::Tuition ? AidRule::PercentOfTuition : AidRule::PercentOfCost;
}

struct Scenario {
  std::string path;     // a path id from the content (default_scenario: the first)
  std::string figures;  // cost year id, e.g. "2024-25"
  int start_year = 0;   // calendar year of the first fall
  BasisPoints tuition_increase = 0;
  BasisPoints living_increase = 0;
  bool insurance = true;
  LivingMode living = LivingMode::Published;
  Cents living_monthly = 0;
  bool extras = true;  // books, local transport, personal costs
  AidRule aid = AidRule::None;
  BasisPoints aid_percent = 0;
  Cents aid_fixed_per_year = 0;
  bool loan_fees = false;
  Cents intern_weekly_pay = 0;
  int intern_weeks = 0;
  std::string currency;              // display currency code, empty for USD only
  std::int64_t rate_millionths = 0;  // units of `currency` per USD, times 1'000'000

  bool operator==(const Scenario& o) const;
  bool operator!=(const Scenario& o) const { return !(*this == o); }
};

// The allowed range of every input.
struct Limits {
  static constexpr int kMaxYearsAhead = 15;
  static constexpr BasisPoints kMaxIncrease = 2'000;  // 20 % a year
  static constexpr Cents kMaxLivingMonthly = dollars(20'000);
  static constexpr BasisPoints kMaxAidPercent = 10'000;  // 100 %
  static constexpr Cents kMaxAidFixed = dollars(500'000);
  static constexpr Cents kMaxInternWeekly = dollars(20'000);
  static constexpr int kMaxInternWeeks = 16;
  static constexpr std::int64_t kMaxRateMillionths = 1'000'000LL * 1'000'000;  // 1,000,000 per USD
};

// The scenario a visitor first sees: latest figures, its first fall, published living costs,
// and yearly increases taken from the change between the last two published years.
Scenario default_scenario(const Content& content);
// The same, starting at the first fall still ahead of `today` (never before the latest figures).
Scenario default_scenario(const Content& content, int today_year, int today_month);
BasisPoints default_tuition_increase(const Content& content);
BasisPoints default_living_increase(const Content& content);

// Brings every input into its range; each change is reported as "field: what happened".
std::vector<std::string> clamp_scenario(const Content& content, Scenario& s);

enum class LineKind { Tuition, Fees, Living, Aid, Earnings };
inline constexpr EnumName<LineKind> kLineKindNames[] = {{LineKind::Tuition, "tuition"},
                                                        {LineKind::Fees, "fees"},
                                                        {LineKind::Living, "living"},
                                                        {LineKind::Aid, "aid"},
                                                        {LineKind::Earnings, "earnings"}};
static_assert(lists_in_order(kLineKindNames));
inline const char* line_kind_id(LineKind k) {
  return enum_id(kLineKindNames, k);
}

// A total for each kind of line, indexed by the kind.
class KindTotals {
 public:
  Cents operator[](LineKind k) const { return totals_[static_cast<std::size_t>(k)]; }
  // Adds without overflowing (money.hpp).
  void add(LineKind k, Cents amount) {
    Cents& slot = totals_[static_cast<std::size_t>(k)];
    slot = add_saturating(slot, amount);
  }
  Cents cost() const;        // tuition + fees + living
  Cents net() const;         // cost less aid and earnings (may be negative)
  Cents reductions() const;  // aid and earnings, as a positive amount

 private:
  std::array<Cents, std::size(kLineKindNames)> totals_{};
};

// Where a line's amount comes from: a figure as the program published it, a published figure
// raised by the yearly increases for a later academic year, the visitor's own input, or that
// input raised by the living-cost increase for a later year of the path.
enum class LineBasis { Published, Projected, Entered, EnteredRaised };
// A published figure in its own academic year is as published; in a later one, projected.
constexpr LineBasis figures_basis(int years_ahead) {
  return years_ahead > 0 ? LineBasis::Projected : LineBasis::Published;
}

struct LineItem {
  std::string id, label;
  LineKind kind = LineKind::Fees;
  Cents amount = 0;  // aid and earnings are negative
  LineBasis basis = LineBasis::Published;
};

struct YearMonth {
  int year = 0, month = 1;
  int index() const { return year * 12 + (month - 1); }
  std::string iso() const;  // "2026-08"
};

struct TermEstimate {
  std::string label;  // "Fall 2026"
  Season season = Season::Fall;
  YearMonth start, end;
  bool internship = false;
  bool billed_by_course = false;     // a partial final fall: no published term figures of its own
  int years_ahead = 0;               // academic years after the figures' own (0: as published)
  std::vector<std::string> courses;  // course ids from the published schedule
  std::string note;
  std::vector<LineItem> items;
  KindTotals by_kind;
  Cents cost() const { return by_kind.cost(); }
  Cents net() const;  // cost less aid and earnings, never below zero
};

struct Estimate {
  std::string path_label, figures, figures_source_url;
  // The yearly increases that project the figures to later academic years.
  BasisPoints tuition_increase = 0, living_increase = 0;
  std::vector<TermEstimate> terms;
  KindTotals by_kind;
  Cents cost = 0, net = 0;
  int months = 0;        // from the first fall's start to the last term's end
  int named_months = 0;  // the length the program gives the path's schedule ("24-month online")
  YearMonth graduation;
  std::vector<std::string> notes;  // assumptions and estimates a reader should know
};

// `s` should have been clamped; anything out of range is clamped again on a copy.
Estimate estimate(const Content& content, Scenario s);

}  // namespace core
