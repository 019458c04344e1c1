// The program's content model: plain structs filled from assets/content.json by
// load_content() (content.cpp), which validates as it reads (content_validate.cpp).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/json_problems.hpp"
#include "core/money.hpp"

namespace core {

struct Source {
  std::string id, title, url;
};

struct ProgramInfo {
  std::string name, full_name, university, school, course_prefix, tagline, overview, source;
};

struct GlanceItem {
  std::string label, value, detail, source;
};

struct Highlight {
  std::string id, icon, title, body;
};

enum class SectionKind { Overview, Glance, Differentiators, Prose, Curriculum, Schedules, Admissions, Aid, Sources };
inline constexpr EnumName<SectionKind> kSectionKindNames[] = {{SectionKind::Overview, "overview"},
                                                              {SectionKind::Glance, "glance"},
                                                              {SectionKind::Differentiators, "differentiators"},
                                                              {SectionKind::Prose, "prose"},
                                                              {SectionKind::Curriculum, "curriculum"},
                                                              {SectionKind::Schedules, "schedules"},
                                                              {SectionKind::Admissions, "admissions"},
                                                              {SectionKind::Aid, "aid"},
                                                              {SectionKind::Sources, "sources"}};
static_assert(lists_in_order(kSectionKindNames));

struct Section {
  std::string id, title, short_title, icon, body, source;  // short_title: for menus, may be empty
  const std::string& nav_title() const { return short_title.empty() ? title : short_title; }
  SectionKind kind = SectionKind::Prose;
};

struct CourseGroup {
  std::string id, label;
  // Its courses are the degree's billed ones, charged one by one on per-course terms (the
  // cores and electives; not the boot camp or the industry experiences).
  bool billed_per_course = false;
};

struct Course {
  std::string id, code, title, group, description;
  int credits = 0;
  bool placeholder = false;  // "an elective of your choice", not a specific course
};

enum class Season { BootCamp, Fall, Spring, Summer };
inline constexpr EnumName<Season> kSeasonNames[] = {
    {Season::BootCamp, "bootcamp"}, {Season::Fall, "fall"}, {Season::Spring, "spring"}, {Season::Summer, "summer"}};
static_assert(lists_in_order(kSeasonNames));

enum class Billing { None, Semester, Summer, PerCourse };
inline constexpr EnumName<Billing> kBillingNames[] = {{Billing::None, "none"},
                                                      {Billing::Semester, "semester"},
                                                      {Billing::Summer, "summer"},
                                                      {Billing::PerCourse, "per_course"}};
static_assert(lists_in_order(kBillingNames));

struct ScheduleTerm {
  Season season = Season::Fall;
  int year = 0;  // calendar years after the first fall's year (spring right after it is 1)
  Billing billing = Billing::None;
  bool internship = false;
  bool final_term = false;  // the 16-month path's optional last fall
  std::vector<std::string> courses;
  std::string note;
};

// How a path, a deadline or a student's studies are held.
enum class StudyFormat { OnCampus, Online };
inline constexpr EnumName<StudyFormat> kStudyFormatNames[] = {{StudyFormat::OnCampus, "on_campus", "On campus"},
                                                              {StudyFormat::Online, "online", "Online"}};
static_assert(lists_in_order(kStudyFormatNames));

struct Schedule {
  std::string id, title, year, source, summary;
  StudyFormat format = StudyFormat::OnCampus;
  int months = 0;
  std::vector<ScheduleTerm> terms;
};

struct SeasonCalendar {
  Season season = Season::Fall;
  std::string label;
  int start_month = 1, end_month = 1, living_months = 0;
  // Belongs to the academic year of the fall that follows it (the boot camp before the first
  // fall); other seasons after a fall belong to that fall's year.
  bool same_year_as_fall = false;
};

struct Path {
  std::string id, schedule, label, description;
  int final_courses = 0;
};

// What a published cost item is, which decides how the calculator treats it.
enum class CostRole { Tuition, Fee, Insurance, Once, Room, Board, Books, Transport, Personal };
inline constexpr EnumName<CostRole> kCostRoleNames[] = {
    {CostRole::Tuition, "tuition"},     {CostRole::Fee, "fee"},
    {CostRole::Insurance, "insurance"}, {CostRole::Once, "once"},
    {CostRole::Room, "room"},           {CostRole::Board, "board"},
    {CostRole::Books, "books"},         {CostRole::Transport, "transport"},
    {CostRole::Personal, "personal"}};
static_assert(lists_in_order(kCostRoleNames));

struct CostItem {
  std::string id, label;
  CostRole role = CostRole::Fee;
};

// One term's published amounts, in item order of Content::cost_items.
using TermAmounts = std::vector<std::pair<std::string, Cents>>;

struct OnCampusCosts {
  TermAmounts fall, spring, summer;
  Cents per_course_tuition = 0;
  std::map<std::string, Cents> published_term_totals;  // season id -> total
  Cents published_year_total = 0;
  std::map<std::string, Cents> published_tuition_totals;  // path id -> tuition
  std::vector<std::string> notes;
};

struct OnlineCosts {
  Cents per_course_tuition = 0, transcript_fee = 0, books_total = 0;
  int courses = 0;
  Cents published_tuition_total = 0, published_total = 0;
};

struct CostYear {
  std::string id, source;  // id like "2024-25"
  int first_fall = 0;
  OnCampusCosts on_campus;
  OnlineCosts online;
  std::optional<Cents> certificate_per_course, certificate_total;
};

struct LoanFees {
  Cents per_semester = 0;
  std::string year, source, note;
};

// What a published aid program's percentage is a share of.
enum class AidShareOf { Tuition, Cost };
inline constexpr EnumName<AidShareOf> kAidShareOfNames[] = {{AidShareOf::Tuition, "tuition"},
                                                            {AidShareOf::Cost, "cost"}};
static_assert(lists_in_order(kAidShareOfNames));

struct AidPreset {
  AidShareOf share_of = AidShareOf::Cost;
  BasisPoints percent = 0;
  bool up_to = false;
};

struct AidProgram {
  std::string id, title, body, source;
  std::optional<AidPreset> preset;
};

struct Deadline {
  StudyFormat format = StudyFormat::OnCampus;
  std::string deadline, decision, reply;
};

struct Admissions {
  std::string source, start, deadlines_year, director;
  std::vector<std::string> requirements;
  Cents application_fee = 0;
  std::vector<Deadline> deadlines;
};

// A fact from a source page newer than the one the older wording beside it came from.
// `beside` is where it is shown: "admissions", or "aid/<aid program id>".
struct NewerFact {
  std::string id, beside, text, older;
  std::vector<std::string> sources;
};

// When the facts were last compared with their sources, and against what.
struct FactsChecked {
  std::string date, against;
};

struct StudentPerson {
  std::string name, background;
};

struct StudentProject {
  std::string title, course, body;
};

// Where a student came to the program from.
enum class StudentEntry { Undergraduate, Industry };
inline constexpr EnumName<StudentEntry> kStudentEntryNames[] = {
    {StudentEntry::Undergraduate, "undergraduate", "Straight from undergrad"},
    {StudentEntry::Industry, "industry", "From industry"}};
static_assert(lists_in_order(kStudentEntryNames));

struct StudentBackground {
  std::optional<StudentEntry> entry;  // none when unknown
  std::string degree, role;
};

struct Student {
  std::string id;
  std::vector<std::string> names;
  int class_year = 0;
  std::vector<std::string> awards;
  StudentBackground background;
  std::optional<StudyFormat> format;  // none when unknown
  std::string path;                   // calculator path id, when known
  std::string summary, quote, photo;
  std::vector<StudentPerson> people;
  std::vector<StudentProject> projects;
  std::vector<std::string> sources;
};

struct Content {
  ProgramInfo program;
  std::vector<GlanceItem> glance;
  std::vector<Highlight> differentiators;
  std::vector<Section> sections;
  std::vector<CourseGroup> course_groups;
  std::vector<Course> courses;
  std::vector<Schedule> schedules;
  std::string calendar_note;
  std::vector<SeasonCalendar> calendar;
  std::vector<Path> paths;
  std::vector<CostItem> cost_items;
  std::vector<CostYear> cost_years;
  LoanFees loan_fees;
  std::vector<AidProgram> aid;
  Admissions admissions;
  std::vector<NewerFact> newer_facts;
  std::vector<Student> students;
  std::vector<Source> sources;
  FactsChecked facts_checked;

