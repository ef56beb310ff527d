#pragma once
// What moves when an assumption does: one-way sensitivity over the declared
// uncertain parameters (each at its low and high, the rest at base), the
// value at which the net result turns, and leave-one-out over the cases.
// Every evaluation is an exact run of the model with overrides.

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/overrides.hpp"
#include "core/result.hpp"

namespace mkba {

// The figure sensitivity follows: the NPV when the programme has a horizon,
// else the population's net result after additionality.
struct Outcome {
  std::string figure;  // "npv" or "net.net_benefit"
  Money net;
  std::optional<Quantity> ratio;
  std::vector<PayerAmount> net_by_payer;
};

// The outcome of a result; none without a population or a horizon.
std::optional<Outcome> outcome_of(const Result& result);
Outcome outcome_of(const TimeResult& time);
Outcome outcome_of(const PopulationResult& net);

// `base` with `extra` overrides applied, computed; reports into `d` when it
// fails, each message after `context` (what was evaluated) when one is given.
std::optional<Outcome> evaluate(const Analysis& base, const std::vector<Override>& extra,
                                Diagnostics& d, const std::string& context = {});
// The same for an analysis with its overrides applied.
std::optional<Outcome> evaluate_applied(const Analysis& analysis, Diagnostics& d,
                                        const std::string& context = {});

struct OneWay {
  const UncertainParameter* parameter = nullptr;
  std::string low, high;  // the values tried, as decimal text
  Outcome at_low, at_high;
  Money swing;                           // |net at high - net at low|
  std::optional<std::string> switching;  // where the net result is 0; none in range
};

struct Sensitivity {
  Outcome base;
  std::vector<OneWay> rows;  // largest swing first
};

// `done`, when given, is told how many parameters are done after each one.
Sensitivity one_way(const Analysis& analysis, Diagnostics& d,
                    const std::function<void(std::size_t)>& done = {});

struct LeftOut {
  std::string case_id;
  Outcome outcome;
  Money change;  // outcome.net - the base's
};

// The outcome with each case dropped in turn. A payer whose basis is the
// dropped case falls back to the mean of the others; a case mix is weighed
// over the cases it keeps (the mean when none or only weights of 0 remain).
// Each case's amounts are computed once and every outcome derived from them
// (BasisAmounts): linear in the number of cases.
std::vector<LeftOut> leave_one_out(const Analysis& analysis, Diagnostics& d);

// Checks that every uncertain parameter names a number an override can set.
Diagnostics validate_uncertainty(const Analysis& analysis);

// A double as decimal text for an override: whole numbers for whole-number
// paths (participants, years), 6 decimals for shares and rates, else 4.
std::string override_text(const std::string& path, double value);

// The decimals override_text writes for a path: 0, 6 or 4.
int override_decimals(const std::string& path);

// The number override_text writes, as the nearest double (what strtod would
// read back from the text), without formatting it: `value` rounded to
// `decimals` (override_decimals) as printf rounds, -0 written as 0.
// Inline: a simulation rounds every parameter of every draw.
double printed_override_value(int decimals, double value);  // by printf and strtod
inline double override_value(int decimals, double value) {
  if (decimals == 0) return std::round(value);
  const double scale = decimals == 6 ? 1e6 : 1e4;
  // value x scale is within half an ulp of the exact product, so unless it is
  // that close to a half the nearest whole number is the one printf rounds
  // to, and k / scale (both exact) is the double nearest to the decimal.
  const double t = value * scale;
  if (!(std::abs(t) < 1e15)) return printed_override_value(decimals, value);
  double k = static_cast<double>(static_cast<long long>(t));  // floor(t), |t| < 2^53
  if (k > t) k -= 1;
  const double fraction = t - k;  // exact
  if (std::abs(fraction - 0.5) <= std::max(1e-9, std::abs(t) * 1e-15))
    return printed_override_value(decimals, value);
  return (fraction > 0.5 ? k + 1 : k) / scale + 0.0;
}

}  // namespace mkba
