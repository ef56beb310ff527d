#pragma once
// What moves when an assumption does: one-way sensitivity over the declared
// uncertain parameters (each at its low and high, the rest at base), the
// value at which the net result turns, and leave-one-out over the cases.
// Every evaluation is an exact run of the model with overrides.

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
  Parameter parameter;
  Value low, high;  // the values tried, of the parameter's type
  Outcome at_low, at_high;
  Money swing;                     // |net at high - net at low|
  std::optional<Value> switching;  // where the net result is 0; none in range
};

struct Sensitivity {
  Outcome base;
  std::vector<OneWay> rows;  // largest swing first
};

// `done`, when given, is told how many parameters are done after each one.
Sensitivity one_way(const Analysis& analysis, Diagnostics& d,
                    const std::function<void(std::size_t)>& done = {});
// The same from the analysis's result, computed once by the caller.
Sensitivity one_way(const Result& base, Diagnostics& d,
                    const std::function<void(std::size_t)>& done = {});

struct LeftOut {
  std::string case_id;
  Outcome outcome;
  Money change;  // outcome.net - the base's
};

// The outcome with each case dropped in turn. A payer whose basis is the
// dropped case falls back to the mean of the others; a case mix is weighed
// over the cases it keeps (the mean when none or only weights of 0 remain).
// The figure graph is evaluated once and each outcome re-evaluates only its
// case aggregates and what follows them (graph::LeaveOneOut): linear in the
// number of cases.
std::vector<LeftOut> leave_one_out(const Analysis& analysis, Diagnostics& d);
// The same from the analysis's result (calculate()), without computing it again.
std::vector<LeftOut> leave_one_out(const Result& base, Diagnostics& d);

// The one-way low and high of a parameter: its distribution's, rounded to
// its type's decimals; none, having reported at the parameter's path, when
// the parameter does not take them (a share above 1, a negative price).
std::optional<Value> low_value(const UncertainParameter& p, Diagnostics& d);
std::optional<Value> high_value(const UncertainParameter& p, Diagnostics& d);

// Checks that every uncertain parameter is a number (not a choice) and takes
// the low and high of its distribution.
Diagnostics validate_uncertainty(const Analysis& analysis);

}  // namespace mkba
