// Packed content: a header ("AIMENGC" and a format number), then each field of the model in
// declaration order (content_fields.hpp): integers as LEB128 varints (signed ones zigzagged),
// strings and lists as a length then their items, an optional as 0 or 1 then its value.
#include "core/content_pack.hpp"

#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/content_fields.hpp"

namespace core {
namespace {

constexpr std::string_view kMagic = "AIMENGC";
constexpr std::uint64_t kFormat = 1;  // bump when the model or the encoding changes

// The name tables of the model's enums, in one list: an enum's values run from 0 to its
// table's size - 1 (each table's static_assert in content.hpp checks that).
constexpr auto kEnumTables = std::tie(kSectionKindNames, kSeasonNames, kBillingNames, kStudyFormatNames, kCostRoleNames,
                                      kAidShareOfNames, kStudentEntryNames);

template <class E>
constexpr std::size_t enum_size() {
  std::size_t size = 0;
  std::apply(
      [&size](const auto&... table) {
        ((size = std::is_same_v<std::decay_t<decltype(table[0].value)>, E> ? std::size(table) : size), ...);
      },
      kEnumTables);
  return size;
}

std::uint64_t zigzag(std::int64_t v) {
  const auto u = static_cast<std::uint64_t>(v);
  return (u << 1) ^ (0 - (u >> 63));  // the sign bit spread over all bits
}
std::int64_t unzigzag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

struct Writer {
  std::string out;

  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      out += static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    out += static_cast<char>(v);
  }
  void operator()(const std::string& s) {
    varint(s.size());
    out += s;
  }
  void operator()(bool b) { varint(b ? 1 : 0); }
  template <class T>
  void operator()(const T& x) {
    if constexpr (std::is_enum_v<T>) {
      varint(static_cast<std::uint64_t>(x));
    } else if constexpr (std::is_integral_v<T>) {
      varint(zigzag(static_cast<std::int64_t>(x)));
    } else if constexpr (IsContentStruct<T>::value) {
      for_each_field(x, *this);
    }
  }
  template <class T>
  void operator()(const std::optional<T>& x) {
    (*this)(x.has_value());
    if (x) (*this)(*x);
  }
  template <class T>
  void operator()(const std::vector<T>& xs) {
    varint(xs.size());
    for (const T& x : xs) (*this)(x);
  }
  template <class K, class V>
  void operator()(const std::pair<K, V>& kv) {
    (*this)(kv.first);
    (*this)(kv.second);
  }
  template <class K, class V>
  void operator()(const std::map<K, V>& m) {
    varint(m.size());
    for (const auto& kv : m) (*this)(kv);
  }
};

// Reads what Writer wrote. After the first problem it reads nothing more (every value stays
// as it is), so one error names the byte where the pack stopped making sense.
struct Reader {
  std::string_view in;
  std::size_t at = 0;
  std::string problem;  // empty while the pack reads well
  std::size_t problem_at = 0;

  std::size_t value_at = 0;  // where the value being read starts

  void fail(const char* what) {
    if (!problem.empty()) return;
    problem = what;
    problem_at = value_at;
  }
  bool varint(std::uint64_t& v) {
    v = 0;
    value_at = at;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!problem.empty()) return false;
      if (at >= in.size()) {
        fail("it ends in the middle of a value");
        return false;
      }
      const auto byte = static_cast<unsigned char>(in[at++]);
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return true;
    }
    fail("a number runs over 64 bits");
    return false;
  }
  // A count of items that each take at least one byte: no more than the bytes left.
  bool count(std::size_t& n) {
    std::uint64_t v = 0;
    if (!varint(v)) return false;
    if (v > in.size() - at) {
      fail("a length runs past its end");
      return false;
    }
    n = static_cast<std::size_t>(v);
    return true;
  }
  void operator()(std::string& s) {
    std::size_t n = 0;
    if (!count(n)) return;
    s.assign(in.substr(at, n));
    at += n;
  }
  void operator()(bool& b) {
    std::uint64_t v = 0;
    if (!varint(v)) return;
    if (v > 1) return fail("a yes-or-no value is neither");
    b = v == 1;
  }
  template <class T>
  void operator()(T& x) {
    if constexpr (std::is_enum_v<T>) {
      std::uint64_t v = 0;
      if (!varint(v)) return;
      static_assert(enum_size<T>() > 0, "the enum's name table is missing from kEnumTables");
      if (v >= enum_size<T>()) return fail("a named value is out of its range");
      x = static_cast<T>(v);
    } else if constexpr (std::is_integral_v<T>) {
      std::uint64_t v = 0;
      if (!varint(v)) return;
      const std::int64_t s = unzigzag(v);
      if (s < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
          s > static_cast<std::int64_t>(std::numeric_limits<T>::max()))
        return fail("a number is out of its range");
      x = static_cast<T>(s);
    } else if constexpr (IsContentStruct<T>::value) {
      for_each_field(x, *this);
    }
  }
  template <class T>
  void operator()(std::optional<T>& x) {
    bool present = false;
    (*this)(present);
    if (!present || !problem.empty()) return;
    (*this)(x.emplace());
  }
  template <class T>
  void operator()(std::vector<T>& xs) {
    std::size_t n = 0;
    if (!count(n)) return;
    xs.resize(n);
    for (T& x : xs) (*this)(x);
  }
  template <class K, class V>
  void operator()(std::pair<K, V>& kv) {
    (*this)(kv.first);
    (*this)(kv.second);
  }
  template <class K, class V>
  void operator()(std::map<K, V>& m) {
    std::size_t n = 0;
    if (!count(n)) return;
    for (std::size_t i = 0; i < n && problem.empty(); ++i) {
      std::pair<K, V> kv;
      (*this)(kv);
      m.insert(std::move(kv));
    }
  }
};

}  // namespace

std::string pack_content(const Content& content) {
  Writer w;
  w.out += kMagic;
  w.varint(kFormat);
  w(content);
  return std::move(w.out);
}

LoadResult unpack_content(std::string_view bytes, const std::string& origin) {
  LoadResult result;
  Reader r;
  r.in = bytes;
  std::uint64_t format = 0;
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    r.fail("it is not packed content");
  } else {
    r.at = kMagic.size();
    if (r.varint(format) && format != kFormat) r.fail("it is packed in another format");
  }
  r(result.content);
  if (r.problem.empty() && r.at != bytes.size()) r.fail("bytes are left over after the content");
  if (!r.problem.empty()) result.problems.error(origin, "", "byte " + std::to_string(r.problem_at) + ": " + r.problem);
  return result;
}

}  // namespace core
