#include "core/sensitivity.hpp"

#include <algorithm>

#include "core/calculate.hpp"
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

}  // namespace

std::optional<Outcome> evaluate_applied(const Analysis& a, Diagnostics& d,
                                        const std::string& context) {
  Diagnostics local = validate(a);
  std::optional<Result> r;
  if (local.empty()) r = calculate(a, local);
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
  Sensitivity s;
  auto base = evaluate(a, {}, d);
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

// Each case's amounts per payer (gross, net, and net per year over a
// horizon), with the aggregates of each payer's basis over them: the outcome
// without one case is then derived in O(payers x years), with the same
// definitions (population_of, timeline_of) as the whole population's.
class LeftOutCases {
 public:
  LeftOutCases(const Analysis& a, const Result& r) : a_(a), r_(r) {
    if (a.population) {
      const std::vector<CaseBasis> bases = case_bases(a);
      for (std::size_t p = 0; p < bases.size(); ++p) {
        std::vector<Money> gross, net;
        for (const auto& c : r.cases) {
          gross.push_back(c.by_payer[p].amount);
          net.push_back(c.net_by_payer[p].amount);
        }
        gross_.emplace_back(bases[p], std::move(gross));
        net_.emplace_back(bases[p], std::move(net));
      }
      if (r.time) {
        auto amounts = yearly_case_amounts(a, r, horizon_years(a));
        for (auto& year : amounts) {
          yearly_.emplace_back();
          for (std::size_t p = 0; p < bases.size(); ++p)
            yearly_.back().emplace_back(bases[p], std::move(year[p]));
        }
      }
    }
    if (r.time) costs_ = yearly_costs(a, r.programme, horizon_years(a));
  }

  // The outcome without case `c`; none, having reported, when the population
  // total leaves the money range. Throws OutOfRange.
  std::optional<Outcome> without(std::size_t c, Diagnostics& d) const {
    std::optional<PopulationResult> net;
    if (a_.population) {
      const long long participants = r_.population->participants;
      if (population_exceeds_limit(
              population_of(a_, r_.programme, participants, per_participant(gross_, c)))) {
        d.error(a_.cases[c].origin,
                "without case " + a_.cases[c].id +
                    ": the population total exceeds the money range (EUR 10^15)",
                "check the participants and the amounts of the cases");
        return std::nullopt;
      }
      net = population_of(a_, r_.programme, participants, per_participant(net_, c));
    }
    if (!r_.time) return outcome_of(*net);
    std::vector<std::vector<Money>> benefit(costs_.size(),
                                            std::vector<Money>(a_.tariffs.payers.size()));
    const Quantity participants = Quantity::of(net ? net->participants : 0);
    for (std::size_t y = 0; y < yearly_.size(); ++y)
      benefit[y] = per_participant(yearly_[y], c, participants);
    return outcome_of(timeline_of(a_, benefit, costs_));
  }

 private:
  static std::vector<Money> per_participant(const std::vector<BasisAmounts>& bases, std::size_t c,
                                            const Quantity& times = Quantity::of(1)) {
    std::vector<Money> out;
    for (const auto& b : bases) out.push_back(b.without(c) * times);
    return out;
  }

  const Analysis& a_;
  const Result& r_;
  std::vector<BasisAmounts> gross_, net_;          // per payer
  std::vector<std::vector<BasisAmounts>> yearly_;  // [year][payer]
  std::vector<std::vector<Money>> costs_;          // [year][payer]
};

}  // namespace

std::vector<LeftOut> leave_one_out(const Analysis& a, Diagnostics& d) {
  if (a.cases.size() < 2) return {};
  Diagnostics local = validate(a);
  std::optional<Result> r;
  if (local.empty()) r = calculate(a, local);
  d.append(local);
  if (!r || !outcome_of(*r)) return {};
  const Outcome base = *outcome_of(*r);
  const LeftOutCases cases(a, *r);
  std::vector<LeftOut> out;
  for (std::size_t c = 0; c < a.cases.size(); ++c) {
    const std::string context = "without case " + a.cases[c].id;
    try {
      std::optional<Outcome> o = cases.without(c, d);
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
