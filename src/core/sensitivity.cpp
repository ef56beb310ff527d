#include "core/sensitivity.hpp"

#include <algorithm>

#include "core/calculate.hpp"
#include "core/model_graph.hpp"
#include "core/population.hpp"

namespace mkba {
namespace {

Override from_uncertainty(const UncertainParameter& p, const Value& v) {
  return Override{p.parameter, v, p.parameter.path_origin, "uncertainty"};
}

std::string plain(const Value& v) {
  return v.is_choice() ? v.choice : to_plain(v.number, decimals_of(v.type));
}

// A number drawn from or bounding a distribution, as a value of the parameter.
std::optional<Value> ranged(const UncertainParameter& u, double v, const char* which,
                            Diagnostics& d) {
  const Parameter& p = u.parameter;
  if (p.type == ValueType::choice) {
    d.error(p.path_origin, p.path + ": not a number, so it cannot be uncertain",
            "a scenario can set it to each of its values");
    return std::nullopt;
  }
  std::optional<Value> value = value_of(p, v);
  if (!value) {
    d.error(p.path_origin, p.path + ": the " + which + " of its distribution is out of range");
    return std::nullopt;
  }
  if (!check_value(p, *value, p.path_origin, d)) return std::nullopt;
  return value;
}

// The value where the net result crosses zero between low and high, found by
// bisection on the exact values of the parameter's type (its decimals): the
// last value tried, next to the crossing.
std::optional<Value> switching_value(const Analysis& a, const OneWay& row, Diagnostics& d) {
  bool low_negative = row.at_low.net.is_negative();
  if (low_negative == row.at_high.net.is_negative()) return std::nullopt;
  const Parameter& p = row.parameter;
  Exact lo = row.low.number, hi = row.high.number;
  Value best = row.low;
  // Each step halves the values left between lo and hi: some 10^16 for the
  // widest range (money) take 54.
  for (int step = 0; step < 128; ++step) {
    Value mid = Value::of(p.type, rounded_to((lo + hi) / Exact::integer(2), decimals_of(p.type)));
    if (mid.number == lo || mid.number == hi) break;
    auto o = evaluate(a, {Override{p, mid, p.path_origin, "uncertainty"}}, d,
                      "with " + p.path + " = " + plain(mid) + " (looking for the switching value)");
    if (!o) return std::nullopt;
    best = mid;
    if (o->net.is_zero()) break;
    (o->net.is_negative() == low_negative ? lo : hi) = mid.number;
  }
  return best;
}

}  // namespace

std::optional<Value> low_value(const UncertainParameter& p, Diagnostics& d) {
  return ranged(p, uncertain::low(p.distribution), "low", d);
}

std::optional<Value> high_value(const UncertainParameter& p, Diagnostics& d) {
  return ranged(p, uncertain::high(p.distribution), "high", d);
}

Outcome outcome_of(const TimeResult& t) {
  Outcome o;
  o.figure = "npv";
  o.net = t.npv;
  o.ratio = t.ratio;
  for (const auto& p : t.by_payer) o.net_by_payer.push_back({p.payer, p.npv});
  return o;
}

Outcome outcome_of(const PopulationResult& net) {
  Outcome o;
  o.figure = "net.net_benefit";
  o.net = net.net_benefit;
  o.ratio = net.ratio;
  for (const auto& p : net.by_payer) o.net_by_payer.push_back({p.payer, p.net});
  return o;
}

std::optional<Outcome> outcome_of(const Result& r) {
  if (r.time) return outcome_of(*r.time);
  if (r.population_net) return outcome_of(*r.population_net);
  return std::nullopt;
}

namespace {

void report_in(Diagnostics& d, const Diagnostics& local, const std::string& context) {
  for (const auto& item : local.items())
    d.error(item.where, context.empty() ? item.message : context + ": " + item.message, item.hint);
}

// The result of an analysis as it is; none, having reported, when it does
// not validate or compute.
std::optional<Result> base_result(const Analysis& a, Diagnostics& d) {
  Diagnostics local = validate(a);
  std::optional<Result> r;
  if (local.empty()) r = calculate(a, local);
  d.append(local);
  return r;
}

}  // namespace

std::optional<Outcome> evaluate_applied(const Analysis& a, Diagnostics& d,
                                        const std::string& context) {
  Diagnostics local;
  std::optional<Result> r = base_result(a, local);
  report_in(d, local, context);
  if (!r) return std::nullopt;
  return outcome_of(*r);
}

std::optional<Outcome> evaluate(const Analysis& base, const std::vector<Override>& extra,
                                Diagnostics& d, const std::string& context) {
  Analysis a = base;
  Diagnostics local = apply_overrides(a, extra);
  if (!local.empty()) {
    report_in(d, local, context);
    return std::nullopt;
  }
  return evaluate_applied(a, d, context);
}

Sensitivity one_way(const Analysis& a, Diagnostics& d,
                    const std::function<void(std::size_t)>& done) {
  const std::optional<Result> base = base_result(a, d);
  return base ? one_way(*base, d, done) : Sensitivity{};
}

Sensitivity one_way(const Result& computed, Diagnostics& d,
                    const std::function<void(std::size_t)>& done) {
  Sensitivity s;
  const Analysis& a = *computed.analysis;
  auto base = outcome_of(computed);
  if (!base) return s;
  s.base = *base;
  for (const auto& p : a.uncertainty) {
    OneWay row;
    row.parameter = p.parameter;
    const std::string& path = p.parameter.path;
    auto low = low_value(p, d), high = high_value(p, d);
    if (!low || !high) return s;
    row.low = *low;
    row.high = *high;
    auto lo = evaluate(a, {from_uncertainty(p, row.low)}, d,
                       "with " + path + " = " + plain(row.low) + " (its low)");
    auto hi = evaluate(a, {from_uncertainty(p, row.high)}, d,
                       "with " + path + " = " + plain(row.high) + " (its high)");
    if (!lo || !hi) return s;
    row.at_low = *lo;
    row.at_high = *hi;
    try {
      Money diff = hi->net - lo->net;
      row.swing = diff.is_negative() ? -diff : diff;
    } catch (const OutOfRange& e) {
      report_out_of_range(d, p.parameter.path_origin,
                          "the swing of " + path + " (" + s.base.figure + " at high - at low)", e);
      return s;
    }
    row.switching = switching_value(a, row, d);
    s.rows.push_back(std::move(row));
    if (done) done(s.rows.size());
  }
  std::stable_sort(s.rows.begin(), s.rows.end(),
                   [](const OneWay& x, const OneWay& y) { return y.swing < x.swing; });
  return s;
}

namespace {

// The outcome from the figure graph's values without case `c`; none, having
// reported, when the population total leaves the money range.
std::optional<Outcome> outcome_without(const Analysis& a, const ModelGraph& m, const graph::View& v,
                                       std::size_t c, Diagnostics& d) {
  std::optional<PopulationResult> net;
  if (m.population) {
    if (population_exceeds_limit(population_result(a, m, *m.population, v))) {
      d.error(a.cases[c].origin,
              "without case " + a.cases[c].id +
                  ": the population total exceeds the money range (EUR 10^15)",
              "check the participants and the amounts of the cases");
      return std::nullopt;
    }
    net = population_result(a, m, *m.population_net, v);
  }
  if (!m.time) return outcome_of(*net);
  return outcome_of(time_result(a, m, v));
}

}  // namespace

std::vector<LeftOut> leave_one_out(const Analysis& a, Diagnostics& d) {
  if (a.cases.size() < 2) return {};
  const std::optional<Result> base = base_result(a, d);
  return base ? leave_one_out(*base, d) : std::vector<LeftOut>{};
}

std::vector<LeftOut> leave_one_out(const Result& r, Diagnostics& d) {
  const Analysis& a = *r.analysis;
  if (a.cases.size() < 2 || !outcome_of(r)) return {};
  const Outcome base = *outcome_of(r);
  // The graph's case aggregates without each case, and what follows them:
  // linear in the cases.
  const EvaluatedGraph& evaluated = *r.graph;
  const ModelGraph& m = evaluated.model;
  const graph::LeaveOneOut cases(m.graph, evaluated.values);
  std::vector<LeftOut> out;
  for (std::size_t c = 0; c < a.cases.size(); ++c) {
    const std::string context = "without case " + a.cases[c].id;
    try {
      const graph::Values without = cases.without(c);
      std::optional<Outcome> o = outcome_without(a, m, cases.view(without), c, d);
      if (!o) return {};
      out.push_back({a.cases[c].id, *o, Money()});
    } catch (const OutOfRange& e) {
      report_out_of_range(d, a.cases[c].origin, context + ": " + base.figure, e);
      return {};
    }
    try {
      out.back().change = out.back().outcome.net - base.net;
    } catch (const OutOfRange& e) {
      report_out_of_range(d, a.cases[c].origin,
                          context + ": the change in " + base.figure + " (left out - base)", e);
      return {};
    }
  }
  return out;
}

Diagnostics validate_uncertainty(const Analysis& a) {
  Diagnostics d;
  for (const auto& p : a.uncertainty)
    if (low_value(p, d)) high_value(p, d);
  return d;
}

}  // namespace mkba
