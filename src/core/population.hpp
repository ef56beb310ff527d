#pragma once
// From a few case vignettes to the whole programme: population scaling, the
// payer balance, break-even and cost per unit of reach.

#include <optional>

#include "core/result.hpp"

namespace mkba {

// A payer's basis with its case ids resolved to positions in the analysis.
struct CaseBasis {
  Basis::Kind kind = Basis::Kind::mean;
  std::size_t case_index = 0;                             // single_case
  std::vector<std::pair<std::size_t, Quantity>> weights;  // weights
};

// The basis of each payer of the table, in table order (the population's
// default for a payer it does not name). Needs a population.
std::vector<CaseBasis> case_bases(const Analysis& a);

// One participant's avoided cost by a basis, from each case's amount (in the
// order of the cases): with every case, or with one case left out. This is
// the one definition of each basis. Left out, a basis that is that case (or
// a case mix of only that case) falls back to the mean of the others.
// Built in O(n log n) (a median sorts), then each value in O(1).
class BasisAmounts {
 public:
  BasisAmounts(const CaseBasis& basis, std::vector<Money> values);
  Money all() const { return value(std::nullopt); }
  Money without(std::size_t left_out) const { return value(left_out); }

 private:
  Money value(std::optional<std::size_t> left_out) const;
  Money mean(std::optional<std::size_t> left_out) const;

  CaseBasis basis_;
  std::vector<Money> values_;
  mutable std::optional<Money> sum_;  // of all values, once a mean needs it
  std::vector<std::size_t> rank_;     // median: each case's position in sorted_
  std::vector<Money> sorted_;
  Money weighted_sum_;              // weights: sum of weight x value
  Exact weight_total_;              // and of the weights;
  std::vector<Exact> weight_of_;    // per case, its weights
  std::vector<std::size_t> named_;  // and how many entries name it
};

// "mean", "median", a case id or "weights": the payer's basis.
std::string basis_name(const Analysis& a, const std::string& payer);
// The population from one participant's avoided cost per payer (table order).
PopulationResult population_of(const Analysis& a, const ProgrammeResult& programme,
                               long long participants, const std::vector<Money>& per_participant);

// The net amount of each case per payer in each year of the horizon:
// [year][payer][case], payers in table order. Linear in the lines x years.
std::vector<std::vector<std::vector<Money>>> yearly_case_amounts(const Analysis& a, const Result& r,
                                                                 int years);

// The years of the programme's horizon (1 without one).
int horizon_years(const Analysis& a);

// The year-by-year figures over the programme's horizon, net of additionality,
// with discounting. Needs the programme, case and population results in `r`.
TimeResult timeline(const Analysis& a, const Result& r);
// The programme's cost per year and payer ([year][payer]).
std::vector<std::vector<Money>> yearly_costs(const Analysis& a, const ProgrammeResult& programme,
                                             int years);
// The timeline from the benefit and cost per year and payer ([year][payer]).
TimeResult timeline_of(const Analysis& a, const std::vector<std::vector<Money>>& benefit,
                       const std::vector<std::vector<Money>>& cost);

BalanceResult payer_balance(const PopulationResult& population);

// Needs the programme, case and (when present) population results in `r`.
BreakevenResult breakeven(const Analysis& a, const Result& r);

std::vector<ReachResult> reach(const Analysis& a, const ProgrammeResult& programme);

}  // namespace mkba
