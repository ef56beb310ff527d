#pragma once
// A figure graph: each figure a node, an operation over operand nodes that
// come before it (topological order), so that one definition of a formula
// serves every evaluation of it. Nodes carry no text: `What` says what a node
// is in a few integers, and whoever presents it names it when asked.
//
// Case aggregates (mean, median, weighted, single) know that they range over
// the cases, so that the same graph evaluates a bootstrap sample (`picks`)
// and each case left out (`LeaveOneOut`) without being rebuilt.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/exact.hpp"

namespace mkba::graph {

enum class Op : std::uint8_t {
  constant,              // an input value or a fixed factor
  sum,                   // operands added, from zero
  product,               // operands multiplied, left to right
  difference,            // first minus second
  quotient,              // first over second; no value when the second is zero
  quotient_of_positive,  // first over second; no value unless the second is above zero
  ceiling,               // the smallest whole number not below its one operand
  positive_part,         // its one operand when above zero, else zero
  negative_part,         // minus its one operand when below zero, else zero
  average,               // the mean of its operands (not over the cases: see mean)
  minimum,               // the least of its operands
  // The payer balance (README): of a payer's net, the deficits', the
  // surpluses' and the total net, what the payer receives (+) or gives (-).
  // A deficit is made whole and surpluses give in proportion; nothing moves
  // when the total net is negative or there is no deficit.
  transfer,
  mean,  // case aggregates: over the cases' operands ...
  median,
  weighted,  // ... the weighted mean of the cases named, by their weights
  single,    // ... one case's operand
};

using Id = std::uint32_t;

// What a node is, compactly: a tag the builder defines and two indices
// (a case and a line, a payer, ...).
struct What {
  std::uint16_t tag = 0;
  std::uint32_t a = 0, b = 0;
};

struct Node {
  Op op = Op::constant;
  std::uint32_t first = 0, count = 0;  // operands, in the graph's operand array
  std::uint32_t aggregate = 0;         // case aggregates: their index
  What what;
};

class Graph {
 public:
  Id constant(const Exact& value, What what = {});
  // `operands` come before the new node.
  Id node(Op op, std::span<const Id> operands, What what = {});
  Id node(Op op, std::initializer_list<Id> operands, What what = {}) {
    return node(op, std::span<const Id>(operands.begin(), operands.size()), what);
  }
  // A case aggregate over `per_case` (case k's operand at k). `weights`
  // (case, weight) for weighted; `single` the case for single.
  Id aggregate(Op op, std::vector<Id> per_case, What what = {},
               std::vector<std::pair<std::size_t, Exact>> weights = {}, std::size_t single = 0);

  std::size_t size() const { return nodes_.size(); }
  const Node& at(Id id) const { return nodes_[id]; }
  std::span<const Id> operands(Id id) const {
    return {operands_.data() + nodes_[id].first, nodes_[id].count};
  }
  const Exact& value_of_constant(Id id) const { return constants_[nodes_[id].first]; }
  // The node's operands as a figure explains it: a weighted aggregate's
  // alternate weight and case, the others their operands.
  std::vector<Id> shown_operands(Id id) const;
  // The first case aggregate: nodes before it do not depend on the choice of cases.
  std::size_t first_aggregate() const { return first_aggregate_; }
  std::size_t cases() const { return cases_; }

  struct Aggregate {
    std::vector<Id> per_case;
    std::vector<std::pair<std::size_t, Exact>> weights;
    std::vector<Id> weight_nodes;  // constants of the weights, for explaining
    std::size_t single = 0;
  };
  const Aggregate& aggregate_of(Id id) const { return aggregates_[nodes_[id].aggregate]; }

 private:
  std::vector<Node> nodes_;
  std::vector<Id> operands_;
  std::vector<Exact> constants_;
  std::vector<Aggregate> aggregates_;
  std::size_t first_aggregate_ = static_cast<std::size_t>(-1);
  std::size_t cases_ = 0;
};

// The value of each node; none where a quotient divides by zero, or an
// operand has none.
using Values = std::vector<std::optional<Exact>>;

// The values of a graph's nodes: all of one evaluation, or those of a
// re-evaluation from some node on over the values before it.
class View {
 public:
  View(const Values& all) : all_(&all) {}  // NOLINT: every Values is a view
  View(const Values& before, const Values& from, std::size_t first)
      : all_(&before), from_(&from), first_(first) {}
  const std::optional<Exact>& operator[](Id id) const {
    return id < first_ ? (*all_)[id] : (*from_)[id - first_];
  }

 private:
  const Values* all_;
  const Values* from_ = nullptr;
  std::size_t first_ = static_cast<std::size_t>(-1);
};

// An evaluation that left the exact range, at `node`.
class Overflow : public OutOfRange {
 public:
  Overflow(Id at, const OutOfRange& e) : OutOfRange(e), node(at) {}
  Id node;
};

// Every node, exactly. With `picks` (one case index per case, drawn with
// replacement), each case aggregate is the mean of the picked cases'
// operands: a bootstrap sample. Throws Overflow.
// Into `v`, which holds what was computed before an Overflow.
void evaluate(const Graph& g, Values& v, std::span<const std::size_t> picks = {});
inline Values evaluate(const Graph& g, std::span<const std::size_t> picks = {}) {
  Values v;
  evaluate(g, v, picks);
  return v;
}

// The graph re-evaluated with one case left out, from the values with all
// cases: only the aggregates and what follows them, each aggregate in O(1)
// after O(n log n) set-up. Left out, a mean, median or weighted mean is of
// the other cases; a single case that is the one left out, or a weighted mean
// of only that case, falls back to the mean of the others.
class LeaveOneOut {
 public:
  LeaveOneOut(const Graph& g, const Values& all);
  // The values from the first aggregate on (throws Overflow), and all values
  // with them: O(aggregates and what follows them), not O(graph).
  Values without(std::size_t c) const;
  View view(const Values& without) const { return View(all_, without, first_); }

 private:
  struct State {
    // Set when the sums below left the exact range: without() throws it when
    // it needs them, as evaluating the aggregate would.
    std::string out_of_range;
    Exact sum;                         // of all operands (mean; not median)
    std::vector<std::size_t> rank;     // median: each case's place in sorted
    std::vector<Exact> sorted;         //
    Exact weighted_sum, weight_total;  // weighted
    std::vector<Exact> weight_of;      // per case
    std::vector<std::size_t> named;    // how many weights name each case
  };
  State state_of(Id id, const Values& all) const;
  Exact aggregate_without(Id id, const State& s, std::size_t c) const;

  const Graph& g_;
  const Values& all_;
  std::size_t first_;                        // the first aggregate
  std::vector<std::optional<State>> state_;  // per node; set for aggregates
};

}  // namespace mkba::graph
