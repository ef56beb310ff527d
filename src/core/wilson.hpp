#pragma once
// The Wilson score interval of a share measured among n respondents, at 95%
// (z = 1.96), in exact rational arithmetic (README, "Outcomes").
//
// Its bounds are the roots of a quadratic with rational coefficients,
//   (1 + z^2/n) w^2 - (2p + z^2/n) w + p^2 = 0,
// so each is found by bisection on a grid of 10^-9 with an exact sign test,
// never through a floating-point square root.

#include "core/exact.hpp"

namespace mkba {

// Each bound is within 10^-9 of the true (irrational) root, and placed
// strictly between two grid points of 10^-9: rounding it to at most 8
// decimals (whole percents, percents with 1 to 6 decimals) gives exactly
// the rounding of the true root.
struct Interval {
  Exact low, high;
};

// For 0 <= share <= 1 and n >= 1; throws OutOfRange when the arithmetic
// leaves the exact range.
Interval wilson_interval(const Exact& share, long long n);

// Fewer respondents than this, and a report warns that the share is uncertain.
constexpr long long small_sample = 30;

}  // namespace mkba
