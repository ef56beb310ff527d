// The Result's figures read off the values of the model graph's nodes.
#include <limits>

#include "core/model_graph.hpp"
#include "core/population.hpp"
#include "core/wilson.hpp"

namespace mkba {
namespace {

Money money(const graph::View& v, graph::Id id) { return Money(*v[id]); }

std::optional<Quantity> ratio_of(const graph::View& v, graph::Id id) {
  if (!v[id]) return std::nullopt;
  return Quantity(*v[id]);
}

std::vector<PayerAmount> per_payer(const Analysis& a, const graph::View& v,
                                   const std::vector<graph::Id>& ids) {
  std::vector<PayerAmount> out;
  for (std::size_t p = 0; p < ids.size(); ++p)
    out.push_back({a.tariffs.payers[p].id, money(v, ids[p])});
  return out;
}

std::optional<long long> count_needed(const graph::View& v, graph::Id id) {
  if (!v[id]) return std::nullopt;
  const Int128 needed = v[id]->numerator();
  if (needed > std::numeric_limits<long long>::max())
    throw OutOfRange("a count is too large to compute exactly (beyond 64-bit range)");
  return static_cast<long long>(needed);
}

}  // namespace

void fill_cases(const Analysis& a, const ModelGraph& m, const graph::Values& v, Result& r) {
  r.programme.participants = a.programme.participants;
  r.programme.cost_index_factor = *v[m.cost_index_factor];
  r.programme.cost_total = money(v, m.cost_total);
  r.programme.cost_by_payer = per_payer(a, v, m.cost_by_payer);
  if (m.cost_per_participant) r.programme.cost_per_participant = money(v, *m.cost_per_participant);
  for (std::size_t c = 0; c < m.cases.size(); ++c) {
    const ModelGraph::Case& mc = m.cases[c];
    CaseResult cr;
    cr.index = c;
    for (std::size_t i = 0; i < mc.lines.size(); ++i) {
      const ModelGraph::Line& ml = mc.lines[i];
      cr.lines.push_back({c, i, ml.tariff, a.tariffs.payers[ml.payer].id, *v[ml.index_factor],
                          money(v, ml.price), money(v, ml.amount), *v[ml.net_factor],
                          money(v, ml.net_amount), a.cases[c].avoided[i].side});
    }
    if (mc.sides) {
      const ModelGraph::Sides& s = *mc.sides;
      cr.sides = CaseSides{money(v, s.total[0][0]),           money(v, s.total[0][1]),
                           per_payer(a, v, s.by_payer[0][0]), per_payer(a, v, s.by_payer[0][1]),
                           money(v, s.total[1][0]),           money(v, s.total[1][1]),
                           ratio_of(v, s.reduction)};
    }
    cr.avoided_total = money(v, mc.avoided);
    cr.by_payer = per_payer(a, v, mc.by_payer);
    cr.net_total = money(v, mc.net);
    cr.net_by_payer = per_payer(a, v, mc.net_by_payer);
    for (graph::Id id : mc.by_kind) cr.by_kind.push_back(money(v, id));
    if (mc.transfers) cr.transfers = money(v, *mc.transfers);
    if (mc.cost) cr.programme_cost = money(v, *mc.cost);
    if (mc.balance) cr.balance = money(v, *mc.balance);
    if (mc.balance_cost) cr.balance_cost = money(v, *mc.balance_cost);
    if (mc.ratio) cr.ratio = ratio_of(v, *mc.ratio);
    r.cases.push_back(std::move(cr));
  }
}

PopulationResult population_result(const Analysis& a, const ModelGraph& m,
                                   const ModelGraph::Population& mp, const graph::View& v) {
  PopulationResult out;
  out.participants = static_cast<long long>(v[*m.population_participants]->numerator());
  for (std::size_t p = 0; p < mp.by_payer.size(); ++p) {
    const ModelGraph::PayerPopulation& n = mp.by_payer[p];
    out.by_payer.push_back({a.tariffs.payers[p].id, basis_name(a, a.tariffs.payers[p].id),
                            money(v, n.per_participant), money(v, n.benefit), money(v, n.cost),
                            money(v, n.net), ratio_of(v, n.ratio)});
  }
  out.benefit_total = money(v, mp.benefit_total);
  out.cost_total = money(v, mp.cost_total);
  out.net_benefit = money(v, mp.net_benefit);
  out.ratio = ratio_of(v, mp.ratio);
  for (graph::Id id : mp.by_kind) out.by_kind.push_back(money(v, id));
  return out;
}

TimeResult time_result(const Analysis& a, const ModelGraph& m, const graph::View& v) {
  const ModelGraph::Time& t = *m.time;
  TimeResult out;
  out.years = a.programme.horizon ? a.programme.horizon->years : 1;
  out.start = a.programme.horizon ? a.programme.horizon->start : 0;
  for (std::size_t y = 0; y < t.rows.size(); ++y) {
    const ModelGraph::Year& n = t.rows[y];
    YearRow row;
    row.index = static_cast<int>(y) + 1;
    row.year = out.start ? out.start + row.index - 1 : 0;
    row.discount_factor = *v[n.discount_factor];
    row.benefit = per_payer(a, v, n.benefit);
    row.cost = per_payer(a, v, n.cost);
    row.benefit_total = money(v, n.benefit_total);
    row.cost_total = money(v, n.cost_total);
    row.net = money(v, n.net);
    row.net_discounted = money(v, n.net_discounted);
    row.cumulative_discounted = money(v, n.cumulative);
    if (!out.payback && Money() < row.cumulative_discounted) out.payback = row.index;
    out.rows.push_back(std::move(row));
  }
  for (std::size_t p = 0; p < t.by_payer.size(); ++p) {
    const ModelGraph::PayerTime& n = t.by_payer[p];
    out.by_payer.push_back({a.tariffs.payers[p].id, money(v, n.benefit), money(v, n.cost),
                            money(v, n.net), money(v, n.pv_benefit), money(v, n.pv_cost),
                            money(v, n.npv)});
  }
  out.benefit_total = money(v, t.benefit_total);
  out.cost_total = money(v, t.cost_total);
  out.net_total = money(v, t.net_total);
  out.pv_benefit = money(v, t.pv_benefit);
  out.pv_cost = money(v, t.pv_cost);
  out.npv = money(v, t.npv);
  out.ratio = ratio_of(v, t.ratio);
  out.roi = ratio_of(v, t.roi);
  return out;
}

BalanceResult balance_result(const Analysis& a, const ModelGraph& m, const graph::View& v) {
  const ModelGraph::Population& p = *m.population_net;
  BalanceResult out;
  out.transfer_possible = !v[p.net_benefit]->is_negative();
  for (std::size_t k = 0; k < p.by_payer.size(); ++k)
    out.payers.push_back({a.tariffs.payers[k].id, money(v, p.by_payer[k].cost),
                          money(v, p.by_payer[k].benefit), money(v, p.by_payer[k].net),
                          money(v, m.balance->transfer[k]),
                          money(v, m.balance->net_after_transfer[k])});
  return out;
}

BreakevenResult breakeven_result(const Analysis& a, const ModelGraph& m, const graph::View& v) {
  BreakevenResult out;
  out.cost_total = money(v, m.cost_total);
  for (std::size_t k = 0; k < m.breakeven_cases.size(); ++k) {
    const ModelGraph::Breakeven& b = m.breakeven_cases[k];
    const std::string id = k < a.cases.size()    ? a.cases[k].id
                           : k == a.cases.size() ? "mean"
                                                 : "population";
    out.cases.push_back({id, money(v, b.avoided), ratio_of(v, b.exact), count_needed(v, b.needed)});
  }
  for (std::size_t u = 0; u < m.breakeven_units.size(); ++u) {
    const BreakevenUnit& in = a.breakeven_units[u];
    const ModelGraph::Breakeven& b = m.breakeven_units[u];
    UnitBreakeven row;
    row.tariff =
        static_cast<std::size_t>(a.tariffs.find_tariff(in.tariff) - a.tariffs.tariffs.data());
    row.quantity = in.quantity;
    row.label = in.label;
    row.value = money(v, b.avoided);
    row.exact = ratio_of(v, b.exact);
    row.needed = count_needed(v, b.needed);
    out.units.push_back(row);
  }
  return out;
}

std::vector<ReachResult> reach_result(const Analysis&, const ModelGraph& m, const graph::View& v) {
  std::vector<ReachResult> out;
  for (std::size_t i = 0; i < m.reach.size(); ++i) {
    std::optional<Money> per_unit;
    if (v[m.reach[i].cost_per_unit]) per_unit = money(v, m.reach[i].cost_per_unit);
    out.push_back({i, money(v, m.reach[i].cost), per_unit});
  }
  return out;
}

bool EffectResult::small_sample() const { return n < mkba::small_sample; }

std::vector<EffectResult> effects_result(const Analysis&, const ModelGraph& m,
                                         const graph::View& v) {
  std::vector<EffectResult> out;
  for (std::size_t i = 0; i < m.effects.size(); ++i) {
    const Exact& share = *v[m.effects[i].share];
    const long long n = static_cast<long long>(v[m.effects[i].n]->numerator());
    const Interval w = wilson_interval(share, n);
    out.push_back({i, share, n, w.low, w.high});
  }
  return out;
}

}  // namespace mkba
