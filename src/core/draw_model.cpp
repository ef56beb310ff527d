#include "core/draw_model.hpp"

#include "core/model_graph.hpp"

namespace mkba {
namespace {

// Just under the money limit (EUR 10^15, calculate.hpp): beyond it the exact
// model decides, by reporting or by computing.
constexpr double near_limit = 0.999e15;

// Whether a parameter sets a value the graph reads (model_graph.hpp, Source),
// rather than which figures there are.
bool sets_a_value(const Analysis& a, const Target& t) {
  switch (t.kind) {
    case Target::Kind::tariff_price:
    case Target::Kind::programme_participants:
    case Target::Kind::cost_amount:
    case Target::Kind::share:
    case Target::Kind::line_quantity:
    case Target::Kind::line_periods:
      return true;
    case Target::Kind::population_participants:
      return a.population.has_value();
    default:
      return false;
  }
}

// Whether `t` is the input `s`.
bool names(const Target& t, const Source& s) {
  if (t.kind != s.kind) return false;
  switch (t.kind) {
    case Target::Kind::tariff_price:
    case Target::Kind::cost_amount:
      return t.index == s.index;
    case Target::Kind::line_quantity:
    case Target::Kind::line_periods:
      return t.index == s.index && t.line == s.line;
    case Target::Kind::share:
      return t.share == s.share && t.level == s.level &&
             (t.level == Target::Level::programme || t.index == s.index) &&
             (t.level != Target::Level::line || t.line == s.line);
    default:
      return true;
  }
}

// The parameter that sets an input: of the innermost source any parameter
// names, the last parameter naming it, as overrides applied in order do.
std::optional<std::size_t> setter(const ModelGraph::Input& in,
                                  const std::vector<UncertainParameter>& parameters) {
  for (std::uint8_t k = 0; k < in.count; ++k)
    for (std::size_t p = parameters.size(); p-- > 0;)
      if (names(parameters[p].parameter.target, in.from[k])) return p;
  return std::nullopt;
}

// Within these the exact model takes a value (README, "Numbers").
DrawModel::Bounds bounds_of(ValueType type) {
  switch (type) {
    case ValueType::money:
      return {0, 1e11};
    case ValueType::quantity:
      return {0, 1e8};
    case ValueType::share:
      return {0, 1};
    default:
      return {1, 1e9};
  }
}

}  // namespace

std::optional<DrawModel> DrawModel::compile(const Analysis& a, bool bootstrap, bool every_node) {
  const bool timed = a.programme.horizon || a.programme.discounting.origin.line;
  if (!a.population && !timed) return std::nullopt;
  for (const auto& u : a.uncertainty)
    if (!sets_a_value(a, u.parameter.target)) return std::nullopt;
  const ModelGraph m = build_model_graph(a);
  graph::Values exact;
  try {
    graph::evaluate(m.graph, exact);
  } catch (const graph::Overflow&) {
    return std::nullopt;  // the exact model reports it
  }
  std::vector<std::pair<graph::Id, std::size_t>> inputs;
  for (const auto& in : m.inputs)
    if (auto p = setter(in, a.uncertainty)) inputs.emplace_back(in.node, *p);
  std::vector<graph::Id> outcome;  // net, ratio, by payer
  if (m.time) {
    outcome = {m.time->npv, m.time->ratio};
    for (const auto& p : m.time->by_payer) outcome.push_back(p.npv);
  } else {
    outcome = {m.population_net->net_benefit, m.population_net->ratio};
    for (const auto& p : m.population_net->by_payer) outcome.push_back(p.net);
  }
  DrawModel out(graph::FloatProgram(m.graph, exact, std::move(inputs), bootstrap,
                                    every_node ? std::span<const graph::Id>() : outcome));
  for (const auto& u : a.uncertainty) {
    out.decimals_.push_back(decimals_of(u.parameter.type));
    out.bounds_.push_back(bounds_of(u.parameter.type));
  }
  out.cases_ = a.cases.size();
  out.net_ = outcome[0];
  out.ratio_ = outcome[1];
  out.by_payer_.assign(outcome.begin() + 2, outcome.end());
  return out;
}

bool DrawModel::evaluate(const double* values, const std::size_t* picks, Memory& m,
                         Figures& out) const {
  for (std::size_t k = 0; k < bounds_.size(); ++k)
    if (!(values[k] >= bounds_[k].low && values[k] <= bounds_[k].high)) return false;
  if (!program_.run(values, picks, m, near_limit)) return false;
  out.net = m.values[net_];
  out.ratio = m.values[ratio_];
  for (std::size_t p = 0; p < by_payer_.size(); ++p) out.by_payer[p] = m.values[by_payer_[p]];
  return true;
}

}  // namespace mkba
