#include "core/graph.hpp"

#include <algorithm>
#include <stdexcept>

namespace mkba::graph {

Id Graph::constant(const Exact& value, What what) {
  Node n;
  n.first = static_cast<std::uint32_t>(constants_.size());
  n.what = what;
  constants_.push_back(value);
  nodes_.push_back(n);
  return static_cast<Id>(nodes_.size() - 1);
}

Id Graph::node(Op op, std::span<const Id> operands, What what) {
  Node n;
  n.op = op;
  n.first = static_cast<std::uint32_t>(operands_.size());
  n.count = static_cast<std::uint32_t>(operands.size());
  n.what = what;
  for (Id o : operands)
    if (o >= nodes_.size()) throw std::logic_error("graph: an operand after its node");
  operands_.insert(operands_.end(), operands.begin(), operands.end());
  nodes_.push_back(n);
  return static_cast<Id>(nodes_.size() - 1);
}

Id Graph::aggregate(Op op, std::vector<Id> per_case, What what,
                    std::vector<std::pair<std::size_t, Exact>> weights, std::size_t single) {
  if (cases_ && per_case.size() != cases_)
    throw std::logic_error("graph: aggregates over different cases");
  cases_ = per_case.size();
  Aggregate agg{std::move(per_case), std::move(weights), {}, single};
  for (const auto& [c, w] : agg.weights) agg.weight_nodes.push_back(constant(w));
  const Id id = node(op, agg.per_case, what);
  nodes_[id].aggregate = static_cast<std::uint32_t>(aggregates_.size());
  aggregates_.push_back(std::move(agg));
  first_aggregate_ = std::min<std::size_t>(first_aggregate_, id);
  return id;
}

std::vector<Id> Graph::shown_operands(Id id) const {
  const Node& n = nodes_[id];
  if (n.op == Op::single) return {aggregate_of(id).per_case[aggregate_of(id).single]};
  if (n.op != Op::weighted) return {operands(id).begin(), operands(id).end()};
  const Aggregate& agg = aggregate_of(id);
  std::vector<Id> out;
  for (std::size_t k = 0; k < agg.weights.size(); ++k) {
    out.push_back(agg.weight_nodes[k]);
    out.push_back(agg.per_case[agg.weights[k].first]);
  }
  return out;
}

namespace {

Exact mean_of(const std::vector<Exact>& v) {
  Exact sum;
  for (const auto& x : v) sum += x;
  return sum / Exact::integer(static_cast<long long>(v.size()));
}

Exact median_of(std::vector<Exact> v) {
  std::stable_sort(v.begin(), v.end());
  const std::size_t n = v.size();
  if (n % 2 == 1) return v[n / 2];
  return (v[n / 2 - 1] + v[n / 2]) / Exact::integer(2);
}

// The value of node `id` from its operands' values.
std::optional<Exact> compute(const Graph& g, Id id, const View& v,
                             std::span<const std::size_t> picks) {
  const Node& n = g.at(id);
  if (n.op == Op::constant) return g.value_of_constant(id);
  std::span<const Id> ops = g.operands(id);
  for (Id o : ops)
    if (!v[o]) return std::nullopt;
  auto at = [&](std::size_t k) { return *v[ops[k]]; };
  switch (n.op) {
    case Op::constant:
      break;
    case Op::sum: {
      Exact s;
      for (std::size_t k = 0; k < ops.size(); ++k) s += at(k);
      return s;
    }
    case Op::product: {
      Exact p = at(0);
      for (std::size_t k = 1; k < ops.size(); ++k) p = p * at(k);
      return p;
    }
    case Op::difference:
      return at(0) - at(1);
    case Op::quotient:
      if (at(1).is_zero()) return std::nullopt;
      return at(0) / at(1);
    case Op::quotient_of_positive:
      if (at(1).is_zero() || at(1).is_negative()) return std::nullopt;
      return at(0) / at(1);
    case Op::ceiling:
      return Exact::fraction(at(0).ceil(), 1);
    case Op::positive_part:
      return at(0).is_negative() ? Exact() : at(0);
    case Op::negative_part:
      return at(0).is_negative() ? -at(0) : Exact();
    case Op::average: {
      Exact s;
      for (std::size_t k = 0; k < ops.size(); ++k) s += at(k);
      return s / Exact::integer(static_cast<long long>(ops.size()));
    }
    case Op::minimum: {
      Exact least = at(0);
      for (std::size_t k = 1; k < ops.size(); ++k) least = std::min(least, at(k));
      return least;
    }
    case Op::transfer: {
      if (at(3).is_negative() || at(1).is_zero()) return Exact();
      if (at(0).is_negative()) return -at(0);
      const Exact given = at(1) / at(2);  // the share of a surplus that is given
      return -(at(0) * given);
    }
    case Op::mean:
    case Op::median:
    case Op::weighted:
    case Op::single: {
      if (!picks.empty()) {  // a bootstrap sample: every aggregate the mean of the picks
        std::vector<Exact> picked;
        for (std::size_t c : picks) picked.push_back(at(c));
        return mean_of(picked);
      }
      std::vector<Exact> all;
      for (std::size_t k = 0; k < ops.size(); ++k) all.push_back(at(k));
      if (n.op == Op::mean) return mean_of(all);
      if (n.op == Op::median) return median_of(std::move(all));
      const auto& agg = g.aggregate_of(id);
      if (n.op == Op::single) return all[agg.single];
      Exact sum, weights;
      for (const auto& [c, w] : agg.weights) {
        sum += all[c] * w;
        weights += w;
      }
      return sum / weights;
    }
  }
  return std::nullopt;
}

}  // namespace

void evaluate(const Graph& g, Values& v, std::span<const std::size_t> picks) {
  v.assign(g.size(), std::nullopt);
  for (Id id = 0; id < g.size(); ++id) try {
      v[id] = compute(g, id, v, picks);
    } catch (const OutOfRange& e) {
      throw Overflow(id, e);
    }
}

LeaveOneOut::LeaveOneOut(const Graph& g, const Values& all)
    : g_(g), all_(all), first_(std::min(g.first_aggregate(), g.size())) {
  state_.resize(g.size() - first_);
  for (Id id = static_cast<Id>(first_); id < g.size(); ++id) {
    const Op op = g.at(id).op;
    if (op != Op::mean && op != Op::median && op != Op::weighted && op != Op::single) continue;
    state_[id - first_] = state_of(id, all);
  }
}

// A median never adds its operands: their sum may leave the exact range where
// the median does not.
LeaveOneOut::State LeaveOneOut::state_of(Id id, const Values& all) const {
  const Op op = g_.at(id).op;
  const auto& agg = g_.aggregate_of(id);
  State s;
  const std::size_t n = agg.per_case.size();
  auto value = [&](std::size_t c) { return *all[agg.per_case[c]]; };
  try {
    if (op != Op::median)
      for (std::size_t c = 0; c < n; ++c) s.sum += value(c);
    if (op == Op::median) {
      std::vector<std::size_t> order(n);
      for (std::size_t c = 0; c < n; ++c) order[c] = c;
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t x, std::size_t y) { return value(x) < value(y); });
      s.rank.resize(n);
      for (std::size_t k = 0; k < n; ++k) {
        s.rank[order[k]] = k;
        s.sorted.push_back(value(order[k]));
      }
    }
    if (op == Op::weighted) {
      s.weight_of.assign(n, Exact());
      s.named.assign(n, 0);
      for (const auto& [c, w] : agg.weights) {
        s.weighted_sum += value(c) * w;
        s.weight_total += w;
        s.weight_of[c] += w;
        ++s.named[c];
      }
    }
  } catch (const OutOfRange& e) {
    s = State{};
    s.out_of_range = e.what();
  }
  return s;
}

