#include "core/trace.hpp"

#include "core/figure_index.hpp"
#include "core/model_graph.hpp"
#include "core/suggest.hpp"

namespace mkba {

struct Explainer::State {
  std::shared_ptr<const EvaluatedGraph> graph;
  const ModelGraph& model;
  const graph::Values& values;
  FigureIndex index;
  explicit State(std::shared_ptr<const EvaluatedGraph> g)
      : graph(std::move(g)), model(graph->model), values(graph->values) {}
};

namespace {

using graph::Id;

Trace::Op op_of(graph::Op op) {
  using G = graph::Op;
  switch (op) {
    case G::constant:
      return Trace::Op::input;
    case G::sum:
      return Trace::Op::sum;
    case G::product:
      return Trace::Op::product;
    case G::difference:
      return Trace::Op::difference;
    case G::quotient:
    case G::quotient_of_positive:
      return Trace::Op::quotient;
    case G::ceiling:
      return Trace::Op::ceil;
    case G::transfer:
      return Trace::Op::transfer;
    case G::mean:
    case G::average:
      return Trace::Op::mean;
    case G::median:
      return Trace::Op::median;
    case G::weighted:
      return Trace::Op::weighted;
    case G::minimum:
      return Trace::Op::minimum;
    case G::positive_part:  // labelled leaves (figure_index.cpp)
    case G::negative_part:
    case G::single:
      return Trace::Op::same;
  }
  return Trace::Op::same;
}

Trace input(std::string what, FigureKind kind, Exact value, Origin origin, std::string unit = {}) {
  Trace t;
  t.figure = std::move(what);
  t.kind = kind;
  t.value = value;
  t.origin = std::move(origin);
  t.unit = std::move(unit);
  return t;
}

// A price given as a total and a count is shown as their quotient, each with
// its own source; the price keeps the tariff's.
void from_total(Trace& price, const Tariff& t) {
  if (!t.from_total) return;
  const PriceFromTotal& f = *t.from_total;
  Trace total = input("total", FigureKind::amount, f.total.exact(), f.total_origin);
  total.source = f.total_source;
  Trace count = input("count", FigureKind::number, f.count, f.count_origin, t.unit_plural);
  count.source = f.count_source;
  price.op = Trace::Op::quotient;
  price.origin = {};
  price.operands = {std::move(total), std::move(count)};
}

// Turns nodes into traces: named nodes are lines of the explanation;
// a nameless sum in a sum (or product in a product) is part of its parent's
// formula, and factors that change nothing are left out.
class Walker {
 public:
  Walker(const Analysis& a, const Explainer::State& s, bool shallow)
      : a_(a), g_(s.model.graph), values_(s.values), labels_(s.index.labels), shallow_(shallow) {}

  Trace node(Id id, FigureKind inherited) const {
    const NodeLabel& l = labels_[id];
    Trace t;
    t.figure = l.name;
    t.kind = l.name.empty() ? inherited : l.kind;
    t.value = values_[id].value_or(Exact());
    t.hidden = l.hidden;
    if (g_.at(id).op == graph::Op::constant || l.leaf) {
      t.unit = l.unit;
      t.source = l.source;
      t.price_year = l.price_year;
      t.origin = l.origin;
      if (l.tariff) from_total(t, a_.tariffs.tariffs[*l.tariff]);
      return t;
    }
    t.op = op_of(g_.at(id).op);
    if (!shallow_) append(id, t.kind, t.operands);
    return t;
  }

 private:
  void append(Id id, FigureKind kind, std::vector<Trace>& out) const {
    const graph::Op op = g_.at(id).op;
    for (Id o : g_.shown_operands(id)) {
      const NodeLabel& l = labels_[o];
      if (op == graph::Op::product && l.omit) continue;
      const graph::Op inner = g_.at(o).op;
      if (l.name.empty() && inner == op && (op == graph::Op::sum || op == graph::Op::product)) {
        append(o, kind, out);
        continue;
      }
      if (l.collapse) {
        std::vector<Trace> left;
        append(o, l.kind, left);
        if (left.size() == 1) {
          out.push_back(std::move(left.front()));
          continue;
        }
      }
      out.push_back(node(o, kind));
    }
  }

