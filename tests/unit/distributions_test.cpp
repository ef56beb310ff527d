#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "core/distributions.hpp"

using namespace mkba::uncertain;
using Kind = Distribution::Kind;

namespace {

Distribution truncated(double mean, double sd, std::optional<double> low,
                       std::optional<double> high) {
  Distribution d = Distribution::of(Kind::normal, mean, sd);
  d.low = low;
  d.high = high;
  return d;
}

bool close(double value, double expected, double relative) {
  return std::abs(value - expected) <= relative * std::abs(expected);
}

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }

// Reference values below are from mpmath at 40 digits.

}  // namespace

TEST_CASE("distributions: a stream is reproducible and independent of the others") {
  Rng a = Rng::stream(42, 7), b = Rng::stream(42, 7);
  Rng other_k = Rng::stream(42, 8), other_seed = Rng::stream(43, 7);
  int same_k = 0, same_seed = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::uint64_t x = a.next();
    CHECK(x == b.next());
    same_k += x == other_k.next();
    same_seed += x == other_seed.next();
  }
  CHECK(same_k == 0);
  CHECK(same_seed == 0);

  // Pinned against an independent implementation of xoshiro256** seeded
  // through splitmix64: these may never change, or every simulation would.
  Rng pinned = Rng::stream(1, 0);
  CHECK(pinned.next() == 0xbed39bb864d51ef8ULL);
  CHECK(pinned.next() == 0x2570d86f5d876711ULL);
  CHECK(pinned.next() == 0xb4074c4963953840ULL);
  CHECK(Rng().next() == Rng::stream(0, 0).next());
}

TEST_CASE("distributions: uniform01 has 53 bits and is never 0 or 1") {
  Rng rng = Rng::stream(3, 0);
  double lowest = 1, highest = 0, sum = 0;
  int off_grid = 0;  // not a multiple of 2^-53
  const int n = 1'000'000;
  for (int i = 0; i < n; ++i) {
    const double u = rng.uniform01();
    lowest = std::min(lowest, u);
    highest = std::max(highest, u);
    sum += u;
    const double scaled = u * 0x1.0p53;
    off_grid += scaled != std::floor(scaled);
  }
  CHECK(off_grid == 0);
  CHECK(lowest > 0);
  CHECK(highest < 1);
  CHECK(std::abs(sum / n - 0.5) < 5 * std::sqrt(1.0 / 12 / n));
}

TEST_CASE("distributions: sample mean and variance match the closed forms") {
  const std::vector<Distribution> cases{
      Distribution::of(Kind::range, 2, 5),
      Distribution::of(Kind::uniform, -1, 3),
      Distribution::of(Kind::triangular, 0, 1, 10),
      Distribution::of(Kind::triangular, 0, 0, 1),
      Distribution::of(Kind::pert, 2, 3, 10),
      Distribution::of(Kind::pert, 0, 10, 10),
      Distribution::of(Kind::normal, 100, 15),
      truncated(0, 1, 0.0, std::nullopt),
      truncated(10, 5, 8.0, 20.0),
      truncated(0, 1, std::nullopt, -2.0),
      Distribution::of(Kind::lognormal, 10, 5),
      Distribution::of(Kind::gamma, 3, 1),  // shape 9
      Distribution::of(Kind::gamma, 1, 2),  // shape 1/4: Marsaglia and Tsang's boost
      Distribution::of(Kind::beta, 0.3, 0.2),
      Distribution::of(Kind::beta, 0.2, 0.3),  // both shapes below 1
      Distribution::of(Kind::beta, 0.9, 0.05),
  };
  const int n = 200'000;
  std::vector<double> draws(n);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Distribution& d = cases[i];
    CAPTURE(i);
    REQUIRE(check(d).empty());
    Rng rng = Rng::stream(2024, i);
    for (double& x : draws) x = sample(d, rng);

    double sum = 0;
    for (double x : draws) sum += x;
    const double m = sum / n;
    double m2 = 0, m4 = 0;
    for (double x : draws) {
      const double e = (x - m) * (x - m);
      m2 += e;
      m4 += e * e;
    }
    m2 /= n;
    m4 /= n;
    // Five standard errors: of the mean from the true variance, of the
    // variance from the sample's fourth central moment.
    CHECK(std::abs(m - mean(d)) < 5 * std::sqrt(variance(d) / n));
    CHECK(std::abs(m2 - variance(d)) < 5 * std::sqrt((m4 - m2 * m2) / n));

    const auto [lowest, highest] = std::minmax_element(draws.begin(), draws.end());
    CHECK(std::isfinite(*lowest));
    CHECK(std::isfinite(*highest));
    switch (d.kind) {
      case Kind::range:
      case Kind::uniform:
        CHECK(*lowest >= d.a);
        CHECK(*highest <= d.b);
        break;
      case Kind::triangular:
      case Kind::pert:
        CHECK(*lowest >= d.a);
        CHECK(*highest <= d.c);
        break;
      case Kind::normal:
        if (d.low) CHECK(*lowest >= *d.low);
        if (d.high) CHECK(*highest <= *d.high);
        break;
      case Kind::lognormal:
      case Kind::gamma:
        CHECK(*lowest >= 0);
        break;
      case Kind::beta:
        CHECK(*lowest >= 0);
        CHECK(*highest <= 1);
        break;
    }
  }
}

