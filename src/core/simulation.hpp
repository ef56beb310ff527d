#pragma once
// Monte Carlo over the declared uncertain parameters. Each draw samples
// every parameter from its distribution and runs the exact model; the
// statistics over the draws are estimates in binary floating point, and say
// so. Draw i always uses generator stream (seed, i), so results do not
// depend on the number of threads.

#include <cstdint>
#include <string>
#include <vector>

#include "core/sensitivity.hpp"

namespace mkba {

struct SimulationOptions {
  std::uint64_t seed = 42;
  std::size_t draws = 1000;
  int jobs = 1;
  bool bootstrap_cases = false;  // also resample the cases, with replacement
};

struct Draw {
  std::vector<double> parameters;  // in the order of the analysis's uncertainty block
  double net = 0;
  double ratio = 0;  // NaN when there is no cost to divide by
  std::vector<double> net_by_payer;
};

struct Summary {
  std::string name;
  double mean = 0, sd = 0, p5 = 0, p50 = 0, p95 = 0;
};

struct SimulationResult {
  std::string figure;  // "npv" or "net.net_benefit"
  std::vector<std::string> payers;
  std::vector<Draw> draws;
  std::vector<Summary> summaries;  // net, ratio, then net per payer
  double p_net_positive = 0;
  double p_ratio_above_one = 0;
};

// Reports and returns no draws when a draw cannot be computed.
SimulationResult simulate(const Analysis& analysis, const SimulationOptions& options,
                          Diagnostics& d);

}  // namespace mkba
