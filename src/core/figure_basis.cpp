// Published or projected; see figure_basis.hpp.
#include "core/figure_basis.hpp"

#include <algorithm>

namespace core {

EstimateBasis basis_of(const Estimate& e) {
  const auto billed = [](const TermEstimate& t) { return t.cost() > 0; };
  const auto projected = [&](const TermEstimate& t) { return billed(t) && is_projected(t); };
  const auto published = [&](const TermEstimate& t) { return billed(t) && !is_projected(t); };
  const bool any_projected = std::any_of(e.terms.begin(), e.terms.end(), projected);
  if (!any_projected) return EstimateBasis::Published;
  return std::any_of(e.terms.begin(), e.terms.end(), published) ? EstimateBasis::PartlyProjected
                                                                : EstimateBasis::Projected;
}

std::string projection_rates(const Estimate& e) {
  return format_percent(e.tuition_increase) + " a year for tuition and fees, " + format_percent(e.living_increase) +
         " for living costs";
}

std::string term_basis(const Estimate& e, const TermEstimate& t) {
  return (is_projected(t) ? "projected from " : "published ") + e.figures;
}

std::string line_basis(const Estimate& e, const LineItem& item) {
  switch (item.basis) {
    case LineBasis::Published:
      return "published " + e.figures;
    case LineBasis::Projected: {
      std::string text = "projected from " + e.figures;
      if (item.kind == LineKind::Tuition || item.kind == LineKind::Fees)
        text += " at " + format_percent(e.tuition_increase) + " a year";
      else if (item.kind == LineKind::Living)
        text += " at " + format_percent(e.living_increase) + " a year";
      return text;
    }
    case LineBasis::EnteredRaised:
      return "your figure, raised at " + format_percent(e.living_increase) + " a year";
    case LineBasis::Entered:
      break;
  }
  return "your figure";
}

std::string estimate_basis(const Estimate& e) {
  switch (basis_of(e)) {
    case EstimateBasis::Published:
      return "published " + e.figures + " figures";
    case EstimateBasis::Projected:
      return "projected from " + e.figures + " figures";
    case EstimateBasis::PartlyProjected:
      break;
  }
  return "partly projected from " + e.figures + " figures";
}

std::string estimate_basis_with_rates(const Estimate& e) {
  if (basis_of(e) == EstimateBasis::Published) return estimate_basis(e);
  return estimate_basis(e) + " at " + projection_rates(e);
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string basis_sentence(const Estimate& e) {
  const std::string published = "the program's published " + e.figures + " figures";
  const std::string rates = " at " + projection_rates(e) + " (assumed increases)";
  switch (basis_of(e)) {
    case EstimateBasis::Published:
      return "Every amount is from " + published + ".";
    case EstimateBasis::Projected:
      return "Projected: no figures are published for these years, so every amount is " + published + " raised" +
             rates + ".";
    case EstimateBasis::PartlyProjected:
      break;
  }
  const auto first_projected =
      std::find_if(e.terms.begin(), e.terms.end(), [](const TermEstimate& t) { return is_projected(t); });
  return "Partly projected: terms before " + first_projected->label + " use " + published + "; from " +
         first_projected->label + " on, no figures are published, so they are raised" + rates + ".";
}

}  // namespace core
