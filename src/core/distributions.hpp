#pragma once
// Probability distributions of uncertain inputs, for one-way ranges and Monte
// Carlo simulation. This is the one module where binary floating point is
// allowed: simulated figures are estimates, not amounts (README, "Rounding").
//
// Everything is deterministic: the generator and the samplers are written out
// here rather than taken from <random>, whose distributions give different
// numbers with different standard libraries. The same seed gives the same
// draws on every run.

#include <cstdint>
#include <optional>
#include <string>

namespace mkba::uncertain {

// A splittable, seeded random generator: xoshiro256** (Blackman and Vigna)
// seeded through splitmix64. stream(seed, k) gives an independent generator
// for draw or block k, so that results do not depend on how draws are spread
// over threads.
class Rng {
 public:
  Rng();  // the same as stream(0, 0)
  static Rng stream(std::uint64_t seed, std::uint64_t k);
  std::uint64_t next();
  double uniform01();  // in (0, 1), 53 random bits, never 0 or 1

 private:
  struct State {
    std::uint64_t s[4];
  };
  explicit Rng(State state) : s_(state) {}
  State s_;
};

struct Distribution {
  enum class Kind { range, uniform, triangular, pert, normal, lognormal, gamma, beta };
  Kind kind = Kind::range;
  // Parameters by kind:
  //   range:      a = low, b = high. Meant for one-way analysis only; a
  //               simulation draws it uniformly on [a, b]. a == b is allowed.
  //   uniform:    a = low, b = high, a < b.
  //   triangular: a = min, b = mode, c = max, min <= mode <= max, min < max.
  //   pert:       a = min, b = mode, c = max as for triangular; beta-PERT with
  //               lambda 4, that is min + (max - min) x Beta(alpha, beta) with
  //               alpha = 1 + 4(mode - min)/(max - min), beta = 1 + 4(max - mode)/(max - min).
  //   normal:     a = mean, b = sd > 0; truncated to [low, high] when either is
  //               given (then a and b are those of the normal before truncation).
  //   lognormal:  a = mean > 0, b = sd > 0 OF THE VARIABLE (not of its log);
  //               log X ~ N(mu, sigma) with sigma^2 = ln(1 + (sd/mean)^2),
  //               mu = ln(mean) - sigma^2/2.
  //   gamma:      a = mean > 0, b = sd > 0; shape = (mean/sd)^2, scale = sd^2/mean.
  //   beta:       a = mean, b = sd, on [0, 1]; alpha = mean x nu, beta = (1 - mean) x nu
  //               with nu = mean(1 - mean)/sd^2 - 1 (method of moments).
  // Parameters a kind does not use are ignored.
  double a = 0, b = 0, c = 0;
  // Explicit one-way bounds (every kind) and truncation (normal only: other
  // kinds are never truncated, their low/high only set the one-way range).
  std::optional<double> low, high;

  static Distribution of(Kind kind, double a, double b, double c = 0) {
    Distribution d;
    d.kind = kind;
    d.a = a;
    d.b = b;
    d.c = c;
    return d;
  }
};

// Empty when the parameters are valid; otherwise what is wrong, for the user.
// Besides each kind's own conditions: every parameter finite and at most 1e100
// in size, gamma and beta shapes within [1e-6, 1e8] (beyond, the incomplete
// gamma and beta functions get slow and the distribution is practically a
// spike or a normal), and a truncated normal keeping at least 1e-9 of its
// probability. Every other function below expects valid parameters.
std::string check(const Distribution& d);

// Of the distribution as simulated (so of the truncated normal, and uniform
// for range); closed forms throughout.
double mean(const Distribution& d);
double variance(const Distribution& d);

// Inverse CDF, p in (0, 1); truncation respected.
double quantile(const Distribution& d, double p);

// The one-way range: low/high when given, else for range and uniform a and b,
// for triangular and pert a and c, and otherwise the 2.5% and 97.5% quantiles.
double low(const Distribution& d);
double high(const Distribution& d);

// One draw; consumes a kind-dependent number of values from rng (the gamma,
// beta and pert samplers reject some candidates).
double sample(const Distribution& d, Rng& rng);

// A truncated normal's bounds in standard units, and the probability below
// and above each: what every quantile of it needs.
struct NormalBounds {
  double alpha = 0, beta = 0;
  double lower_alpha = 0, lower_beta = 0, upper_alpha = 0, upper_beta = 0;
};

// The constants of a Gamma(k, 1) sampler (distributions.cpp).
struct GammaDraw {
  double k = 0, d = 0, c = 0, log_d = 0;
  bool boost = false;
};

// A distribution prepared for many draws: sampler(rng) is sample(d, rng),
// draw for draw, with what depends only on the parameters (shapes,
// logarithms, a truncated normal's tail probabilities) computed once.
class Sampler {
 public:
  explicit Sampler(const Distribution& d);
  double operator()(Rng& rng) const;

 private:
  Distribution d_;
  bool truncated_ = false;     // normal
  NormalBounds bounds_;        // truncated normal
  double mu_ = 0, sigma_ = 0;  // lognormal: of the log
  double scale_ = 0;           // gamma
  double width_ = 0;           // pert: max - min
  GammaDraw x_, y_;            // gamma: x_; beta and pert: X and Y of X / (X + Y)
};

}  // namespace mkba::uncertain