  const Analysis& a_;
  const graph::Graph& g_;
  const graph::Values& values_;
  const std::vector<NodeLabel>& labels_;
  bool shallow_;
};

}  // namespace

Explainer::Explainer(const Result& result) : result_(result) {
  std::shared_ptr<const EvaluatedGraph> evaluated = result.graph;
  if (!evaluated) {  // a result put together by hand (tests): its graph anew
    EvaluatedGraph e{build_model_graph(*result.analysis), {}};
    graph::evaluate(e.model.graph, e.values);
    evaluated = std::make_shared<const EvaluatedGraph>(std::move(e));
  }
  auto s = std::make_unique<State>(std::move(evaluated));
  s->index = index_figures(*result.analysis, s->model);
  state_ = std::move(s);
}

Explainer::~Explainer() = default;

std::optional<Trace> Explainer::trace(const std::string& path, bool values_only) const {
  const FigureIndex& index = state_->index;
  auto it = index.by_path.find(path);
  if (it == index.by_path.end()) return std::nullopt;
  const FigurePath& f = index.paths[it->second];
  const Walker walk(*result_.analysis, *state_, values_only);
  Trace t;
  switch (f.derived) {
    case FigurePath::Derived::none:
      if (!state_->values[f.node]) return std::nullopt;
      t = walk.node(f.node, f.kind);
      break;
    case FigurePath::Derived::wilson_low:
    case FigurePath::Derived::wilson_high: {
      // A square root is no exact operation: the bounds are computed from
      // the graph's share and n (wilson.hpp).
      const bool low = f.derived == FigurePath::Derived::wilson_low;
      const EffectResult& e = result_.effects[f.of];
      t.op = low ? Trace::Op::wilson_low : Trace::Op::wilson_high;
      t.value = low ? e.low : e.high;
      if (!values_only) {
        const ModelGraph::Effect& m = state_->model.effects[f.of];
        t.operands = {walk.node(m.share, FigureKind::number), walk.node(m.n, FigureKind::count)};
      }
      break;
    }
    case FigurePath::Derived::payback: {
      // The first year whose cumulative discounted net is above zero.
      if (!result_.time || !result_.time->payback) return std::nullopt;
      const auto years = static_cast<std::size_t>(*result_.time->payback);
      const YearRow& row = result_.time->rows[years - 1];
      t.op = Trace::Op::first_positive;
      t.value = Exact::integer(row.year ? row.year : row.index);
      for (std::size_t y = 0; y < years && !values_only; ++y)
        t.operands.push_back(walk.node(state_->model.time->rows[y].cumulative, FigureKind::amount));
      break;
    }
  }
  // Another name of a figure (a line by its number) shows the figure's own.
  if (f.listed || t.figure.empty()) t.figure = path;
  t.kind = f.kind;
  t.hidden = false;
  return t;
}

std::vector<std::string> Explainer::paths() const {
  std::vector<std::string> out;
  for (const FigurePath& f : state_->index.paths)
    if (f.listed && trace(f.path, true)) out.push_back(f.path);
  return out;
}

std::vector<std::string> Explainer::valueless() const {
  std::vector<std::string> out;
  for (const FigurePath& f : state_->index.paths)
    if (!trace(f.path, true)) out.push_back(f.path);
  return out;
}

std::optional<Trace> trace_figure(const Result& r, const std::string& path) {
  return Explainer(r).trace(path);
}

std::vector<std::optional<Trace>> trace_figures(const Result& r,
                                                const std::vector<std::string>& paths,
                                                bool values_only) {
  const Explainer explainer(r);
  std::vector<std::optional<Trace>> out;
  out.reserve(paths.size());
  for (const auto& path : paths) out.push_back(explainer.trace(path, values_only));
  return out;
}

std::vector<std::string> figure_paths(const Result& r) { return Explainer(r).paths(); }

std::vector<std::string> valueless_paths(const Result& r) { return Explainer(r).valueless(); }

std::string unknown_figure_hint(const Result& r, const std::string& path) {
  // A case's net_saving was its gross amount minus the cost; renamed when it
  // became the net amount's, so that a claim on it is not silently read anew.
  const std::string old = ".net_saving";
  if (path.rfind("case.", 0) == 0 && path.size() > old.size() &&
      path.compare(path.size() - old.size(), old.size(), old) == 0)
    return "renamed to " + path.substr(0, path.size() - old.size()) +
           ".balance (net avoided minus the programme cost per participant)";
  std::string hint = did_you_mean(path, figure_paths(r));
  return hint.empty() ? "'mkba figures FILE' lists them all"
                      : hint + " ('mkba figures FILE' lists them all)";
}

std::vector<std::string> headline_paths(const Result& r) {
  std::vector<std::string> paths{"programme.cost_total"};
  if (r.programme.cost_per_participant) paths.push_back("programme.cost_per_participant");
  for (const auto& c : r.cases) paths.push_back("case." + r.input(c).id + ".avoided_total");
  if (r.population) {
    paths.push_back("population.benefit_total");
    paths.push_back("population.net_benefit");
    if (r.population->ratio) paths.push_back("population.ratio");
    if (r.adjusted) paths.push_back("net.benefit_total");
  }
  if (r.time) paths.push_back("npv");
  return paths;
}

}  // namespace mkba
