// Cost and timeline engine; see calculator.hpp. Every amount is integer cents; the only
// rounding is in apply_rate()/escalate() (money.cpp).
#include "core/calculator.hpp"

#include <algorithm>
#include <optional>

#include "core/scenario_fields.hpp"

namespace core {

bool Scenario::operator==(const Scenario& o) const {
  return same_fields(*this, o);
}

std::string YearMonth::iso() const {
  std::string m = std::to_string(month);
  return std::to_string(year) + "-" + (month < 10 ? "0" + m : m);
}

Cents KindTotals::cost() const {
  return add_saturating(add_saturating((*this)[LineKind::Tuition], (*this)[LineKind::Fees]), (*this)[LineKind::Living]);
}

Cents KindTotals::net() const {
  return add_saturating(add_saturating(cost(), (*this)[LineKind::Aid]), (*this)[LineKind::Earnings]);
}

Cents KindTotals::reductions() const {
  return -add_saturating((*this)[LineKind::Aid], (*this)[LineKind::Earnings]);
}

Cents TermEstimate::net() const {
  return std::max<Cents>(0, by_kind.net());
}

namespace {

const CostYear* two_latest(const Content& c, const CostYear** previous) {
  const CostYear* latest = c.latest_cost_year();
  *previous = nullptr;
  for (const auto& y : c.cost_years)
    if (latest && y.first_fall == latest->first_fall - 1) *previous = &y;
  return latest;
}

Cents amount_of(const TermAmounts& amounts, const Content& c, CostRole role) {
  for (const auto& [id, amount] : amounts)
    if (const CostItem* item = c.cost_item(id); item && item->role == role) return amount;
  return 0;
}

// Growth from the previous published year to the latest, rounded to 0.1 %; 3 % if only one
// year is published.
BasisPoints observed_growth(Cents before, Cents after) {
  if (before <= 0 || after <= 0) return 300;
  const WideInt bp = (static_cast<WideInt>(after - before) * 10'000 * 10 / before + 5) / 10;
  const auto rounded = static_cast<BasisPoints>((bp + 5) / 10 * 10);
  return std::clamp<BasisPoints>(rounded, 0, Limits::kMaxIncrease);
}

}  // namespace

BasisPoints default_tuition_increase(const Content& c) {
  const CostYear* prev = nullptr;
  const CostYear* latest = two_latest(c, &prev);
  if (!latest || !prev) return 300;
  return observed_growth(amount_of(prev->on_campus.fall, c, CostRole::Tuition),
                         amount_of(latest->on_campus.fall, c, CostRole::Tuition));
}

BasisPoints default_living_increase(const Content& c) {
  const CostYear* prev = nullptr;
  const CostYear* latest = two_latest(c, &prev);
  if (!latest || !prev) return 300;
  return observed_growth(amount_of(prev->on_campus.fall, c, CostRole::Room),
                         amount_of(latest->on_campus.fall, c, CostRole::Room));
}

Scenario default_scenario(const Content& c) {
  Scenario s;
  if (!c.paths.empty()) s.path = c.paths.front().id;
  if (const CostYear* latest = c.latest_cost_year()) {
    s.figures = latest->id;
    s.start_year = latest->first_fall;
  }
  s.tuition_increase = default_tuition_increase(c);
  s.living_increase = default_living_increase(c);
  return s;
}

Scenario default_scenario(const Content& c, int today_year, int today_month) {
  Scenario s = default_scenario(c);
  const int next_fall = today_month < c.season(Season::Fall).start_month ? today_year : today_year + 1;
  s.start_year = std::max(s.start_year, next_fall);
  if (const CostYear* latest = c.latest_cost_year())
    s.start_year = std::min(s.start_year, latest->first_fall + Limits::kMaxYearsAhead);
  return s;
}

std::vector<std::string> clamp_scenario(const Content& c, Scenario& s) {
  return clamp_fields(c, s);
}

namespace {

class TermBuilder {
 public:
  TermBuilder(const Content& c, const Scenario& s, const CostYear& figures, const Schedule& schedule)
      : c_(c), s_(s), figures_(figures), schedule_(schedule) {}

