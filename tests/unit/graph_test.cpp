// The figure graph: each op exactly, case aggregates with bootstrap picks and
// with a case left out, and the model graph of generated programmes against
// the same programme rebuilt without a case.
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/graph.hpp"
#include "core/model_graph.hpp"
#include "programme_generator.hpp"
#include "random_source.hpp"

using namespace mkba;
using graph::Graph;
using graph::Id;
using graph::Op;

namespace {

Exact num(long long n, long long d = 1) { return Exact::fraction(n, d); }

// Three cases' values and the graph's constants for them.
struct Cases {
  Graph g;
  std::vector<Id> per_case;
  explicit Cases(std::vector<Exact> values) {
    for (const auto& v : values) per_case.push_back(g.constant(v));
  }
};

}  // namespace

TEST_CASE("graph: sum, product, difference and quotient, exactly") {
  Graph g;
  const Id a = g.constant(num(33)), b = g.constant(num(3, 10)), zero = g.constant(Exact());
  const Id sum = g.node(Op::sum, {a, b, b});
  const Id empty = g.node(Op::sum, std::span<const Id>());
  const Id product = g.node(Op::product, {a, b, a});
  const Id difference = g.node(Op::difference, {b, a});
  const Id quotient = g.node(Op::quotient, {a, b});
  const Id by_zero = g.node(Op::quotient, {a, zero});
  const Id after_none = g.node(Op::sum, {a, by_zero});
  const graph::Values v = graph::evaluate(g);
  CHECK(*v[sum] == num(336, 10));
  CHECK(*v[empty] == Exact());
  CHECK(*v[product] == num(3267, 10));
  CHECK(*v[difference] == num(-327, 10));
  CHECK(*v[quotient] == num(110));
  CHECK_FALSE(v[by_zero].has_value());     // a ratio without a cost has no value
  CHECK_FALSE(v[after_none].has_value());  // nor has what is computed from it
}

TEST_CASE("graph: an operand must come before its node") {
  Graph g;
  const Id a = g.constant(num(1));
  CHECK_THROWS_AS(g.node(Op::sum, {a, a + 1}), std::logic_error);
}

TEST_CASE("graph: case aggregates") {
  Cases c({num(10), num(40), num(25), num(1)});
  const Id mean = c.g.aggregate(Op::mean, c.per_case);
  const Id median = c.g.aggregate(Op::median, c.per_case);
  const Id weighted =
      c.g.aggregate(Op::weighted, c.per_case, {}, {{0, num(1, 2)}, {2, num(1, 4)}, {0, num(1, 4)}});
  const Id single = c.g.aggregate(Op::single, c.per_case, {}, {}, 2);
  const graph::Values v = graph::evaluate(c.g);
  CHECK(*v[mean] == num(76, 4));
  CHECK(*v[median] == num(35, 2));    // (10 + 25) / 2
  CHECK(*v[weighted] == num(55, 4));  // (0.75 x 10 + 0.25 x 25) / 1
  CHECK(*v[single] == num(25));
  // A weighted aggregate explains itself as weight, case, weight, case, ...
  CHECK(c.g.shown_operands(weighted).size() == 6);
  CHECK(c.g.shown_operands(single) == std::vector<Id>{c.per_case[2]});

  Cases odd({num(3), num(1), num(2)});
  const Id odd_median = odd.g.aggregate(Op::median, odd.per_case);
  CHECK(*graph::evaluate(odd.g)[odd_median] == num(2));
}

TEST_CASE("graph: bootstrap picks make every aggregate the mean of the picked cases") {
  Cases c({num(10), num(40), num(25)});
  const Id doubled = c.g.node(Op::product, {c.per_case[1], c.g.constant(num(2))});
  const Id median = c.g.aggregate(Op::median, c.per_case);
  const Id single = c.g.aggregate(Op::single, c.per_case, {}, {}, 0);
  const Id after = c.g.node(Op::difference, {median, single});
  const std::vector<std::size_t> picks{1, 1, 2};
  const graph::Values v = graph::evaluate(c.g, picks);
  CHECK(*v[median] == num(35));  // (40 + 40 + 25) / 3
  CHECK(*v[single] == num(35));
  CHECK(*v[after] == Exact());
  CHECK(*v[doubled] == num(80));  // a case's own figures do not change
}

