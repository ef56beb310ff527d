#include "core/headline.hpp"

namespace mkba {

Headline headline(const Result& r) {
  Headline h;
  h.cost_total = r.programme.cost_total;
  h.participants = r.programme.participants;
  h.cases = r.cases.size();
  if (r.population) {
    const PopulationResult& p = *r.population;
    h.participants = p.participants;
    for (const auto& pp : p.by_payer) h.benefit.push_back({pp.payer, pp.benefit});
    h.benefit_total = p.benefit_total;
    h.benefit_net_total = r.population_net->benefit_total;
    h.net_benefit = r.population_net->net_benefit;
    h.ratio = r.population_net->ratio;
  }
  if (r.time) h.npv = r.time->npv;
  // The population basis when there is one, else the mean case.
  for (const auto& b : r.breakeven.cases)
    if (b.case_id == (r.population ? "population" : "mean")) h.breakeven_participants = b.needed;
  return h;
}

}  // namespace mkba
