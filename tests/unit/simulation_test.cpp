// The fast evaluator of simulations against the exact model: the bundled
// cases and generated programmes with uncertain parameters at every level,
// with and without bootstrap over the cases; the fallback to the exact model;
// the same numbers for any number of threads.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "analysis_builder.hpp"
#include "bundled.hpp"
#include "core/calculate.hpp"
#include "core/draw_model.hpp"
#include "core/simulation.hpp"
#include "load/loaders.hpp"
#include "parameters.hpp"
#include "random_source.hpp"

using namespace mkba;

namespace {

uncertain::Distribution triangular(double low, double mode, double high) {
  uncertain::Distribution d;
  d.kind = uncertain::Distribution::Kind::triangular;
  d.a = low;
  d.b = mode;
  d.c = high;
  return d;
}

uncertain::Distribution beta(double mean, double sd) {
  uncertain::Distribution d;
  d.kind = uncertain::Distribution::Kind::beta;
  d.a = mean;
  d.b = sd;
  return d;
}

double to_double(const Exact& e) {
  return static_cast<double>(e.numerator()) / static_cast<double>(e.denominator());
}

void uncertain_about(Analysis& a, const std::string& path, uncertain::Distribution d) {
  a.uncertainty.push_back(test::uncertain(a, path, d));
}

// A range of +-25% around a positive value, as a triangular distribution.
uncertain::Distribution around(double v) { return triangular(v * 0.75, v, v * 1.25 + 0.01); }

SimulationResult run(const Analysis& a, bool fast, std::size_t draws, bool bootstrap = false,
                     int jobs = 1) {
  SimulationOptions o;
  o.seed = 17;
  o.draws = draws;
  o.jobs = jobs;
  o.bootstrap_cases = bootstrap;
  o.keep_draws = true;
  Diagnostics d;
  std::optional<DrawModel> model;
  if (fast) model = DrawModel::compile(a, bootstrap);
  SimulationResult r = simulate_with(a, model ? &*model : nullptr, o, d);
  INFO((d.empty() ? std::string() : d.items().front().message));
  REQUIRE(d.empty());
  return r;
}

// Every draw of the fast run against the exact run: the same parameters, and
// figures that agree to 1e-9 of the size of the amounts involved.
void check_same_draws(const Analysis& a, bool bootstrap, std::size_t draws = 64) {
  SimulationResult exact = run(a, false, draws, bootstrap);
  SimulationResult fast = run(a, true, draws, bootstrap);
  REQUIRE(exact.evaluator == Evaluator::exact);
  REQUIRE(fast.evaluator == Evaluator::fast);
  CHECK(fast.exact_draws == 0);
  REQUIRE(fast.rows.size() == exact.rows.size());
  const std::size_t parameters = a.uncertainty.size();
  for (std::size_t i = 0; i < draws; ++i) {
    const double* x = &fast.rows[i * fast.row_width];
    const double* y = &exact.rows[i * exact.row_width];
    double size = 1;
    for (std::size_t k = parameters; k < fast.row_width; ++k)
      if (k != parameters + 1) size = std::max(size, std::abs(y[k]));
    for (std::size_t k = 0; k < fast.row_width; ++k) {
      INFO("draw " << i << ", column " << k);
      if (k < parameters) {
        CHECK(x[k] == y[k]);
      } else if (std::isnan(y[k])) {
        CHECK(std::isnan(x[k]));
      } else {
        double scale = k == parameters + 1 ? std::max(1.0, std::abs(y[k])) : size;
        CHECK(std::abs(x[k] - y[k]) <= 1e-9 * scale);
      }
    }
  }
}

Analysis load_case(const std::string& name) { return test::load_bundled(name); }

// Uncertain parameters at every level a path reaches, besides the file's own.
void add_parameters(Analysis& a, bool with_cases) {
  for (const auto& t : a.tariffs.tariffs)
    uncertain_about(a, "tariffs." + t.id + ".price", around(to_double(t.price.exact())));
  for (std::size_t i = 0; i < a.programme.costs.size(); ++i)
    uncertain_about(a, "programme.costs." + std::to_string(i + 1) + ".amount",
                    around(to_double(a.programme.costs[i].amount.exact())));
  if (a.population) uncertain_about(a, "population.participants", triangular(200, 450, 700));
  uncertain_about(a, "adjustments.attribution", beta(0.6, 0.15));
  if (!with_cases) return;
  // Shares of 6 decimals on top of each other soon outgrow the exact model's
  // 128-bit fractions, the more so with 12-decimal year factors: one at each
  // level, on different cases, and none with a horizon.
  if (a.programme.horizon) {  // one quantity
    uncertain_about(a, "cases." + a.cases.back().id + ".avoided.1.quantity",
                    around(to_double(a.cases.back().avoided.front().quantity.exact())));
    return;
  }
  {
    uncertain_about(a, "cases." + a.cases.front().id + ".adjustments.deadweight", beta(0.2, 0.1));
    uncertain_about(a, "cases." + a.cases.back().id + ".avoided.1.adjustments.probability",
                    beta(0.7, 0.1));
  }
  for (const auto& c : a.cases) {
    const AvoidedLine& l = c.avoided.front();
    uncertain_about(a, "cases." + c.id + ".avoided.1.quantity",
                    around(to_double(l.quantity.exact())));
    if (l.per != Period::none)
      uncertain_about(a, "cases." + c.id + ".avoided.1.for", around(to_double(l.periods.exact())));
  }
}

// ---- Generated programmes ---------------------------------------------------

class Generator : test::RandomSource {
 public:
  using RandomSource::RandomSource;

