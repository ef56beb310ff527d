#pragma once
// The figures a summary or a scenario comparison shows for one run.

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/result.hpp"

namespace mkba {

struct Headline {
  Money cost_total;
  std::optional<long long> participants;  // scaled to, else the programme's
  std::size_t cases = 0;
  std::vector<PayerAmount> benefit;                 // per payer, gross; empty without a population
  std::optional<Money> benefit_total;               // gross
  std::optional<Money> benefit_net_total;           // after additionality
  std::optional<Money> net_benefit;                 // benefit_net_total - cost_total
  std::optional<Quantity> ratio;                    // benefit_net_total / cost_total
  std::optional<Money> npv;                         // over the horizon, when there is one
  std::optional<long long> breakeven_participants;  // at the population basis, or the mean case
};

Headline headline(const Result& result);

// `scenario` - `base`, figure by figure (a figure either lacks is absent),
// for a comparison of scenarios. A difference too large to compute exactly
// is reported at `where`, naming `name` and the figure, and gives none.
std::optional<Headline> difference(const Headline& scenario, const Headline& base,
                                   const std::string& name, const Origin& where, Diagnostics& d);

}  // namespace mkba
