#pragma once
// Generated multi-year programmes, as a user might write them: a horizon
// (mostly five years), a discount preset or rate, recurring lines and costs
// with drop-off and lag, additionality at every level, a price index, a
// population basis, uncertain parameters, scenarios and claims. Every origin
// has a line, so that a test can require each error to be located.
//
// The choices come from a Source with between(lo, hi) and chance(percent):
// test::RandomSource for seeded property tests, the fuzzer's bytes for
// tests/fuzz. No test framework here, so that both can use it.

#include <algorithm>
#include <string>
#include <vector>

#include "core/distributions.hpp"
#include "core/exact.hpp"
#include "core/model.hpp"
#include "core/time_value.hpp"
#include "parameters.hpp"

namespace mkba::test {

template <class Source>
class ProgrammeGenerator {
 public:
  explicit ProgrammeGenerator(Source& source) : s_(source) {}

  Analysis programme() {
    Analysis a;
    a.file = "generated.yaml";
    a.programme.origin = here();
    a.programme.name = "Generated programme";
    payers(a);
    tariffs(a);
    if (s_.chance(30))
      index(a);
    else  // without an index, prices of several years cannot be combined
      for (auto& t : a.tariffs.tariffs) t.price_year = a.tariffs.price_year;
    a.programme.participants = s_.between(1, 5000);
    a.programme.participants_origin = here();
    time(a);
    if (s_.chance(40)) a.programme.adjustments = shares();
    costs(a);
    int cases = static_cast<int>(s_.between(1, 7));
    for (int c = 0; c < cases; ++c) a.cases.push_back(make_case(a, c));
    if (s_.chance(90)) population(a);
    uncertainty(a);
    scenarios(a);
    claims(a);
    return a;
  }

 private:
  Origin here() { return Origin{"generated.yaml", ++line_, 3}; }

  std::size_t pick(std::size_t size) {
    return static_cast<std::size_t>(s_.between(0, static_cast<long long>(size) - 1));
  }

  // A decimal in [0, whole] with at most `places` decimals, as a file writes it.
  Exact decimal(long long whole, int places) {
    long long scale = 1;
    for (int i = s_.between(0, places); i > 0; --i) scale *= 10;
    return Exact::fraction(s_.between(0, whole * scale), scale);
  }

  void payers(Analysis& a) {
    static const char* ids[] = {"gemeente", "zorgverzekeraar", "wlz"};
    a.tariffs.file = "generated-tariffs.yaml";
    a.tariffs.name = "Generated tariffs";
    a.tariffs.currency = "EUR";
    a.tariffs.price_year = 2017;
    for (int p = 0, n = static_cast<int>(s_.between(1, 3)); p < n; ++p)
      a.tariffs.payers.push_back({ids[p], std::string(ids[p]) + " (label)", here()});
  }