  Analysis programme() {
    Analysis a;
    a.file = "random.yaml";
    int payers = static_cast<int>(between(1, 3));
    for (int p = 0; p < payers; ++p) a.tariffs.payers.push_back({"p" + std::to_string(p), "", {}});
    int tariffs = static_cast<int>(between(1, 6));
    for (int t = 0; t < tariffs; ++t) {
      Tariff tariff;
      tariff.id = tariff.label = "t" + std::to_string(t);
      tariff.price = Money(decimal_places(5'000, 2));
      tariff.payer = payer(a);
      a.tariffs.tariffs.push_back(tariff);
    }
    a.programme.name = "Random";
    a.programme.participants = between(1, 2000);
    int costs = static_cast<int>(between(0, 3));
    for (int c = 0; c < costs; ++c)
      a.programme.costs.push_back(test::cost("", "cost", "0", payer(a)));
    for (auto& c : a.programme.costs) c.amount = Money(decimal_places(500'000, 2));
    if (chance(40)) a.programme.adjustments = shares();
    int cases = static_cast<int>(between(1, 5));
    for (int c = 0; c < cases; ++c) {
      Case kase;
      kase.id = "case-" + std::to_string(c + 1);
      if (chance(40)) kase.adjustments = shares();
      int lines = static_cast<int>(between(1, 4));
      for (int l = 0; l < lines; ++l) {
        AvoidedLine line;
        line.tariff = a.tariffs.tariffs[static_cast<std::size_t>(between(0, tariffs - 1))].id;
        line.quantity = Quantity(decimal_places(30, 1));
        line.per = chance(50) ? Period::week : Period::none;
        if (line.per != Period::none) line.periods = Quantity(decimal_places(52, 0));
        if (chance(20)) line.payer = payer(a);
        if (chance(30)) line.adjustments = shares();
        kase.avoided.push_back(line);
      }
      a.cases.push_back(kase);
    }
    timed_ = chance(40);
    if (timed_) {
      a.programme.horizon = Horizon{static_cast<int>(between(1, 12)), 2020, {"random.yaml", 1, 1}};
      a.programme.discounting.rate = Exact::fraction(between(0, 50), 1000);
      a.programme.discounting.first_year_discounted = chance(50);
      a.programme.discounting.origin = {"random.yaml", 2, 1};
      for (auto& c : a.programme.costs) timing(c.timing, a);
      for (auto& c : a.cases)
        for (auto& l : c.avoided) timing(l.timing, a);
    }
    if (!timed_ || chance(80)) {
      Population p;
      if (chance(50)) p.participants = between(1, 2000);
      for (const auto& pay : a.tariffs.payers)
        if (chance(40)) p.payer_basis.push_back({pay.id, basis(a)});
      p.default_basis = basis(a);
      a.population = p;
    }
    parameters(a);
    return a;
  }

 private:
  std::string payer(const Analysis& a) {
    return a.tariffs
        .payers[static_cast<std::size_t>(
            between(0, static_cast<long long>(a.tariffs.payers.size()) - 1))]
        .id;
  }

  Adjustments shares() {
    Adjustments adj;
    if (chance(50)) adj.deadweight = decimal_places(1, 2) * Exact::fraction(1, 2);
    if (chance(50)) adj.attribution = decimal_places(1, 2);
    if (chance(30)) adj.displacement = decimal_places(1, 3) * Exact::fraction(1, 3);
    if (chance(30)) adj.probability = decimal_places(1, 2);
    return adj;
  }

  void timing(Timing& t, const Analysis& a) {
    int years = a.programme.horizon->years;
    t.lag = static_cast<int>(between(0, years - 1));
    t.years = static_cast<int>(between(1, years));
    if (chance(50)) t.drop_off = Exact::fraction(between(0, 40), 100);
  }

  Basis basis(const Analysis& a) {
    Basis b;
    auto n = static_cast<long long>(a.cases.size());
    switch (between(0, 3)) {
      case 0:
        break;
      case 1:
        b.kind = Basis::Kind::median;
        break;
      case 2:
        b.kind = Basis::Kind::single_case;
        b.case_id = a.cases[static_cast<std::size_t>(between(0, n - 1))].id;
        break;
      default:
        b.kind = Basis::Kind::weights;
        for (long long i = 0; i < n; ++i)
          b.weights.push_back(
              {a.cases[static_cast<std::size_t>(i)].id, Quantity::of(between(i == 0 ? 1 : 0, 9))});
        b.weight_origins.resize(b.weights.size());
    }
    return b;
  }

  uncertain::Distribution any_distribution(double v) {
    uncertain::Distribution d;
    switch (between(0, 4)) {
      case 0:
        return around(v);
      case 1:
        d.kind = uncertain::Distribution::Kind::uniform;
        d.a = v * 0.5;
        d.b = v * 1.5 + 1;
        return d;
      case 2:
        d.kind = uncertain::Distribution::Kind::pert;
        d.a = v * 0.5;
        d.b = v;
        d.c = v * 2 + 1;
        return d;
      case 3:
        d.kind = uncertain::Distribution::Kind::lognormal;
        d.a = v + 1;
        d.b = (v + 1) * 0.2;
        return d;
      default:
        d.kind = uncertain::Distribution::Kind::gamma;
        d.a = v + 1;
        d.b = (v + 1) * 0.3;
        return d;
    }
  }

  void parameters(Analysis& a) {
    const char* share_names[] = {"deadweight", "attribution", "displacement", "probability"};
    auto share = [&] { return std::string(share_names[between(0, 3)]); };
    auto share_distribution = [&] { return beta(0.2 + 0.6 * chance(50), 0.1); };
    int count = static_cast<int>(between(1, 12)), shares_left = timed_ ? 0 : 2;
    for (int i = 0; i < count; ++i) {
      const Case& c =
          a.cases[static_cast<std::size_t>(between(0, static_cast<long long>(a.cases.size()) - 1))];
      auto line =
          static_cast<std::size_t>(between(0, static_cast<long long>(c.avoided.size()) - 1));
      std::string at_line = "cases." + c.id + ".avoided." + std::to_string(line + 1);
      switch (between(0, 8)) {
        case 0:
          uncertain_about(a, at_line + ".quantity",
                          any_distribution(to_double(c.avoided[line].quantity.exact())));
          break;
        case 1:
          if (shares_left-- > 0)
            uncertain_about(a, "cases." + c.id + ".adjustments." + share(), share_distribution());
          break;
        case 2:
          if (shares_left-- > 0)
            uncertain_about(a, at_line + ".adjustments." + share(), share_distribution());
          break;
        case 3:
        case 4: {
          const Tariff& t = a.tariffs.tariffs[static_cast<std::size_t>(
              between(0, static_cast<long long>(a.tariffs.tariffs.size()) - 1))];
          uncertain_about(a, "tariffs." + t.id + ".price",
                          any_distribution(to_double(t.price.exact())));
          break;
        }
        case 5:
          if (shares_left-- > 0) uncertain_about(a, "adjustments." + share(), share_distribution());
          break;
        case 6:
          if (a.population) uncertain_about(a, "population.participants", around(500));
          break;
        case 7:
          uncertain_about(a, "programme.participants", around(300));
          break;
        default:
          if (!a.programme.costs.empty())
            uncertain_about(a, "programme.costs.1.amount",
                            any_distribution(to_double(a.programme.costs[0].amount.exact())));
      }
    }
  }

  bool timed_ = false;
};

}  // namespace

TEST_CASE("round_to_decimals is the double nearest to the exactly rounded draw") {
  std::mt19937_64 rng(5);
  std::vector<double> values{0.5,      1.5,       2.5,       0.03125,  -0.03125, 0.00005,
                             0.000005, 1.0000005, 123.45675, -0.00001, -0.4,     1e14,
                             0.1,      33,        2.675,     1e-320};
  for (int i = 0; i < 20000; ++i) {
    double scale = std::pow(10.0, std::uniform_int_distribution<int>(-7, 12)(rng));
    values.push_back(std::uniform_real_distribution<double>(-0.1, 1)(rng) * scale);
    values.push_back(static_cast<double>(std::uniform_int_distribution<int>(0, 1 << 20)(rng)) /
                     (1 << std::uniform_int_distribution<int>(0, 20)(rng)));
  }
  for (ValueType type : {ValueType::money, ValueType::share, ValueType::count})
    for (double v : values) {
      const int decimals = decimals_of(type);
      std::optional<Exact> exact = round_double(v, decimals);
      REQUIRE(exact.has_value());
      INFO(type_name(type) << " " << v << " -> " << to_plain(*exact, decimals));
      double read = nearest_double(*exact);
      double fast = round_to_decimals(v, decimals);
      CHECK(std::memcmp(&read, &fast, sizeof read) == 0);
    }
}

// The bundled cases that have a net result to follow (a population or a horizon).
const char* const bundled[] = {"stadskamer.yaml", "stadskamer-meerjarig.yaml"};

TEST_CASE("the fast evaluator computes the exact model's figures: bundled cases") {
  for (const char* name : bundled) {
    INFO("case file " << std::string(name));
    Analysis a = load_case(name);
    add_parameters(a, true);
    check_same_draws(a, false);
  }
}

TEST_CASE("the fast evaluator computes the exact model's figures: bundled cases, bootstrap") {
  for (const char* name : bundled) {
    INFO("case file " << std::string(name));
    Analysis a = load_case(name);  // with its own case parameters
    add_parameters(a, false);
    check_same_draws(a, true);
  }
}

TEST_CASE("with bootstrap, a case parameter follows every copy of its case") {
  // A parameter that sets casus-2's quantity to 30 gives the draws of the
  // file in which that quantity is 30: every resampled copy of casus-2 has it.
  Analysis a = test::stadskamer();
  a.programme.origin = {"stadskamer.yaml", 1, 1};
  uncertain_about(a, "cases.casus-2.avoided.ggz_opname_dag.quantity",
                  uncertain::Distribution::of(uncertain::Distribution::Kind::range, 30, 30));
  uncertain_about(a, "tariffs.dagbesteding.price", triangular(28, 33, 40));
  Analysis written = a;
  written.cases[1].avoided[1].quantity = test::qty("30");
  for (bool fast : {false, true}) {
    CAPTURE(fast);
    SimulationResult with_parameter = run(a, fast, 200, true);
    SimulationResult as_written = run(written, fast, 200, true);
    CHECK(with_parameter.evaluator == (fast ? Evaluator::fast : Evaluator::exact));
    CHECK(with_parameter.rows == as_written.rows);
    CHECK(with_parameter.summaries[0].mean == as_written.summaries[0].mean);
  }
}

TEST_CASE("without a net result to follow there is no fast model") {
  Analysis a = load_case("ggz-in-de-wijk-zuid.yaml");  // no population, no horizon
  uncertain_about(a, "programme.costs.coaches.amount", around(120000));
  CHECK_FALSE(DrawModel::compile(a, false).has_value());
}

TEST_CASE("the fast evaluator computes the exact model's figures: generated programmes") {
  int compared = 0;
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    bool bootstrap = seed % 3 == 0;
    Generator g(seed);
    Analysis a = g.programme();
    CAPTURE(seed);
    Diagnostics d = validate(a);
    if (!d.empty()) continue;  // e.g. a basis on a payer nobody pays
    REQUIRE(DrawModel::compile(a, bootstrap).has_value());
    // Where the exact model's fractions outgrow 128 bits there is nothing to compare.
    SimulationOptions o;
    o.draws = 24;
    o.bootstrap_cases = bootstrap;
    Diagnostics exact;
    simulate_with(a, nullptr, o, exact);
    if (!exact.empty()) continue;
    check_same_draws(a, bootstrap, 24);
    ++compared;
  }
  CHECK(compared >= 100);
}

TEST_CASE("the fast evaluator leaves to the exact model what it cannot express") {
  Analysis a = load_case("stadskamer.yaml");
  SUBCASE("a path it cannot express leaves the run to the exact model") {
    a.programme.horizon = Horizon{3, 2017, {"x.yaml", 1, 1}};
    uncertain_about(a, "horizon.years", triangular(1, 3, 6));
    CHECK_FALSE(DrawModel::compile(a, false).has_value());
    CHECK(run(a, true, 50).evaluator == Evaluator::exact);
  }
  SUBCASE("a value the exact model refuses is reported, as by the exact model") {
    uncertain::Distribution d;
    d.kind = uncertain::Distribution::Kind::normal;
    d.a = 10;
    d.b = 20;  // negative prices now and then
    uncertain_about(a, "tariffs.poh_uur.price", d);
    SimulationOptions o;
    o.draws = 3000;
    Diagnostics fast, exact;
    SimulationResult r = simulate(a, o, fast);
    SimulationResult e = simulate_with(a, nullptr, o, exact);
    CHECK(r.draws == 0);
    CHECK(e.draws == 0);
    REQUIRE_FALSE(fast.empty());
    CHECK(fast.items().front().message == exact.items().front().message);
  }
}

TEST_CASE("simulation results do not depend on the number of threads") {
  Analysis a = load_case("stadskamer-meerjarig.yaml");
  add_parameters(a, true);
  for (bool fast : {true, false}) {
    std::size_t n = fast ? 5000 : 1500;
    SimulationResult one = run(a, fast, n, false, 1), two = run(a, fast, n, false, 2);
    CHECK(one.rows == two.rows);
    REQUIRE(one.summaries.size() == two.summaries.size());
    for (std::size_t s = 0; s < one.summaries.size(); ++s) {
      CHECK(one.summaries[s].mean == two.summaries[s].mean);
      CHECK(one.summaries[s].sd == two.summaries[s].sd);
      CHECK(one.summaries[s].p5 == two.summaries[s].p5);
      CHECK(one.summaries[s].p50 == two.summaries[s].p50);
      CHECK(one.summaries[s].p95 == two.summaries[s].p95);
    }
    CHECK(one.p_net_positive == two.p_net_positive);
  }
}

TEST_CASE("percentiles from the windows around the pilot's are those of all draws") {
  Analysis a = load_case("stadskamer.yaml");
  add_parameters(a, true);
  SimulationOptions o;
  o.draws = 150'000;  // beyond the pilot draws
  o.seed = 3;
  Diagnostics d;
  SimulationResult all, windowed, two;
  o.keep_all = true;
  all = simulate(a, o, d);
  CHECK(all.evaluator == Evaluator::fast);
  CHECK(all.exact_draws == 0);
  o.keep_all = false;
  windowed = simulate(a, o, d);
  o.jobs = 2;
  two = simulate(a, o, d);
  REQUIRE(d.empty());
  REQUIRE(all.summaries.size() == 4);
  for (const SimulationResult* r : {&windowed, &two}) {
    REQUIRE(r->summaries.size() == all.summaries.size());
    for (std::size_t s = 0; s < all.summaries.size(); ++s) {
      CHECK(r->summaries[s].mean == all.summaries[s].mean);
      CHECK(r->summaries[s].sd == all.summaries[s].sd);
      CHECK(r->summaries[s].p5 == all.summaries[s].p5);
      CHECK(r->summaries[s].p50 == all.summaries[s].p50);
      CHECK(r->summaries[s].p95 == all.summaries[s].p95);
    }
    CHECK(r->p_net_positive == all.p_net_positive);
    CHECK(r->p_ratio_above_one == all.p_ratio_above_one);
  }
}
