#include "core/distributions.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <utility>

namespace mkba::uncertain {

namespace {

using Kind = Distribution::Kind;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double eps = std::numeric_limits<double>::epsilon();

// ---- Generator ----------------------------------------------------------

// The splitmix64 finaliser (Vigna's reference code): a bijection on 64 bits.
std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t splitmix64(std::uint64_t& x) {
  x += 0x9E3779B97F4A7C15ULL;
  return mix64(x);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// ---- Special functions --------------------------------------------------

// log Gamma(x) for x > 0: Lanczos' approximation with g = 7, n = 9 (relative
// error about 1e-15), and the reflection formula below 1/2. Written out rather
// than std::lgamma, which writes the global signgam and so races between threads.
double log_gamma(double x) {
  constexpr double pi = std::numbers::pi;
  if (x < 0.5) return std::log(pi / std::sin(pi * x)) - log_gamma(1 - x);
  static constexpr double coefficients[] = {
      0.99999999999980993,  676.5203681218851,     -1259.1392167224028,
      771.32342877765313,   -176.61502916214059,   12.507343278686905,
      -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  x -= 1;
  double sum = coefficients[0];
  for (int i = 1; i < 9; ++i) sum += coefficients[i] / (x + i);
  const double t = x + 7.5;
  return 0.5 * std::log(2 * pi) + (x + 0.5) * std::log(t) - t + std::log(sum);
}

double log_beta(double a, double b) { return log_gamma(a) + log_gamma(b) - log_gamma(a + b); }

// log(1 - e^v) for v <= 0, accurate at both ends.
double log1m_exp(double v) {
  return v > -std::numbers::ln2 ? std::log(-std::expm1(v)) : std::log1p(-std::exp(v));
}

// Lower and upper tail of a distribution, as logarithms so that neither loses
// its relative precision far out.
struct LogTails {
  double lower;
  double upper;
};

constexpr double tiny = 1e-300;  // keeps Lentz's continued fractions off zero
constexpr int max_terms = 1'000'000;

// Regularised incomplete gamma P(a, x) and Q(a, x) = 1 - P (Numerical Recipes,
// 3rd ed., section 6.2): the series for P when x < a + 1, else the continued
// fraction for Q evaluated by the modified Lentz method. Each takes about
// sqrt(a) terms, hence the upper limit on the gamma shape in check().
LogTails incomplete_gamma(double a, double x) {
  if (x <= 0) return {-inf, 0};
  const double front = a * std::log(x) - x - log_gamma(a);  // log(x^a e^-x / Gamma(a))
  if (x < a + 1) {
    double ap = a, term = 1 / a, sum = term;
    for (int n = 0; n < max_terms; ++n) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (term < sum * eps) break;
    }
    const double lower = front + std::log(sum);
    return {lower, log1m_exp(lower)};
  }
  double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
  for (int i = 1; i < max_terms; ++i) {
    const double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1 / d;
    const double step = d * c;
    h *= step;
    if (std::abs(step - 1) < eps) break;
  }
  const double upper = front + std::log(h);
  return {log1m_exp(upper), upper};
}

// The continued fraction of the incomplete beta function (Numerical Recipes,
// 3rd ed., section 6.4, "betacf"), by the modified Lentz method.
double beta_fraction(double a, double b, double x) {
  const double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::abs(d) < tiny) d = tiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m < max_terms; ++m) {
    const int m2 = 2 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1 / d;
    const double step = d * c;
    h *= step;
    if (std::abs(step - 1) < eps) break;
  }
  return h;
}

// Regularised incomplete beta I_x(a, b) and 1 - I_x(a, b); x1 = 1 - x is
// passed separately so that it keeps its precision near x = 1. The fraction
// converges quickly for x < (a + 1)/(a + b + 2); beyond, the symmetry
// I_x(a, b) = 1 - I_{1-x}(b, a) is used.
LogTails incomplete_beta(double a, double b, double x, double x1) {
  if (x <= 0) return {-inf, 0};
  if (x1 <= 0) return {0, -inf};
  const double front = a * std::log(x) + b * std::log(x1) - log_beta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const double lower = front + std::log(beta_fraction(a, b, x) / a);
    return {lower, log1m_exp(lower)};
  }
  const double upper = front + std::log(beta_fraction(b, a, x1) / b);
  return {log1m_exp(upper), upper};
}

