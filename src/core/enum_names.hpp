// One table of names per enum, indexed by the enum's value (Dear ImGui's GStyleVarInfo is the
// model): each table sits next to its enum, with a static_assert that it lists every value in
// order, so looking a name up is an index and a missing or misplaced entry does not compile.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace core {

template <typename E>
struct EnumName {
  E value;
  const char* id;          // as written in content.json, links and files
  const char* label = "";  // as shown to a reader, where the enum is shown
};

// True when table[i].value == i for every entry: what each table's static_assert checks.
template <typename E, std::size_t N>
constexpr bool lists_in_order(const EnumName<E> (&table)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(table[i].value) != i) return false;
  return true;
}

template <typename E, std::size_t N>
constexpr const char* enum_id(const EnumName<E> (&table)[N], E value) {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? table[i].id : "";
}

template <typename E, std::size_t N>
constexpr const char* enum_label(const EnumName<E> (&table)[N], E value) {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? table[i].label : "";
}

// "a, b or c": the ids, for messages that say what is allowed.
template <typename E, std::size_t N>
std::string enum_ids_text(const EnumName<E> (&table)[N]) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) out += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + table[i].id;
  return out;
}

template <typename E, std::size_t N>
std::optional<E> enum_from_id(const EnumName<E> (&table)[N], std::string_view id) {
  for (const EnumName<E>& entry : table)
    if (id == entry.id) return entry.value;
  return std::nullopt;
}

}  // namespace core
