#pragma once
// The outcome of `outcome_of` (sensitivity.hpp) for Monte Carlo draws: the
// figure graph of the analysis (model_graph.hpp) compiled into a program of
// doubles (float_graph.hpp), with the constants its uncertain parameters set
// as inputs. It yields the net result (the NPV when there is a horizon or
// discounting, else the population's net result after additionality), the
// benefit/cost ratio and the net result per payer.
//
// The formulas are the graph's, so there is nothing to keep in step with the
// exact model. A parameter that changes which figures exist (horizon,
// discounting, price year, payers, bases) makes compilation return nothing:
// the caller uses the exact model. So does a drawn value or figure near the
// edge of what the exact model accepts: `evaluate` then declines and the
// caller runs the exact model for that draw, which reports the error if there
// is one.

#include <cstddef>
#include <optional>
#include <vector>

#include "core/float_graph.hpp"
#include "core/model.hpp"

namespace mkba {

class DrawModel {
 public:
  // The model of `analysis` with the parameters of its uncertainty block as
  // inputs; with `bootstrap_cases`, also the cases (see `evaluate`). None
  // when a parameter is structural, or there is no outcome to compute. A
  // draw evaluates what the outcome needs; with `every_node` (for tests),
  // every node of the graph.
  static std::optional<DrawModel> compile(const Analysis& analysis, bool bootstrap_cases,
                                          bool every_node = false);

  std::size_t parameters() const { return decimals_.size(); }
  std::size_t cases() const { return cases_; }
  std::size_t payers() const { return by_payer_.size(); }
  // Decimals of parameter k's type (decimals_of): what a draw rounds it to.
  int decimals(std::size_t k) const { return decimals_[k]; }

  using Memory = graph::FloatProgram::Memory;  // per thread
  Memory memory() const { return program_.memory(); }

  struct Figures {
    double net = 0;
    double ratio = 0;  // NaN when there is no cost to divide by
    double* by_payer;  // payers() values, written by evaluate
  };

  // Evaluates with parameter k set to values[k] (already rounded to its
  // type's decimals, round_to_decimals) into `m`, a value per node of the
  // graph (of those it evaluates: see compile). `picks` (cases() indices, or null) are the cases
  // drawn with replacement for bootstrap_cases: every case aggregate then is the mean over the
  // picks. False when a value or a figure is outside the range in which the exact model is known to
  // accept it; then only the exact model can tell.
  bool evaluate(const double* values, const std::size_t* picks, Memory& m, Figures& out) const;

  struct Bounds {
    double low, high;
  };

 private:
  DrawModel(graph::FloatProgram program) : program_(std::move(program)) {}

  graph::FloatProgram program_;
  std::vector<int> decimals_;
  std::vector<Bounds> bounds_;  // of each parameter, within which the exact model accepts it
  std::size_t cases_ = 0;
  graph::Id net_ = 0, ratio_ = 0;
  std::vector<graph::Id> by_payer_;
};

}  // namespace mkba