  TermEstimate build(const ScheduleTerm& t, std::size_t course_count, bool first_billed) {
    TermEstimate term;
    const SeasonCalendar& cal = c_.season(t.season);
    const int year = s_.start_year + t.year;
    term.season = t.season;
    term.label = cal.label + " " + std::to_string(year);
    term.start = {year, cal.start_month};
    term.end = {year, cal.end_month};
    term.internship = t.internship;
    term.note = t.note;
    term.courses.assign(t.courses.begin(), t.courses.begin() + static_cast<std::ptrdiff_t>(course_count));
    // Figures are published per academic year (fall to summer); count years from theirs.
    years_ahead_ = std::max(0, c_.academic_year(t.season, year) - figures_.first_fall);
    term.years_ahead = years_ahead_;
    if (!first_years_ahead_) first_years_ahead_ = years_ahead_;

    const std::size_t billable =
        static_cast<std::size_t>(std::count_if(term.courses.begin(), term.courses.end(), [&](const std::string& id) {
          const Course* course = c_.course(id);
          return course && c_.billed_per_course(*course);
        }));

    if (schedule_.format == StudyFormat::Online) {
      if (t.billing != Billing::None && billable > 0) online_items(term, billable, first_billed);
    } else if (t.billing == Billing::Semester || t.billing == Billing::Summer) {
      campus_items(term,
                   t.season == Season::Summer   ? figures_.on_campus.summer
                   : t.season == Season::Spring ? figures_.on_campus.spring
                                                : figures_.on_campus.fall,
                   t.season, first_billed);
    } else if (t.billing == Billing::PerCourse) {
      // A partial final fall: tuition by the course, with a fall term's fees and living costs.
      term.billed_by_course = true;
      add(term, "tuition", "Tuition (" + std::to_string(billable) + (billable == 1 ? " course)" : " courses)"),
          LineKind::Tuition, grow_tuition(figures_.on_campus.per_course_tuition * static_cast<Cents>(billable)),
          grown());
      campus_items(term, figures_.on_campus.fall, Season::Fall, false, /*skip_tuition=*/true);
    }

    const bool semester = t.season == Season::Fall || t.season == Season::Spring;
    if (s_.loan_fees && semester && term.by_kind[LineKind::Tuition] > 0)
      add(term, "loan_fees", "Federal loan fees (estimate, " + c_.loan_fees.year + ")", LineKind::Fees,
          c_.loan_fees.per_semester, LineBasis::Published);
    return term;
  }

  void add(TermEstimate& term, const std::string& id, const std::string& label, LineKind kind, Cents amount,
           LineBasis basis) {
    if (amount == 0) return;
    term.items.push_back({id, label, kind, amount, basis});
    term.by_kind.add(kind, amount);
  }

 private:
  LineBasis grown() const { return figures_basis(years_ahead_); }
  Cents grow_tuition(Cents amount) const { return escalate(amount, s_.tuition_increase, years_ahead_); }
  Cents grow_living(Cents amount) const { return escalate(amount, s_.living_increase, years_ahead_); }

  void online_items(TermEstimate& term, std::size_t billable, bool first_billed) {
    const OnlineCosts& o = figures_.online;
    const auto n = static_cast<Cents>(billable);
    add(term, "tuition", "Tuition (" + std::to_string(billable) + (billable == 1 ? " course)" : " courses)"),
        LineKind::Tuition, grow_tuition(o.per_course_tuition * n), grown());
    if (first_billed)
      add(term, "transcript_fee", "Transcript fee (once)", LineKind::Fees, grow_tuition(o.transcript_fee), grown());
    // Books are published for the whole degree; each course carries an equal share.
    if (s_.extras && o.courses > 0)
      add(term, "books", "Books", LineKind::Living, grow_living(o.books_total * n / o.courses), grown());
  }