// ---- Normal -------------------------------------------------------------

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }
double normal_upper(double x) { return 0.5 * std::erfc(x / std::numbers::sqrt2); }
double normal_density(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2 * std::numbers::pi); }

// Evaluates the polynomial with coefficients `c` (constant term first) at x.
template <std::size_t n>
double polynomial(const double (&c)[n], double x) {
  double v = c[n - 1];
  for (std::size_t i = n - 1; i-- > 0;) v = v * x + c[i];
  return v;
}

// Standard normal inverse CDF: Wichura's algorithm AS 241 (PPND16, Applied
// Statistics 37, 1988), rational approximations with a relative error of
// about 1e-16, so that no refinement through erfc and exp is needed where
// draws fall. Beyond p of about 1e-11 (r > 5) one Halley step on erfc keeps
// the far tail as precise in probability as it is in x. Only the lower half
// is computed; the upper half by symmetry, as 1 - p is exact for p >= 1/2.
double normal_quantile(double p) {
  if (p > 0.5) return -normal_quantile(1 - p);
  static constexpr double a[] = {3.3871328727963666080e0,  1.3314166789178437745e+2,
                                 1.9715909503065514427e+3, 1.3731693765509461125e+4,
                                 4.5921953931549871457e+4, 6.7265770927008700853e+4,
                                 3.3430575583588128105e+4, 2.5090809287301226727e+3};
  static constexpr double b[] = {1.0,
                                 4.2313330701600911252e+1,
                                 6.8718700749205790830e+2,
                                 5.3941960214247511077e+3,
                                 2.1213794301586595867e+4,
                                 3.9307895800092710610e+4,
                                 2.8729085735721942674e+4,
                                 5.2264952788528545610e+3};
  static constexpr double c[] = {1.42343711074968357734e0,  4.63033784615654529590e0,
                                 5.76949722146069140550e0,  3.64784832476320460504e0,
                                 1.27045825245236838258e0,  2.41780725177450611770e-1,
                                 2.27238449892691845833e-2, 7.74545014278341407640e-4};
  static constexpr double d[] = {1.0,
                                 2.05319162663775882187e0,
                                 1.67638483018380384940e0,
                                 6.89767334985100004550e-1,
                                 1.48103976427480074590e-1,
                                 1.51986665636164571966e-2,
                                 5.47593808499534494600e-4,
                                 1.05075007164441684324e-9};
  static constexpr double e[] = {6.65790464350110377720e0,  5.46378491116411436990e0,
                                 1.78482653991729133580e0,  2.96560571828504891230e-1,
                                 2.65321895265761230930e-2, 1.24266094738807843860e-3,
                                 2.71155556874348757815e-5, 2.01033439929228813265e-7};
  static constexpr double f[] = {1.0,
                                 5.99832206555887937690e-1,
                                 1.36929880922735805310e-1,
                                 1.48753612908506148525e-2,
                                 7.86869131145613259100e-4,
                                 1.84631831751005468180e-5,
                                 1.42151175831644588870e-7,
                                 2.04426310338993978564e-15};
  const double q = p - 0.5;
  if (q >= -0.425) {
    const double r = 0.180625 - q * q;
    return q * polynomial(a, r) / polynomial(b, r);
  }
  const double r = std::sqrt(-std::log(p));
  if (r <= 5) return -(polynomial(c, r - 1.6) / polynomial(d, r - 1.6));
  double x = -(polynomial(e, r - 5) / polynomial(f, r - 5));
  const double density = normal_density(x);
  if (density > 0) {  // zero only below p of about 1e-300
    const double u = (normal_cdf(x) - p) / density;
    x -= u / (1 + x * u / 2);
  }
  return x;
}

// A normal with mean m and sd s truncated to [low, high], in standard units.
struct Truncated {
  double alpha, beta;  // the bounds, -inf/inf when absent
  double mass;         // probability kept
};

