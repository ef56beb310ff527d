#pragma once
// Checking claimed figures: the computed value, rounded to the precision the
// source used, must equal the claim. When it does not, mkba looks for the
// reason a reviewer would look for.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/trace.hpp"

namespace mkba {

struct ClaimCheck {
  enum class Reason {
    none,                  // no explanation found
    sum_of_rounded_parts,  // the claim adds up parts that were each rounded first
    rounded_up,            // the source rounded up, not to the nearest
    coarser_rounding,      // the claim holds when rounded to `step` instead
    whole_factor,          // claim = factor x computed (or computed = factor x claim)
    no_value,              // the figure has no value here (e.g. no payback within the horizon)
    rounded_down,          // the source truncated, not rounded as the claim says
    rounded_nearest,       // the source rounded to the nearest, not down or up as the claim says
  };
  const Claim* claim = nullptr;
  FigureKind kind = FigureKind::amount;
  Exact computed;
  Exact precision;  // as given, or the default
  Exact rounded;    // computed rounded to precision, as the claim says the source rounded
  bool holds = false;
  Reason reason = Reason::none;
  std::vector<std::pair<std::string, Exact>> parts;  // sum_of_rounded_parts: each part rounded
  Exact parts_sum;
  Exact step;  // coarser_rounding, rounded_down, rounded_up, rounded_nearest: the step
  long long factor =
      0;  // whole_factor: > 0 claim is factor x computed; < 0 computed is -factor x claim
};

// The results claims are checked on: a claim that names a scenario on the
// result of that scenario, any other on `base`.
struct ClaimResults {
  const Result* base = nullptr;
  std::vector<const Result*> scenarios;  // each computed with its scenario applied
};

// Reports claims that name no figure ("did you mean"), and claims `result`
// checks (see below) whose figure cannot be rounded to their precision exactly.
Diagnostics validate_claims(const Result& result);

// One check per claim of the analysis, each on its result; every scenario a
// claim names must be among `results.scenarios` (or be base's). The claims
// must be valid (validate_claims on each result), and then no check leaves
// the exact range.
std::vector<ClaimCheck> check_claims(const ClaimResults& results);
// The claims one result can check: those that name no scenario, and those
// that name the scenario it was computed with.
std::vector<ClaimCheck> check_claims(const Result& result);
// The scenarios the claims of `a` name, each once, in the order written.
std::vector<std::string> claimed_scenarios(const Analysis& a);

// `value` rounded to a multiple of `step`, halves away from zero.
Exact round_to_step(const Exact& value, const Exact& step);
// `value` rounded to a multiple of `step` the way `how` says: to the
// nearest (as round_to_step), down (towards zero) or up (away from zero).
Exact round_to_step(const Exact& value, const Exact& step, Claim::Rounding how);

}  // namespace mkba