  void campus_items(TermEstimate& term, const TermAmounts& amounts, Season season, bool first_billed,
                    bool skip_tuition = false) {
    bool living_replaced = false;
    // In the catalogue's order (tuition first), not the JSON object's key order.
    for (const CostItem& catalogue_item : c_.cost_items) {
      const auto found =
          std::find_if(amounts.begin(), amounts.end(), [&](const auto& a) { return a.first == catalogue_item.id; });
      if (found == amounts.end()) continue;
      const std::string& id = found->first;
      const Cents amount = found->second;
      const CostItem* item = &catalogue_item;
      switch (item->role) {
        case CostRole::Tuition:
          if (!skip_tuition) add(term, id, item->label, LineKind::Tuition, grow_tuition(amount), grown());
          break;
        case CostRole::Fee:
          add(term, id, item->label, LineKind::Fees, grow_tuition(amount), grown());
          break;
        case CostRole::Insurance:
          if (s_.insurance) add(term, id, item->label, LineKind::Fees, grow_tuition(amount), grown());
          break;
        case CostRole::Once:
          if (first_billed) add(term, id, item->label, LineKind::Fees, grow_tuition(amount), grown());
          break;
        case CostRole::Room:
        case CostRole::Board:
          if (s_.living == LivingMode::Published) {
            add(term, id, item->label, LineKind::Living, grow_living(amount), grown());
          } else if (s_.living == LivingMode::CustomMonthly && !living_replaced) {
            living_replaced = true;
            // The amount is the first year's; later years of the path cost more, as published living costs do.
            const int months = c_.season(season).living_months;
            const int later_years = years_ahead_ - first_years_ahead_.value_or(years_ahead_);
            add(term, "custom_living",
                "Room and board (your " + format_usd(s_.living_monthly) + " a month × " + std::to_string(months) + ")",
                LineKind::Living, escalate(s_.living_monthly * months, s_.living_increase, later_years),
                later_years > 0 && s_.living_increase > 0 ? LineBasis::EnteredRaised : LineBasis::Entered);
          }
          break;
        case CostRole::Books:
        case CostRole::Transport:
        case CostRole::Personal:
          if (s_.extras) add(term, id, item->label, LineKind::Living, grow_living(amount), grown());
          break;
      }
    }
  }

