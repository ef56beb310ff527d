#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/calculate.hpp"
#include "core/population.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"

namespace mkba {
namespace {

bool out_of_range(const Money& m) { return m > money_limit() || -m > money_limit(); }

void check_payer(const TariffTable& table, const std::string& id, const Origin& where,
                 Diagnostics& d) {
  if (!table.find_payer(id))
    d.error(where, "unknown payer '" + shorten(id) + "'", did_you_mean(id, table.payer_ids()));
}

// A transfer moves an amount from one actor to another: its counterpart is
// known and is not the line's own payer.
void check_transfer(const TariffTable& table, const Tariff& tariff, const AvoidedLine& line,
                    Diagnostics& d) {
  if (!table.find_payer(line.transfer)) {
    const std::string close = did_you_mean(line.transfer, table.payer_ids());
    const std::string declare = "declare the participant or another actor under 'actors:'";
    d.error(line.transfer_origin, "unknown actor '" + shorten(line.transfer) + "' for transfer",
            close.empty() ? declare : close);
    return;
  }
  if (line.transfer == line.payer.value_or(tariff.payer))
    d.error(
        line.transfer_origin,
        "a transfer without a counterpart: '" + shorten(line.transfer) + "' is the line's payer",
        "name the actor that loses what the payer gains, e.g. transfer: deelnemer");
}

void check_line(const TariffTable& table, const TariffIndex& tariffs, const AvoidedLine& line,
                Diagnostics& d) {
  const Tariff* tariff = tariffs.find(line.tariff);
  if (!tariff) {
    d.error(line.tariff_origin, "unknown tariff '" + shorten(line.tariff) + "'",
            did_you_mean(line.tariff, table.tariff_ids()));
    return;
  }
  if (line.payer) check_payer(table, *line.payer, line.payer_origin, d);
  if (!line.transfer.empty()) check_transfer(table, *tariff, line, d);
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
  const std::unordered_set<std::string> case_ids(ids.begin(), ids.end());
  auto known = [&](const std::string& id) { return case_ids.count(id) > 0; };
  if (basis.kind == Basis::Kind::single_case && !known(basis.case_id))
    d.error(basis.origin, "unknown case '" + shorten(basis.case_id) + "'",
            did_you_mean(basis.case_id, ids));
  if (basis.kind != Basis::Kind::weights) return;
  Quantity sum;
  bool all_whole = true;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < basis.weights.size(); ++i) {
    const auto& [id, w] = basis.weights[i];
    if (!known(id))
      d.error(basis.weight_origins[i], "unknown case '" + shorten(id) + "'", did_you_mean(id, ids));
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

bool same_basis(const Basis& x, const Basis& y) {
  if (basis_name(x) != basis_name(y) || x.weights.size() != y.weights.size()) return false;
  for (std::size_t k = 0; k < x.weights.size(); ++k)
    if (x.weights[k].first != y.weights[k].first ||
        x.weights[k].second.exact() != y.weights[k].second.exact())
      return false;
  return true;
}

// A transfer nets to zero in the population only when its payer and its
// counterpart scale the cases alike.
void check_transfer_bases(const Analysis& a, const Population& p, Diagnostics& d) {
  const TariffIndex tariffs(a.tariffs);
  for (const auto& c : a.cases)
    for (const auto& line : c.avoided) {
      const Tariff* tariff = tariffs.find(line.tariff);
      if (line.transfer.empty() || !tariff) continue;
      const std::string payer = line.payer.value_or(tariff->payer);
      if (!same_basis(basis_for(p, payer), basis_for(p, line.transfer)))
        d.error(line.transfer_origin,
                "the transfer's payer '" + shorten(payer) + "' and its counterpart '" +
                    shorten(line.transfer) + "' scale to the population by different bases",
                "a transfer nets to zero only when both scale alike: give them the same basis");
    }
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
  check_transfer_bases(a, p, d);
}

void check_timing(const Analysis& a, const Timing& t, Diagnostics& d) {
  if ((t.lag != 0 || t.years != 1) && !a.programme.horizon)
    d.error(t.origin, "'recurring' and 'lag' need a horizon",
            "add 'horizon: {years: N, start: YEAR}' to the programme");
}

// Without conversion, the lines' prices must all be of one price year: amounts
// of different years do not add up (two tables combined, most often).
void check_one_price_year(const Analysis& a, Diagnostics& d) {
  const Tariff* first = nullptr;
  for (const auto& c : a.cases)
    for (const auto& line : c.avoided) {
      const Tariff* t = a.tariffs.find_tariff(line.tariff);
      if (!t) continue;
      if (!first) first = t;
      if (t->price_year == first->price_year) continue;
      d.error(line.tariff_origin,
              "tariff '" + t->id + "' has prices of " + std::to_string(t->price_year) +
                  ", tariff '" + first->id + "' of " + std::to_string(first->price_year) +
                  ": amounts of different price years do not add up",
              "give the programme a price_year and an index to convert them to one price level");
      return;
    }
}

void check_price_level(const Analysis& a, Diagnostics& d) {
  const Programme& p = a.programme;
  if (p.price_year == 0) {
    if (!p.index_path.empty())
      d.error(p.index_origin, "an index series without a price year converts nothing",
              "add 'price_year: YEAR' to the programme, or pass --price-year");
    else
      check_one_price_year(a, d);
    return;
  }
  if (!a.index) {
    d.error(p.price_year_origin, "a price year needs an index series to convert prices",
            "add 'index: ../tariffs/index/cbs-cpi.yaml' to the programme");
    return;
  }
  auto covered = [&](int year, const Origin& where, const std::string& what) {
    if (a.index->at(year)) return;
    std::string years = a.index->values.empty()
                            ? "none"
                            : std::to_string(a.index->values.front().first) + "-" +
                                  std::to_string(a.index->values.back().first);
    d.error(where,
            what + ": the index series '" + shorten(a.index->name) + "' has no value for " +
                std::to_string(year),
            "it covers " + years);
  };
  covered(p.price_year, p.price_year_origin, "price_year");
  for (const auto& t : a.tariffs.tariffs) {
    if (t.price_year == 0)
      d.error(t.origin, "tariff '" + shorten(t.id) + "' has no price year to convert from",
              "give the tariff or its table a price_year");
    else
      covered(t.price_year, t.origin,
              "tariff '" + shorten(t.id) + "' (price year " + std::to_string(t.price_year) + ")");
  }
  if (!p.costs.empty()) {
    if (p.year == 0)
      d.error(p.origin, "the programme's costs have no price year to convert from",
              "give the programme a year: its costs are taken to be in that year's prices");
    else
      covered(p.year, p.origin, "the programme's costs (year " + std::to_string(p.year) + ")");
  }
}

void check_time(const Analysis& a, Diagnostics& d) {
  const Programme& p = a.programme;
  if (p.discounting.rate.is_negative() && p.horizon && p.horizon->years > 100)
    d.error(p.discounting.origin,
            "a negative discount rate is not allowed with a horizon over 100 years",
            "the MKBA-leidraad allows negative rates only for shorter horizons");
  for (const auto& c : p.costs) check_timing(a, c.timing, d);
  for (const auto& c : a.cases)
    for (const auto& l : c.avoided) check_timing(a, l.timing, d);
  check_price_level(a, d);
}

// A claim checked on a scenario must name one the file defines.
void check_claim_scenarios(const Analysis& a, Diagnostics& d) {
  std::vector<std::string> names;
  for (const auto& sc : a.scenarios) names.push_back(sc.name);
  for (const auto& c : a.claims)
    if (!c.scenario.empty() && std::find(names.begin(), names.end(), c.scenario) == names.end())
      d.error(c.scenario_origin, "unknown scenario '" + shorten(c.scenario) + "'",
              names.empty() ? "the file defines no scenarios" : did_you_mean(c.scenario, names));
}

// A composite is the mean of measured effects: each part known, and not
// itself a composite (so that no mean is of itself).
void check_effects(const std::vector<Effect>& effects, Diagnostics& d) {
  std::vector<std::string> measured;
  std::unordered_set<std::string> composites;
  for (const auto& e : effects)
    if (e.composite())
      composites.insert(e.id);
    else
      measured.push_back(e.id);
  const std::unordered_set<std::string> known(measured.begin(), measured.end());
  for (const auto& e : effects)
    for (std::size_t i = 0; i < e.mean_of.size(); ++i) {
      const std::string& part = e.mean_of[i];
      if (known.count(part)) continue;
      if (composites.count(part))
        d.error(e.part_origins[i], "effect '" + shorten(part) + "' is itself a composite",
                "a composite is the mean of measured effects: name its parts instead");
      else
        d.error(e.part_origins[i], "unknown effect '" + shorten(part) + "'",
                did_you_mean(part, measured));
    }
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
  const TariffIndex tariffs(a.tariffs);
  for (const auto& c : a.cases)
    for (const auto& line : c.avoided) check_line(a.tariffs, tariffs, line, d);
  if (a.population) check_population(a, *a.population, d);
  check_time(a, d);
  std::vector<std::string> cost_ids;
  for (const auto& cost : a.programme.costs)
    if (!cost.id.empty()) cost_ids.push_back(cost.id);
  for (const auto& r : a.programme.reach)
    for (std::size_t i = 0; i < r.costs.size(); ++i)
      if (std::find(cost_ids.begin(), cost_ids.end(), r.costs[i]) == cost_ids.end())
        d.error(r.cost_origins[i], "unknown programme cost '" + shorten(r.costs[i]) + "'",
                did_you_mean(r.costs[i], cost_ids));
  for (const auto& u : a.breakeven_units)
    if (!a.tariffs.find_tariff(u.tariff))
      d.error(u.origin, "unknown tariff '" + shorten(u.tariff) + "'",
              did_you_mean(u.tariff, a.tariffs.tariff_ids()));
  check_claim_scenarios(a, d);
  check_effects(a.effects, d);
  return d;
}

}  // namespace mkba
