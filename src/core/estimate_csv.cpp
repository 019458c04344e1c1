// CSV export of an Estimate; see estimate_csv.hpp.
#include "core/estimate_csv.hpp"

#include "core/figure_basis.hpp"

namespace core {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string estimate_to_csv(const Estimate& e) {
  // The last column says whether each amount is published, projected (from which year, at which
  // yearly increase) or the visitor's own.
  std::string out = "term,start,end,item,kind,amount_usd,basis\n";
  for (const TermEstimate& t : e.terms) {
    for (const LineItem& item : t.items) {
      out += csv_field(t.label) + "," + t.start.iso() + "," + t.end.iso() + "," + csv_field(item.label) + "," +
             line_kind_id(item.kind) + "," + format_decimal(item.amount) + "," + csv_field(line_basis(e, item)) + "\n";
    }
  }
  const std::string total_basis = estimate_basis_with_rates(e);
  const std::string first = e.terms.empty() ? "" : e.terms.front().start.iso();
  const std::string last = e.terms.empty() ? "" : e.terms.back().end.iso();
  auto total = [&](const char* kind, Cents amount) {
    out += std::string("TOTAL,") + first + "," + last + "," + kind + "," + kind + "," + format_decimal(amount) + "," +
           csv_field(total_basis) + "\n";
  };
  // Every kind's total; earnings only when there are any (most scenarios have none).
  for (const EnumName<LineKind>& kind : kLineKindNames)
    if (kind.value != LineKind::Earnings || e.by_kind[kind.value] != 0) total(kind.id, e.by_kind[kind.value]);
  total("net", e.net);
  return out;
}

}  // namespace core
