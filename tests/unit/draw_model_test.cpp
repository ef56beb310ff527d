// The figure graph in doubles (float_graph.hpp, draw_model.hpp) against the
// same graph evaluated exactly: every node of generated programmes, one-year
// and multi-year, with their uncertain parameters drawn, with and without
// bootstrap picks.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calculate.hpp"
#include "core/draw_model.hpp"
#include "core/model_graph.hpp"
#include "core/overrides.hpp"
#include "programme_generator.hpp"
#include "random_source.hpp"

using namespace mkba;
using graph::Id;
using graph::Op;

namespace {

// The size a node's rounding error scales with: the node computed from the
// absolute values of its operands' sizes (constants their own). Where no
// operand cancels another it is the node's own size, so that the tolerance is
// relative to the figure; a difference of nearly equal amounts is as exact
// as the amounts, not as their small difference.
std::vector<double> error_scales(const graph::Graph& g, const graph::Values& v,
                                 const std::vector<std::size_t>& picks) {
  std::vector<double> s(g.size(), 0);
  auto value = [&](Id id) { return v[id] ? std::abs(graph::to_double(*v[id])) : 0.0; };
  for (Id id = 0; id < g.size(); ++id) {
    const auto ops = g.operands(id);
    double out = 0;
    switch (g.at(id).op) {
      case Op::constant:
        out = value(id);
        break;
      case Op::sum:
      case Op::difference:
        for (Id o : ops) out += s[o];
        break;
      case Op::product:
        out = 1;
        for (Id o : ops) out *= s[o];
        break;
      case Op::ceiling:         // within rounding of a whole number, doubles may round up to the
        out = s[ops[0]] + 1e9;  // next one: a tolerance of 1 (1e-9 x 1e9)
        break;
      case Op::positive_part:
      case Op::negative_part:
        out = s[ops[0]];
        break;
      case Op::transfer:  // at most the net, times a share of at most 1 computed from two sums
        out = s[ops[0]];
        for (Id o : {ops[1], ops[2]})
          if (value(o) > 0) out += value(ops[0]) * s[o] / value(o);
        break;
      case Op::quotient:
      case Op::quotient_of_positive:
        if (value(ops[1]) > 0)
          out = s[ops[0]] / value(ops[1]) + value(ops[0]) * s[ops[1]] / std::pow(value(ops[1]), 2);
        break;
      case Op::average:
      case Op::minimum:
        for (Id o : ops) out = std::max(out, s[o]);
        break;
      default:  // a case aggregate: at most its largest operand's
        if (!picks.empty())
          for (std::size_t c : picks) out = std::max(out, s[ops[c]]);
        else
          for (Id o : ops) out = std::max(out, s[o]);
    }
    s[id] = out;
  }
  return s;
}

// Structural parameters leave a run to the exact model: there is nothing to compare.
void keep_value_parameters(Analysis& a) {
  std::erase_if(a.uncertainty, [](const UncertainParameter& u) {
    return u.parameter.structural() || u.parameter.target.kind == Target::Kind::discount_rate;
  });
}

struct Tally {
  int compared = 0, timed = 0, bootstrapped = 0, declined = 0;
};

// Draw `i` of `a` in doubles and exactly, node by node; false when the
// draw was not compared (the exact model refuses it, or the double one declines).
bool compare_draw(const Analysis& a, const DrawModel& model, bool bootstrap, std::uint64_t i,
                  Tally& tally) {
  uncertain::Rng rng = uncertain::Rng::stream(7, i);
  std::vector<double> slots;
  std::vector<Override> overrides;
  for (const auto& u : a.uncertainty) {
    std::optional<Value> v = value_of(u.parameter, uncertain::sample(u.distribution, rng));
    if (!v) return false;
    slots.push_back(nearest_double(v->number));
    overrides.push_back({u.parameter, *v, u.parameter.path_origin, "test"});
  }
  std::vector<std::size_t> picks;
  for (std::size_t c = 0; bootstrap && c < a.cases.size(); ++c)
    picks.push_back(std::min(a.cases.size() - 1,
                             static_cast<std::size_t>(rng.uniform01() * double(a.cases.size()))));
  Analysis drawn = a;
  if (!apply_overrides(drawn, overrides).empty() || !validate(drawn).empty()) return false;
  const ModelGraph m = build_model_graph(drawn);
  graph::Values exact;
  try {
    graph::evaluate(m.graph, exact, picks);
  } catch (const OutOfRange&) {
    return false;
  }
  DrawModel::Memory memory = model.memory();
  std::vector<double> by_payer(model.payers());
  DrawModel::Figures figures{0, 0, by_payer.data()};
  if (!model.evaluate(slots.data(), bootstrap ? picks.data() : nullptr, memory, figures)) {
    ++tally.declined;
    return false;
  }
  REQUIRE(memory.values.size() == m.graph.size());
  const std::vector<double> scale = error_scales(m.graph, exact, picks);
  int wrong = 0;
  Id first_wrong = 0;
  for (Id id = 0; id < m.graph.size(); ++id) {
    const double x = memory.values[id];
    const bool agrees =
        exact[id] ? std::abs(x - graph::to_double(*exact[id])) <= 1e-9 * scale[id] : std::isnan(x);
    if (!agrees && wrong++ == 0) first_wrong = id;
  }
  INFO("draw " << i << ": " << wrong << " nodes differ, the first " << first_wrong << " (tag "
               << m.graph.at(first_wrong).what.tag << ")");
  CHECK(wrong == 0);
  return true;
}

}  // namespace

TEST_CASE("property: the graph in doubles is the exact graph to 1e-9, on every node") {
  Tally tally;
  for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
    CAPTURE(seed);
    test::RandomSource source(seed);
    Analysis generated = test::ProgrammeGenerator<test::RandomSource>(source).programme();
    keep_value_parameters(generated);
    Analysis one_year = generated;
    one_year.programme.horizon.reset();
    one_year.programme.discounting = Discounting{};
    for (const Analysis* a : {&generated, &one_year}) {
      if (!validate(*a).empty()) continue;
      const bool bootstrap = a->population && seed % 3 == 0;
      std::optional<DrawModel> model = DrawModel::compile(*a, bootstrap, true);
      if (!model) continue;  // no outcome, or the exact model refuses the programme
      for (std::uint64_t i = 0; i < 2; ++i)
        if (compare_draw(*a, *model, bootstrap, i, tally)) {
          ++tally.compared;
          tally.timed += a->programme.horizon ? 1 : 0;
          tally.bootstrapped += bootstrap ? 1 : 0;
        }
    }
  }
  MESSAGE(tally.compared << " draws compared, " << tally.timed << " multi-year, "
                         << tally.bootstrapped << " with bootstrap; " << tally.declined
                         << " declined");
  CHECK(tally.compared > 3000);
  CHECK(tally.timed > 1000);
  CHECK(tally.bootstrapped > 500);
}

TEST_CASE("draw model: a programme without a population or a horizon has no outcome to draw") {
  test::RandomSource source(11);
  Analysis a = test::ProgrammeGenerator<test::RandomSource>(source).programme();
  a.population.reset();
  a.programme.horizon.reset();
  a.programme.discounting = Discounting{};
  CHECK_FALSE(DrawModel::compile(a, false).has_value());
}