TEST_CASE("graph: leave-one-out re-evaluates the aggregates and what follows") {
  Cases c({num(10), num(40), num(25), num(1)});
  const Id mean = c.g.aggregate(Op::mean, c.per_case);
  const Id median = c.g.aggregate(Op::median, c.per_case);
  const Id weighted = c.g.aggregate(Op::weighted, c.per_case, {}, {{0, num(3)}, {2, num(1)}});
  const Id single = c.g.aggregate(Op::single, c.per_case, {}, {}, 1);
  const Id scaled = c.g.node(Op::product, {mean, c.g.constant(num(100))});
  const graph::Values all = graph::evaluate(c.g);
  const graph::LeaveOneOut loo(c.g, all);
  graph::Values tail = loo.without(1);
  graph::View v = loo.view(tail);
  CHECK(*v[mean] == num(12));
  CHECK(*v[median] == num(10));       // of 1, 10, 25
  CHECK(*v[weighted] == num(55, 4));  // 40 has no weight
  CHECK(*v[single] == num(12));       // the case left out: the mean of the others
  CHECK(*v[scaled] == num(1200));
  tail = loo.without(0);
  v = loo.view(tail);
  CHECK(*v[weighted] == num(25));  // weights minus the case's
  CHECK(*v[median] == num(25));
  CHECK(*v[single] == num(40));
  // A weighted mean of only the case left out falls back to the mean.
  Cases only({num(10), num(40)});
  const Id w = only.g.aggregate(Op::weighted, only.per_case, {}, {{1, num(1)}});
  const graph::Values base = graph::evaluate(only.g);
  const graph::LeaveOneOut loo_only(only.g, base);
  const graph::Values only_tail = loo_only.without(1);
  CHECK(*loo_only.view(only_tail)[w] == num(10));
}

TEST_CASE("graph: leave-one-out of a median whose operands cannot be added") {
  // Each fits, their sum does not: the median needs no sum, the mean does.
  Cases c({num(1), Exact::fraction(Int128(1) << 100, 3), Exact::fraction(1, (Int128(1) << 100) + 1),
           num(7)});
  const Id median = c.g.aggregate(Op::median, c.per_case);
  const Id single = c.g.aggregate(Op::single, c.per_case, {}, {}, 3);
  const graph::Values all = graph::evaluate(c.g);
  const graph::LeaveOneOut loo(c.g, all);  // does not throw
  graph::Values tail = loo.without(1);
  CHECK(*loo.view(tail)[median] == num(1));  // of 1/(2^100+1), 1, 7
  tail = loo.without(0);
  CHECK(*loo.view(tail)[single] == num(7));  // the single case kept: no sum needed
  try {
    (void)loo.without(3);  // the single case left out: the mean of the others
    FAIL("no overflow");
  } catch (const graph::Overflow& e) {
    CHECK(e.node == single);
  }
}

TEST_CASE("graph: an overflow names the node that left the exact range") {
  Graph g;
  const Id big = g.constant(Exact::fraction(Int128(1) << 100, 3));
  const Id small = g.constant(Exact::fraction(1, (Int128(1) << 100) + 1));
  g.node(Op::sum, {big, big});
  const Id overflowing = g.node(Op::sum, {big, small});
  graph::Values v;
  try {
    graph::evaluate(g, v);
    FAIL("no overflow");
  } catch (const graph::Overflow& e) {
    CHECK(e.node == overflowing);
    CHECK(v[overflowing - 1].has_value());  // what came before is kept
  }
}

namespace {

std::vector<std::uint64_t> seeds(std::uint64_t first, int count) {
  std::vector<std::uint64_t> out;
  for (int i = 0; i < count; ++i) out.push_back(first + static_cast<std::uint64_t>(i));
  return out;
}

}  // namespace