Truncated truncation(const Distribution& d) {
  Truncated t;
  t.alpha = d.low ? (*d.low - d.a) / d.b : -inf;
  t.beta = d.high ? (*d.high - d.a) / d.b : inf;
  // Upper tails keep their precision where alpha > 0.
  t.mass = t.alpha > 0 ? normal_upper(t.alpha) - normal_upper(t.beta)
                       : normal_cdf(t.beta) - normal_cdf(t.alpha);
  return t;
}

NormalBounds normal_bounds(const Distribution& d) {
  const Truncated t = truncation(d);
  return {t.alpha,
          t.beta,
          normal_cdf(t.alpha),
          normal_cdf(t.beta),
          normal_upper(t.alpha),
          normal_upper(t.beta)};
}

double truncated_quantile(const Distribution& d, const NormalBounds& t, double p) {
  // Phi(z) = (1 - p) Phi(alpha) + p Phi(beta), or in upper tails
  // Q(z) = (1 - p) Q(alpha) + p Q(beta): whichever is at most 1/2, so that
  // neither rounds to 0 or 1.
  const double lower = (1 - p) * t.lower_alpha + p * t.lower_beta;
  const double z = lower <= 0.5 ? normal_quantile(lower)
                                : -normal_quantile((1 - p) * t.upper_alpha + p * t.upper_beta);
  double x = d.a + d.b * std::clamp(z, t.alpha, t.beta);
  if (d.low) x = std::max(x, *d.low);
  if (d.high) x = std::min(x, *d.high);
  return x;
}

double normal_quantile(const Distribution& d, double p) {
  if (!d.low && !d.high) return d.a + d.b * normal_quantile(p);
  return truncated_quantile(d, normal_bounds(d), p);
}

// Mean and variance of a truncated standard normal (Johnson, Kotz and
// Balakrishnan, Continuous Univariate Distributions 1, section 10.1).
std::pair<double, double> truncated_moments(const Distribution& d) {
  const Truncated t = truncation(d);
  const double pa = normal_density(t.alpha), pb = normal_density(t.beta);
  const double apa = std::isinf(t.alpha) ? 0 : t.alpha * pa;
  const double bpb = std::isinf(t.beta) ? 0 : t.beta * pb;
  const double m = (pa - pb) / t.mass;
  return {m, 1 + (apa - bpb) / t.mass - m * m};
}

// ---- Gamma and beta -----------------------------------------------------

// Solves h(t) = 0 for h increasing on [lo, hi], h(lo) < 0 < h(hi), from t:
// Newton steps, replaced by bisection whenever one would leave the bracket
// (or is not a number), so that it always converges.
template <class F>
double solve_increasing(F h_and_slope, double lo, double hi, double t) {
  for (int i = 0; i < 300; ++i) {
    const auto [h, slope] = h_and_slope(t);
    if (h == 0) return t;
    (h < 0 ? lo : hi) = t;
    double next = t - h / slope;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    const double tolerance = 4 * eps * std::max(1.0, std::abs(next));
    if (std::abs(next - t) <= tolerance || hi - lo <= tolerance) return next;
    t = next;
  }
  return t;
}

// Moves `from` by growing steps in direction `step` until `outside` holds;
// false when it runs past `limit`.
template <class F>
bool bracket(F outside, double& from, double step, double limit) {
  while (!outside(from)) {
    from += step;
    step *= 2;
    if (step > 0 ? from > limit : from < limit) return false;
  }
  return true;
}

// The log of the smallest positive and largest finite double.
constexpr double log_smallest = -745.0;
constexpr double log_largest = 709.0;

struct GammaShape {
  double shape, scale;
};
GammaShape gamma_shape(const Distribution& d) {
  const double ratio = d.a / d.b;
  return {ratio * ratio, d.b * d.b / d.a};
}

