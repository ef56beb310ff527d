#include "core/population.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/time_value.hpp"

namespace mkba {
namespace {

const Basis& basis_for(const Population& p, const std::string& payer) {
  for (const auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  return p.default_basis;
}

std::optional<long long> count_needed(const std::optional<Quantity>& exact) {
  if (!exact) return std::nullopt;
  const Int128 needed = exact->exact().ceil();
  if (needed > std::numeric_limits<long long>::max())
    throw OutOfRange("a count is too large to compute exactly (beyond 64-bit range)");
  return static_cast<long long>(needed);
}

}  // namespace

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

std::string basis_name(const Analysis& a, const std::string& payer) {
  return basis_name(basis_for(*a.population, payer));
}

std::vector<CaseBasis> case_bases(const Analysis& a) {
  std::unordered_map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < a.cases.size(); ++i) position.emplace(a.cases[i].id, i);
  auto at = [&](const std::string& id) {
    auto it = position.find(id);
    if (it == position.end()) throw std::logic_error("unvalidated case id " + id);
    return it->second;
  };
  std::vector<CaseBasis> out;
  for (const auto& payer : a.tariffs.payers) {
    const Basis& b = basis_for(*a.population, payer.id);
    CaseBasis cb;
    cb.kind = b.kind;
    if (b.kind == Basis::Kind::single_case) cb.case_index = at(b.case_id);
    for (const auto& [id, w] : b.weights)
      if (b.kind == Basis::Kind::weights) cb.weights.emplace_back(at(id), w);
    out.push_back(std::move(cb));
  }
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
    row(a.cases[c.index].id, c.net_total);
    totals.push_back(c.net_total);
  }
  if (!totals.empty()) {
    Money sum;
    for (const auto& t : totals) sum += t;
    row("mean", sum / Quantity::of(static_cast<long long>(totals.size())));
  }
  if (r.population_net && r.population_net->participants > 0)
    row("population",
        r.population_net->benefit_total / Quantity::of(r.population_net->participants));
  for (const auto& u : a.breakeven_units) {
    UnitBreakeven b;
    const Tariff* tariff = a.tariffs.find_tariff(u.tariff);
    b.tariff = static_cast<std::size_t>(tariff - a.tariffs.tariffs.data());
    b.quantity = u.quantity;
    b.label = u.label;
    b.value = tariff->price * u.quantity;
    if (!b.value.is_zero()) b.exact = out.cost_total / b.value;
    b.needed = count_needed(b.exact);
    out.units.push_back(b);
  }
  return out;
}

std::vector<ReachResult> reach(const Analysis& a, const ProgrammeResult& programme) {
  std::vector<ReachResult> out;
  for (std::size_t i = 0; i < a.programme.reach.size(); ++i) {
    const ReachIndicator& indicator = a.programme.reach[i];
    Money annual = indicator.costs.empty() ? programme.cost_total : Money();
    for (const auto& id : indicator.costs)
      for (const auto& cost : a.programme.costs)
        if (cost.id == id) annual += cost.amount * Quantity(programme.cost_index_factor);
    ReachResult rr{i, annual * indicator.months / Quantity::of(12), std::nullopt};
    if (!indicator.count.exact().is_zero()) rr.cost_per_unit = rr.cost / indicator.count;
    out.push_back(rr);
  }
  return out;
}

}  // namespace mkba
