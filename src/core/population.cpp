#include "core/population.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/time_value.hpp"

namespace mkba {
namespace {

Money amount_for(const std::vector<PayerAmount>& amounts, const std::string& payer) {
  for (const auto& pa : amounts)
    if (pa.payer == payer) return pa.amount;
  return Money();
}

Money mean(const std::vector<Money>& values) {
  Money sum;
  for (const auto& v : values) sum += v;
  return sum / Quantity::of(static_cast<long long>(values.size()));
}

Money median(std::vector<Money> values) {
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  if (n % 2 == 1) return values[n / 2];
  return (values[n / 2 - 1] + values[n / 2]) / Quantity::of(2);
}

// One participant's avoided cost by a basis, from each case's amount
// (`values` follows the order of the cases).
Money by_basis(const Analysis& a, const Basis& basis, const std::vector<Money>& values) {
  auto value_of = [&](const std::string& id) {
    for (std::size_t i = 0; i < a.cases.size(); ++i)
      if (a.cases[i].id == id) return values[i];
    throw std::logic_error("unvalidated case id " + id);
  };
  switch (basis.kind) {
    case Basis::Kind::mean:
      return mean(values);
    case Basis::Kind::median:
      return median(values);
    case Basis::Kind::single_case:
      return value_of(basis.case_id);
    case Basis::Kind::weights: {
      Money sum;
      Quantity total;
      for (const auto& [id, w] : basis.weights) {
        sum += value_of(id) * w;
        total = total + w;
      }
      return sum / total;
    }
  }
  return Money();
}

std::string basis_name(const Basis& b) {
  switch (b.kind) {
    case Basis::Kind::mean:
      return "mean";
    case Basis::Kind::median:
      return "median";
    case Basis::Kind::single_case:
      return b.case_id;
    case Basis::Kind::weights:
      return "weights";
  }
  return {};
}

const Basis& basis_for(const Population& p, const std::string& payer) {
  for (const auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  return p.default_basis;
}

std::optional<Quantity> ratio(const Money& benefit, const Money& cost) {
  if (cost.is_zero()) return std::nullopt;
  return benefit / cost;
}

std::optional<long long> count_needed(const std::optional<Quantity>& exact) {
  if (!exact) return std::nullopt;
  return static_cast<long long>(exact->exact().ceil());
}

}  // namespace

PopulationResult scale_to_population(const Analysis& a, const Result& r, bool net) {
  const Population& p = *a.population;
  PopulationResult out;
  out.participants = p.participants.value_or(a.programme.participants.value_or(0));
  Quantity n = Quantity::of(out.participants);
  for (const auto& payer : a.tariffs.payers) {
    const Basis& basis = basis_for(p, payer.id);
    PayerPopulation pp;
    pp.payer = payer.id;
    pp.basis = basis_name(basis);
    std::vector<Money> values;
    for (const auto& c : r.cases)
      values.push_back(amount_for(net ? c.net_by_payer : c.by_payer, payer.id));
    pp.per_participant = by_basis(a, basis, values);
    pp.benefit = pp.per_participant * n;
    for (const auto& c : r.programme.cost_by_payer)
      if (c.payer == payer.id) pp.cost = c.amount;
    pp.net = pp.benefit - pp.cost;
    pp.ratio = ratio(pp.benefit, pp.cost);
    out.benefit_total += pp.benefit;
    out.cost_total += pp.cost;
    out.by_payer.push_back(pp);
  }
  out.net_benefit = out.benefit_total - out.cost_total;
  out.ratio = ratio(out.benefit_total, out.cost_total);
  return out;
}

BalanceResult payer_balance(const PopulationResult& population) {
  BalanceResult out;
  Money deficit, surplus;
  for (const auto& p : population.by_payer) {
    if (p.net.is_negative())
      deficit += -p.net;
    else
      surplus += p.net;
  }
  out.transfer_possible = !population.net_benefit.is_negative();
  // Deficits are made whole; surpluses give in proportion to their size.
  // The share of a surplus that is given is computed once: fractions stay small.
  const bool transfers = out.transfer_possible && !deficit.is_zero();
  const Quantity given_share = transfers ? deficit / surplus : Quantity();
  for (const auto& p : population.by_payer) {
    PayerBalance b{p.payer, p.cost, p.benefit, p.net, Money(), p.net};
    if (transfers) b.transfer = p.net.is_negative() ? -p.net : -(p.net * given_share);
    b.net_after_transfer = p.net + b.transfer;
    out.payers.push_back(b);
  }
  return out;
}

BreakevenResult breakeven(const Analysis& a, const Result& r) {
  BreakevenResult out;
  out.cost_total = r.programme.cost_total;
  auto row = [&](std::string id, Money avoided) {
    CaseBreakeven b{std::move(id), avoided, std::nullopt, std::nullopt};
    if (!avoided.is_zero() && !avoided.is_negative()) b.exact = out.cost_total / avoided;
    b.needed = count_needed(b.exact);
    out.cases.push_back(b);
  };
  // Net of additionality: what the programme itself avoids.
  std::vector<Money> totals;
  for (const auto& c : r.cases) {
    row(c.input->id, c.net_total);
    totals.push_back(c.net_total);
  }
  if (!totals.empty()) row("mean", mean(totals));
  if (r.population_net && r.population_net->participants > 0)
    row("population",
        r.population_net->benefit_total / Quantity::of(r.population_net->participants));
  for (const auto& u : a.breakeven_units) {
    UnitBreakeven b;
    b.tariff = a.tariffs.find_tariff(u.tariff);
    b.quantity = u.quantity;
    b.label = u.label;
    b.value = b.tariff->price * u.quantity;
    if (!b.value.is_zero()) b.exact = out.cost_total / b.value;
    b.needed = count_needed(b.exact);
    out.units.push_back(b);
  }
  return out;
}

TimeResult timeline(const Analysis& a, const Result& r) {
  TimeResult out;
  out.years = a.programme.horizon ? a.programme.horizon->years : 1;
  out.start = a.programme.horizon ? a.programme.horizon->start : 0;
  std::vector<Exact> factors = discount_factors(a.programme.discounting, out.years);
  long long participants = r.population_net ? r.population_net->participants : 0;
  for (const auto& payer : a.tariffs.payers)
    out.by_payer.push_back({payer.id, {}, {}, {}, {}, {}, {}});
  Money cumulative;
  for (int year = 1; year <= out.years; ++year) {
    YearRow row;
    row.index = year;
    row.year = out.start ? out.start + year - 1 : 0;
    row.discount_factor = factors[static_cast<std::size_t>(year - 1)];
    Quantity df(row.discount_factor);
    for (std::size_t p = 0; p < a.tariffs.payers.size(); ++p) {
      const std::string& payer = a.tariffs.payers[p].id;
      Money benefit;
      if (a.population && !r.cases.empty()) {
        std::vector<Money> values;
        for (const auto& c : r.cases) {
          Money v;
          for (const auto& l : c.lines)
            if (l.payer == payer)
              v += l.net_amount * Quantity(timing_factor(l.input->timing, year));
          values.push_back(v);
        }
        benefit = by_basis(a, basis_for(*a.population, payer), values) * Quantity::of(participants);
      }
      Money cost;
      for (const auto& c : a.programme.costs)
        if (c.payer == payer)
          cost +=
              c.amount * Quantity(r.programme.cost_index_factor * timing_factor(c.timing, year));
      row.benefit.push_back({payer, benefit});
      row.cost.push_back({payer, cost});
      row.benefit_total += benefit;
      row.cost_total += cost;
      PayerPresentValue& pv = out.by_payer[p];
      pv.benefit += benefit;
      pv.cost += cost;
      pv.pv_benefit += benefit * df;
      pv.pv_cost += cost * df;
    }
    row.net = row.benefit_total - row.cost_total;
    row.net_discounted = row.net * df;
    cumulative += row.net_discounted;
    row.cumulative_discounted = cumulative;
    if (!out.payback && Money() < cumulative) out.payback = year;
    out.benefit_total += row.benefit_total;
    out.cost_total += row.cost_total;
    out.pv_benefit += row.benefit_total * df;
    out.pv_cost += row.cost_total * df;
    out.rows.push_back(row);
  }
  for (auto& pv : out.by_payer) {
    pv.net = pv.benefit - pv.cost;
    pv.npv = pv.pv_benefit - pv.pv_cost;
  }
  out.net_total = out.benefit_total - out.cost_total;
  out.npv = out.pv_benefit - out.pv_cost;
  out.ratio = ratio(out.pv_benefit, out.pv_cost);
  if (!out.pv_cost.is_zero()) out.roi = out.npv / out.pv_cost;
  return out;
}

std::vector<ReachResult> reach(const Analysis& a, const ProgrammeResult& programme) {
  std::vector<ReachResult> out;
  for (const auto& indicator : a.programme.reach) {
    Money annual = indicator.costs.empty() ? programme.cost_total : Money();
    for (const auto& id : indicator.costs)
      for (const auto& cost : a.programme.costs)
        if (cost.id == id) annual += cost.amount * Quantity(programme.cost_index_factor);
    ReachResult rr{&indicator, annual * indicator.months / Quantity::of(12), std::nullopt};
    if (!indicator.count.exact().is_zero()) rr.cost_per_unit = rr.cost / indicator.count;
    out.push_back(rr);
  }
  return out;
}

}  // namespace mkba