// Inverse of P(k, x), solved for t = log x so that tiny and huge quantiles are
// found alike. For p > 1/2 it solves Q(k, x) = 1 - p, which keeps its
// precision in the upper tail.
double gamma_quantile(double k, double p) {
  const bool upper = p > 0.5;
  const double target = upper ? std::log1p(-p) : std::log(p);
  const double log_gamma_k = log_gamma(k);
  auto h = [&](double t) {
    const double x = std::exp(t);
    const LogTails tails = incomplete_gamma(k, x);
    const double log_x_density = k * t - x - log_gamma_k;
    return upper ? std::pair{target - tails.upper, std::exp(log_x_density - tails.upper)}
                 : std::pair{tails.lower - target, std::exp(log_x_density - tails.lower)};
  };
  // Start from Wilson and Hilferty's cube-root normal approximation, or for
  // small shapes from P(k, x) ~ x^k / Gamma(k + 1) near 0.
  const double w = 1 - 1 / (9 * k) + normal_quantile(p) / std::sqrt(9 * k);
  double t =
      w > 0.1 && k >= 0.5 ? std::log(k) + 3 * std::log(w) : (std::log(p) + log_gamma(k + 1)) / k;
  t = std::clamp(t, log_smallest + 1, log_largest - 1);
  double lo = t - 0.5, hi = t + 0.5;
  if (!bracket([&](double s) { return h(s).first < 0; }, lo, -1, log_smallest)) return 0;
  if (!bracket([&](double s) { return h(s).first > 0; }, hi, 1, log_largest)) return inf;
  return std::exp(solve_increasing(h, lo, hi, std::clamp(t, lo, hi)));
}

struct BetaShape {
  double alpha, beta;
};
BetaShape beta_shape(const Distribution& d) {
  if (d.kind == Kind::pert) {
    const double width = d.c - d.a;
    return {1 + 4 * (d.b - d.a) / width, 1 + 4 * (d.c - d.b) / width};
  }
  const double nu = d.a * (1 - d.a) / (d.b * d.b) - 1;
  return {d.a * nu, (1 - d.a) * nu};
}

// The x <= 1/2 with log I_x(a, b) = log_p, solved for t = log x so that tiny
// quantiles are found as precisely as others.
double beta_lower_quantile(double a, double b, double log_p) {
  const double log_beta_ab = log_beta(a, b);
  auto h = [&](double t) {
    const double x = std::exp(t), x1 = -std::expm1(t);
    const LogTails tails = incomplete_beta(a, b, x, x1);
    const double log_x_density = a * t + (b - 1) * std::log(x1) - log_beta_ab;
    return std::pair{tails.lower - log_p, std::exp(log_x_density - tails.lower)};
  };
  // Start from the normal approximation when both shapes are large enough for
  // it, else from I_x(a, b) ~ x^a / (a B(a, b)) near 0.
  const double mean = a / (a + b);
  const double log_half = -std::numbers::ln2;
  double t;
  if (a >= 1 && b >= 1) {
    const double sd = std::sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    t = std::log(std::clamp(mean + normal_quantile(std::exp(log_p)) * sd, mean / 16, 0.5));
  } else {
    t = (log_p + std::log(a) + log_beta_ab) / a;
  }
  t = std::clamp(t, log_smallest + 1, log_half);
  double lo = t - 0.5;
  if (!bracket([&](double s) { return h(s).first < 0; }, lo, -1, log_smallest)) return 0;
  return std::exp(solve_increasing(h, lo, log_half, std::max(t, lo)));
}

// Inverse of I_x(a, b). A quantile above 1/2 is found as 1 minus the lower
// quantile of Beta(b, a) (I_x(a, b) = 1 - I_{1-x}(b, a)), so that either way
// its distance to the nearer end keeps its relative precision. Which half it
// is in is told by I_{1/2}(a, b), not by p: with small shapes nearly all the
// probability is close to 0 and 1.
double beta_quantile(double a, double b, double p) {
  if (std::log(p) <= incomplete_beta(a, b, 0.5, 0.5).lower)
    return beta_lower_quantile(a, b, std::log(p));
  return 1 - beta_lower_quantile(b, a, std::log1p(-p));
}

// Marsaglia and Tsang's method for a Gamma(k, 1) draw ("A simple method for
// generating gamma variables", 2000), with their boost
// Gamma(k) = Gamma(k + 1) U^(1/k) for k < 1: its constants, which depend on
// the shape only.
GammaDraw gamma_draw_of(double k) {
  GammaDraw g;
  g.k = k;
  g.boost = k < 1;
  g.d = (g.boost ? k + 1 : k) - 1.0 / 3;
  g.c = 1 / std::sqrt(9 * g.d);
  g.log_d = std::log(g.d);
  return g;
}