TEST_CASE("distributions: the same seed gives the same draws") {
  // The first draws of each kind from one stream, pinned so that a change to
  // any sampler shows (tolerance only for last-bit differences between
  // maths libraries).
  struct Pinned {
    Distribution d;
    double first[3];
  };
  const Pinned pinned[] = {
      {Distribution::of(Kind::range, 2, 5),
       {4.9666255126693599, 2.1948878837771177, 2.7817568319468373}},
      {Distribution::of(Kind::uniform, -1, 3),
       {2.9555006835591469, -0.74014948829717664, 0.042342442595782792}},
      {Distribution::of(Kind::triangular, 0, 1, 10),
       {8.9993828804586666, 0.8059939697398848, 1.8423474552053332}},
      {Distribution::of(Kind::pert, 2, 3, 10),
       {7.2751773425531594, 5.0818428464710417, 6.397171706650747}},
      {Distribution::of(Kind::normal, 100, 15),
       {134.29117963386605, 77.284049506268161, 90.376884296700936}},
      {Distribution::of(Kind::lognormal, 10, 5),
       {26.335367522961366, 4.3738407064137554, 6.6058901047534242}},
      {Distribution::of(Kind::gamma, 1, 2),
       {0.097932573159928094, 0.029559793928450605, 0.32611798814021054}},
      {Distribution::of(Kind::beta, 0.3, 0.2),
       {0.75591540088475617, 0.50787213750006543, 0.64799774433913238}},
  };
  for (const Pinned& pin : pinned) {
    const Distribution& d = pin.d;
    CAPTURE(static_cast<int>(d.kind));
    Rng a = Rng::stream(7, 0), b = Rng::stream(7, 0);
    for (double expected : pin.first) {
      const double x = sample(d, a);
      CHECK(x == sample(d, b));
      CHECK(close(x, expected, 1e-12));
    }
  }
  // The inverse-CDF kinds take one uniform per draw.
  const Distribution normal = Distribution::of(Kind::normal, 1, 2);
  Rng a = Rng::stream(5, 9), b = Rng::stream(5, 9);
  for (int i = 0; i < 100; ++i) CHECK(sample(normal, a) == quantile(normal, b.uniform01()));
}

