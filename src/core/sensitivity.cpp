#include "core/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/calculate.hpp"

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
    auto o = evaluate(a, {from_uncertainty(p, text)}, d);
    if (!o) return std::nullopt;
    best = text;
    if (o->net.is_zero()) break;
    (o->net.is_negative() == low_negative ? lo : hi) = mid;
  }
  return best;
}

// Drops a case and every reference to it from the bases.
void drop_case(Analysis& a, const std::string& id) {
  a.cases.erase(
      std::remove_if(a.cases.begin(), a.cases.end(), [&](const Case& c) { return c.id == id; }),
      a.cases.end());
  auto repair = [&](Basis& b) {
    if (b.kind == Basis::Kind::single_case && b.case_id == id) b.kind = Basis::Kind::mean;
    if (b.kind != Basis::Kind::weights) return;
    for (std::size_t i = b.weights.size(); i-- > 0;)
      if (b.weights[i].first == id) {
        b.weights.erase(b.weights.begin() + static_cast<long>(i));
        b.weight_origins.erase(b.weight_origins.begin() + static_cast<long>(i));
      }
    if (b.weights.empty()) b.kind = Basis::Kind::mean;
  };
  if (!a.population) return;
  repair(a.population->default_basis);
  for (auto& [payer, basis] : a.population->payer_basis) repair(basis);
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

std::optional<Outcome> outcome_of(const Result& r) {
  Outcome o;
  if (r.time) {
    o.figure = "npv";
    o.net = r.time->npv;
    o.ratio = r.time->ratio;
    for (const auto& p : r.time->by_payer) o.net_by_payer.push_back({p.payer, p.npv});
    return o;
  }
  if (!r.population_net) return std::nullopt;
  o.figure = "net.net_benefit";
  o.net = r.population_net->net_benefit;
  o.ratio = r.population_net->ratio;
  for (const auto& p : r.population_net->by_payer) o.net_by_payer.push_back({p.payer, p.net});
  return o;
}

std::optional<Outcome> evaluate(const Analysis& base, const std::vector<Override>& extra,
                                Diagnostics& d) {
  Analysis a = base;
  Diagnostics local = apply_overrides(a, extra);
  if (local.empty()) local = validate(a);
  std::optional<Result> r;
  if (local.empty()) r = calculate(a, local);
  d.append(local);
  if (!r) return std::nullopt;
  return outcome_of(*r);
}

Sensitivity one_way(const Analysis& a, Diagnostics& d) {
  Sensitivity s;
  auto base = evaluate(a, {}, d);
  if (!base) return s;
  s.base = *base;
  for (const auto& p : a.uncertainty) {
    OneWay row;
    row.parameter = &p;
    row.low = override_text(p.path, uncertain::low(p.distribution));
    row.high = override_text(p.path, uncertain::high(p.distribution));
    auto lo = evaluate(a, {from_uncertainty(p, row.low)}, d);
    auto hi = evaluate(a, {from_uncertainty(p, row.high)}, d);
    if (!lo || !hi) return s;
    row.at_low = *lo;
    row.at_high = *hi;
    Money diff = hi->net - lo->net;
    row.swing = diff.is_negative() ? -diff : diff;
    row.switching = switching_value(a, row, d);
    s.rows.push_back(std::move(row));
  }
  std::stable_sort(s.rows.begin(), s.rows.end(),
                   [](const OneWay& x, const OneWay& y) { return y.swing < x.swing; });
  return s;
}

std::vector<LeftOut> leave_one_out(const Analysis& a, Diagnostics& d) {
  std::vector<LeftOut> out;
  if (a.cases.size() < 2) return out;
  for (const auto& c : a.cases) {
    Analysis without = a;
    drop_case(without, c.id);
    auto o = evaluate(without, {}, d);
    if (!o) return {};
    out.push_back({c.id, *o});
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
