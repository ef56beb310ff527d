#include <algorithm>
#include <set>

#include "core/calculate.hpp"
#include "core/suggest.hpp"

namespace mkba {
namespace {

bool out_of_range(const Money& m) { return m > money_limit() || -m > money_limit(); }

void check_payer(const TariffTable& table, const std::string& id, const Origin& where,
                 Diagnostics& d) {
  if (!table.find_payer(id))
    d.error(where, "unknown payer '" + id + "'", did_you_mean(id, table.payer_ids()));
}

void check_line(const TariffTable& table, const AvoidedLine& line, Diagnostics& d) {
  const Tariff* tariff = table.find_tariff(line.tariff);
  if (!tariff) {
    d.error(line.tariff_origin, "unknown tariff '" + line.tariff + "'",
            did_you_mean(line.tariff, table.tariff_ids()));
    return;
  }
  if (line.payer) check_payer(table, *line.payer, line.payer_origin, d);
  try {
    if (out_of_range(tariff->price * line.quantity * line.periods))
      d.error(line.origin, "this line's amount exceeds the money range (EUR 10^15)");
  } catch (const OutOfRange&) {
    d.error(line.origin, "this line's amount exceeds the money range (EUR 10^15)");
  }
}

void check_tariff_table(const TariffTable& table, Diagnostics& d) {
  for (const auto& t : table.tariffs) check_payer(table, t.payer, t.origin, d);
}

void check_basis(const Analysis& a, const Basis& basis, Diagnostics& d) {
  std::vector<std::string> ids;
  for (const auto& c : a.cases) ids.push_back(c.id);
  auto known = [&](const std::string& id) {
    for (const auto& c : a.cases)
      if (c.id == id) return true;
    return false;
  };
  if (basis.kind == Basis::Kind::single_case && !known(basis.case_id))
    d.error(basis.origin, "unknown case '" + basis.case_id + "'", did_you_mean(basis.case_id, ids));
  if (basis.kind != Basis::Kind::weights) return;
  Quantity sum;
  bool all_whole = true;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < basis.weights.size(); ++i) {
    const auto& [id, w] = basis.weights[i];
    if (!known(id))
      d.error(basis.weight_origins[i], "unknown case '" + id + "'", did_you_mean(id, ids));
    sum = sum + w;
    all_whole = all_whole && w.exact().is_integer();
  }
  if (basis.weights.empty())
    d.error(basis.origin, "weights name no case",
            "give each case a share, e.g. {casus-1: 0.5, casus-2: 0.5}");
  else if (sum != Quantity::of(1) && !all_whole)
    d.error(basis.origin, "weights must be shares that sum to 1, or whole counts",
            "these sum to " + to_plain(sum.exact(), 4));
  else if (sum.exact().is_zero())
    d.error(basis.origin, "weights sum to 0", "give at least one case a positive count");
}

void check_population(const Analysis& a, const Population& p, Diagnostics& d) {
  if (a.cases.empty()) {
    d.error(p.origin, "a population block needs at least one case to scale",
            "add cases, or remove the population block");
    return;
  }
  if (!p.participants && !a.programme.participants)
    d.error(p.origin, "the population has no number of participants",
            "add 'participants: N' to the population or the programme");
  for (const auto& [payer, basis] : p.payer_basis) {
    if (payer != "default") check_payer(a.tariffs, payer, basis.origin, d);
    check_basis(a, basis, d);
  }
  check_basis(a, p.default_basis, d);
}

}  // namespace

Money money_limit() { return Money(Exact::fraction(1'000'000'000'000'000LL, 1)); }

Diagnostics validate(const TariffTable& table) {
  Diagnostics d;
  check_tariff_table(table, d);
  return d;
}

Diagnostics validate(const Analysis& a) {
  Diagnostics d;
  check_tariff_table(a.tariffs, d);
  for (const auto& cost : a.programme.costs)
    check_payer(a.tariffs, cost.payer, cost.payer_origin, d);
  for (const auto& c : a.cases)
    for (const auto& line : c.avoided) check_line(a.tariffs, line, d);
  if (a.population) check_population(a, *a.population, d);
  std::vector<std::string> cost_ids;
  for (const auto& cost : a.programme.costs)
    if (!cost.id.empty()) cost_ids.push_back(cost.id);
  for (const auto& r : a.programme.reach)
    for (std::size_t i = 0; i < r.costs.size(); ++i)
      if (std::find(cost_ids.begin(), cost_ids.end(), r.costs[i]) == cost_ids.end())
        d.error(r.cost_origins[i], "unknown programme cost '" + r.costs[i] + "'",
                did_you_mean(r.costs[i], cost_ids));
  for (const auto& u : a.breakeven_units)
    if (!a.tariffs.find_tariff(u.tariff))
      d.error(u.origin, "unknown tariff '" + u.tariff + "'",
              did_you_mean(u.tariff, a.tariffs.tariff_ids()));
  return d;
}

}  // namespace mkba