// Marsaglia and Tsang's v for one accepted candidate: g.d v is a draw of
// Gamma(k, 1), or boosted of Gamma(k + 1, 1).
double accepted_v(const GammaDraw& g, Rng& rng) {
  for (;;) {
    const double x = normal_quantile(rng.uniform01());
    double v = 1 + g.c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const double u = rng.uniform01();
    if (u < 1 - 0.0331 * (x * x) * (x * x) ||
        std::log(u) < 0.5 * x * x + g.d * (1 - v + std::log(v)))
      return v;
  }
}

// A Gamma(k, 1) draw for k >= 1, where no draw underflows.
double gamma_draw(const GammaDraw& g, Rng& rng) { return g.d * accepted_v(g, rng); }

// The log of a Gamma(k, 1) draw, for any k. Logarithms, so that draws of tiny
// shapes, which underflow, still give a beta draw.
double log_gamma_draw(const GammaDraw& g, Rng& rng) {
  double draw = g.log_d + std::log(accepted_v(g, rng));
  if (g.boost) draw += std::log(rng.uniform01()) / g.k;
  return draw;
}

// Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b); through their
// logarithms when a shape is below 1.
double beta_draw(const GammaDraw& a, const GammaDraw& b, Rng& rng) {
  if (!a.boost && !b.boost) {
    const double x = gamma_draw(a, rng);
    return x / (x + gamma_draw(b, rng));
  }
  const double log_x = log_gamma_draw(a, rng);
  const double log_y = log_gamma_draw(b, rng);
  return 1 / (1 + std::exp(log_y - log_x));
}

// ---- Lognormal ----------------------------------------------------------

struct LogParameters {
  double mu, sigma;
};
LogParameters log_parameters(const Distribution& d) {
  const double ratio = d.b / d.a;
  const double sigma2 = std::log1p(ratio * ratio);
  return {std::log(d.a) - sigma2 / 2, std::sqrt(sigma2)};
}

// ---- Checks -------------------------------------------------------------

// Limits that keep every computation here finite and accurate: parameters up
// to 1e100 in size, and gamma and beta shapes within [1e-6, 1e8] (the
// incomplete gamma and beta functions take about sqrt(shape) terms, and a
// shape beyond 1e8 is a normal distribution for every practical purpose).
constexpr double max_size = 1e100;
constexpr double min_shape = 1e-6;
constexpr double max_shape = 1e8;
// A truncated normal must keep at least this much probability.
constexpr double min_mass = 1e-9;

std::string check_number(const char* name, double v) {
  if (!std::isfinite(v)) return std::string(name) + " must be a finite number";
  if (std::abs(v) > max_size) return std::string(name) + " must not be more than 1e100 in size";
  return {};
}

std::string check_parameters(const Distribution& d) {
  struct Names {
    const char* a;
    const char* b;
    const char* c;
  };
  Names names{"mean", "sd", nullptr};
  switch (d.kind) {
    case Kind::range:
    case Kind::uniform:
      names = {"low", "high", nullptr};
      break;
    case Kind::triangular:
    case Kind::pert:
      names = {"min", "mode", "max"};
      break;
    default:
      break;
  }
  std::string why = check_number(names.a, d.a);
  if (why.empty()) why = check_number(names.b, d.b);
  if (why.empty() && names.c) why = check_number(names.c, d.c);
  if (why.empty() && d.low) why = check_number("low", *d.low);
  if (why.empty() && d.high) why = check_number("high", *d.high);
  return why;
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::range:
      return "range";
    case Kind::uniform:
      return "uniform";
    case Kind::triangular:
      return "triangular";
    case Kind::pert:
      return "pert";
    case Kind::normal:
      return "normal";
    case Kind::lognormal:
      return "lognormal";
    case Kind::gamma:
      return "gamma";
    case Kind::beta:
      return "beta";
  }
  return "distribution";
}

