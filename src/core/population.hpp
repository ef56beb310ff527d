#pragma once
// From a few case vignettes to the whole programme: population scaling, the
// payer balance, break-even and cost per unit of reach.

#include "core/result.hpp"

namespace mkba {

// Needs the case results in `r`; `net` scales the amounts after additionality.
PopulationResult scale_to_population(const Analysis& a, const Result& r, bool net);

// The year-by-year figures over the programme's horizon, net of additionality,
// with discounting. Needs the programme, case and population results in `r`.
TimeResult timeline(const Analysis& a, const Result& r);

BalanceResult payer_balance(const PopulationResult& population);

// Needs the programme, case and (when present) population results in `r`.
BreakevenResult breakeven(const Analysis& a, const Result& r);

std::vector<ReachResult> reach(const Analysis& a, const ProgrammeResult& programme);

}  // namespace mkba