  void tariffs(Analysis& a) {
    for (int t = 0, n = static_cast<int>(s_.between(1, 8)); t < n; ++t) {
      Tariff tariff;
      tariff.id = "tariff_" + std::to_string(t);
      tariff.label = "Tariff " + std::to_string(t);
      tariff.unit = tariff.unit_plural = "unit";
      tariff.price = Money(decimal(s_.chance(10) ? 5 : 20'000, s_.chance(20) ? 4 : 2));
      tariff.payer = a.tariffs.payers[pick(a.tariffs.payers.size())].id;
      tariff.price_year = 2017 + static_cast<int>(s_.between(0, 2));
      tariff.origin = here();
      a.tariffs.tariffs.push_back(tariff);
    }
  }

  // A consumer price index for 2015-2024 and an analysis in 2024 prices.
  void index(Analysis& a) {
    IndexSeries series;
    series.name = "index";
    series.origin = here();
    Exact value = Exact::integer(100);
    for (int year = 2015; year <= 2024; ++year) {
      series.values.emplace_back(year, value);
      value = value + decimal(5, 1);
    }
    a.index = series;
    a.programme.year = 2017;
    a.programme.price_year = 2024;
    a.programme.price_year_origin = a.programme.index_origin = here();
  }

  void time(Analysis& a) {
    if (s_.chance(15)) return;  // one year, undiscounted: the net population result
    static const int horizons[] = {5, 5, 5, 1, 3, 10, 30};
    int years = s_.chance(90) ? horizons[pick(7)] : static_cast<int>(s_.between(1, 100));
    a.programme.horizon = Horizon{years, 2024, here()};
    Discounting& d = a.programme.discounting;
    d.origin = here();
    const auto& presets = discount_presets();
    if (s_.chance(80)) {
      d.preset = s_.chance(60) ? "mkba-2021" : presets[pick(presets.size())].name;
      d.rate = *preset_rate(d.preset);
    } else {
      d.preset = "rate";
      d.rate = decimal(800, 0) * Exact::fraction(1, 10'000) - Exact::fraction(2, 100);
    }
    d.first_year_discounted = s_.chance(20);
  }

  Adjustments shares() {
    Adjustments adj;
    adj.origin = here();
    int places = s_.chance(20) ? 6 : 2;
    if (s_.chance(50)) adj.deadweight = decimal(1, places);
    if (s_.chance(50)) adj.attribution = decimal(1, places);
    if (s_.chance(20)) adj.displacement = decimal(1, places);
    if (s_.chance(20)) adj.probability = decimal(1, places);
    return adj;
  }

  Timing timing(const Analysis& a) {
    Timing t;
    t.origin = here();
    if (!a.programme.horizon) return t;
    const int years = a.programme.horizon->years;
    if (s_.chance(60)) {
      t.years = static_cast<int>(s_.between(1, years));
      static const char* drop_offs[] = {"0", "0.01", "0.01", "0.05", "0.2"};
      t.drop_off = s_.chance(80) ? *parse_decimal(drop_offs[pick(5)], 6, 1).value : decimal(1, 4);
    }
    if (s_.chance(30)) t.lag = static_cast<int>(s_.between(0, 3));
    return t;
  }

  void costs(Analysis& a) {
    for (int c = 0, n = static_cast<int>(s_.between(0, 3)); c < n; ++c) {
      ProgrammeCost cost;
      cost.id = s_.chance(50) ? "cost-" + std::to_string(c + 1) : "";
      cost.label = "Cost " + std::to_string(c + 1);
      cost.amount = Money(decimal(2'000'000, 2));
      cost.payer = a.tariffs.payers[pick(a.tariffs.payers.size())].id;
      cost.timing = timing(a);
      cost.origin = cost.payer_origin = here();
      a.programme.costs.push_back(cost);
    }
  }

  Case make_case(const Analysis& a, int c) {
    Case kase;
    kase.id = "case-" + std::to_string(c + 1);
    kase.title = "Case " + std::to_string(c + 1);
    kase.origin = here();
    if (s_.chance(30)) kase.adjustments = shares();
    for (int l = 0, n = static_cast<int>(s_.between(1, 5)); l < n; ++l) {
      AvoidedLine line;
      line.tariff = a.tariffs.tariffs[pick(a.tariffs.tariffs.size())].id;
      line.quantity = Quantity(decimal(60, 2));
      line.per = static_cast<Period>(s_.between(0, 4));
      if (line.per != Period::none) line.periods = Quantity(decimal(52, 1));
      if (s_.chance(15)) line.payer = a.tariffs.payers[pick(a.tariffs.payers.size())].id;
      if (s_.chance(20)) line.adjustments = shares();
      if (s_.chance(20)) line.kind = benefit_kinds[pick(3)];
      line.timing = timing(a);
      line.origin = line.tariff_origin = line.payer_origin = here();
      kase.avoided.push_back(line);
    }
    // With and without the programme: the last lines are with-lines.
    if (s_.chance(25)) {
      kase.two_sided = true;
      for (std::size_t i = pick(kase.avoided.size()); i < kase.avoided.size(); ++i)
        kase.avoided[i].side = Side::with;
    }
    // The programme's own effort in the case: a plain line, after the others.
    if (s_.chance(15)) {
      AvoidedLine cost;
      cost.side = Side::cost;
      cost.tariff = a.tariffs.tariffs[pick(a.tariffs.tariffs.size())].id;
      cost.quantity = Quantity(decimal(40, 1));
      cost.timing = timing(a);
      cost.origin = cost.tariff_origin = cost.payer_origin = here();
      kase.avoided.push_back(cost);
    }
    return kase;
  }

  Basis basis(const Analysis& a) {
    Basis b;
    b.origin = here();
    const std::size_t n = a.cases.size();
    switch (s_.between(0, 4)) {
      case 0:
        break;
      case 1:
        b.kind = Basis::Kind::median;
        break;
      case 2:
        b.kind = Basis::Kind::single_case;
        b.case_id = a.cases[pick(n)].id;
        break;
      case 3: {  // shares in hundredths that sum to exactly 1
        b.kind = Basis::Kind::weights;
        long long left = 100;
        for (std::size_t i = 0; i < n; ++i) {
          long long share = i + 1 == n ? left : s_.between(0, left);
          left -= share;
          b.weights.push_back({a.cases[i].id, Quantity(Exact::fraction(share, 100))});
        }
        break;
      }
      default:  // whole counts, the first positive
        b.kind = Basis::Kind::weights;
        for (std::size_t i = 0; i < n; ++i)
          b.weights.push_back({a.cases[i].id, Quantity::of(s_.between(i == 0 ? 1 : 0, 12))});
    }
    for (std::size_t i = 0; i < b.weights.size(); ++i) b.weight_origins.push_back(here());
    return b;
  }

  void population(Analysis& a) {
    Population p;
    p.origin = here();
    if (s_.chance(50)) {
      p.participants = s_.between(1, 5000);
      p.participants_origin = here();
    }
    for (const auto& payer : a.tariffs.payers)
      if (s_.chance(40)) p.payer_basis.push_back({payer.id, basis(a)});
    a.population = p;
    a.population->default_basis = basis(a);
  }

  // ---- Uncertain parameters, scenarios, claims -----------------------------

  using Kind = uncertain::Distribution::Kind;

  static double to_double(const Exact& e) {
    return static_cast<double>(e.numerator()) / static_cast<double>(e.denominator());
  }

  // A distribution around `v` on [0, top], as an override path takes it.
  uncertain::Distribution around(double v, double top) {
    const double lo = std::max(0.0, v * 0.5), hi = std::min(top, v * 1.5 + 1);
    switch (s_.between(0, 3)) {
      case 0:
        return uncertain::Distribution::of(Kind::range, lo, hi);
      case 1:
        return uncertain::Distribution::of(Kind::triangular, lo, std::min(hi, std::max(lo, v)), hi);
      case 2:
        return uncertain::Distribution::of(Kind::pert, lo, std::min(hi, std::max(lo, v)), hi);
      default:
        return uncertain::Distribution::of(Kind::uniform, lo, hi);
    }
  }

  uncertain::Distribution share_distribution() {
    if (s_.chance(50))
      return uncertain::Distribution::of(Kind::beta, 0.1 + 0.8 * s_.chance(50), 0.05);
    const double lo = static_cast<double>(s_.between(0, 50)) / 100;
    return uncertain::Distribution::of(Kind::range, lo,
                                       lo + static_cast<double>(s_.between(1, 50)) / 100);
  }

  std::string share_name() {
    static const char* names[] = {"deadweight", "attribution", "displacement", "probability"};
    return names[pick(4)];
  }

  void uncertain_about(Analysis& a, std::string path, uncertain::Distribution d) {
    if (!uncertain::check(d).empty()) d = uncertain::Distribution::of(Kind::range, d.a, d.a);
    a.uncertainty.push_back(test::uncertain(a, path, d, here()));
  }

  void uncertainty(Analysis& a) {
    for (int i = 0, n = static_cast<int>(s_.between(0, 4)); i < n; ++i) {
      const Case& c = a.cases[pick(a.cases.size())];
      // An effect line (additionality applies to it), not a cost line.
      std::vector<std::size_t> effects;
      for (std::size_t i = 0; i < c.avoided.size(); ++i)
        if (c.avoided[i].side != Side::cost) effects.push_back(i);
      const std::size_t l = effects[pick(effects.size())];
      // A line's path names its side and its position on that side.
      const Side side = c.avoided[l].side;
      std::size_t position = 0;
      for (std::size_t i = 0; i <= l; ++i) position += c.avoided[i].side == side;
      const std::string line = "cases." + c.id + (side == Side::with ? ".with." : ".avoided.") +
                               std::to_string(position);
      switch (s_.between(0, 9)) {
        case 0:
        case 1: {
          const Tariff& t = a.tariffs.tariffs[pick(a.tariffs.tariffs.size())];
          uncertain_about(a, "tariffs." + t.id + ".price", around(to_double(t.price.exact()), 1e9));
          break;
        }
        case 2:
          uncertain_about(a, line + ".quantity",
                          around(to_double(c.avoided[l].quantity.exact()), 1e6));
          break;
        case 3:
          uncertain_about(a, "adjustments." + share_name(), share_distribution());
          break;
        case 4:
          uncertain_about(a, "cases." + c.id + ".adjustments." + share_name(),
                          share_distribution());
          break;
        case 5:
          uncertain_about(a, line + ".adjustments." + share_name(), share_distribution());
          break;
        case 6:
          uncertain_about(a, "programme.participants",
                          uncertain::Distribution::of(Kind::triangular, 10, 450, 2000));
          break;
        case 7:
          if (a.population)
            uncertain_about(a, "population.participants",
                            uncertain::Distribution::of(Kind::triangular, 10, 450, 2000));
          break;
        case 8:
          if (!a.programme.costs.empty())
            uncertain_about(a, "programme.costs.1.amount",
                            around(to_double(a.programme.costs[0].amount.exact()), 1e9));
          break;
        default:
          if (a.programme.horizon)
            uncertain_about(a, "discounting.rate",
                            uncertain::Distribution::of(Kind::range, 0.01, 0.05));
      }
    }
  }

  void scenarios(Analysis& a) {
    for (int i = 0, n = static_cast<int>(s_.between(0, 2)); i < n; ++i) {
      Scenario sc;
      sc.name = "scenario-" + std::to_string(i + 1);
      sc.origin = here();
      const Tariff& t = a.tariffs.tariffs[pick(a.tariffs.tariffs.size())];
      auto set = [&](const std::string& path, const Value& v) {
        sc.set.push_back(test::set_to(a, path, v, here(), "scenario " + sc.name));
      };
      set("tariffs." + t.id + ".price", Value::of(ValueType::money, decimal(20'000, 2)));
      if (s_.chance(50)) set("adjustments.deadweight", Value::of(ValueType::share, decimal(1, 2)));
      if (a.programme.horizon && s_.chance(30))
        set("discounting.preset", Value::named("mkba-2016"));
      if (s_.chance(30))
        set("programme.participants",
            Value::of(ValueType::count, Exact::integer(s_.between(1, 900))));
      a.scenarios.push_back(sc);
    }
  }

  void claims(Analysis& a) {
    std::vector<std::string> figures{"programme.cost_total",
                                     "case." + a.cases[0].id + ".avoided_total"};
    if (a.population) figures.push_back("population.benefit_total");
    if (a.programme.horizon) figures.push_back("npv");
    for (int i = 0, n = static_cast<int>(s_.between(0, 3)); i < n; ++i) {
      Claim c;
      c.figure = figures[pick(figures.size())];
      c.value = decimal(10'000'000, 2);
      if (s_.chance(50)) c.precision = Exact::integer(s_.chance(50) ? 1000 : 1);
      c.origin = c.figure_origin = here();
      a.claims.push_back(c);
    }
  }

  Source& s_;
  int line_ = 0;
};

// The analysis without case `c`, its bases repaired as README says: a basis
// on the case falls back to the mean, and weights lose its weight (the mean
// when none is left).
inline Analysis without_case(const Analysis& a, std::size_t c) {
  Analysis out = a;
  const std::string id = a.cases[c].id;
  out.cases.erase(out.cases.begin() + static_cast<long>(c));
  auto repair = [&](Basis& b) {
    if (b.kind == Basis::Kind::single_case && b.case_id == id) b.kind = Basis::Kind::mean;
    if (b.kind != Basis::Kind::weights) return;
    Exact left;
    for (std::size_t i = b.weights.size(); i-- > 0;)
      if (b.weights[i].first == id)
        b.weights.erase(b.weights.begin() + static_cast<long>(i));
      else
        left = left + b.weights[i].second.exact();
    if (left.is_zero()) b.kind = Basis::Kind::mean;
  };
  if (out.population) {
    repair(out.population->default_basis);
    for (auto& [payer, basis] : out.population->payer_basis) repair(basis);
  }
  return out;
}

}  // namespace mkba::test