TEST_CASE("distributions: a prepared sampler's inverse-CDF kinds draw their quantiles") {
  // Its constants (a truncated normal's tails, a lognormal's mu and sigma)
  // are computed once; a draw must still be the quantile of one uniform.
  const Distribution kinds[] = {
      Distribution::of(Kind::range, 2, 5),
      Distribution::of(Kind::uniform, -1, 3),
      Distribution::of(Kind::triangular, 0, 1, 10),
      Distribution::of(Kind::normal, 100, 15),
      truncated(10, 5, 8.0, 20.0),
      truncated(0, 1, std::nullopt, -2.0),
      truncated(0, 1, 3.0, std::nullopt),
      Distribution::of(Kind::lognormal, 10, 5),
  };
  for (const Distribution& d : kinds) {
    CAPTURE(static_cast<int>(d.kind));
    const Sampler sampler(d);
    Rng a = Rng::stream(11, 3), b = Rng::stream(11, 3);
    for (int i = 0; i < 1000; ++i) CHECK(sampler(a) == quantile(d, b.uniform01()));
  }
}

TEST_CASE("distributions: normal quantiles") {
  const Distribution standard = Distribution::of(Kind::normal, 0, 1);
  CHECK(std::abs(quantile(standard, 0.975) - 1.959963984540054) < 1e-15);
  CHECK(quantile(standard, 0.5) == 0);
  CHECK(close(quantile(standard, 1e-10), -6.3613409024040562, 1e-14));
  CHECK(close(quantile(standard, 0.8413447460685429), 1, 1e-14));  // Phi(1)
  CHECK(close(quantile(Distribution::of(Kind::normal, 3, 2), 0.975), 3 + 2 * 1.959963984540054,
              1e-15));
  for (double p : {1e-300, 1e-15, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.49, 0.6, 0.9, 0.999}) {
    CAPTURE(p);
    const double x = quantile(standard, p);
    CHECK(close(normal_cdf(x), p, 1e-13));
  }
  // The upper half mirrors the lower (1 - p is exact there).
  for (double p : {0.5, 0.6, 0.9, 0.975, 0.999999})
    CHECK(quantile(standard, p) == -quantile(standard, 1 - p));
}

TEST_CASE("distributions: truncated normal") {
  // Half-normal: mean sqrt(2/pi), variance 1 - 2/pi, quantile -Phi^-1((1 - p)/2).
  const Distribution half = truncated(0, 1, 0.0, std::nullopt);
  CHECK(close(mean(half), std::sqrt(2 / std::numbers::pi), 1e-15));
  CHECK(close(variance(half), 1 - 2 / std::numbers::pi, 1e-14));
  const Distribution standard = Distribution::of(Kind::normal, 0, 1);
  for (double p : {1e-6, 0.025, 0.5, 0.9, 0.999999}) {
    CAPTURE(p);
    CHECK(std::abs(quantile(half, p) + quantile(standard, (1 - p) / 2)) < 1e-15);
  }
  CHECK(low(half) == 0);
  CHECK(close(high(half), quantile(standard, 0.9875), 1e-15));

  // Symmetric truncation: symmetric quantiles and the mean in the middle.
  const Distribution middle = truncated(5, 2, 3.0, 7.0);
  CHECK(std::abs(quantile(middle, 0.5) - 5) < 1e-14);
  CHECK(std::abs(mean(middle) - 5) < 1e-14);
  for (double p : {1e-12, 0.01, 0.2, 0.4}) {
    CAPTURE(p);
    CHECK(std::abs((quantile(middle, p) - 5) + (quantile(middle, 1 - p) - 5)) < 1e-13);
    CHECK(quantile(middle, p) >= 3);
    CHECK(quantile(middle, 1 - p) <= 7);
  }
  CHECK(low(middle) == 3);
  CHECK(high(middle) == 7);

  // Far in the upper tail, where lower-tail probabilities would round to 1:
  // the quantile follows from Q(z) = (1 - p) Q(alpha).
  const Distribution tail = truncated(0, 1, 6.0, std::nullopt);
  const double q6 = 0.5 * std::erfc(6 / std::numbers::sqrt2);
  for (double p : {0.1, 0.5, 0.9}) {
    CAPTURE(p);
    const double x = quantile(tail, p);
    CHECK(x > 6);
    CHECK(close(0.5 * std::erfc(x / std::numbers::sqrt2), (1 - p) * q6, 1e-12));
  }
}