Exact LeaveOneOut::aggregate_without(Id id, const State& s, std::size_t c) const {
  const auto& agg = g_.aggregate_of(id);
  const std::size_t n = agg.per_case.size();
  auto value = [&](std::size_t k) { return *all_[agg.per_case[k]]; };
  auto fits = [&] {
    if (!s.out_of_range.empty()) throw OutOfRange(s.out_of_range);
  };
  auto mean = [&] {
    fits();
    return (s.sum - value(c)) / Exact::integer(static_cast<long long>(n) - 1);
  };
  switch (g_.at(id).op) {
    case Op::median: {
      const std::size_t kept = n - 1;
      auto at = [&](std::size_t k) { return s.sorted[k >= s.rank[c] ? k + 1 : k]; };
      if (kept % 2 == 1) return at(kept / 2);
      return (at(kept / 2 - 1) + at(kept / 2)) / Exact::integer(2);
    }
    case Op::single:
      return agg.single == c ? mean() : value(agg.single);
    case Op::weighted: {
      fits();
      const Exact total = s.weight_total - s.weight_of[c];
      if (s.named[c] == agg.weights.size() || total.is_zero()) return mean();
      return (s.weighted_sum - value(c) * s.weight_of[c]) / total;
    }
    default:
      return mean();
  }
}

Values LeaveOneOut::without(std::size_t c) const {
  Values from(g_.size() - first_);
  const View v = view(from);
  for (Id id = static_cast<Id>(first_); id < g_.size(); ++id) try {
      const auto& state = state_[id - first_];
      from[id - first_] = state ? aggregate_without(id, *state, c) : compute(g_, id, v, {});
    } catch (const OutOfRange& e) {
      throw Overflow(id, e);
    }
  return from;
}

}  // namespace mkba::graph
