#pragma once
// A figure graph (graph.hpp) compiled for evaluation in binary floating
// point, many times over with some of its constants changed: the Monte Carlo
// evaluator. The formulas are the graph's; only the nodes that depend on a
// changed constant (or, with bootstrap picks, on the choice of cases) are
// steps of the program, the others keep their exact value converted once.
// An evaluation writes into memory allocated once, so that any number of
// evaluations takes no more.

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "core/graph.hpp"

namespace mkba::graph {

double to_double(const Exact& e);

class FloatProgram {
 public:
  // `inputs`: (constant node, slot) pairs, the constants that take the value
  // of a slot in each evaluation. With `bootstrap`, every case aggregate is
  // the mean of the picked cases' operands, as in graph::evaluate. Only
  // `outputs` and what they are computed from are evaluated; every node
  // when `outputs` is empty.
  FloatProgram(const Graph& g, const Values& exact, std::vector<std::pair<Id, std::size_t>> inputs,
               bool bootstrap, std::span<const Id> outputs = {});

  // Per-thread working memory: the value of every node.
  struct Memory {
    std::vector<double> values;  // by node; NaN where the exact graph has none
    std::vector<double> sorted;  // for medians
  };
  Memory memory() const;

  // Sets the inputs from `slots` and re-evaluates what depends on them (with
  // bootstrap, `picks` holds one case per case); false as soon as a node's
  // size exceeds `limit`, leaving the values incomplete.
  bool run(const double* slots, const std::size_t* picks, Memory& m, double limit) const;

  std::size_t steps() const { return steps_.size(); }

 private:
  struct Step {
    Op op;
    Id node;
    std::uint32_t first, count;  // operands in operands_
    std::uint32_t aggregate;     // index in aggregates_, for case aggregates
    // Sums, products, means and weighted means: the first `folded` terms
    // never change, and `start` is their running total (or product), so that
    // an evaluation adds (or multiplies) only the rest, in the same order.
    std::uint32_t folded = 0;
    double start = 0;
  };
  struct Aggregate {
    std::vector<std::pair<std::size_t, double>> weights;
    double weight_total = 0;
    std::size_t single = 0;
  };
  void fold_prefix(Step& s, const std::vector<bool>& changes) const;
  double arithmetic(const Step& s, const double* x) const;
  double aggregate(const Step& s, const std::size_t* picks, Memory& m) const;

  std::vector<double> initial_;
  std::vector<std::pair<Id, std::size_t>> inputs_;
  std::vector<Step> steps_;
  std::vector<Id> operands_;
  std::vector<Aggregate> aggregates_;
  bool bootstrap_ = false;
};

}  // namespace mkba::graph