std::string check_kind(const Distribution& d) {
  const std::string name = kind_name(d.kind);
  switch (d.kind) {
    case Kind::range:
      if (!(d.a <= d.b)) return "range needs low <= high";
      return {};
    case Kind::uniform:
      if (!(d.a < d.b)) return "uniform needs low < high";
      return {};
    case Kind::triangular:
    case Kind::pert:
      if (!(d.a <= d.b && d.b <= d.c)) return name + " needs min <= mode <= max";
      if (!(d.a < d.c)) return name + " needs min < max";
      return {};
    case Kind::normal:
      if (!(d.b > 0)) return "sd must be more than 0";
      return {};
    case Kind::lognormal:
    case Kind::gamma:
      if (!(d.a > 0)) return name + " needs mean more than 0";
      if (!(d.b > 0)) return "sd must be more than 0";
      if (d.kind == Kind::lognormal) {
        if (!std::isfinite(log_parameters(d).sigma))
          return "lognormal sd is too large for its mean";
      } else {
        const double shape = gamma_shape(d).shape;
        if (!(shape >= min_shape && shape <= max_shape))
          return "gamma needs sd between mean/10000 and 1000 x mean";
      }
      return {};
    case Kind::beta: {
      if (!(d.b > 0)) return "sd must be more than 0";
      if (!(d.a > 0 && d.a < 1 && d.b * d.b < d.a * (1 - d.a)))
        return "beta needs 0 < mean < 1 and sd^2 < mean(1-mean)";
      const BetaShape s = beta_shape(d);
      if (std::max(s.alpha, s.beta) > max_shape)
        return "beta sd is too small for its mean (a shape parameter above 1e8); use normal";
      if (!(std::min(s.alpha, s.beta) >= min_shape))
        return "beta mean is too close to 0 or 1, or sd too close to sqrt(mean(1-mean)) (a shape "
               "parameter below 1e-6)";
      return {};
    }
  }
  return {};
}

}  // namespace

// ---- Public -------------------------------------------------------------

Rng::Rng() : Rng(stream(0, 0)) {}

// mix64 is a bijection, so for one seed each k starts splitmix64 at its own
// point; the state is the next four splitmix64 outputs, as Vigna recommends
// (four outputs of a bijection of distinct counters are never all zero).
Rng Rng::stream(std::uint64_t seed, std::uint64_t k) {
  std::uint64_t x = mix64(mix64(seed) + k);
  State state;
  for (auto& word : state.s) word = splitmix64(x);
  return Rng(state);
}

