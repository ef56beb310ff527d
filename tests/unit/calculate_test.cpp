#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"

using namespace mkba;
using mkba::test::eur;

namespace {
Result compute(const Analysis& a) {
  Diagnostics d;
  CHECK(validate(a).empty());
  auto r = calculate(a, d);
  REQUIRE(r.has_value());
  return *r;
}
}  // namespace

TEST_CASE("the Stadskamer cases reproduce the deck to the euro") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  REQUIRE(r.cases.size() == 3);
  CHECK(r.cases[0].lines[0].amount == eur("7920"));
  CHECK(r.cases[0].avoided_total == eur("14270"));
  CHECK(r.cases[1].lines[1].amount == eur("5775"));
  CHECK(r.cases[1].avoided_total == eur("26975"));
  CHECK(r.cases[2].lines[1].amount == eur("1200"));
  CHECK(r.cases[2].avoided_total == eur("14960"));
  CHECK(r.cases[0].by_payer[0].amount == eur("7920"));
  CHECK(r.cases[0].by_payer[1].amount == eur("6350"));
}

TEST_CASE("cost per participant is exact; it rounds only when shown") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  REQUIRE(r.programme.cost_per_participant);
  CHECK(to_plain(r.programme.cost_per_participant->exact(), 2) == "2444.44");
  CHECK(*r.programme.cost_per_participant * Quantity::of(450) == eur("1100000"));
  CHECK(to_plain(r.cases[0].ratio->exact(), 2) == "5.84");
}

TEST_CASE("decimal quantities and 4-decimal prices stay exact") {
  Analysis a = test::stadskamer();
  a.tariffs.tariffs[0].price = eur("33.3333");
  a.cases[0].avoided = {test::line("dagbesteding", "2.5", Period::week, "3")};
  Result r = compute(a);
  CHECK(r.cases[0].avoided_total == Money(Exact::fraction(24999975, 100000)));
}

TEST_CASE("a line's payer overrides its tariff's") {
  Analysis a = test::stadskamer();
  a.cases[0].avoided[1].payer = "gemeente";
  Result r = compute(a);
  CHECK(r.cases[0].by_payer[0].amount == eur("8170"));
  CHECK(r.cases[0].lines[1].payer == "gemeente");
}

TEST_CASE("validation finds unknown ids with suggestions") {
  Analysis a = test::stadskamer();
  a.cases[0].avoided[1].tariff = "seh_bezok";
  a.programme.costs[0].payer = "gemeent";
  Diagnostics d = validate(a);
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].message == "unknown payer 'gemeent'");
  CHECK(d.items()[1].message == "unknown tariff 'seh_bezok'");
  CHECK(d.items()[1].hint == "did you mean 'seh_bezoek'?");
}

TEST_CASE("an amount beyond the money range is an error") {
  Analysis a = test::stadskamer();
  a.tariffs.tariffs[0].price = eur("999999999999");
  a.cases[0].avoided[0] = test::line("dagbesteding", "999999999", Period::week, "999999999");
  Diagnostics d = validate(a);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message.find("money range") != std::string::npos);
}

namespace {
// Casus 1 with and without the programme: without 6 dagdelen a week and a
// SEH visit; with 2 dagdelen a week and 10 GP phone calls.
Analysis two_sided() {
  Analysis a = test::stadskamer();
  Case& c = a.cases[0];
  c.avoided = {test::line("dagbesteding", "6", Period::week, "40"), test::line("seh_bezoek")};
  AvoidedLine fewer = test::line("dagbesteding", "2", Period::week, "40");
  AvoidedLine calls = test::line("huisarts_telefonisch", "10");
  fewer.side = calls.side = Side::with;
  c.avoided.push_back(fewer);
  c.avoided.push_back(calls);
  c.two_sided = true;
  return a;
}
}  // namespace

TEST_CASE("a case with and without the programme: the effect is without minus with") {
  Analysis a = two_sided();
  a.cases[0].adjustments.deadweight = Exact::fraction(1, 5);
  Result r = compute(a);
  const CaseResult& c = r.cases[0];
  REQUIRE(c.sides);
  CHECK(c.sides->without_total == eur("8170"));  // 7920 + 250
  CHECK(c.sides->with_total == eur("2790"));     // 2640 + 150
  CHECK(c.avoided_total == eur("5380"));
  CHECK(c.by_payer[0].amount == eur("5280"));  // gemeente: 7920 - 2640
  CHECK(c.by_payer[1].amount == eur("100"));   // zorgverzekeraar: 250 - 150
  CHECK(c.net_total == eur("4304"));           // 0,8 x 5380
  CHECK(c.sides->net_with == eur("2232"));
  REQUIRE(c.sides->reduction);
  CHECK(c.sides->reduction->exact() == Exact::fraction(5380, 8170));
  CHECK(c.lines[2].amount == eur("2640"));  // a with-line's own amount is positive
  CHECK(c.lines[2].side == Side::with);
  CHECK(!r.cases[1].sides);
}

