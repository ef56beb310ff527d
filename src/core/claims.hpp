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
  };
  const Claim* claim = nullptr;
  FigureKind kind = FigureKind::amount;
  Exact computed;
  Exact precision;  // as given, or the default
  Exact rounded;    // computed rounded to precision
  bool holds = false;
  Reason reason = Reason::none;
  std::vector<std::pair<std::string, Exact>> parts;  // sum_of_rounded_parts: each part rounded
  Exact parts_sum;
  Exact step;  // coarser_rounding
  long long factor =
      0;  // whole_factor: > 0 claim is factor x computed; < 0 computed is -factor x claim
};

// Reports claims that name no figure ("did you mean"), and claims whose
// figure cannot be rounded to their precision exactly.
Diagnostics validate_claims(const Result& result);

// One check per claim of the analysis; the claims must be valid
// (validate_claims), and then no check leaves the exact range.
std::vector<ClaimCheck> check_claims(const Result& result);

// `value` rounded to a multiple of `step`, halves away from zero.
Exact round_to_step(const Exact& value, const Exact& step);

}  // namespace mkba