TEST_CASE("distributions: gamma quantiles") {
  // Exponential (shape 1): -mean log(1 - p).
  const Distribution exponential = Distribution::of(Kind::gamma, 2, 2);
  for (double p : {1e-9, 0.025, 0.5, 0.975, 1 - 1e-9}) {
    CAPTURE(p);
    CHECK(close(quantile(exponential, p), -2 * std::log1p(-p), 1e-13));
  }
  // Chi-square with k degrees of freedom: mean k, sd sqrt(2k).
  CHECK(close(quantile(Distribution::of(Kind::gamma, 1, std::sqrt(2.0)), 0.95), 3.841458820694124,
              1e-13));
  CHECK(close(quantile(Distribution::of(Kind::gamma, 10, std::sqrt(20.0)), 0.975),
              20.48317735080739, 1e-13));
  // Shape 1/4, scale 4.
  const Distribution skewed = Distribution::of(Kind::gamma, 1, 2);
  CHECK(close(quantile(skewed, 0.025), 4 * 2.6366012956299968e-7, 1e-12));
  CHECK(close(quantile(skewed, 0.5), 4 * 0.04367380235287341, 1e-13));
  CHECK(close(quantile(skewed, 0.975), 4 * 1.7166176499803872, 1e-13));
  CHECK(low(skewed) == quantile(skewed, 0.025));
  CHECK(high(skewed) == quantile(skewed, 0.975));
  // Shape 2: P(2, x) = 1 - e^-x (1 + x), round trip.
  const Distribution two = Distribution::of(Kind::gamma, 2, std::sqrt(2.0));
  for (double p : {1e-6, 0.1, 0.5, 0.9, 0.999}) {
    CAPTURE(p);
    const double x = quantile(two, p);
    CHECK(close(-std::expm1(-x) - x * std::exp(-x), p, 1e-12));
  }
  // A large shape is nearly normal: mean 10000, sd 1.
  const Distribution narrow = Distribution::of(Kind::gamma, 10000, 1);
  CHECK(std::abs(quantile(narrow, 0.5) - 10000) < 0.01);
  CHECK(std::abs(quantile(narrow, 0.975) - 10001.96) < 0.01);
}

TEST_CASE("distributions: beta and pert quantiles") {
  // Beta(2, 2): mean 1/2, variance 1/20, CDF 3x^2 - 2x^3.
  const Distribution two = Distribution::of(Kind::beta, 0.5, std::sqrt(0.05));
  CHECK(close(quantile(two, 0.5), 0.5, 1e-15));
  for (double p : {1e-9, 0.025, 0.3, 0.7, 0.975}) {
    CAPTURE(p);
    const double x = quantile(two, p);
    CHECK(close(3 * x * x - 2 * x * x * x, p, 1e-12));
    const double complement = 1 - p;  // 1 - complement is exact
    CHECK(close(quantile(two, complement), 1 - quantile(two, 1 - complement), 1e-14));
  }
  // Beta(3, 1): mean 3/4, variance 3/80, quantile p^(1/3).
  const Distribution power = Distribution::of(Kind::beta, 0.75, std::sqrt(3.0 / 80));
  for (double p : {1e-12, 0.025, 0.5, 0.975}) CHECK(close(quantile(power, p), std::cbrt(p), 1e-13));
  // Beta(1/2, 1/2), the arcsine distribution: quantile sin^2(pi p / 2).
  const Distribution arcsine = Distribution::of(Kind::beta, 0.5, std::sqrt(0.125));
  for (double p : {1e-12, 0.1, 0.5, 0.9}) {
    const double s = std::sin(std::numbers::pi * p / 2);
    CHECK(close(quantile(arcsine, p), s * s, 1e-13));
  }
  // Small shapes (0.156, 0.622): most probability close to 0.
  const Distribution small = Distribution::of(Kind::beta, 0.2, 0.3);
  CHECK(close(quantile(small, 0.025), 1.0834177674645542e-10, 1e-12));
  CHECK(close(quantile(small, 0.5), 0.024831565287693595, 1e-12));
  CHECK(close(quantile(small, 0.975), 0.97051855350801631, 1e-14));

  // PERT(0, 0, 1) is Beta(1, 5): quantile 1 - (1 - p)^(1/5).
  const Distribution pert = Distribution::of(Kind::pert, 0, 0, 1);
  CHECK(close(mean(pert), 1.0 / 6, 1e-15));
  CHECK(close(variance(pert), 5.0 / 252, 1e-15));
  for (double p : {1e-9, 0.025, 0.5, 0.975})
    CHECK(close(quantile(pert, p), -std::expm1(std::log1p(-p) / 5), 1e-13));
  const Distribution symmetric = Distribution::of(Kind::pert, 0, 5, 10);
  CHECK(close(quantile(symmetric, 0.5), 5, 1e-14));
  CHECK(close(quantile(symmetric, 0.1) + quantile(symmetric, 0.9), 10, 1e-14));
}

