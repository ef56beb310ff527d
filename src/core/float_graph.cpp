#include "core/float_graph.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mkba::graph {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool is_aggregate(Op op) {
  return op == Op::mean || op == Op::median || op == Op::weighted || op == Op::single;
}

// Which nodes an evaluation changes: the inputs, what is computed from them,
// and with bootstrap every case aggregate and what follows it.
std::vector<bool> changing(const Graph& g, const std::vector<std::pair<Id, std::size_t>>& inputs,
                           bool bootstrap) {
  std::vector<bool> out(g.size(), false);
  for (const auto& [node, slot] : inputs) out[node] = true;
  for (Id id = 0; id < g.size(); ++id) {
    if (g.at(id).op == Op::constant) continue;
    if (bootstrap && is_aggregate(g.at(id).op)) out[id] = true;
    for (Id o : g.operands(id)) out[id] = out[id] || out[o];
  }
  return out;
}

// The nodes that `outputs` are computed from, themselves included; every
// node when there are none.
std::vector<bool> needed(const Graph& g, std::span<const Id> outputs) {
  std::vector<bool> out(g.size(), outputs.empty());
  for (Id o : outputs) out[o] = true;
  for (Id id = static_cast<Id>(g.size()); id-- > 0;)
    if (out[id])
      for (Id o : g.operands(id)) out[o] = true;
  return out;
}

}  // namespace

double to_double(const Exact& e) {
  return static_cast<double>(e.numerator()) / static_cast<double>(e.denominator());
}

FloatProgram::FloatProgram(const Graph& g, const Values& exact,
                           std::vector<std::pair<Id, std::size_t>> inputs, bool bootstrap,
                           std::span<const Id> outputs)
    : inputs_(std::move(inputs)), bootstrap_(bootstrap) {
  for (const auto& v : exact) initial_.push_back(v ? to_double(*v) : nan);
  const std::vector<bool> steps = changing(g, inputs_, bootstrap), wanted = needed(g, outputs);
  for (Id id = 0; id < g.size(); ++id) {
    const Node& n = g.at(id);
    if (!steps[id] || !wanted[id] || n.op == Op::constant) continue;
    Step s{n.op, id, static_cast<std::uint32_t>(operands_.size()), n.count, 0};
    const auto ops = g.operands(id);
    operands_.insert(operands_.end(), ops.begin(), ops.end());
    if (is_aggregate(n.op)) {
      const Graph::Aggregate& agg = g.aggregate_of(id);
      Aggregate a{{}, 0, agg.single};
      Exact total;
      for (const auto& [c, w] : agg.weights) {
        a.weights.emplace_back(c, to_double(w));
        total += w;
      }
      a.weight_total = to_double(total);
      s.aggregate = static_cast<std::uint32_t>(aggregates_.size());
      aggregates_.push_back(std::move(a));
    }
    fold_prefix(s, steps);
    steps_.push_back(s);
  }
}

// Left to right, a sum, product or mean starts from the running total of its
// leading operands that never change: computed here once, in the order an
// evaluation would, it is the same double. Bootstrap aggregates depend on
// the picks and fold nothing.
void FloatProgram::fold_prefix(Step& s, const std::vector<bool>& changes) const {
  const Id* ops = operands_.data() + s.first;
  const double* x = initial_.data();
  if (s.op == Op::sum || s.op == Op::product || (s.op == Op::mean && !bootstrap_)) {
    s.start = s.op == Op::product ? 1 : 0;  // 1 x v and 0 + v are v, exactly
    for (; s.folded < s.count && !changes[ops[s.folded]]; ++s.folded)
      s.start = s.op == Op::product ? s.start * x[ops[s.folded]] : s.start + x[ops[s.folded]];
  } else if (s.op == Op::weighted && !bootstrap_) {
    const Aggregate& agg = aggregates_[s.aggregate];
    for (; s.folded < agg.weights.size() && !changes[ops[agg.weights[s.folded].first]]; ++s.folded)
      s.start += x[ops[agg.weights[s.folded].first]] * agg.weights[s.folded].second;
  }
}

