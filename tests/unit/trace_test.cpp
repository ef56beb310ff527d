#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/trace.hpp"
#include "programme_generator.hpp"
#include "random_source.hpp"

using namespace mkba;
using mkba::test::dec;

namespace {
Result compute(const Analysis& a) {
  Diagnostics d;
  auto r = calculate(a, d);
  REQUIRE(r);
  return *r;
}

// Recomputes a trace from its operands: the trace must explain its value.
Exact recompute(const Trace& t) {
  std::vector<Exact> v;
  for (const auto& op : t.operands)
    v.push_back(op.op == Trace::Op::input ? op.value : recompute(op));
  Exact out;
  switch (t.op) {
    case Trace::Op::input:
      return t.value;
    case Trace::Op::same:
      return v.at(0);
    case Trace::Op::sum:
      for (const auto& x : v) out += x;
      return out;
    case Trace::Op::product:
      out = Exact::integer(1);
      for (const auto& x : v) out = out * x;
      return out;
    case Trace::Op::difference:
      return v.at(0) - v.at(1);
    case Trace::Op::quotient:
      return v.at(0) / v.at(1);
    case Trace::Op::mean:
      for (const auto& x : v) out += x;
      return out / Exact::integer(static_cast<long long>(v.size()));
    case Trace::Op::median: {
      std::sort(v.begin(), v.end());
      const std::size_t n = v.size();
      return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / Exact::integer(2);
    }
    case Trace::Op::weighted: {  // weight, case, weight, case, ...
      Exact weights;
      for (std::size_t k = 0; k + 1 < v.size(); k += 2) {
        out += v[k] * v[k + 1];
        weights += v[k];
      }
      return out / weights;
    }
    case Trace::Op::minimum:
      return *std::min_element(v.begin(), v.end());
    case Trace::Op::ceil:
      return Exact::fraction(v.at(0).ceil(), 1);
    default:
      return t.value;  // the transfer rule, the payback year, Wilson bounds: checked elsewhere
  }
}

// Every line of an explanation says what it is.
bool all_named(const Trace& t) {
  if (t.figure.empty()) return false;
  return std::all_of(t.operands.begin(), t.operands.end(), all_named);
}
}  // namespace

TEST_CASE("every figure has a trace whose formula gives its value") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  auto paths = figure_paths(r);
  CHECK(paths.size() > 30);
  for (const auto& path : paths) {
    CAPTURE(path);
    auto t = trace_figure(r, path);
    REQUIRE(t);
    CHECK(t->figure == path);
    CHECK(recompute(*t) == t->value);
  }
}

TEST_CASE("a line traces to its tariff and quantities") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  auto t = trace_figure(r, "case.casus-1.line.dagbesteding");
  REQUIRE(t);
  CHECK(t->value == dec("7920"));
  REQUIRE(t->operands.size() == 3);
  CHECK(t->operands[0].figure == "tariff dagbesteding");
  CHECK(t->operands[0].value == dec("33"));
  CHECK(t->operands[1].value == dec("6"));
  CHECK(t->operands[2].value == dec("40"));
  CHECK(t->operands[2].unit == "week");
}

TEST_CASE("unknown paths have no trace") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  for (const char* bad : {"", "case", "case.casus-9.avoided_total", "population.benefit.nobody",
                          "programme.cost.x", "breakeven.participants.x", "reach.1.cost_per_unit"})
    CHECK_FALSE(trace_figure(r, bad));
}

TEST_CASE("property: every figure of generated programmes is explained by its own formula") {
  int explained = 0, timed = 0, adjusted = 0;
  for (std::uint64_t seed = 2100; seed < 2250; ++seed) {
    CAPTURE(seed);
    test::RandomSource source(seed);
    const Analysis a = test::ProgrammeGenerator<test::RandomSource>(source).programme();
    if (!validate(a).empty()) continue;
    Diagnostics d;
    const auto r = calculate(a, d);
    if (!r) continue;  // out of the exact range: nothing to explain
    const Explainer figures(*r);
    for (const auto& path : figures.paths()) {
      CAPTURE(path);
      const auto t = figures.trace(path);
      REQUIRE(t);
      CHECK(t->figure == path);
      CHECK(all_named(*t));
      CHECK(recompute(*t) == t->value);
      ++explained;
    }
    timed += r->time ? 1 : 0;
    adjusted += r->adjusted ? 1 : 0;
  }
  CHECK(explained > 5000);
  CHECK(timed > 10);
  CHECK(adjusted > 10);
}

TEST_CASE("a line net of a deadweight shows the share and where it is set") {
  Analysis a = test::stadskamer();
  a.programme.adjustments.deadweight = dec("0.1");
  a.programme.adjustments.origin = {"cases/stadskamer.yaml", 7, 3};
  Result r = compute(a);
  auto t = trace_figure(r, "case.casus-1.line.dagbesteding.net");
  REQUIRE(t);
  CHECK(t->value == dec("7128"));
  REQUIRE(t->operands.size() == 2);
  const Trace& factor = t->operands[1];
  CHECK(factor.figure == "net factor");
  REQUIRE(factor.operands.size() == 1);  // attribution, displacement, probability: not set
  const Trace& kept = factor.operands[0];
  CHECK(kept.figure == "1 - deadweight");
  REQUIRE(kept.operands.size() == 2);
  CHECK(kept.operands[0].hidden);
  CHECK(kept.operands[1].figure == "deadweight");
  CHECK(kept.operands[1].origin.line == 7);
}

TEST_CASE("a line no share applies to has a net factor of 1 and nothing below it") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  auto t = trace_figure(r, "case.casus-1.line.dagbesteding.net");
  REQUIRE(t);
  REQUIRE(t->operands.size() == 2);
  CHECK(t->operands[1].op == Trace::Op::input);
  CHECK(t->operands[1].value == Exact::integer(1));
}

TEST_CASE("a payer's share of the population's benefit is a figure with its quotient") {
  Analysis a = test::stadskamer();
  Result r = compute(a);
  auto t = trace_figure(r, "population.share.gemeente");
  REQUIRE(t);
  CHECK(t->kind == FigureKind::ratio);
  CHECK(t->value == dec("3564000") / dec("7242750"));
  REQUIRE(t->operands.size() == 2);
  CHECK(t->operands[0].figure == "population.benefit.gemeente");
  CHECK(t->operands[1].figure == "population.benefit_total");
}