TEST_CASE("property: the model graph with a case left out equals it rebuilt without the case") {
  int compared = 0, timed = 0;
  for (std::uint64_t seed : seeds(1400, 300)) {
    CAPTURE(seed);
    test::RandomSource source(seed);
    const Analysis a = test::ProgrammeGenerator<test::RandomSource>(source).programme();
    if (!a.population || a.cases.size() < 2 || !validate(a).empty()) continue;
    const ModelGraph m = build_model_graph(a);
    graph::Values all;
    try {
      all = graph::evaluate(m.graph);
    } catch (const OutOfRange&) {
      continue;  // the exact model refuses this programme: nothing to compare
    }
    const graph::LeaveOneOut loo(m.graph, all);
    for (std::size_t c = 0; c < a.cases.size(); ++c) {
      CAPTURE(c);
      const Analysis rebuilt = test::without_case(a, c);
      const ModelGraph mr = build_model_graph(rebuilt);
      graph::Values slow, tail;
      try {
        slow = graph::evaluate(mr.graph);
        tail = loo.without(c);
      } catch (const OutOfRange&) {
        continue;
      }
      const graph::View fast = loo.view(tail);
      for (bool net : {false, true}) {
        const auto& p = net ? *m.population_net : *m.population;
        const auto& q = net ? *mr.population_net : *mr.population;
        for (std::size_t k = 0; k < p.by_payer.size(); ++k) {
          CHECK(fast[p.by_payer[k].per_participant] == slow[q.by_payer[k].per_participant]);
          CHECK(fast[p.by_payer[k].ratio] == slow[q.by_payer[k].ratio]);
        }
        CHECK(fast[p.net_benefit] == slow[q.net_benefit]);
        CHECK(fast[p.ratio] == slow[q.ratio]);
      }
      if (m.time) {  // year by year, through each year's aggregates
        CHECK(fast[m.time->npv] == slow[mr.time->npv]);
        CHECK(fast[m.time->ratio] == slow[mr.time->ratio]);
        for (std::size_t y = 0; y < m.time->rows.size(); ++y)
          CHECK(fast[m.time->rows[y].cumulative] == slow[mr.time->rows[y].cumulative]);
        ++timed;
      }
      ++compared;
    }
  }
  CHECK(compared > 200);
  CHECK(timed > 100);
}

TEST_CASE("property: bootstrap picks equal the picked cases rebuilt with mean bases") {
  int compared = 0;
  for (std::uint64_t seed : seeds(1700, 200)) {
    CAPTURE(seed);
    test::RandomSource source(seed);
    const Analysis a = test::ProgrammeGenerator<test::RandomSource>(source).programme();
    if (!a.population || !validate(a).empty()) continue;
    std::vector<std::size_t> picks;
    Analysis rebuilt = a;
    rebuilt.cases.clear();
    for (std::size_t c = 0; c < a.cases.size(); ++c) {
      picks.push_back(static_cast<std::size_t>(source.between(0, static_cast<long long>(c))));
      rebuilt.cases.push_back(a.cases[picks.back()]);
    }
    rebuilt.population->default_basis = Basis{};
    rebuilt.population->payer_basis.clear();
    graph::Values fast, slow;
    const ModelGraph m = build_model_graph(a), mr = build_model_graph(rebuilt);
    try {
      fast = graph::evaluate(m.graph, picks);
      slow = graph::evaluate(mr.graph);
    } catch (const OutOfRange&) {
      continue;
    }
    CHECK(fast[m.population_net->net_benefit] == slow[mr.population_net->net_benefit]);
    for (std::size_t k = 0; k < m.population->by_payer.size(); ++k)
      CHECK(fast[m.population->by_payer[k].per_participant] ==
            slow[mr.population->by_payer[k].per_participant]);
    ++compared;
  }
  CHECK(compared > 100);
}

TEST_CASE("model graph: the Result is filled from it") {
  const Analysis a = test::stadskamer();
  Diagnostics d;
  const Result r = *calculate(a, d);
  const ModelGraph m = build_model_graph(a);
  const graph::Values v = graph::evaluate(m.graph);
  CHECK(Money(*v[m.cases[0].net]) == r.cases[0].net_total);
  CHECK(Money(*v[*m.cases[1].balance]) == *r.cases[1].balance);
  CHECK(Money(*v[m.population_net->net_benefit]) == r.population_net->net_benefit);
  CHECK(figure_of(m.graph.at(m.cases[2].lines[0].amount).what) == Figure::line);
  CHECK(m.graph.at(m.cases[2].lines[0].amount).what.a == 2);
}

TEST_CASE("model graph: a line's net factor takes each share from the innermost level setting it") {
  Analysis a = test::stadskamer();
  a.programme.adjustments = Adjustments{};
  for (auto& c : a.cases) {
    c.adjustments = Adjustments{};
    for (auto& l : c.avoided) l.adjustments = Adjustments{};
  }
  auto factor = [](const Analysis& x) {
    const ModelGraph m = build_model_graph(x);
    return *graph::evaluate(m.graph)[m.cases[0].lines[0].net_factor];
  };
  CHECK(factor(a) == num(1));
  a.programme.adjustments.deadweight = test::dec("0.1");
  a.programme.adjustments.attribution = test::dec("0.5");
  a.cases[0].adjustments.attribution = test::dec("0.23");
  a.cases[0].avoided[0].adjustments.probability = test::dec("0.5");
  CHECK(factor(a) == test::dec("0.1035"));  // (1 - 0.1) x 0.23 x (1 - 0) x 0.5
}
