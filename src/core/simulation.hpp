#pragma once
// Monte Carlo over the declared uncertain parameters. Each draw samples every
// parameter from its distribution, rounds it to its type's decimals
// (parameter.hpp: round_double, round_to_decimals), and computes the outcome of sensitivity.hpp
// with those values; the statistics over the draws are estimates in binary floating point, and say
// so.
//
// Two evaluators compute the same figure graph. The fast one (draw_model.hpp)
// is the graph compiled once into a program of doubles; the exact one applies
// the values as overrides and runs the exact calculation (some 40 µs a draw).
// A run uses the fast one when every parameter sets a value of the graph
// (none is structural); otherwise the exact one computes every draw. A draw
// the fast one declines (a value near the edge of the exact range) is left
// to the exact one.
//
// Draw i always uses generator stream (seed, i). Threads take chunks of
// draws, and every statistic is combined in the order of the draws, so
// results do not depend on the number of threads.
//
// Memory hardly grows with the number of draws: mean and sd are combined per
// chunk, and the percentiles (exact, nearest rank) are selected from the
// values that fall in a window around each percentile of the first 65536
// draws, some 1-5% of the draws. The draws themselves are kept only when
// asked for (a CSV of them, a histogram).

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/draw_model.hpp"
#include "core/sensitivity.hpp"

namespace mkba {

struct SimulationOptions {
  std::uint64_t seed = 42;
  std::size_t draws = 1000;
  int jobs = 1;
  bool bootstrap_cases = false;  // also resample the cases, with replacement
  bool keep_draws = false;       // keep every draw (SimulationResult::rows)
  bool keep_net = false;         // keep the net figure of every draw (SimulationResult::net)
  bool keep_all = false;         // keep every value to select percentiles from (for tests)
  // Called now and then on the calling thread with the number of draws done.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct Summary {
  std::string name;
  double mean = 0, sd = 0, p5 = 0, p50 = 0, p95 = 0;
};

enum class Evaluator { exact, fast };

struct SimulationResult {
  std::string figure;  // "npv" or "net.net_benefit"
  std::vector<std::string> payers;
  std::size_t draws = 0;           // computed; 0 when a draw could not be
  std::vector<double> net;         // with keep_net: the net figure of every draw, in draw order
  std::vector<Summary> summaries;  // net, ratio, then net per payer
  double p_net_positive = 0;
  double p_ratio_above_one = 0;
  Evaluator evaluator = Evaluator::exact;
  std::size_t exact_draws = 0;  // with the fast evaluator: draws it left to the exact model
  // With keep_draws, one row per draw in draw order: the parameters in the
  // order of the uncertainty block (rounded to their types' decimals), the net
  // figure, the ratio (NaN when there is no cost to divide by), and the net
  // figure per payer.
  std::size_t row_width = 0;
  std::vector<double> rows;
};

// Reports and returns no draws when a draw cannot be computed.
SimulationResult simulate(const Analysis& analysis, const SimulationOptions& options,
                          Diagnostics& d);

// The same with a given fast evaluator (none: exact only), for tests.
SimulationResult simulate_with(const Analysis& analysis, const DrawModel* fast,
                               const SimulationOptions& options, Diagnostics& d);

}  // namespace mkba
