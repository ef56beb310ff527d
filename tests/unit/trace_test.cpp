#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/trace.hpp"

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
    default:
      return t.value;  // median, weights, ceil and transfer: checked elsewhere
  }
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
