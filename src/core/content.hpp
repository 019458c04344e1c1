// The program's content model: plain structs filled from assets/content.json by
// load_content() (content.cpp), which validates as it reads (content_validate.cpp).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

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

struct Section {
  std::string id, title, short_title, icon, body, source;  // short_title: for menus, may be empty
  const std::string& nav_title() const { return short_title.empty() ? title : short_title; }
  SectionKind kind = SectionKind::Prose;
};

struct CourseGroup {
  std::string id, label;
};

struct Course {
  std::string id, code, title, group, description;
  int credits = 0;
  bool placeholder = false;  // "an elective of your choice", not a specific course
  // Courses billed one by one on per-course terms (the 10 courses of the degree).
  bool billable() const { return group == "technical_core" || group == "product_core" || group == "elective"; }
};

enum class Season { BootCamp, Fall, Spring, Summer };
enum class Billing { None, Semester, Summer, PerCourse };

struct ScheduleTerm {
  Season season = Season::Fall;
  int year = 0;  // calendar years after the first fall's year (spring right after it is 1)
  Billing billing = Billing::None;
  bool internship = false;
  bool final_term = false;  // the 16-month path's optional last fall
  std::vector<std::string> courses;
  std::string note;
};

struct Schedule {
  std::string id, title, format, year, source, summary;
  int months = 0;
  std::vector<ScheduleTerm> terms;
};

struct SeasonCalendar {
  Season season = Season::Fall;
  std::string label;
  int start_month = 1, end_month = 1, living_months = 0;
};

struct Path {
  std::string id, schedule, label, description;
  int final_courses = 0;
};

enum class CostKind { Tuition, Fees, Living };
enum class CostRole { Tuition, Fee, Insurance, Once, Room, Board, Books, Transport, Personal };

struct CostItem {
  std::string id, label;
  CostKind kind = CostKind::Fees;
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

enum class AidBasis { TuitionPercent, CostPercent, FixedPerYear };

struct AidPreset {
  AidBasis basis = AidBasis::CostPercent;
  BasisPoints percent = 0;
  bool up_to = false;
};

struct AidProgram {
  std::string id, title, body, source;
  std::optional<AidPreset> preset;
};

struct Deadline {
  std::string format, deadline, decision, reply;
};

struct Admissions {
  std::string source, start, deadlines_year, director;
  std::vector<std::string> requirements;
  Cents application_fee = 0;
  std::vector<Deadline> deadlines;
};

struct StudentPerson {
  std::string name, background;
};

struct StudentProject {
  std::string title, course, body;
};

struct StudentBackground {
  std::string entry;  // "undergraduate" or "industry", empty when unknown
  std::string degree, role;
};

struct Student {
  std::string id;
  std::vector<std::string> names;
  int class_year = 0;
  std::vector<std::string> awards;
  StudentBackground background;
  std::string format;  // "on_campus", "online" or empty
  std::string path;    // calculator path id, when known
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
  std::vector<Student> students;
  std::vector<Source> sources;

  const Course* course(const std::string& id) const;
  const Schedule* schedule(const std::string& id) const;
  const Path* path(const std::string& id) const;
  const CostItem* cost_item(const std::string& id) const;
  const CostYear* cost_year(const std::string& id) const;
  const CostYear* latest_cost_year() const;
  const Source* source(const std::string& id) const;
  const Student* student(const std::string& id) const;
  const SeasonCalendar& season(Season s) const;
  const CourseGroup* course_group(const std::string& id) const;
};

struct LoadResult {
  Content content;
  Problems problems;
  bool ok() const { return !problems.has_errors(); }
};

// Parses and validates `text` (named `origin` in messages). Reports every problem found,
// never throws; on errors the returned content is partial and must not be used.
LoadResult load_content(const std::string& text, const std::string& origin);

const char* season_id(Season s);
const char* kind_id(CostKind k);

}  // namespace core
