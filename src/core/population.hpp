#pragma once
// From a few case vignettes to the whole programme: the payers' bases, as
// the figure graph (model_graph.hpp) uses them.

#include <optional>

#include "core/result.hpp"

namespace mkba {

// A payer's basis with its case ids resolved to positions in the analysis.
struct CaseBasis {
  Basis::Kind kind = Basis::Kind::mean;
  std::size_t case_index = 0;                             // single_case
  std::vector<std::pair<std::size_t, Quantity>> weights;  // weights
};

// The basis a population gives a payer: its own, else the default.
const Basis& basis_for(const Population& p, const std::string& payer);

// The basis of each payer of the table, in table order (the population's
// default for a payer it does not name). Needs a population.
std::vector<CaseBasis> case_bases(const Analysis& a);

// "mean", "median", a case id or "weights": the payer's basis.
std::string basis_name(const Analysis& a, const std::string& payer);
std::string basis_name(const Basis& basis);

}  // namespace mkba
