// Whether a cost is the program's published figure or a projection of it, worded once for
// every place a cost appears: the calculator screen, its chart, the copied summary, the CSV
// export (and so --calc) and the QR code's caption.
#pragma once
#include <string>

#include "core/calculator.hpp"

namespace core {

enum class EstimateBasis { Published, Projected, PartlyProjected };
EstimateBasis basis_of(const Estimate& e);

inline bool is_projected(const TermEstimate& t) {
  return figures_basis(t.years_ahead) == LineBasis::Projected;
}

// The yearly increases a projection uses: "3.9% a year for tuition and fees, 3.0% for living costs".
std::string projection_rates(const Estimate& e);
// A term's figures: "published 2024-25" or "projected from 2024-25".
std::string term_basis(const Estimate& e, const TermEstimate& t);
// One line's, with its own rate: "published 2024-25", "projected from 2024-25 at 3.9% a year",
// "your figure".
std::string line_basis(const Estimate& e, const LineItem& item);
// The whole estimate's, short: "published 2024-25 figures", "projected from 2024-25 figures"
// or "partly projected from 2024-25 figures".
std::string estimate_basis(const Estimate& e);
// The whole estimate's with its increases when projected: "projected from 2024-25 figures at ...".
std::string estimate_basis_with_rates(const Estimate& e);
// The whole estimate's, as a sentence naming the year, the terms and the increases.
std::string basis_sentence(const Estimate& e);

// The same text with its first letter in upper case.
std::string capitalised(std::string text);

}  // namespace core