  const Course* course(const std::string& id) const;
  const Schedule* schedule(const std::string& id) const;
  const Path* path(const std::string& id) const;
  const CostItem* cost_item(const std::string& id) const;
  const CostYear* cost_year(const std::string& id) const;
  const CostYear* latest_cost_year() const;
  const Source* source(const std::string& id) const;
  const Student* student(const std::string& id) const;
  const AidProgram* aid_program(const std::string& id) const;
  // The newer facts shown at `place` ("admissions", "aid/<id>"), in file order.
  std::vector<const NewerFact*> newer_facts_beside(const std::string& place) const;
  const SeasonCalendar& season(Season s) const;
  const CourseGroup* course_group(const std::string& id) const;
  bool billed_per_course(const Course& course) const;
  // The first path whose schedule is in `format`; null if none.
  const Path* first_path_in_format(StudyFormat format) const;
  // The academic year (by its fall's calendar year) that a term of `season` in `year` is in.
  int academic_year(Season season, int year) const;
};

struct LoadResult {
  Content content;
  Problems problems;
  bool ok() const { return !problems.has_errors(); }
};

// Parses and validates `text` (named `origin` in messages). Reports every problem found,
// never throws; on errors the returned content is partial and must not be used.
LoadResult load_content(const std::string& text, const std::string& origin);

inline const char* season_id(Season s) {
  return enum_id(kSeasonNames, s);
}

}  // namespace core