  const Content& c_;
  const Scenario& s_;
  const CostYear& figures_;
  const Schedule& schedule_;
  int years_ahead_ = 0;
  std::optional<int> first_years_ahead_;  // of the path's first term
};

void apply_aid(const Scenario& s, std::vector<TermEstimate>& terms, TermBuilder& builder) {
  if (s.aid == AidRule::FixedPerYear) {
    // A yearly amount is for a whole academic year: its fall, spring and summer terms, a third
    // each (the cents split so a whole year gets exactly the amount). A year the path covers only
    // in part, such as a 16-month path's final fall, gets the thirds of the terms it has.
    for (TermEstimate& t : terms) {
      if (t.cost() == 0 || t.season == Season::BootCamp) continue;
      const int third = t.season == Season::Fall ? 0 : t.season == Season::Spring ? 1 : 2;
      const Cents share = s.aid_fixed_per_year * (third + 1) / 3 - s.aid_fixed_per_year * third / 3;
      builder.add(t, "aid", "Aid (fixed amount a year)", LineKind::Aid, -std::min(share, t.cost()), LineBasis::Entered);
    }
    return;
  }
  if (s.aid == AidRule::None || s.aid_percent == 0) return;
  for (TermEstimate& t : terms) {
    const bool tuition_only = s.aid == AidRule::PercentOfTuition;
    const Cents base = tuition_only ? t.by_kind[LineKind::Tuition] : t.cost();
    const std::string label = "Aid (" + format_percent(s.aid_percent) + (tuition_only ? " of tuition)" : " of costs)");
    // A share of projected costs is itself projected.
    builder.add(t, "aid", label, LineKind::Aid, -std::min(apply_rate(base, s.aid_percent), t.cost()),
                figures_basis(t.years_ahead));
  }
}

Estimate estimate_with(const Content& c, Scenario s, bool compare_with_published);

// The content's own notes on the figures (why its totals differ from the sum of its items), and,
// where the path's tuition at the figures' own prices differs from the total the program
// publishes for the path, both amounts.
void add_published_comparison(const Content& c, const Scenario& s, Estimate& e, const CostYear& figures,
                              const Path& path, const Schedule& schedule) {
  if (schedule.format != StudyFormat::OnCampus) return;
  for (const auto& note : figures.on_campus.notes) e.notes.push_back("About the " + figures.id + " figures: " + note);
  const auto published = figures.on_campus.published_tuition_totals.find(path.id);
  if (published == figures.on_campus.published_tuition_totals.end()) return;
  Scenario at_published_prices = s;
  at_published_prices.tuition_increase = 0;
  const Cents tuition = estimate_with(c, at_published_prices, false).by_kind[LineKind::Tuition];
  if (published->second == tuition) return;
  e.notes.push_back("The program's " + figures.id + " page gives " + format_usd_whole(published->second) +
                    " in tuition for this path; its per-term figures add up to " + format_usd_whole(tuition) +
                    ", which is what this estimate uses" + (e.tuition_increase > 0 ? " before increases." : "."));
}

Estimate estimate_with(const Content& c, Scenario s, bool compare_with_published) {
  Estimate e;
  clamp_scenario(c, s);
  const Path* path = c.path(s.path);
  const CostYear* figures = c.cost_year(s.figures);
  const Schedule* schedule = path ? c.schedule(path->schedule) : nullptr;
  if (!path || !figures || !schedule) return e;  // only with content that failed validation

  e.path_label = schedule->title;
  if (path->final_courses > 0)
    e.path_label += " (" + std::to_string(path->final_courses) +
                    (path->final_courses == 1 ? " final-fall course)" : " final-fall courses)");
  if (schedule->format == StudyFormat::OnCampus) e.path_label += ", on campus";
  e.figures = figures->id;
  e.tuition_increase = s.tuition_increase;
  e.living_increase = s.living_increase;
  if (const Source* src = c.source(figures->source)) e.figures_source_url = src->url;

  TermBuilder builder(c, s, *figures, *schedule);
  bool billed_yet = false;
  bool any_by_course = false;
  for (const ScheduleTerm& t : schedule->terms) {
    std::size_t count = t.courses.size();
    if (t.final_term) {
      if (path->final_courses == 0) continue;
      count = std::min<std::size_t>(count, static_cast<std::size_t>(path->final_courses));
    }
    TermEstimate term = builder.build(t, count, !billed_yet && t.billing != Billing::None);
    billed_yet = billed_yet || term.cost() > 0;
    any_by_course = any_by_course || term.billed_by_course;
    if (term.internship && s.intern_weeks > 0 && s.intern_weekly_pay > 0) {
      const Cents earned = s.intern_weekly_pay * s.intern_weeks;
      const Cents room = std::max<Cents>(0, add_saturating(term.cost(), term.by_kind[LineKind::Aid]));
      builder.add(term, "internship",
                  "Internship earnings (" + format_usd(s.intern_weekly_pay) + " × " + std::to_string(s.intern_weeks) +
                      " weeks)",
                  LineKind::Earnings, -std::min(earned, room), LineBasis::Entered);
      if (earned > room) e.notes.push_back("Internship earnings above that term's costs are not counted.");
    }
    e.terms.push_back(std::move(term));
  }
  apply_aid(s, e.terms, builder);
  // Earnings were added before aid; make sure aid plus earnings never exceed a term's cost.
  for (TermEstimate& t : e.terms) {
    const Cents over = t.by_kind.net();
    if (over < 0)
      builder.add(t, "internship_cap", "Earnings beyond this term's costs", LineKind::Earnings, -over,
                  LineBasis::Entered);
  }

  for (const TermEstimate& t : e.terms) {
    for (const EnumName<LineKind>& kind : kLineKindNames) e.by_kind.add(kind.value, t.by_kind[kind.value]);
    e.net = add_saturating(e.net, t.net());
  }
  e.cost = e.by_kind.cost();

  const TermEstimate* first_fall = nullptr;
  for (const auto& t : e.terms)
    if (!first_fall && t.season == Season::Fall) first_fall = &t;
  if (first_fall && !e.terms.empty()) {
    e.graduation = e.terms.back().end;
    e.months = e.graduation.index() - first_fall->start.index();
  }
  e.named_months = schedule->months;

  if (compare_with_published) add_published_comparison(c, s, e, *figures, *path, *schedule);
  if (any_by_course)
    e.notes.push_back(
        "The final fall is billed by the course; its fees and living costs repeat a fall term's, as no figures are "
        "published for it.");
  if (schedule->format == StudyFormat::Online)
    e.notes.push_back(
        "Online costs cover tuition, the transcript fee and books; travel to the residencies is not included.");
  if (s.aid == AidRule::FixedPerYear && s.aid_fixed_per_year > 0)
    e.notes.push_back(
        "A fixed yearly aid amount is spread over each academic year's fall, spring and summer terms, a third "
        "each; a year with fewer of those terms on this path gets a third for each term it has.");
  if (s.living == LivingMode::CustomMonthly)
    e.notes.push_back(
        "Your monthly living amount is taken as the first year's; each later academic year of the path "
        "raises it by the living-cost increase (" +
        format_percent(s.living_increase) + " a year), as it does the published living costs.");
  return e;
}

}  // namespace

Estimate estimate(const Content& c, Scenario s) {
  return estimate_with(c, std::move(s), true);
}

}  // namespace core
