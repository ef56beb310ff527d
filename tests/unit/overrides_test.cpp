#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/overrides.hpp"
#include "load/parameter_reader.hpp"

using namespace mkba;
using mkba::test::eur;

namespace {

struct Set {
  std::string path, value;
};

Set set(std::string path, std::string value) { return {std::move(path), std::move(value)}; }

// As `--set PATH=VALUE` does: each path resolved and its value read in the
// analysis as it is, then all applied in order.
Diagnostics apply_overrides(Analysis& a, const std::vector<Set>& sets) {
  Diagnostics d;
  std::vector<Override> read;
  const Origin at{"--set", 0, 0};
  for (const auto& s : sets)
    if (auto o = load::read_override(a, s.path, at, s.value, at, "--set", d))
      read.push_back(std::move(*o));
  d.append(mkba::apply_overrides(a, read));
  return d;
}

Result compute(const Analysis& a) {
  Diagnostics d;
  REQUIRE(validate(a).empty());
  auto r = calculate(a, d);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("overrides change inputs before computing, and are recorded") {
  Analysis a = test::stadskamer();
  Diagnostics d = apply_overrides(
      a, {set("tariffs.dagbesteding.price", "35"), set("population.participants", "500"),
          set("cases.casus-2.avoided.ggz_opname_dag.quantity", "14")});
  CHECK(d.empty());
  Result r = compute(a);
  CHECK(r.cases[0].lines[0].amount == eur("8400"));  // 35 x 6 x 40
  CHECK(r.cases[1].lines[1].amount == eur("3850"));  // 275 x 14
  CHECK(r.population->participants == 500);
  CHECK(r.population->by_payer[0].benefit == eur("4200000"));
  REQUIRE(a.overrides.size() == 3);
  CHECK(a.overrides[0].path == "tariffs.dagbesteding.price");
  CHECK(a.overrides[0].from == "--set");
}

TEST_CASE("overrides: basis, weights, costs, payers") {
  Analysis a = test::stadskamer();
  CHECK(apply_overrides(a, {set("population.basis.default", "median")}).empty());
  CHECK(compute(a).population->by_payer[1].per_participant == eur("6350"));
  CHECK(apply_overrides(a, {set("population.basis.gemeente", "casus-2")}).empty());
  CHECK(compute(a).population->by_payer[0].per_participant == eur("13200"));
  CHECK(apply_overrides(a, {set("population.basis.default.weights.casus-1", "1"),
                            set("population.basis.default.weights.casus-3", "1")})
            .empty());
  CHECK(compute(a).population->by_payer[1].per_participant == eur("5375"));  // (6350 + 4400) / 2
  CHECK(apply_overrides(a, {set("programme.costs.1.amount", "900000")}).empty());
  CHECK(compute(a).programme.cost_total == eur("900000"));
  CHECK(apply_overrides(a, {set("cases.casus-1.avoided.seh_bezoek.payer", "gemeente")}).empty());
  CHECK(compute(a).cases[0].by_payer[0].amount == eur("8170"));
}

TEST_CASE("overrides: unknown paths and wrong values are located errors") {
  Analysis a = test::stadskamer();
  Diagnostics d = apply_overrides(
      a, {set("tariffs.dagbestedin.price", "35"), set("tariffs.dagbesteding.price", "35,5"),
          set("population.participants", "2.5"), set("population.basis.default", "gemiddeld"),
          set("cases.casus-1.avoided.seh_bezoek.for", "2")});
  REQUIRE(d.items().size() == 5);
  CHECK(d.items()[0].message == "unknown path 'tariffs.dagbestedin.price'");
  CHECK(d.items()[0].hint == "did you mean 'tariffs.dagbesteding.price'?");
  CHECK(d.items()[0].where.file == "--set");
  CHECK(d.items()[1].hint == "use a point as the decimal separator: 35.5");
  CHECK(d.items()[2].message.find("population.participants") == 0);
  CHECK(d.items()[3].hint == "expected one of: mean, median, casus-1, casus-2, casus-3");
  CHECK(d.items()[4].message.find("no 'per' period") != std::string::npos);
  CHECK(a.overrides.empty());
}

TEST_CASE("overrides: additionality shares, discounting, horizon and price year") {
  Analysis a = test::stadskamer();
  Diagnostics d = apply_overrides(
      a, {set("adjustments.deadweight", "0.1"), set("cases.casus-2.adjustments.attribution", "0.5"),
          set("cases.casus-1.avoided.seh_bezoek.adjustments.probability", "0.2"),
          set("discounting.preset", "greenbook"), set("horizon.years", "3")});
  CHECK(d.empty());
  CHECK(a.programme.adjustments.deadweight == test::dec("0.1"));
  CHECK(a.cases[1].adjustments.attribution == test::dec("0.5"));
  CHECK(a.cases[0].avoided[1].adjustments.probability == test::dec("0.2"));
  CHECK(a.programme.discounting.rate == test::dec("0.035"));
  CHECK(a.programme.horizon->years == 3);
  d = apply_overrides(a, {set("adjustments.deadweight", "1.5"), set("discounting.rate", "2"),
                          set("discounting.preset", "mkba-2012")});
  REQUIRE(d.items().size() == 3);
  CHECK(d.items()[2].hint == "did you mean 'mkba-2021'?");
}
