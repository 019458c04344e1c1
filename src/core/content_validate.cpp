// Cross-reference checks for content.json: duplicate ids, dangling references, and the
// invariants the calculator relies on (every season in the calendar, a tuition item per term).
#include "core/content_validate.hpp"

#include <set>

#include "core/dates.hpp"

namespace core {

namespace {

class Checker {
 public:
  Checker(const Content& c, Problems& p, const std::string& origin) : c_(c), p_(p), origin_(origin) {}

  void run() {
    unique_ids("/courses", c_.courses);
    unique_ids("/sections", c_.sections);
    unique_ids("/schedules", c_.schedules);
    unique_ids("/paths", c_.paths);
    unique_ids("/cost_items", c_.cost_items);
    unique_ids("/cost_years", c_.cost_years);
    unique_ids("/students", c_.students);
    unique_ids("/sources", c_.sources);
    unique_ids("/aid", c_.aid);
    unique_ids("/course_groups", c_.course_groups);
    unique_ids("/differentiators", c_.differentiators);
    unique_ids("/newer_facts", c_.newer_facts);

    source_ref("/program/source", c_.program.source);
    for (std::size_t i = 0; i < c_.glance.size(); ++i) source_ref(at("/glance", i) + "/source", c_.glance[i].source);
    for (std::size_t i = 0; i < c_.sections.size(); ++i)
      source_ref(at("/sections", i) + "/source", c_.sections[i].source);
    for (std::size_t i = 0; i < c_.aid.size(); ++i) source_ref(at("/aid", i) + "/source", c_.aid[i].source);
    source_ref("/admissions/source", c_.admissions.source);
    source_ref("/loan_fees/source", c_.loan_fees.source);

    for (std::size_t i = 0; i < c_.courses.size(); ++i)
      if (!c_.courses[i].group.empty() && !c_.course_group(c_.courses[i].group))
        dangling(at("/courses", i) + "/group", "course group", c_.courses[i].group);

    schedules();
    paths();
    cost_years();
    calendar();
    students();
    dates();
    newer_facts();
  }

 private:
  static std::string at(const std::string& base, std::size_t i) { return base + "/" + std::to_string(i); }

