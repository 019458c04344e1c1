// Student profile logic; see students.hpp.
#include "core/students.hpp"

#include <algorithm>

#include "core/text_search.hpp"

namespace core {

bool StudentFilter::operator==(const StudentFilter& o) const {
  return class_year == o.class_year && entry == o.entry && award == o.award && format == o.format && query == o.query &&
         sort == o.sort;
}

namespace {
template <typename T>
void add_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}
}  // namespace

StudentFacets student_facets(const Content& c) {
  StudentFacets f;
  for (const Student& s : c.students) {
    add_unique(f.class_years, s.class_year);
    if (s.background.entry) add_unique(f.entries, *s.background.entry);
    for (const auto& a : s.awards) add_unique(f.awards, a);
    if (s.format) add_unique(f.formats, *s.format);
  }
  std::sort(f.class_years.begin(), f.class_years.end());
  return f;
}

std::string display_names(const Student& s) {
  std::string out;
  for (std::size_t i = 0; i < s.names.size(); ++i) {
    if (i > 0) out += i + 1 == s.names.size() ? " & " : ", ";
    out += s.names[i];
  }
  return out;
}

std::string one_line_background(const Student& s) {
  if (!s.background.role.empty()) return "Before: " + s.background.role;
  if (!s.background.degree.empty()) return s.background.degree;
  if (!s.summary.empty()) return s.summary;
  if (s.background.entry == StudentEntry::Undergraduate) return "Joined straight from undergraduate study";
  if (s.background.entry == StudentEntry::Industry) return "Joined after working in industry";
  return "";
}

std::string initials(const std::string& name) {
  std::string out;
  bool at_word = true;
  int taken = 0;
  for (std::size_t i = 0; i < name.size() && taken < 2;) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (c == ' ' || c == '-') {
      at_word = true;
    } else if (at_word) {
      std::string letter = name.substr(i, len);
      if (len == 1 && c >= 'a' && c <= 'z') letter[0] = static_cast<char>(c - 'a' + 'A');
      out += letter;
      ++taken;
      at_word = false;
    }
    i += len;
  }
  return out;
}

std::size_t avatar_colour_index(const std::string& name, std::size_t palette_size) {
  std::uint32_t h = 2166136261u;  // FNV-1a: stable across platforms and runs
  for (unsigned char c : name) h = (h ^ c) * 16777619u;
  return palette_size == 0 ? 0 : h % palette_size;
}

std::vector<const Student*> filter_students(const Content& c, const StudentFilter& f) {
  const std::vector<std::string> words = query_words(f.query);
  std::vector<const Student*> out;
  for (const Student& s : c.students) {
    if (f.class_year && s.class_year != *f.class_year) continue;
    if (f.entry && s.background.entry != f.entry) continue;
    if (f.format && s.format != f.format) continue;
    if (!f.award.empty() && std::find(s.awards.begin(), s.awards.end(), f.award) == s.awards.end()) continue;
    const std::string names = fold_case(display_names(s));
    bool all = true;
    for (const auto& w : words) {
      const std::size_t p = names.find(w);
      all = all && p != std::string::npos;
    }
    if (!all) continue;
    out.push_back(&s);
  }
  std::stable_sort(out.begin(), out.end(), [&](const Student* a, const Student* b) {
    if (f.sort == StudentSort::ClassYear && a->class_year != b->class_year) return a->class_year > b->class_year;
    // By family name of the first person, then the whole name.
    auto family = [](const Student* s) {
      const std::string& n = s->names.empty() ? s->id : s->names.front();
      return fold_case(n.substr(n.rfind(' ') == std::string::npos ? 0 : n.rfind(' ') + 1));
    };
    const std::string fa = family(a), fb = family(b);
    return fa != fb ? fa < fb : display_names(*a) < display_names(*b);
  });
  return out;
}

QueryParams encode_student_filter(const StudentFilter& f) {
  QueryParams q;
  if (f.class_year) q.emplace_back("year", std::to_string(*f.class_year));
  if (f.entry) q.emplace_back("background", enum_id(kStudentEntryNames, *f.entry));
  if (!f.award.empty()) q.emplace_back("award", f.award);
  if (f.format) q.emplace_back("format", enum_id(kStudyFormatNames, *f.format));
  if (!f.query.empty()) q.emplace_back("q", f.query);
  if (f.sort == StudentSort::ClassYear) q.emplace_back("sort", "class");
  return q;
}

StudentFilter decode_student_filter(const QueryParams& query, std::vector<std::string>& notices) {
  StudentFilter f;
  for (const auto& [key, value] : query) {
    const std::string shown = value.substr(0, 30);
    if (key == "year") {
      if (value.size() == 4 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        f.class_year = std::stoi(value);
      else
        notices.push_back("year: \"" + shown + "\" is not a class year");
    } else if (key == "background") {
      if (const auto entry = enum_from_id(kStudentEntryNames, value))
        f.entry = entry;
      else
        notices.push_back("background: \"" + shown + "\" must be " + enum_ids_text(kStudentEntryNames));
    } else if (key == "format") {
      if (const auto format = enum_from_id(kStudyFormatNames, value))
        f.format = format;
      else
        notices.push_back("format: \"" + shown + "\" must be " + enum_ids_text(kStudyFormatNames));
    } else if (key == "award") {
      f.award = value.substr(0, 120);
    } else if (key == "q") {
      f.query = value.substr(0, 120);
    } else if (key == "sort") {
      if (value == "class")
        f.sort = StudentSort::ClassYear;
      else if (value != "name")
        notices.push_back("sort: \"" + shown + "\" must be name or class");
    } else {
      notices.push_back("unknown setting \"" + key.substr(0, 40) + "\" is ignored");
    }
  }
  return f;
}

}  // namespace core
