// Reads assets/content.json into the Content model. Field-level checks happen here as each
// value is read (JsonReader); checks across the document are in content_validate.cpp.
#include "core/content.hpp"

#include <exception>

#include "core/bounded_file.hpp"
#include "core/content_validate.hpp"
#include "core/json_reader.hpp"

namespace core {

namespace {

constexpr std::int64_t kMaxDollars = 10'000'000;  // no single published figure comes close
constexpr std::size_t kMaxContentDepth = 64;      // the schema needs 6 levels

template <typename T, typename F>
std::vector<T> read_array(const JsonReader& parent, const std::string& key, bool required, F read_one) {
  std::vector<T> out;
  if (!parent.has(key)) {
    if (required) parent.error_at(key, "required field \"" + key + "\" is missing");
    return out;
  }
  JsonReader array = parent.child(key);
  const std::size_t n = array.expect_array();
  for (std::size_t i = 0; i < n; ++i) out.push_back(read_one(array.at(i)));
  return out;
}

std::vector<std::string> read_strings(const JsonReader& parent, const std::string& key, bool required) {
  return read_array<std::string>(parent, key, required, [](const JsonReader& r) { return r.as_string(); });
}

ProgramInfo read_program(JsonReader r) {
  ProgramInfo p;
  if (!r.expect_object({"name", "full_name", "university", "school", "course_prefix", "tagline", "overview", "source"}))
    return p;
  p.name = r.required_string("name", 120);
  p.full_name = r.optional_string("full_name", 200);
  p.university = r.required_string("university", 120);
  p.school = r.optional_string("school", 120);
  p.course_prefix = r.optional_string("course_prefix", 16);
  p.tagline = r.optional_string("tagline", 300);
  p.overview = r.required_string("overview");
  p.source = r.optional_string("source", 64);
  return p;
}

Section read_section(JsonReader r) {
  Section s;
  if (!r.expect_object({"id", "kind", "title", "short_title", "icon", "body", "source"})) return s;
  s.id = r.required_id("id", 64);
  s.kind = r.required_enum("kind", kSectionKindNames, SectionKind::Prose);
  s.title = r.required_string("title", 120);
  s.short_title = r.optional_string("short_title", 40);
  s.icon = r.optional_string("icon", 32);
  s.body = r.optional_string("body");
  s.source = r.optional_string("source", 64);
  if (s.kind == SectionKind::Prose && s.body.empty() && !r.has("body"))
    r.error_at("body", "a prose section needs a \"body\"");
  return s;
}

Course read_course(JsonReader r) {
  Course c;
  if (!r.expect_object({"id", "code", "title", "credits", "group", "description", "placeholder"})) return c;
  c.id = r.required_id("id", 64);
  c.code = r.required_string("code", 40);
  c.title = r.required_string("title", 160);
  c.credits = r.required_int("credits", 0, 15);
  c.group = r.required_string("group", 64);
  c.description = r.optional_string("description", 1000);
  c.placeholder = r.optional_bool("placeholder", false);
  return c;
}

ScheduleTerm read_schedule_term(JsonReader r) {
  ScheduleTerm t;
  if (!r.expect_object({"season", "year", "billing", "internship", "final", "courses", "note"})) return t;
  t.season = r.required_enum("season", kSeasonNames, Season::Fall);
  t.year = r.required_int("year", 0, 4);
  t.billing = r.required_enum("billing", kBillingNames, Billing::None);
  t.internship = r.optional_bool("internship", false);
  t.final_term = r.optional_bool("final", false);
  t.courses = read_strings(r, "courses", true);
  t.note = r.optional_string("note", 200);
  return t;
}

Schedule read_schedule(JsonReader r) {
  Schedule s;
  if (!r.expect_object({"id", "title", "format", "months", "year", "source", "summary", "terms"})) return s;
  s.id = r.required_id("id", 64);
  s.title = r.required_string("title", 120);
  s.format = r.required_enum("format", kStudyFormatNames, StudyFormat::OnCampus);
  s.months = r.required_int("months", 1, 72);
  s.year = r.required_string("year", 16);
  s.source = r.optional_string("source", 64);
  s.summary = r.optional_string("summary", 400);
  s.terms = read_array<ScheduleTerm>(r, "terms", true, read_schedule_term);
  if (s.terms.empty() && r.child("terms").value().is_array()) r.error_at("terms", "a schedule needs at least one term");
  return s;
}

TermAmounts read_term_amounts(const JsonReader& r) {
  TermAmounts out;
  if (!r.is_object()) {
    r.error(std::string("expected an object of item amounts, found ") + json_type_name(r.value()));
    return out;
  }
  for (auto it = r.value().begin(); it != r.value().end(); ++it)
    out.emplace_back(it.key(), r.child(it.key()).as_money(kMaxDollars));
  return out;
}

std::map<std::string, Cents> read_amount_map(const JsonReader& r) {
  std::map<std::string, Cents> out;
  for (const auto& [key, amount] : read_term_amounts(r)) out[key] = amount;
  return out;
}

CostYear read_cost_year(JsonReader r) {
  CostYear y;
  if (!r.expect_object({"id", "first_fall", "source", "on_campus", "online", "certificate"})) return y;
  y.id = r.required_string("id", 16);
  y.first_fall = r.required_int("first_fall", 2000, 2100);
  y.source = r.optional_string("source", 64);

  JsonReader oc = r.child("on_campus");
  if (!r.has("on_campus"))
    r.error_at("on_campus", "required field \"on_campus\" is missing");
  else if (oc.expect_object({"fall", "spring", "summer", "per_course_tuition", "published_term_totals",
                             "published_year_total", "published_tuition_totals", "notes"})) {
    for (const char* season : {"fall", "spring", "summer"}) {
      if (!oc.has(season)) oc.error_at(season, std::string("required field \"") + season + "\" is missing");
    }
    y.on_campus.fall = read_term_amounts(oc.child("fall"));
    y.on_campus.spring = read_term_amounts(oc.child("spring"));
    y.on_campus.summer = read_term_amounts(oc.child("summer"));
    y.on_campus.per_course_tuition = oc.required_money("per_course_tuition", kMaxDollars);
    if (oc.has("published_term_totals"))
      y.on_campus.published_term_totals = read_amount_map(oc.child("published_term_totals"));
    y.on_campus.published_year_total = oc.optional_money("published_year_total", kMaxDollars).value_or(0);
    if (oc.has("published_tuition_totals"))
      y.on_campus.published_tuition_totals = read_amount_map(oc.child("published_tuition_totals"));
    y.on_campus.notes = read_strings(oc, "notes", false);
  }

  JsonReader on = r.child("online");
  if (!r.has("online"))
    r.error_at("online", "required field \"online\" is missing");
  else if (on.expect_object({"per_course_tuition", "courses", "transcript_fee", "books_total",
                             "published_tuition_total", "published_total"})) {
    y.online.per_course_tuition = on.required_money("per_course_tuition", kMaxDollars);
    y.online.courses = on.required_int("courses", 1, 30);
    y.online.transcript_fee = on.optional_money("transcript_fee", kMaxDollars).value_or(0);
    y.online.books_total = on.optional_money("books_total", kMaxDollars).value_or(0);
    y.online.published_tuition_total = on.optional_money("published_tuition_total", kMaxDollars).value_or(0);
    y.online.published_total = on.optional_money("published_total", kMaxDollars).value_or(0);
  }
  if (r.has("certificate")) {
    JsonReader cert = r.child("certificate");
    if (cert.expect_object({"per_course_tuition", "published_total"})) {
      y.certificate_per_course = cert.optional_money("per_course_tuition", kMaxDollars);
      y.certificate_total = cert.optional_money("published_total", kMaxDollars);
    }
  }
  return y;
}

AidProgram read_aid(JsonReader r) {
  AidProgram a;
  if (!r.expect_object({"id", "title", "body", "preset", "source"})) return a;
  a.id = r.required_id("id", 64);
  a.title = r.required_string("title", 160);
  a.body = r.required_string("body");
  a.source = r.optional_string("source", 64);
  if (r.has("preset")) {
    JsonReader p = r.child("preset");
    if (p.expect_object({"basis", "percent", "up_to"})) {
      AidPreset preset;
      preset.share_of = p.required_enum("basis", kAidShareOfNames, AidShareOf::Cost);
      preset.percent = static_cast<BasisPoints>(p.required_int("percent", 0, 100)) * 100;
      preset.up_to = p.optional_bool("up_to", false);
      a.preset = preset;
    }
  }
  return a;
}

Admissions read_admissions(JsonReader r) {
  Admissions a;
  if (!r.expect_object(
          {"source", "requirements", "application_fee", "start", "deadlines_year", "deadlines", "director"}))
    return a;
  a.source = r.optional_string("source", 64);
  a.requirements = read_strings(r, "requirements", true);
  a.application_fee = r.required_money("application_fee", 10'000);
  a.start = r.optional_string("start", 64);
  a.deadlines_year = r.optional_string("deadlines_year", 32);
  a.director = r.optional_string("director", 300);
  a.deadlines = read_array<Deadline>(r, "deadlines", false, [](JsonReader d) {
    Deadline out;
    if (!d.expect_object({"format", "deadline", "decision", "reply"})) return out;
    out.format = d.required_enum("format", kStudyFormatNames, StudyFormat::OnCampus);
    out.deadline = d.required_string("deadline", 10);
    out.decision = d.optional_string("decision", 10);
    out.reply = d.optional_string("reply", 10);
    return out;
  });
  return a;
}

Student read_student(JsonReader r) {
  Student s;
  if (!r.expect_object({"id", "names", "class_year", "awards", "background", "format", "path", "summary", "quote",
                        "photo", "people", "projects", "sources"}))
    return s;
  s.id = r.required_id("id", 64);
  s.names = read_strings(r, "names", true);
  if (r.child("names").value().is_array() && s.names.empty()) r.error_at("names", "a profile needs at least one name");
  for (std::size_t i = 0; i < s.names.size(); ++i)
    if (s.names[i].empty()) r.child("names").at(i).error("a name must not be empty");
  s.class_year = r.required_int("class_year", 2021, 2100);
  s.awards = read_strings(r, "awards", false);
  if (r.has("background")) {
    JsonReader b = r.child("background");
    if (b.expect_object({"entry", "degree", "role"})) {
      if (b.has("entry"))
        s.background.entry = b.required_enum("entry", kStudentEntryNames, StudentEntry::Undergraduate);
      s.background.degree = b.optional_string("degree", 300);
      s.background.role = b.optional_string("role", 300);
    }
  }
  if (r.has("format")) s.format = r.required_enum("format", kStudyFormatNames, StudyFormat::OnCampus);
  s.path = r.optional_string("path", 16);
  s.summary = r.optional_string("summary", 600);
  s.quote = r.optional_string("quote", 1000);
  s.photo = r.optional_string("photo", 400);
  s.people = read_array<StudentPerson>(r, "people", false, [](JsonReader p) {
    StudentPerson out;
    if (!p.expect_object({"name", "background"})) return out;
    out.name = p.required_string("name", 120);
    out.background = p.optional_string("background", 600);
    return out;
  });
  s.projects = read_array<StudentProject>(r, "projects", false, [](JsonReader p) {
    StudentProject out;
    if (!p.expect_object({"title", "course", "body"})) return out;
    out.title = p.required_string("title", 160);
    out.course = p.optional_string("course", 64);
    out.body = p.optional_string("body", 1000);
    return out;
  });
  s.sources = read_strings(r, "sources", false);
  return s;
}

void read_document(JsonReader root, Content& c) {
  if (!root.expect_object({"format_version", "program", "glance", "differentiators", "sections", "course_groups",
                           "courses", "schedules", "calendar", "paths", "cost_items", "cost_years", "loan_fees", "aid",
                           "admissions", "newer_facts", "students", "sources", "facts_checked"}))
    return;
  root.required_int("format_version", 1, 1);
  if (root.has("program"))
    c.program = read_program(root.child("program"));
  else
    root.error_at("program", "required field \"program\" is missing");

  c.glance = read_array<GlanceItem>(root, "glance", false, [](JsonReader r) {
    GlanceItem g;
    if (!r.expect_object({"label", "value", "detail", "source"})) return g;
    g.label = r.required_string("label", 60);
    g.value = r.required_string("value", 60);
    g.detail = r.optional_string("detail", 200);
    g.source = r.optional_string("source", 64);
    return g;
  });
  c.differentiators = read_array<Highlight>(root, "differentiators", false, [](JsonReader r) {
    Highlight h;
    if (!r.expect_object({"id", "icon", "title", "body"})) return h;
    h.id = r.required_id("id", 64);
    h.icon = r.optional_string("icon", 32);
    h.title = r.required_string("title", 120);
    h.body = r.required_string("body", 1000);
    return h;
  });
  c.sections = read_array<Section>(root, "sections", true, read_section);
  c.course_groups = read_array<CourseGroup>(root, "course_groups", true, [](JsonReader r) {
    CourseGroup g;
    if (!r.expect_object({"id", "label", "billed_per_course"})) return g;
    g.id = r.required_id("id", 64);
    g.label = r.required_string("label", 60);
    g.billed_per_course = r.optional_bool("billed_per_course", false);
    return g;
  });
  c.courses = read_array<Course>(root, "courses", true, read_course);
  c.schedules = read_array<Schedule>(root, "schedules", true, read_schedule);

  if (root.has("calendar")) {
    JsonReader cal = root.child("calendar");
    if (cal.expect_object({"note", "seasons"})) {
      c.calendar_note = cal.optional_string("note", 400);
      c.calendar = read_array<SeasonCalendar>(cal, "seasons", true, [](JsonReader r) {
        SeasonCalendar s;
        if (!r.expect_object({"id", "label", "start_month", "end_month", "living_months", "same_year_as_fall"}))
          return s;
        s.season = r.required_enum("id", kSeasonNames, Season::Fall);
        s.label = r.required_string("label", 40);
        s.start_month = r.required_int("start_month", 1, 12);
        s.end_month = r.required_int("end_month", 1, 12);
        s.living_months = r.required_int("living_months", 0, 12);
        s.same_year_as_fall = r.optional_bool("same_year_as_fall", false);
        if (s.end_month < s.start_month) r.error_at("end_month", "a term must end in or after the month it starts");
        return s;
      });
    }
  } else {
    root.error_at("calendar", "required field \"calendar\" is missing");
  }

  c.paths = read_array<Path>(root, "paths", true, [](JsonReader r) {
    Path p;
    if (!r.expect_object({"id", "schedule", "label", "description", "final_courses"})) return p;
    p.id = r.required_id("id", 16);
    p.schedule = r.required_string("schedule", 64);
    p.label = r.required_string("label", 40);
    p.description = r.optional_string("description", 300);
    p.final_courses = r.required_int("final_courses", 0, 5);
    return p;
  });
  c.cost_items = read_array<CostItem>(root, "cost_items", true, [](JsonReader r) {
    CostItem item;
    if (!r.expect_object({"id", "label", "role"})) return item;
    item.id = r.required_id("id", 64);
    item.label = r.required_string("label", 80);
    item.role = r.required_enum("role", kCostRoleNames, CostRole::Fee);
    return item;
  });
  c.cost_years = read_array<CostYear>(root, "cost_years", true, read_cost_year);
  if (root.has("loan_fees")) {
    JsonReader lf = root.child("loan_fees");
    if (lf.expect_object({"per_semester", "year", "source", "note"})) {
      c.loan_fees.per_semester = lf.required_money("per_semester", 100'000);
      c.loan_fees.year = lf.required_string("year", 16);
      c.loan_fees.source = lf.optional_string("source", 64);
      c.loan_fees.note = lf.optional_string("note", 300);
    }
  }
  c.aid = read_array<AidProgram>(root, "aid", false, read_aid);
  if (root.has("admissions")) c.admissions = read_admissions(root.child("admissions"));
  c.newer_facts = read_array<NewerFact>(root, "newer_facts", false, [](JsonReader r) {
    NewerFact f;
    if (!r.expect_object({"id", "beside", "text", "older", "sources"})) return f;
    f.id = r.required_id("id", 64);
    f.beside = r.required_string("beside", 80);
    f.text = r.required_string("text", 1000);
    f.older = r.optional_string("older", 500);
    f.sources = read_strings(r, "sources", false);
    if (f.sources.empty()) r.error_at("sources", "a newer fact needs at least one source");
    return f;
  });
  c.students = read_array<Student>(root, "students", false, read_student);
  c.sources = read_array<Source>(root, "sources", true, [](JsonReader r) {
    Source s;
    if (!r.expect_object({"id", "title", "url"})) return s;
    s.id = r.required_id("id", 64);
    s.title = r.required_string("title", 200);
    s.url = r.optional_string("url", 500);
    if (!s.url.empty() && s.url.rfind("https://", 0) != 0)
      r.error_at("url", "a source address must start with https://");
    return s;
  });
  if (root.has("facts_checked")) {
    JsonReader fc = root.child("facts_checked");
    if (fc.expect_object({"date", "against"})) {
      c.facts_checked.date = fc.required_string("date", 10);
      c.facts_checked.against = fc.optional_string("against", 500);
    }
  }
}

}  // namespace

namespace {

// Checks the text and parses its JSON into `doc`; false, with the problem, when that stops the load.
bool parse_content(const std::string& text, const std::string& origin, nlohmann::json& doc, Problems& problems) {
  if (text.empty()) {
    problems.add({Severity::Error, origin, "", 1, 1, "the file is empty; expected a JSON object"});
    return false;
  }
  if (text.size() > kMaxContentBytes) {
    problems.add({Severity::Error, origin, "", 1, 1,
                  "the file is " + std::to_string(text.size()) + " bytes; content files are limited to " +
                      std::to_string(kMaxContentBytes) + " bytes"});
    return false;
  }
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
    Problem p{
        Severity::Error, origin, "", 0, 0, "invalid UTF-8 (byte " + std::to_string(bad) + "); save the file as UTF-8"};
    line_column_at(text, bad, p.line, p.column);
    problems.add(p);
    return false;
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    Problem p{Severity::Error,
              origin,
              "",
              0,
              0,
              "a NUL byte (byte " + std::to_string(nul) + "); a content file is text, and JSON has no NUL"};
    line_column_at(text, nul, p.line, p.column);
    problems.add(p);
    return false;
  }
  if (const std::size_t deep = first_too_deep(text, kMaxContentDepth); deep != std::string::npos) {
    Problem p{Severity::Error,
              origin,
              "",
              0,
              0,
              "arrays and objects nest more than " + std::to_string(kMaxContentDepth) +
                  " deep here; a content file needs far fewer levels"};
    line_column_at(text, deep, p.line, p.column);
    problems.add(p);
    return false;
  }
  try {
    doc = nlohmann::json::parse(text, nullptr, true, false);
  } catch (const nlohmann::json::parse_error& e) {
    Problem p{Severity::Error, origin, "", 0, 0, "JSON syntax error"};
    const std::string what = e.what();
    // nlohmann's message reads "[json.exception.parse_error.101] parse error at line L, column C: ..."
    const auto colon = what.find(": ", what.find("column"));
    p.message = "JSON syntax error: " + (colon == std::string::npos ? what : what.substr(colon + 2));
    line_column_at(text, e.byte > 0 ? e.byte - 1 : 0, p.line, p.column);
    problems.add(p);
    return false;
  } catch (const nlohmann::json::exception&) {
    // Not syntax: nlohmann refuses a number beyond a double's range (1e400, or 400 digits).
    Problem p{Severity::Error, origin, "", 0, 0, "the document cannot be read as JSON"};
    if (const std::size_t at = scan_json(text, {}).huge_number; at != std::string::npos) {
      p.message = "a number too large to store (beyond about 1.8e308); no figure in a content file comes close";
      line_column_at(text, at, p.line, p.column);
    }
    problems.add(p);
    return false;
  }
  return true;
}

}  // namespace

LoadResult load_content(const std::string& text, const std::string& origin) {
  LoadResult result;
  Problems& problems = result.problems;
  nlohmann::json doc;
  if (!parse_content(text, origin, doc, problems)) return result;
  try {
    read_document(JsonReader(doc, "", problems, origin), result.content);
  } catch (const std::exception& e) {
    // Every field is checked before it is read, so this is a bug in the reader; the app must
    // still start (on its built-in content), so it is reported like any other problem.
    problems.add({Severity::Error, origin, "", 1, 1, std::string("the file could not be read: ") + e.what()});
    return result;
  }
  doc = nullptr;  // freed before the checks, which read the text again
  try {
    // Cross-references, repeated keys, and the lines of every problem found.
    validate_references(result.content, problems, origin);
    check_keys_and_locate(text, origin, problems);
  } catch (const std::exception& e) {
    problems.add({Severity::Error, origin, "", 1, 1, std::string("the file could not be checked: ") + e.what()});
  }
  return result;
}

// --- look-ups -------------------------------------------------------------------------------

template <typename T>
static const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

const Course* Content::course(const std::string& id) const {
  return find_by_id(courses, id);
}
const Schedule* Content::schedule(const std::string& id) const {
  return find_by_id(schedules, id);
}
const Path* Content::path(const std::string& id) const {
  return find_by_id(paths, id);
}
const CostItem* Content::cost_item(const std::string& id) const {
  return find_by_id(cost_items, id);
}
const CostYear* Content::cost_year(const std::string& id) const {
  return find_by_id(cost_years, id);
}
const Source* Content::source(const std::string& id) const {
  return find_by_id(sources, id);
}
const Student* Content::student(const std::string& id) const {
  return find_by_id(students, id);
}
const AidProgram* Content::aid_program(const std::string& id) const {
  return find_by_id(aid, id);
}
std::vector<const NewerFact*> Content::newer_facts_beside(const std::string& place) const {
  std::vector<const NewerFact*> out;
  for (const auto& f : newer_facts)
    if (f.beside == place) out.push_back(&f);
  return out;
}
const CourseGroup* Content::course_group(const std::string& id) const {
  return find_by_id(course_groups, id);
}

const CostYear* Content::latest_cost_year() const {
  const CostYear* best = nullptr;
  for (const auto& y : cost_years)
    if (!best || y.first_fall > best->first_fall) best = &y;
  return best;
}

const SeasonCalendar& Content::season(Season s) const {
  for (const auto& c : calendar)
    if (c.season == s) return c;
  static const SeasonCalendar kFallback{};  // validation guarantees every season is present
  return kFallback;
}

const Path* Content::first_path_in_format(StudyFormat format) const {
  for (const Path& p : paths)
    if (const Schedule* s = schedule(p.schedule); s && s->format == format) return &p;
  return nullptr;
}

bool Content::billed_per_course(const Course& c) const {
  const CourseGroup* group = course_group(c.group);
  return group && group->billed_per_course;
}

int Content::academic_year(Season s, int year) const {
  return s == Season::Fall || season(s).same_year_as_fall ? year : year - 1;
}

}  // namespace core
