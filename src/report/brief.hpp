#pragma once
// The first page of a report ("In het kort"): what the programme costs and
// avoids, its result with a range, what it rests on, what does not hold and
// what moves it most; amounts in a council's rounding, each with the section
// where its exact figure stands.

#include <optional>
#include <vector>

#include "core/claims.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// What the core computed about uncertainty, for the range and the largest
// sensitivity; both empty when the file declares no uncertain parameters.
struct Spread {
  std::optional<SimulationResult> simulation;  // the range, when it could be computed
  SimulationOptions options;                   // the simulation's draws and seed
  std::optional<Sensitivity> sensitivity;      // one-way: the range without a simulation
  bool failed = false;                         // either could not be computed
  std::vector<LeftOut> left_out;               // each case dropped in turn (none for one case)
};

Section brief_section(const Result& result, const std::vector<ClaimCheck>& checks,
                      const Spread& spread, Locale locale);

}  // namespace mkba::report