TEST_CASE("a case whose care with the programme costs more has a negative effect") {
  Analysis a = two_sided();
  a.cases[0].avoided[2].quantity = Quantity::of(8);  // 8 dagdelen with, 6 without
  Result r = compute(a);
  const CaseResult& c = r.cases[0];
  CHECK(c.avoided_total == eur("-2540"));  // 8170 - (10560 + 150)
  REQUIRE(c.balance);
  CHECK(*c.balance < Money());
  CHECK(!r.breakeven.cases[0].exact);  // no number of such participants pays for it
  CHECK(!r.breakeven.cases[0].needed);
}

namespace {
// The Stadskamer with a participant as an actor, every payer at the mean,
// and casus-1's benefit payment (6 months) a transfer from the participant
// to the gemeente.
Analysis with_transfer() {
  Analysis a = test::stadskamer();
  a.tariffs.payers.push_back({"deelnemer", "Deelnemer", {}, true});
  Tariff bijstand = a.tariffs.tariffs[0];
  bijstand.id = "bijstand";
  bijstand.price = eur("1100");
  a.tariffs.tariffs.push_back(bijstand);
  a.population->payer_basis.clear();
  AvoidedLine payment = test::line("bijstand", "6");
  payment.transfer = "deelnemer";
  a.cases[0].avoided.push_back(payment);
  return a;
}
}  // namespace

TEST_CASE("a transfer counts for its payer and against its counterpart, and nets to zero") {
  Analysis plain = with_transfer();
  plain.cases[0].avoided.pop_back();
  const Result before = compute(plain);
  const Result r = compute(with_transfer());
  const CaseResult& c = r.cases[0];
  CHECK(c.by_payer[0].amount == before.cases[0].by_payer[0].amount + eur("6600"));
  CHECK(c.by_payer[2].amount == eur("-6600"));
  CHECK(c.avoided_total == before.cases[0].avoided_total);  // in no total of all payers
  CHECK(c.net_total == before.cases[0].net_total);
  REQUIRE(c.transfers);
  CHECK(*c.transfers == eur("6600"));
  CHECK(r.population_net->benefit_total == before.population_net->benefit_total);
  CHECK(r.population_net->by_payer[2].benefit == eur("-990000"));  // 450 x -6600 / 3
}

TEST_CASE("a transfer whose payer and counterpart scale by different bases is an error") {
  Analysis a = with_transfer();
  Basis first;
  first.kind = Basis::Kind::single_case;
  first.case_id = "casus-1";
  a.population->payer_basis = {{"gemeente", first}};
  CHECK(!validate(a).empty());
  a.population->payer_basis.clear();
  a.cases[0].avoided.back().transfer = "gemeente";  // its own payer: no counterpart
  CHECK(!validate(a).empty());
}

TEST_CASE("the kinds of effect add up to the net total, in a case and in the population") {
  Analysis a = with_transfer();
  a.cases[1].avoided[0].kind = BenefitKind::economic;  // casus-2's day care: 13.200
  a.cases[2].avoided[2].kind = BenefitKind::social;    // casus-3's POH: 3.200
  const Result r = compute(a);
  REQUIRE(r.cases[1].by_kind.size() == 3);
  CHECK(r.cases[1].by_kind[1] == eur("13200"));
  CHECK(r.cases[1].by_kind[0] == r.cases[1].net_total - eur("13200"));
  CHECK(r.cases[0].by_kind[0] == r.cases[0].net_total);  // the transfer is of no kind
  const PopulationResult& n = *r.population_net;
  REQUIRE(n.by_kind.size() == 3);
  CHECK(n.by_kind[0] + n.by_kind[1] + n.by_kind[2] == n.benefit_total);
  CHECK(n.by_kind[1] == eur("1980000"));  // 450 x 13.200 / 3
  a.population->default_basis.kind = Basis::Kind::median;
  CHECK(compute(a).population_net->by_kind.empty());  // a median does not split by kind
}

TEST_CASE("the programme's own cost in a case: in its balance and the population's cost") {
  Analysis a = test::stadskamer();
  AvoidedLine hours = test::line("poh_uur", "10");  // 800 of the coach's time in casus-2
  hours.side = Side::cost;
  a.cases[1].avoided.push_back(hours);
  a.cases[1].adjustments.deadweight = Exact::fraction(1, 2);  // not on the cost
  const Result r = compute(a);
  const CaseResult& c = r.cases[1];
  REQUIRE(c.programme_cost);
  CHECK(*c.programme_cost == eur("800"));
  CHECK(c.avoided_total == eur("26975"));  // in no effect
  CHECK(c.net_total == eur("13487.5"));
  REQUIRE(c.balance);
  // 13.487,50 - (1.100.000 / 450 + 800) = 12.687,50 - 22.000 / 9
  CHECK(*c.balance == Money(Exact::fraction(184375, 18)));
  CHECK(r.cases[0].programme_cost == eur("0"));
  // The zorgverzekeraar pays the POH: 450 x the mean of (0, 800, 0).
  CHECK(r.population_net->by_payer[1].cost == eur("120000"));
  CHECK(r.population_net->cost_total == eur("1220000"));
  // Break-even on casus-2: the yearly cost over what it avoids less its own cost.
  CHECK(r.breakeven.cases[1].avoided_per_participant == eur("12687.5"));
}
