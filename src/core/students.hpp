// Student profiles: filtering, sorting and display text, and the filter as route keys
// (/students?year=2022&award=...&q=...&sort=name) so a filtered view can be shared.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/route.hpp"

namespace core {

enum class StudentSort { Name, ClassYear };

struct StudentFilter {
  std::optional<int> class_year;
  std::optional<StudentEntry> entry;  // none for any
  std::string award;                  // an award's exact text, or empty
  std::optional<StudyFormat> format;  // none for any
  std::string query;                  // words that must appear in a name
  StudentSort sort = StudentSort::Name;
  bool active() const { return class_year || entry || !award.empty() || format || !query.empty(); }
  bool operator==(const StudentFilter& o) const;
};

// The values the filter chips offer: only what the content has.
struct StudentFacets {
  std::vector<int> class_years;
  std::vector<StudentEntry> entries;
  std::vector<std::string> awards;
  std::vector<StudyFormat> formats;
};
StudentFacets student_facets(const Content& content);

std::vector<const Student*> filter_students(const Content& content, const StudentFilter& filter);

QueryParams encode_student_filter(const StudentFilter& filter);
StudentFilter decode_student_filter(const QueryParams& query, std::vector<std::string>& notices);

std::string display_names(const Student& s);        // "Christine Park & Miranda Morris"
std::string one_line_background(const Student& s);  // may be empty
std::string initials(const std::string& name);      // "SA"; UTF-8 aware
// A stable index into a palette, from the name, so a person keeps their colour.
std::size_t avatar_colour_index(const std::string& name, std::size_t palette_size);
inline const char* entry_label(StudentEntry entry) {  // "From industry"
  return enum_label(kStudentEntryNames, entry);
}
inline const char* format_label(StudyFormat format) {  // "On campus"
  return enum_label(kStudyFormatNames, format);
}

}  // namespace core
