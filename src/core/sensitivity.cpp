#include "core/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/calculate.hpp"
#include "core/population.hpp"

namespace mkba {
namespace {

bool whole_number_path(const std::string& path) {
  auto ends = [&](const std::string& tail) {
    return path.size() >= tail.size() &&
           path.compare(path.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends("participants") || path == "horizon.years" || path == "programme.price_year";
}

Override from_uncertainty(const UncertainParameter& p, const std::string& value) {
  return Override{p.path, value, p.origin, "uncertainty"};
}

// The value where the net result crosses zero between low and high, found by
// bisection on exact evaluations (on whole numbers for whole-number paths).
std::optional<std::string> switching_value(const Analysis& a, const OneWay& row, Diagnostics& d) {
  bool low_negative = row.at_low.net.is_negative();
  if (low_negative == row.at_high.net.is_negative()) return std::nullopt;
  const UncertainParameter& p = *row.parameter;
  double lo = std::strtod(row.low.c_str(), nullptr), hi = std::strtod(row.high.c_str(), nullptr);
  std::string best = row.low;
  for (int step = 0; step < 60; ++step) {
    double mid = (lo + hi) / 2;
    std::string text = override_text(p.path, mid);
    if (text == override_text(p.path, lo) || text == override_text(p.path, hi)) break;
    auto o = evaluate(a, {from_uncertainty(p, text)}, d,
                      "with " + p.path + " = " + text + " (looking for the switching value)");
    if (!o) return std::nullopt;
    best = text;
    if (o->net.is_zero()) break;
    (o->net.is_negative() == low_negative ? lo : hi) = mid;
  }
  return best;
}

}  // namespace

int override_decimals(const std::string& path) {
  if (whole_number_path(path)) return 0;
  // Shares and rates take 6 decimals; money and quantities 4.
  bool fine = path.find("adjustments.") != std::string::npos || path == "discounting.rate";
  return fine ? 6 : 4;
}

std::string override_text(const std::string& path, double value) {
  char buffer[64];
  int decimals = override_decimals(path);
  if (decimals == 0) {
    std::snprintf(buffer, sizeof buffer, "%.0f", std::round(value));
    return buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

double printed_override_value(int decimals, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return std::strtod(buffer, nullptr) + 0.0;
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
    row.parameter = &p;
    row.low = override_text(p.path, uncertain::low(p.distribution));
    row.high = override_text(p.path, uncertain::high(p.distribution));
    auto lo = evaluate(a, {from_uncertainty(p, row.low)}, d,
                       "with " + p.path + " = " + row.low + " (its low)");
    auto hi = evaluate(a, {from_uncertainty(p, row.high)}, d,
                       "with " + p.path + " = " + row.high + " (its high)");
    if (!lo || !hi) return s;
    row.at_low = *lo;
    row.at_high = *hi;
    try {
      Money diff = hi->net - lo->net;
      row.swing = diff.is_negative() ? -diff : diff;
    } catch (const OutOfRange& e) {
      report_out_of_range(
          d, p.origin, "the swing of " + p.path + " (" + s.base.figure + " at high - at low)", e);
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
  for (const auto& p : a.uncertainty) {
    Analysis copy = a;
    d.append(apply_overrides(
        copy, {from_uncertainty(p, override_text(p.path, uncertain::low(p.distribution)))}));
  }
  return d;
}

}  // namespace mkba
