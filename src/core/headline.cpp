#include "core/headline.hpp"

#include "core/calculate.hpp"

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

std::optional<Headline> difference(const Headline& scenario, const Headline& base,
                                   const std::string& name, const Origin& where, Diagnostics& d) {
  Headline out;
  std::string figure = "cost_total";  // the one being computed, to name it
  auto minus = [&](const char* what, const auto& x, const auto& y, auto& into) {
    figure = what;
    if (x && y) into = *x - *y;
  };
  try {
    out.cost_total = scenario.cost_total - base.cost_total;
    for (const auto& s : scenario.benefit)
      for (const auto& b : base.benefit)
        if (s.payer == b.payer) {
          figure = "benefit." + s.payer;
          out.benefit.push_back({s.payer, s.amount - b.amount});
        }
    minus("benefit_total", scenario.benefit_total, base.benefit_total, out.benefit_total);
    minus("benefit_net_total", scenario.benefit_net_total, base.benefit_net_total,
          out.benefit_net_total);
    minus("net_benefit", scenario.net_benefit, base.net_benefit, out.net_benefit);
    minus("npv", scenario.npv, base.npv, out.npv);
    figure = "ratio";
    if (scenario.ratio && base.ratio)
      out.ratio = Quantity(scenario.ratio->exact() - base.ratio->exact());
    figure = "breakeven_participants";
    long long change = 0;
    if (scenario.breakeven_participants && base.breakeven_participants) {
      if (__builtin_sub_overflow(*scenario.breakeven_participants, *base.breakeven_participants,
                                 &change))
        throw OutOfRange("a result is too large to compute exactly (beyond 64-bit range)");
      out.breakeven_participants = change;
    }
  } catch (const OutOfRange& e) {
    report_out_of_range(d, where, name + " - base: " + figure, e);
    return std::nullopt;
  }
  return out;
}

}  // namespace mkba
