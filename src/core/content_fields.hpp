// How many fields each struct of the content model has, in one table; for_each_field(x, f)
// calls f on each field of x in declaration order, through a structured binding of exactly
// that many names. A field added to a struct in content.hpp without its count here does not
// compile, so the packed content (content_pack.cpp) can never silently drop one.
#pragma once
#include <type_traits>

#include "core/content.hpp"

namespace core {

template <class T>
struct FieldCount;  // only the content model's structs have one

#define AIMENG_FIELD_COUNT(Type, n) \
  template <>                       \
  struct FieldCount<Type> {         \
    static constexpr int value = n; \
  };
AIMENG_FIELD_COUNT(Source, 3)
AIMENG_FIELD_COUNT(ProgramInfo, 8)
AIMENG_FIELD_COUNT(GlanceItem, 4)
AIMENG_FIELD_COUNT(Highlight, 4)
AIMENG_FIELD_COUNT(Section, 7)
AIMENG_FIELD_COUNT(CourseGroup, 3)
AIMENG_FIELD_COUNT(Course, 7)
AIMENG_FIELD_COUNT(ScheduleTerm, 7)
AIMENG_FIELD_COUNT(Schedule, 8)
AIMENG_FIELD_COUNT(SeasonCalendar, 6)
AIMENG_FIELD_COUNT(Path, 5)
AIMENG_FIELD_COUNT(CostItem, 3)
AIMENG_FIELD_COUNT(OnCampusCosts, 8)
AIMENG_FIELD_COUNT(OnlineCosts, 6)
AIMENG_FIELD_COUNT(CostYear, 7)
AIMENG_FIELD_COUNT(LoanFees, 4)
AIMENG_FIELD_COUNT(AidPreset, 3)
AIMENG_FIELD_COUNT(AidProgram, 5)
AIMENG_FIELD_COUNT(Deadline, 4)
AIMENG_FIELD_COUNT(Admissions, 7)
AIMENG_FIELD_COUNT(NewerFact, 5)
AIMENG_FIELD_COUNT(FactsChecked, 2)
AIMENG_FIELD_COUNT(StudentPerson, 2)
AIMENG_FIELD_COUNT(StudentProject, 3)
AIMENG_FIELD_COUNT(StudentBackground, 3)
AIMENG_FIELD_COUNT(Student, 13)
AIMENG_FIELD_COUNT(Content, 19)
#undef AIMENG_FIELD_COUNT

template <class T, class = void>
struct IsContentStruct : std::false_type {};
template <class T>
struct IsContentStruct<T, std::void_t<decltype(FieldCount<T>::value)>> : std::true_type {};

// Structured bindings need their names spelled out, so each count has its line.
template <class T, class F>
void for_each_field(T& x, F&& f) {
  constexpr int n = FieldCount<std::remove_const_t<T>>::value;
  // clang-format off
  if constexpr (n == 2) { auto& [a, b] = x; f(a); f(b); }
  else if constexpr (n == 3) { auto& [a, b, c] = x; f(a); f(b); f(c); }
  else if constexpr (n == 4) { auto& [a, b, c, d] = x; f(a); f(b); f(c); f(d); }
  else if constexpr (n == 5) { auto& [a, b, c, d, e] = x; f(a); f(b); f(c); f(d); f(e); }
  else if constexpr (n == 6) { auto& [a, b, c, d, e, g] = x; f(a); f(b); f(c); f(d); f(e); f(g); }
  else if constexpr (n == 7) { auto& [a, b, c, d, e, g, h] = x; f(a); f(b); f(c); f(d); f(e); f(g); f(h); }
  else if constexpr (n == 8) { auto& [a, b, c, d, e, g, h, i] = x; f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); }
  else if constexpr (n == 13) {
    auto& [a, b, c, d, e, g, h, i, j, k, l, m, o] = x;
    f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); f(j); f(k); f(l); f(m); f(o);
  } else if constexpr (n == 19) {
    auto& [a, b, c, d, e, g, h, i, j, k, l, m, o, p, q, r, s, t, u] = x;
    f(a); f(b); f(c); f(d); f(e); f(g); f(h); f(i); f(j); f(k); f(l); f(m); f(o); f(p); f(q); f(r); f(s); f(t); f(u);
  } else {
    static_assert(n == 2, "for_each_field: add a line for this many fields");
  }
  // clang-format on
}

}  // namespace core