  template <typename T>
  void unique_ids(const std::string& base, const std::vector<T>& items) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id.empty()) continue;
      if (!seen.insert(items[i].id).second)
        p_.error(origin_, at(base, i) + "/id", "duplicate id \"" + items[i].id + "\"");
    }
  }

  void dangling(const std::string& pointer, const char* what, const std::string& id) {
    p_.error(origin_, pointer, std::string("no ") + what + " has the id \"" + id + "\"");
  }

  void source_ref(const std::string& pointer, const std::string& id) {
    if (!id.empty() && !c_.source(id)) dangling(pointer, "source", id);
  }

  void schedules() {
    for (std::size_t i = 0; i < c_.schedules.size(); ++i) {
      const Schedule& s = c_.schedules[i];
      source_ref(at("/schedules", i) + "/source", s.source);
      for (std::size_t t = 0; t < s.terms.size(); ++t) {
        const std::string term_ptr = at(at("/schedules", i) + "/terms", t);
        for (std::size_t k = 0; k < s.terms[t].courses.size(); ++k)
          if (!c_.course(s.terms[t].courses[k]))
            dangling(at(term_ptr + "/courses", k), "course", s.terms[t].courses[k]);
        if (t > 0 && order(s.terms[t]) <= order(s.terms[t - 1]))
          p_.error(origin_, term_ptr, "terms must be listed in calendar order");
      }
    }
  }

  static int order(const ScheduleTerm& t) {
    // `year` counts calendar years from the first fall; within one: spring, summer, boot camp, fall.
    const int within = t.season == Season::Spring     ? 0
                       : t.season == Season::Summer   ? 1
                       : t.season == Season::BootCamp ? 2
                                                      : 3;
    return t.year * 4 + within;
  }

  void paths() {
    if (c_.paths.empty()) p_.error(origin_, "/paths", "at least one calculator path is needed");
    for (std::size_t i = 0; i < c_.paths.size(); ++i) {
      const Path& path = c_.paths[i];
      const Schedule* s = c_.schedule(path.schedule);
      if (!path.schedule.empty() && !s) dangling(at("/paths", i) + "/schedule", "schedule", path.schedule);
      if (!s) continue;
      std::size_t final_courses = 0;
      for (const auto& t : s->terms)
        if (t.final_term) final_courses = t.courses.size();
      if (static_cast<std::size_t>(path.final_courses) > final_courses)
        p_.error(origin_, at("/paths", i) + "/final_courses",
                 "the schedule's final term lists only " + std::to_string(final_courses) + " courses");
    }
  }

  void term_amounts(const std::string& pointer, const TermAmounts& amounts) {
    bool has_tuition = false;
    for (const auto& [item, amount] : amounts) {
      const CostItem* ci = c_.cost_item(item);
      if (!ci) dangling(pointer + "/" + item, "cost item", item);
      has_tuition = has_tuition || (ci && ci->role == CostRole::Tuition);
    }
    if (!has_tuition && !amounts.empty()) p_.error(origin_, pointer, "a term needs a tuition amount");
  }

  void cost_years() {
    if (c_.cost_years.empty()) p_.error(origin_, "/cost_years", "at least one year of published costs is needed");
    for (std::size_t i = 0; i < c_.cost_years.size(); ++i) {
      const CostYear& y = c_.cost_years[i];
      const std::string base = at("/cost_years", i);
      source_ref(base + "/source", y.source);
      const std::string expected_id = std::to_string(y.first_fall) + "-" +
                                      std::to_string((y.first_fall + 1) % 100 / 10) +
                                      std::to_string((y.first_fall + 1) % 10);
      if (!y.id.empty() && y.first_fall != 0 && y.id != expected_id)
        p_.error(origin_, base + "/id",
                 "\"" + y.id + "\" does not match first_fall " + std::to_string(y.first_fall) + " (expected \"" +
                     expected_id + "\")");
      term_amounts(base + "/on_campus/fall", y.on_campus.fall);
      term_amounts(base + "/on_campus/spring", y.on_campus.spring);
      term_amounts(base + "/on_campus/summer", y.on_campus.summer);
      for (const auto& [season, amount] : y.on_campus.published_term_totals)
        if (season != "fall" && season != "spring" && season != "summer")
          p_.error(origin_, base + "/on_campus/published_term_totals/" + season,
                   "\"" + season + "\" is not fall, spring or summer");
      for (const auto& [path, amount] : y.on_campus.published_tuition_totals)
        if (!c_.path(path)) dangling(base + "/on_campus/published_tuition_totals/" + path, "path", path);
    }
  }

  // The calculator needs each season exactly once: a missing one has no dates, and with two the
  // first would silently win.
  void calendar() {
    std::set<Season> seen;
    for (std::size_t i = 0; i < c_.calendar.size(); ++i)
      if (!seen.insert(c_.calendar[i].season).second)
        p_.error(origin_, at("/calendar/seasons", i) + "/id",
                 std::string("\"") + season_id(c_.calendar[i].season) + "\" is listed twice");
    for (Season s : {Season::BootCamp, Season::Fall, Season::Spring, Season::Summer})
      if (!seen.count(s))
        p_.error(origin_, "/calendar/seasons", std::string("the calendar has no entry for \"") + season_id(s) + "\"");
  }

  void students() {
    for (std::size_t i = 0; i < c_.students.size(); ++i) {
      const Student& s = c_.students[i];
      const std::string base = at("/students", i);
      for (std::size_t k = 0; k < s.sources.size(); ++k) source_ref(at(base + "/sources", k), s.sources[k]);
      for (std::size_t k = 0; k < s.projects.size(); ++k)
        if (!s.projects[k].course.empty() && !c_.course(s.projects[k].course))
          dangling(at(base + "/projects", k) + "/course", "course", s.projects[k].course);
      if (!s.path.empty() && !c_.path(s.path)) dangling(base + "/path", "path", s.path);
    }
  }

  void date_field(const std::string& pointer, const std::string& iso) {
    if (!iso.empty() && !parse_iso_date(iso))
      p_.error(origin_, pointer, "\"" + iso + "\" is not a calendar date written YYYY-MM-DD");
  }

  void dates() {
    for (std::size_t i = 0; i < c_.admissions.deadlines.size(); ++i) {
      const Deadline& d = c_.admissions.deadlines[i];
      const std::string base = at("/admissions/deadlines", i);
      date_field(base + "/deadline", d.deadline);
      date_field(base + "/decision", d.decision);
      date_field(base + "/reply", d.reply);
    }
    date_field("/facts_checked/date", c_.facts_checked.date);
  }

  // A newer fact is shown beside the admissions card or beside one aid program's card.
  void newer_facts() {
    const std::string aid_prefix = "aid/";
    for (std::size_t i = 0; i < c_.newer_facts.size(); ++i) {
      const NewerFact& f = c_.newer_facts[i];
      const std::string base = at("/newer_facts", i);
      for (std::size_t k = 0; k < f.sources.size(); ++k) source_ref(at(base + "/sources", k), f.sources[k]);
      if (f.beside.empty() || f.beside == "admissions") continue;
      if (f.beside.rfind(aid_prefix, 0) == 0) {
        const std::string aid = f.beside.substr(aid_prefix.size());
        if (!c_.aid_program(aid)) dangling(base + "/beside", "aid program", aid);
      } else {
        p_.error(origin_, base + "/beside", "\"" + f.beside + "\" is neither \"admissions\" nor \"aid/<aid id>\"");
      }
    }
  }

  const Content& c_;
  Problems& p_;
  const std::string& origin_;
};

}  // namespace

void validate_references(const Content& content, Problems& problems, const std::string& origin) {
  Checker(content, problems, origin).run();
}

}  // namespace core