TEST_CASE("distributions: uniform, triangular and lognormal quantiles") {
  CHECK(quantile(Distribution::of(Kind::uniform, 2, 6), 0.25) == 3);
  CHECK(quantile(Distribution::of(Kind::range, 2, 6), 0.5) == 4);
  CHECK(quantile(Distribution::of(Kind::range, 4, 4), 0.3) == 4);

  const Distribution triangle = Distribution::of(Kind::triangular, 0, 1, 10);
  CHECK(close(quantile(triangle, 0.1), 1, 1e-15));  // the mode: F(mode) = (mode - min)/(max - min)
  CHECK(close(quantile(triangle, 0.025), std::sqrt(0.25), 1e-15));
  CHECK(close(quantile(triangle, 0.5), 10 - std::sqrt(45.0), 1e-15));
  CHECK(close(mean(triangle), 11.0 / 3, 1e-15));
  CHECK(close(variance(triangle), 91.0 / 18, 1e-15));

  // Mean 10, sd 5: sigma^2 = ln(1.25), median mean / sqrt(1.25).
  const Distribution lognormal = Distribution::of(Kind::lognormal, 10, 5);
  CHECK(close(quantile(lognormal, 0.5), 10 / std::sqrt(1.25), 1e-15));
  const double sigma = std::sqrt(std::log(1.25)), mu = std::log(10) - std::log(1.25) / 2;
  CHECK(close(high(lognormal), std::exp(mu + sigma * 1.959963984540054), 1e-14));
  CHECK(close(low(lognormal), std::exp(mu - sigma * 1.959963984540054), 1e-14));
  CHECK(mean(lognormal) == 10);
  CHECK(variance(lognormal) == 25);
}

TEST_CASE("distributions: the one-way range") {
  CHECK(low(Distribution::of(Kind::range, 2, 5)) == 2);
  CHECK(high(Distribution::of(Kind::range, 2, 5)) == 5);
  CHECK(low(Distribution::of(Kind::uniform, 2, 5)) == 2);
  CHECK(high(Distribution::of(Kind::triangular, 0, 1, 10)) == 10);
  CHECK(low(Distribution::of(Kind::pert, 3, 4, 10)) == 3);
  const Distribution normal = Distribution::of(Kind::normal, 100, 10);
  CHECK(close(low(normal), 100 - 19.59963984540054, 1e-14));
  CHECK(close(high(normal), 100 + 19.59963984540054, 1e-14));

  // Explicit bounds win; they do not truncate kinds other than the normal.
  Distribution gamma = Distribution::of(Kind::gamma, 3, 1);
  gamma.low = 1.5;
  gamma.high = 6;
  CHECK(check(gamma).empty());
  CHECK(low(gamma) == 1.5);
  CHECK(high(gamma) == 6);
  CHECK(mean(gamma) == 3);
  Distribution triangle = Distribution::of(Kind::triangular, 0, 1, 10);
  triangle.high = 8;
  CHECK(high(triangle) == 8);
  CHECK(low(triangle) == 0);
}

