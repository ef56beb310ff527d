#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"

using namespace mkba;
using mkba::test::eur;
using mkba::test::qty;

namespace {
Result compute(const Analysis& a) {
  Diagnostics d;
  REQUIRE(validate(a).empty());
  auto r = calculate(a, d);
  REQUIRE(r.has_value());
  return *r;
}
}  // namespace

TEST_CASE("population: the deck's totals") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  const auto& p = *r.population;
  CHECK(p.participants == 450);
  CHECK(p.by_payer[0].basis == "casus-1");
  CHECK(p.by_payer[0].benefit == eur("3564000"));
  CHECK(p.by_payer[1].basis == "mean");
  CHECK(p.by_payer[1].per_participant == eur("8175"));
  CHECK(p.by_payer[1].benefit == eur("3678750"));
  CHECK(p.benefit_total == eur("7242750"));
  CHECK(p.cost_total == eur("1100000"));
  CHECK(p.net_benefit == eur("6142750"));
  CHECK(to_plain(p.ratio->exact(), 2) == "6.58");
  CHECK_FALSE(p.by_payer[1].ratio.has_value());  // the insurer pays nothing
}

TEST_CASE("population: median, weights as shares and as counts") {
  Analysis a = test::stadskamer();
  a.population->payer_basis.clear();
  a.population->default_basis.kind = Basis::Kind::median;
  CHECK(compute(a).population->by_payer[1].per_participant == eur("6350"));

  Basis w;
  w.kind = Basis::Kind::weights;
  w.weights = {{"casus-1", qty("0.5")}, {"casus-2", qty("0.2")}, {"casus-3", qty("0.3")}};
  w.weight_origins.resize(3);
  a.population->default_basis = w;
  // 0.5 x 7920 + 0.2 x 13200 + 0.3 x 10560 = 9768
  CHECK(compute(a).population->by_payer[0].per_participant == eur("9768"));

  w.weights = {{"casus-1", qty("5")}, {"casus-2", qty("2")}, {"casus-3", qty("3")}};
  a.population->default_basis = w;
  CHECK(compute(a).population->by_payer[0].per_participant == eur("9768"));
}

TEST_CASE("population: weights must be shares summing to 1 or whole counts") {
  Analysis a = test::stadskamer();
  Basis w;
  w.kind = Basis::Kind::weights;
  w.weights = {{"casus-1", qty("0.5")}, {"casus-2", qty("0.2")}};
  w.weight_origins.resize(2);
  a.population->default_basis = w;
  Diagnostics d = validate(a);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].hint == "these sum to 0.7");
}

TEST_CASE("population scales linearly with participants") {
  Analysis a = test::stadskamer();
  Money at450 = compute(a).population->benefit_total;
  a.population->participants = 900;
  CHECK(compute(a).population->benefit_total == at450 * Quantity::of(2));
}

TEST_CASE("payer balance: the payer at a loss is made whole by those who gain") {
  Analysis a = test::stadskamer();
  a.programme.costs[0].amount = eur("4000000");  // the municipality now loses 436.000
  Result r = compute(a);
  const auto& b = *r.balance;
  REQUIRE(b.transfer_possible);
  CHECK(b.payers[0].net == eur("-436000"));
  CHECK(b.payers[0].transfer == eur("436000"));
  CHECK(b.payers[1].transfer == eur("-436000"));
  CHECK(b.payers[0].net_after_transfer == Money());
  CHECK(b.payers[1].net_after_transfer == eur("3242750"));
}

TEST_CASE("payer balance: no transfer when the programme loses money overall") {
  Analysis a = test::stadskamer();
  a.programme.costs[0].amount = eur("8000000");
  Result r = compute(a);
  CHECK_FALSE(r.balance->transfer_possible);
  CHECK(r.balance->payers[0].transfer == Money());
}

TEST_CASE("break-even: participants per case and avoided units, rounded up") {
  Analysis a = test::stadskamer();
  a.breakeven_units = {{"ggz_opname_dag", qty("21"), "", {}}};
  Result r = compute(a);
  const auto& b = r.breakeven;
  REQUIRE(b.cases.size() == 5);    // three cases, the mean, the population basis
  CHECK(b.cases[0].needed == 78);  // 1.100.000 / 14.270 = 77,08
  CHECK(b.cases[3].case_id == "mean");
  CHECK(b.cases[3].avoided_per_participant == eur("18735"));
  CHECK(b.cases[3].needed == 59);
  CHECK(b.units[0].value == eur("5775"));
  CHECK(b.units[0].needed == 191);  // 1.100.000 / 5.775 = 190,48
}

TEST_CASE("a programme without cases still has costs, reach and break-even") {
  Analysis a = test::stadskamer();
  a.cases.clear();
  a.population.reset();
  a.programme.participants.reset();
  a.programme.costs = {test::cost("coaches", "Coaches", "120000", "gemeente"),
                       test::cost("edplaats", "EDplaats", "60000", "gemeente")};
  ReachIndicator clients;
  clients.label = "Clients";
  clients.count = qty("120");
  clients.months = qty("18");
  clients.costs = {"coaches"};
  clients.cost_origins.resize(1);
  a.programme.reach = {clients};
  a.breakeven_units = {{"ggz_opname_dag", qty("21"), "", {}}};
  Result r = compute(a);
  CHECK_FALSE(r.programme.cost_per_participant.has_value());
  CHECK(r.breakeven.units[0].needed == 32);  // 180.000 / 5.775 = 31,2
  CHECK(r.reach[0].cost == eur("180000"));
  CHECK(r.reach[0].cost_per_unit == eur("1500"));
}
