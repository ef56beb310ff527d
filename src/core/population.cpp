#include "core/population.hpp"

#include <algorithm>

namespace mkba {
namespace {

Money amount_for(const CaseResult& c, const std::string& payer) {
  for (const auto& pa : c.by_payer)
    if (pa.payer == payer) return pa.amount;
  return Money();
}

const CaseResult& case_named(const Result& r, const std::string& id) {
  for (const auto& c : r.cases)
    if (c.input->id == id) return c;
  throw std::logic_error("unvalidated case id " + id);
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

Money weighted(const Result& r, const Basis& basis, const std::string& payer) {
  Money sum;
  Quantity total;
  for (const auto& [id, w] : basis.weights) {
    sum += amount_for(case_named(r, id), payer) * w;
    total = total + w;
  }
  return sum / total;
}

Money per_participant(const Result& r, const Basis& basis, const std::string& payer) {
  std::vector<Money> values;
  for (const auto& c : r.cases) values.push_back(amount_for(c, payer));
  switch (basis.kind) {
    case Basis::Kind::mean:
      return mean(values);
    case Basis::Kind::median:
      return median(values);
    case Basis::Kind::single_case:
      return amount_for(case_named(r, basis.case_id), payer);
    case Basis::Kind::weights:
      return weighted(r, basis, payer);
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

PopulationResult scale_to_population(const Analysis& a, const Result& r) {
  const Population& p = *a.population;
  PopulationResult out;
  out.participants = p.participants.value_or(a.programme.participants.value_or(0));
  Quantity n = Quantity::of(out.participants);
  for (const auto& payer : a.tariffs.payers) {
    const Basis& basis = basis_for(p, payer.id);
    PayerPopulation pp;
    pp.payer = payer.id;
    pp.basis = basis_name(basis);
    pp.per_participant = per_participant(r, basis, payer.id);
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
  for (const auto& p : population.by_payer) {
    PayerBalance b{p.payer, p.cost, p.benefit, p.net, Money(), p.net};
    if (out.transfer_possible && !deficit.is_zero()) {
      // Deficits are made whole; surpluses give in proportion to their size.
      b.transfer = p.net.is_negative() ? -p.net : -(deficit * (p.net / surplus));
    }
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
  std::vector<Money> totals;
  for (const auto& c : r.cases) {
    row(c.input->id, c.avoided_total);
    totals.push_back(c.avoided_total);
  }
  if (!totals.empty()) row("mean", mean(totals));
  if (r.population && r.population->participants > 0)
    row("population", r.population->benefit_total / Quantity::of(r.population->participants));
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

std::vector<ReachResult> reach(const Analysis& a, const ProgrammeResult& programme) {
  std::vector<ReachResult> out;
  for (const auto& indicator : a.programme.reach) {
    Money annual = indicator.costs.empty() ? programme.cost_total : Money();
    for (const auto& id : indicator.costs)
      for (const auto& cost : a.programme.costs)
        if (cost.id == id) annual += cost.amount;
    ReachResult rr{&indicator, annual * indicator.months / Quantity::of(12), std::nullopt};
    if (!indicator.count.exact().is_zero()) rr.cost_per_unit = rr.cost / indicator.count;
    out.push_back(rr);
  }
  return out;
}

}  // namespace mkba