// xoshiro256** 1.0 (Blackman and Vigna's reference code).
std::uint64_t Rng::next() {
  std::uint64_t* s = s_.s;
  const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
  const std::uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

// The top 53 bits as a multiple of 2^-53, which is exact; 0 is drawn again
// (once in 2^53 draws), so that log(u) and the quantiles stay finite.
double Rng::uniform01() {
  for (;;) {
    const std::uint64_t bits = next() >> 11;
    if (bits != 0) return static_cast<double>(bits) * 0x1.0p-53;
  }
}

std::string check(const Distribution& d) {
  std::string why = check_parameters(d);
  if (why.empty()) why = check_kind(d);
  if (!why.empty()) return why;
  if (d.low && d.high && !(*d.low <= *d.high)) return "low must not be more than high";
  if (d.kind == Kind::normal && (d.low || d.high)) {
    if (d.low && d.high && !(*d.low < *d.high)) return "a truncated normal needs low < high";
    if (!(truncation(d).mass >= min_mass))
      return "the normal keeps almost no probability (below 1e-9) between low and high";
  }
  return {};
}

double mean(const Distribution& d) {
  switch (d.kind) {
    case Kind::range:
    case Kind::uniform:
      return d.a / 2 + d.b / 2;
    case Kind::triangular:
      return (d.a + d.b + d.c) / 3;
    case Kind::pert:
      return (d.a + 4 * d.b + d.c) / 6;
    case Kind::normal:
      if (!d.low && !d.high) return d.a;
      return d.a + d.b * truncated_moments(d).first;
    case Kind::lognormal:
    case Kind::gamma:
    case Kind::beta:
      return d.a;
  }
  return d.a;
}

double variance(const Distribution& d) {
  switch (d.kind) {
    case Kind::range:
    case Kind::uniform:
      return (d.b - d.a) * (d.b - d.a) / 12;
    case Kind::triangular:
      return (d.a * d.a + d.b * d.b + d.c * d.c - d.a * d.b - d.a * d.c - d.b * d.c) / 18;
    case Kind::pert: {
      const double m = mean(d);
      return (m - d.a) * (d.c - m) / 7;
    }
    case Kind::normal:
      if (!d.low && !d.high) return d.b * d.b;
      return d.b * d.b * truncated_moments(d).second;
    case Kind::lognormal:
    case Kind::gamma:
    case Kind::beta:
      return d.b * d.b;
  }
  return d.b * d.b;
}

double quantile(const Distribution& d, double p) {
  switch (d.kind) {
    case Kind::range:
    case Kind::uniform:
      return d.a + (d.b - d.a) * p;
    case Kind::triangular: {
      // Inverse of the two quadratic pieces of the CDF, either side of the mode.
      const double width = d.c - d.a;
      if (p * width < d.b - d.a) return d.a + std::sqrt(p * width * (d.b - d.a));
      return d.c - std::sqrt((1 - p) * width * (d.c - d.b));
    }
    case Kind::pert: {
      const BetaShape s = beta_shape(d);
      return d.a + (d.c - d.a) * beta_quantile(s.alpha, s.beta, p);
    }
    case Kind::normal:
      return normal_quantile(d, p);
    case Kind::lognormal: {
      const LogParameters l = log_parameters(d);
      return std::exp(l.mu + l.sigma * normal_quantile(p));
    }
    case Kind::gamma: {
      const GammaShape g = gamma_shape(d);
      return g.scale * gamma_quantile(g.shape, p);
    }
    case Kind::beta: {
      const BetaShape s = beta_shape(d);
      return beta_quantile(s.alpha, s.beta, p);
    }
  }
  return d.a;
}

double low(const Distribution& d) {
  if (d.low) return *d.low;
  switch (d.kind) {
    case Kind::range:
    case Kind::uniform:
    case Kind::triangular:
    case Kind::pert:
      return d.a;
    default:
      return quantile(d, 0.025);
  }
}

double high(const Distribution& d) {
  if (d.high) return *d.high;
  switch (d.kind) {
    case Kind::range:
    case Kind::uniform:
      return d.b;
    case Kind::triangular:
    case Kind::pert:
      return d.c;
    default:
      return quantile(d, 0.975);
  }
}

// Inverse CDF wherever it is cheap (uniform, triangular, normal, lognormal),
// so that one draw takes one uniform; gamma, beta and pert by their samplers.
// What a draw derives from the parameters alone is computed here, once.
Sampler::Sampler(const Distribution& d) : d_(d) {
  switch (d.kind) {
    case Kind::normal:
      truncated_ = d.low || d.high;
      if (truncated_) {
        bounds_ = normal_bounds(d);
      }
      break;
    case Kind::lognormal: {
      const LogParameters l = log_parameters(d);
      mu_ = l.mu;
      sigma_ = l.sigma;
      break;
    }
    case Kind::gamma: {
      const GammaShape g = gamma_shape(d);
      scale_ = g.scale;
      x_ = gamma_draw_of(g.shape);
      break;
    }
    case Kind::pert:
    case Kind::beta: {
      const BetaShape s = beta_shape(d);
      x_ = gamma_draw_of(s.alpha);
      y_ = gamma_draw_of(s.beta);
      width_ = d.c - d.a;
      break;
    }
    default:
      break;
  }
}

double Sampler::operator()(Rng& rng) const {
  switch (d_.kind) {
    case Kind::range:
    case Kind::uniform:
    case Kind::triangular:
      return quantile(d_, rng.uniform01());
    case Kind::normal: {
      const double p = rng.uniform01();
      if (!truncated_) return d_.a + d_.b * normal_quantile(p);
      return truncated_quantile(d_, bounds_, p);
    }
    case Kind::lognormal:
      return std::exp(mu_ + sigma_ * normal_quantile(rng.uniform01()));
    case Kind::pert:
      return d_.a + width_ * beta_draw(x_, y_, rng);
    case Kind::gamma:
      return scale_ * (x_.boost ? std::exp(log_gamma_draw(x_, rng)) : gamma_draw(x_, rng));
    case Kind::beta:
      return beta_draw(x_, y_, rng);
  }
  return d_.a;
}

double sample(const Distribution& d, Rng& rng) { return Sampler(d)(rng); }

}  // namespace mkba::uncertain