TEST_CASE("distributions: check rejects bad parameterisations") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(check(Distribution::of(Kind::range, 2, 2)).empty());
  CHECK(check(Distribution::of(Kind::range, 3, 2)) == "range needs low <= high");
  CHECK(check(Distribution::of(Kind::uniform, 2, 2)) == "uniform needs low < high");
  CHECK(check(Distribution::of(Kind::uniform, nan, 2)) == "low must be a finite number");
  CHECK(check(Distribution::of(Kind::triangular, 0, 11, 10)) ==
        "triangular needs min <= mode <= max");
  CHECK(check(Distribution::of(Kind::triangular, 0, -1, 10)) ==
        "triangular needs min <= mode <= max");
  CHECK(check(Distribution::of(Kind::triangular, 4, 4, 4)) == "triangular needs min < max");
  CHECK(check(Distribution::of(Kind::triangular, 0, 10, 10)).empty());
  CHECK(check(Distribution::of(Kind::pert, 0, 1, inf)) == "max must be a finite number");
  CHECK(check(Distribution::of(Kind::pert, 5, 1, 10)) == "pert needs min <= mode <= max");
  CHECK(check(Distribution::of(Kind::normal, 0, 0)) == "sd must be more than 0");
  CHECK(check(Distribution::of(Kind::normal, 0, -1)) == "sd must be more than 0");
  CHECK(check(Distribution::of(Kind::normal, nan, 1)) == "mean must be a finite number");
  CHECK(check(Distribution::of(Kind::normal, 0, inf)) == "sd must be a finite number");
  CHECK(check(Distribution::of(Kind::normal, 1e101, 1)) ==
        "mean must not be more than 1e100 in size");
  CHECK(check(Distribution::of(Kind::lognormal, 0, 1)) == "lognormal needs mean more than 0");
  CHECK(check(Distribution::of(Kind::lognormal, 1, 0)) == "sd must be more than 0");
  CHECK(check(Distribution::of(Kind::gamma, -1, 1)) == "gamma needs mean more than 0");
  CHECK(check(Distribution::of(Kind::gamma, 1, nan)) == "sd must be a finite number");
  CHECK(check(Distribution::of(Kind::gamma, 1, 1e-5)) ==
        "gamma needs sd between mean/10000 and 1000 x mean");
  CHECK(check(Distribution::of(Kind::gamma, 1, 1e4)) ==
        "gamma needs sd between mean/10000 and 1000 x mean");
  CHECK(check(Distribution::of(Kind::gamma, 1, 1e-4)).empty());
  const std::string beta_bounds = "beta needs 0 < mean < 1 and sd^2 < mean(1-mean)";
  CHECK(check(Distribution::of(Kind::beta, 1.2, 0.1)) == beta_bounds);
  CHECK(check(Distribution::of(Kind::beta, 0, 0.1)) == beta_bounds);
  CHECK(check(Distribution::of(Kind::beta, 0.5, 0.5)) == beta_bounds);  // sd^2 = mean(1 - mean)
  CHECK(check(Distribution::of(Kind::beta, 0.5, 0)) == "sd must be more than 0");
  CHECK(check(Distribution::of(Kind::beta, 0.5, 1e-6)).find("too small") != std::string::npos);
  CHECK(check(Distribution::of(Kind::beta, 1e-7, 3e-4)).find("too close") != std::string::npos);

  Distribution bounds = Distribution::of(Kind::gamma, 3, 1);
  bounds.low = 5;
  bounds.high = 4;
  CHECK(check(bounds) == "low must not be more than high");
  bounds.low = nan;
  CHECK(check(bounds) == "low must be a finite number");
  CHECK(check(truncated(0, 1, 1.0, 1.0)) == "a truncated normal needs low < high");
  CHECK(check(truncated(0, 1, 8.0, 9.0)).find("almost no probability") != std::string::npos);
  CHECK(check(truncated(0, 1, 4.0, std::nullopt)).empty());
  CHECK(check(truncated(0, 1, -inf, 1.0)) == "low must be a finite number");
}
