#pragma once
// The model of `outcome_of` (sensitivity.hpp) compiled into flat arrays of
// doubles, for Monte Carlo draws: the net result (the NPV when there is a
// horizon or discounting, else the population's net result after
// additionality), the benefit/cost ratio and the net result per payer.
//
// It computes what the exact model computes, in binary floating point, for
// the analysis it was compiled from with its uncertain parameters set to
// given values. Only what an uncertain parameter can change is an input;
// everything else (index factors, timing and discount factors, additionality
// shares that are not sampled) is evaluated once, exactly, and then
// converted. Each parameter's handle says which input it sets; those it
// cannot express (horizon, discounting, price year, payers, bases: the
// structural ones and the rate) make compilation return nothing: the caller uses the exact
// model. So does a sampled value or total near the edge of what the exact
// model accepts: `evaluate` then declines and the caller runs the exact model
// for that draw, which reports the error if there is one.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace mkba {

class FastModel {
 public:
  // The model of `analysis` with the parameters of its uncertainty block as
  // inputs; with `bootstrap_cases`, also the cases (see `evaluate`). None
  // when a parameter's path is one the fast model does not express, or
  // there is no outcome to compute.
  static std::optional<FastModel> compile(const Analysis& analysis, bool bootstrap_cases);

  std::size_t parameters() const { return decimals_.size(); }
  std::size_t cases() const { return case_count_; }
  std::size_t payers() const { return payer_count_; }
  // Decimals of parameter k's type (decimals_of): what a draw rounds it to.
  int decimals(std::size_t k) const { return decimals_[k]; }
  // The value of parameter k in the analysis itself.
  double base_value(std::size_t k) const { return base_values_[k]; }

  // Per-thread working memory.
  struct Scratch {
    std::vector<double> line_net, case_payer, basis_values, payer_benefit, payer_cost;
  };
  Scratch scratch() const;

  struct Figures {
    double net = 0;
    double ratio = 0;      // NaN when there is no cost to divide by
    double* by_payer;      // payers() values, written by evaluate
    double magnitude = 0;  // benefit + cost: the scale of rounding differences
  };

  // Evaluates with parameter k set to values[k] (already rounded to its
  // type's decimals, round_to_decimals). `picks` (cases() indices, or null) are the cases
  // drawn with replacement for bootstrap_cases: every payer then takes the
  // mean over the picks. False, having computed nothing, when a value or an
  // amount is outside the range in which the exact model is known to accept
  // it; then only the exact model can tell.
  bool evaluate(const double* values, const std::size_t* picks, Scratch& scratch,
                Figures& out) const;

 private:
  // A number that is either fixed or parameter `slot`.
  struct Input {
    double fixed = 0;
    int slot = -1;
    double at(const double* values) const { return slot < 0 ? fixed : values[slot]; }
  };
  struct Line {
    Input price, quantity, periods;
    double index_factor = 1;
    Input shares[4];  // deadweight, attribution, displacement, probability
    std::size_t case_index = 0, payer = 0;
  };
  struct Cost {
    Input amount;
    double index_factor = 1;
    std::size_t payer = 0;
  };
  struct Basis {
    enum class Kind { mean, median, single_case, weights } kind = Kind::mean;
    std::size_t case_index = 0;
    std::vector<std::pair<std::size_t, double>> weights;
    double weight_total = 1;
  };
  struct Bounds {
    double low, high;
  };

  double by_basis(const Basis& basis, const double* values, std::size_t stride,
                  const std::size_t* picks, Scratch& scratch) const;

  std::vector<int> decimals_;
  std::vector<double> base_values_;
  std::vector<Bounds> bounds_;  // of each parameter, within which the exact model accepts it
  std::vector<Line> lines_;
  std::vector<Cost> costs_;
  std::vector<Basis> bases_;  // per payer
  std::size_t case_count_ = 0, payer_count_ = 0;
  bool population_ = false;
  Input participants_;
  bool timed_ = false;  // the outcome is the NPV over `years_`
  std::size_t years_ = 1;
  std::vector<double> discount_;     // per year
  std::vector<double> line_timing_;  // line x year
  std::vector<double> cost_timing_;  // cost x year, times the cost's index factor
};

}  // namespace mkba
