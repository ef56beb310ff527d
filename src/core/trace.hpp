#pragma once
// Every figure mkba computes has a stable path (case.casus-1.avoided_total,
// population.benefit_total, ...) and a trace: how it was computed, down to
// the tariffs and quantities it came from and where each is written. Claims
// name figures by path; `explain` prints traces.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace mkba {

enum class FigureKind { amount, ratio, count, number, year };

struct Trace {
  enum class Op {
    input,           // a value from an input file (see origin)
    sum,             // operands added
    product,         // operands multiplied
    difference,      // first minus second
    quotient,        // first divided by second
    mean,            // mean of the operands
    median,          // median of the operands
    weighted,        // sum of operand 2k x operand 2k+1, divided by the sum of the weights
    same,            // equal to its one operand
    ceil,            // its one operand rounded up
    transfer,        // the payer balance rule (README): operands net of payer, total net
    first_positive,  // the first year whose operand (cumulative discounted net) is above 0
    wilson_low,      // the lower Wilson 95% bound of operands share, n (wilson.hpp)
    wilson_high,     // the upper one
    minimum,         // the least of the operands
  };
  std::string figure;  // the path; for inputs, what the value is ("tariff dagbesteding")
  Op op = Op::input;
  FigureKind kind = FigureKind::amount;
  Exact value;
  std::string unit;     // inputs: "dagdeel", "week", ...
  std::string source;   // tariffs: the cited source
  int price_year = 0;   // tariffs
  Origin origin;        // inputs: where written
  bool hidden = false;  // a constant of its parent's formula, not a line of its own
  std::vector<Trace> operands;
};

// Traces of one result's figures, walked on the model graph the result was
// computed with (model_graph.hpp), named by figure_index.hpp: an explanation
// shows the formula that computed the figure, never a copy of it. Build one
// for many figures: it builds and evaluates the graph once.
class Explainer {
 public:
  explicit Explainer(const Result& result);
  ~Explainer();
  Explainer(const Explainer&) = delete;
  Explainer& operator=(const Explainer&) = delete;

  // The trace of a figure; nothing when the path names no figure or the
  // figure has no value. With `values_only`, without its operands.
  std::optional<Trace> trace(const std::string& path, bool values_only = false) const;
  // The paths of the figures with a value, in report order.
  std::vector<std::string> paths() const;
  // The paths of figures that exist for this kind of result but have no
  // value in this one: a payback year beyond the horizon, a ratio without a cost.
  std::vector<std::string> valueless() const;

  struct State;  // the evaluated graph and its labels (trace.cpp)

 private:
  const Result& result_;
  std::unique_ptr<const State> state_;
};

// All figure paths of a result, in report order.
std::vector<std::string> figure_paths(const Result& result);
// The trace of one figure; nothing when the path names no figure.
std::optional<Trace> trace_figure(const Result& result, const std::string& path);
// The same for many paths, in linear time over them (explain); with
// `values_only`, each figure's node without its operands (figures).
std::vector<std::optional<Trace>> trace_figures(const Result& result,
                                                const std::vector<std::string>& paths,
                                                bool values_only = false);
// Paths of figures that exist for this kind of result but have no value in
// this one: a payback year beyond the horizon, a ratio without a cost.
std::vector<std::string> valueless_paths(const Result& result);

// The note for an unknown figure path: the closest path, and where to look.
std::string unknown_figure_hint(const Result& result, const std::string& path);

// The figures a headline explanation shows.
std::vector<std::string> headline_paths(const Result& result);

}  // namespace mkba