FloatProgram::Memory FloatProgram::memory() const {
  Memory m;
  m.values = initial_;
  m.sorted.reserve(64);
  return m;
}

// The value of an arithmetic step from the values `x`: small enough to be
// inlined into the evaluation loop, where a call per step would cost more
// than the step.
double FloatProgram::arithmetic(const Step& s, const double* x) const {
  const Id* ops = operands_.data() + s.first;
  switch (s.op) {
    case Op::constant:
      break;
    case Op::sum: {
      double sum = s.start;
      for (std::uint32_t k = s.folded; k < s.count; ++k) sum += x[ops[k]];
      return sum;
    }
    case Op::product: {
      double p = s.start;
      for (std::uint32_t k = s.folded; k < s.count; ++k) p *= x[ops[k]];
      return p;
    }
    case Op::difference:
      return x[ops[0]] - x[ops[1]];
    case Op::quotient:
      return x[ops[1]] == 0 ? nan : x[ops[0]] / x[ops[1]];
    case Op::quotient_of_positive:
      return x[ops[1]] > 0 ? x[ops[0]] / x[ops[1]] : nan;
    case Op::ceiling:
      return std::ceil(x[ops[0]]);
    case Op::positive_part:
      return x[ops[0]] < 0 ? 0 : x[ops[0]];
    case Op::negative_part:
      return x[ops[0]] < 0 ? -x[ops[0]] : 0;
    case Op::average: {
      double sum = 0;
      for (std::uint32_t k = 0; k < s.count; ++k) sum += x[ops[k]];
      return sum / static_cast<double>(s.count);
    }
    case Op::minimum: {
      double least = x[ops[0]];
      for (std::uint32_t k = 1; k < s.count; ++k) least = std::min(least, x[ops[k]]);
      return least;
    }
    case Op::transfer: {
      const double net = x[ops[0]], deficit = x[ops[1]];
      if (x[ops[3]] < 0 || deficit == 0) return 0;
      return net < 0 ? -net : -(net * (deficit / x[ops[2]]));
    }
    default:
      break;
  }
  return nan;
}

// The value of a case aggregate step.
double FloatProgram::aggregate(const Step& s, const std::size_t* picks, Memory& m) const {
  const Id* ops = operands_.data() + s.first;
  const double* x = m.values.data();
  if (bootstrap_) {  // a bootstrap sample: every aggregate the mean of the picks
    double sum = 0;
    for (std::uint32_t c = 0; c < s.count; ++c) sum += x[ops[picks[c]]];
    return sum / static_cast<double>(s.count);
  }
  const Aggregate& agg = aggregates_[s.aggregate];
  switch (s.op) {
    case Op::median: {
      m.sorted.resize(s.count);
      for (std::uint32_t c = 0; c < s.count; ++c) m.sorted[c] = x[ops[c]];
      std::sort(m.sorted.begin(), m.sorted.end());
      const std::size_t n = m.sorted.size();
      return n % 2 == 1 ? m.sorted[n / 2] : (m.sorted[n / 2 - 1] + m.sorted[n / 2]) / 2;
    }
    case Op::single:
      return x[ops[agg.single]];
    case Op::weighted: {
      double sum = s.start;
      for (std::size_t k = s.folded; k < agg.weights.size(); ++k)
        sum += x[ops[agg.weights[k].first]] * agg.weights[k].second;
      return agg.weight_total == 0 ? nan : sum / agg.weight_total;
    }
    default: {  // mean
      double sum = s.start;
      for (std::uint32_t c = s.folded; c < s.count; ++c) sum += x[ops[c]];
      return sum / static_cast<double>(s.count);
    }
  }
}

bool FloatProgram::run(const double* slots, const std::size_t* picks, Memory& m,
                       double limit) const {
  for (const auto& [node, slot] : inputs_) m.values[node] = slots[slot];
  double* x = m.values.data();  // aggregate() resizes only m.sorted
  for (const Step& s : steps_) {
    const double v = is_aggregate(s.op) ? aggregate(s, picks, m) : arithmetic(s, x);
    if (std::abs(v) > limit) return false;
    x[s.node] = v;
  }
  return true;
}

}  // namespace mkba::graph
