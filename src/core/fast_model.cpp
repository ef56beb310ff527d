#include "core/fast_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "core/time_value.hpp"

namespace mkba {
namespace {

double to_double(const Exact& e) {
  return static_cast<double>(e.numerator()) / static_cast<double>(e.denominator());
}

// Just under the money limit (EUR 10^15, calculate.hpp): beyond it the exact
// model decides, by reporting or by computing.
constexpr double near_limit = 0.999e15;

constexpr std::optional<Exact> Adjustments::*share_fields[4] = {
    &Adjustments::deadweight, &Adjustments::attribution, &Adjustments::displacement,
    &Adjustments::probability};

// The share in effect at the first of `levels` (innermost first), inherited
// from the next ones when it sets none; else its default (0 for deadweight
// and displacement, 1 for attribution and probability).
double effective_share(const std::optional<Exact>* const* levels, int count, std::size_t share) {
  for (int i = 0; i < count; ++i)
    if (*levels[i]) return to_double(**levels[i]);
  return share == 1 || share == 3 ? 1 : 0;
}

// Which parameter, if any, sets each input: the last one naming it wins, as
// overrides applied in order do.
struct Targets {
  std::vector<int> tariff_price, cost_amount;
  std::vector<std::vector<int>> line_quantity, line_periods;  // case, line
  std::vector<std::vector<std::array<int, 4>>> line_share;    // case, line, share
  std::vector<std::array<int, 4>> case_share;
  std::array<int, 4> programme_share{-1, -1, -1, -1};
  int programme_participants = -1, population_participants = -1;
};

// Records parameter k as what sets the input its handle targets; false when
// the fast model cannot express it (a structural parameter: a payer, a
// basis, the years, the discounting, the price level).
bool target(const Analysis& a, const Parameter& p, int k, Targets& t) {
  const Target& to = p.target;
  switch (to.kind) {
    case Target::Kind::tariff_price:
      t.tariff_price[to.index] = k;
      return true;
    case Target::Kind::programme_participants:
      t.programme_participants = k;
      return true;
    case Target::Kind::population_participants:
      t.population_participants = k;
      return a.population.has_value();
    case Target::Kind::cost_amount:
      t.cost_amount[to.index] = k;
      return true;
    // With bootstrap_cases too: a drawn case is one of these, its parameters and all.
    case Target::Kind::share:
      (to.level == Target::Level::programme    ? t.programme_share[to.share]
       : to.level == Target::Level::case_level ? t.case_share[to.index][to.share]
                                               : t.line_share[to.index][to.line][to.share]) = k;
      return true;
    case Target::Kind::line_quantity:
      t.line_quantity[to.index][to.line] = k;
      return true;
    case Target::Kind::line_periods:
      t.line_periods[to.index][to.line] = k;
      return true;
    default:
      return false;
  }
}

}  // namespace

std::optional<FastModel> FastModel::compile(const Analysis& a, bool bootstrap) {
  const bool timed = a.programme.horizon || a.programme.discounting.origin.line;
  if (!a.population && !timed) return std::nullopt;
  FastModel m;
  m.case_count_ = a.cases.size();
  m.payer_count_ = a.tariffs.payers.size();
  m.population_ = a.population.has_value();
  m.timed_ = timed;
  auto payer_index = [&](const std::string& id) -> std::optional<std::size_t> {
    for (std::size_t p = 0; p < a.tariffs.payers.size(); ++p)
      if (a.tariffs.payers[p].id == id) return p;
    return std::nullopt;
  };

  Targets t;
  t.tariff_price.assign(a.tariffs.tariffs.size(), -1);
  t.cost_amount.assign(a.programme.costs.size(), -1);
  for (const auto& c : a.cases) {
    t.line_quantity.emplace_back(c.avoided.size(), -1);
    t.line_periods.emplace_back(c.avoided.size(), -1);
    t.line_share.emplace_back(c.avoided.size(), std::array<int, 4>{-1, -1, -1, -1});
    t.case_share.push_back({-1, -1, -1, -1});
  }
  for (std::size_t k = 0; k < a.uncertainty.size(); ++k) {
    const Parameter& p = a.uncertainty[k].parameter;
    if (!target(a, p, static_cast<int>(k), t)) return std::nullopt;
    m.decimals_.push_back(decimals_of(p.type));
    // Within these the exact model takes the value (README, "Numbers"), also
    // when a later parameter sets the same input.
    m.bounds_.push_back(p.type == ValueType::money      ? Bounds{0, 1e11}
                        : p.type == ValueType::quantity ? Bounds{0, 1e8}
                        : p.type == ValueType::share    ? Bounds{0, 1}
                                                        : Bounds{1, 1e9});
  }
  // A parameter that a later one overrides is no input: any value it may take will do.
  for (const Bounds& b : m.bounds_) m.base_values_.push_back(b.low);
  auto input = [&](int slot, double fixed) {
    if (slot >= 0) m.base_values_[static_cast<std::size_t>(slot)] = fixed;
    return Input{fixed, slot};
  };

  const double cost_index = to_double(price_level_factor(a, a.programme.year));
  for (std::size_t i = 0; i < a.programme.costs.size(); ++i) {
    const ProgrammeCost& c = a.programme.costs[i];
    auto payer = payer_index(c.payer);
    if (!payer) return std::nullopt;
    m.costs_.push_back({input(t.cost_amount[i], to_double(c.amount.exact())), cost_index, *payer});
  }

  const TariffIndex tariffs(a.tariffs);
  for (std::size_t ci = 0; ci < a.cases.size(); ++ci) {
    const Case& c = a.cases[ci];
    for (std::size_t li = 0; li < c.avoided.size(); ++li) {
      const AvoidedLine& line = c.avoided[li];
      const Tariff* tariff = tariffs.find(line.tariff);
      if (!tariff) return std::nullopt;
      auto payer = payer_index(line.payer.value_or(tariff->payer));
      if (!payer) return std::nullopt;
      Line l;
      l.case_index = ci;
      l.payer = *payer;
      auto ti = static_cast<std::size_t>(tariff - a.tariffs.tariffs.data());
      l.price = input(t.tariff_price[ti], to_double(tariff->price.exact()));
      l.index_factor = to_double(price_level_factor(a, tariff->price_year));
      l.quantity = input(t.line_quantity[ci][li], to_double(line.quantity.exact()));
      l.periods = input(t.line_periods[ci][li], to_double(line.periods.exact()));
      // Each share from the innermost level that sets it, or that a parameter sets.
      for (std::size_t s = 0; s < 4; ++s) {
        const auto field = share_fields[s];
        const std::optional<Exact>* levels[3] = {
            &(line.adjustments.*field), &(c.adjustments.*field), &(a.programme.adjustments.*field)};
        const int slots[3] = {t.line_share[ci][li][s], t.case_share[ci][s], t.programme_share[s]};
        l.shares[s] = Input{(s == 1 || s == 3) ? 1.0 : 0.0, -1};
        for (int level = 0; level < 3; ++level)
          if (*levels[level] || slots[level] >= 0) {
            l.shares[s] = Input{effective_share(levels + level, 3 - level, s), slots[level]};
            break;
          }
      }
      m.lines_.push_back(l);
    }
  }
  // Every share parameter, used by a line or not: its base value is the share
  // in effect at its level.
  for (std::size_t s = 0; s < 4; ++s) {
    const auto field = share_fields[s];
    const std::optional<Exact>* programme_level[1] = {&(a.programme.adjustments.*field)};
    input(t.programme_share[s], effective_share(programme_level, 1, s));
    for (std::size_t ci = 0; ci < a.cases.size(); ++ci) {
      const std::optional<Exact>* case_levels[2] = {&(a.cases[ci].adjustments.*field),
                                                    &(a.programme.adjustments.*field)};
      input(t.case_share[ci][s], effective_share(case_levels, 2, s));
      for (std::size_t li = 0; li < a.cases[ci].avoided.size(); ++li) {
        const std::optional<Exact>* line_levels[3] = {&(a.cases[ci].avoided[li].adjustments.*field),
                                                      &(a.cases[ci].adjustments.*field),
                                                      &(a.programme.adjustments.*field)};
        input(t.line_share[ci][li][s], effective_share(line_levels, 3, s));
      }
    }
  }
  for (std::size_t i = 0; i < a.tariffs.tariffs.size(); ++i)
    input(t.tariff_price[i], to_double(a.tariffs.tariffs[i].price.exact()));

  Input programme_participants =
      input(t.programme_participants, static_cast<double>(a.programme.participants.value_or(0)));
  if (a.population) {
    if (t.population_participants >= 0 || a.population->participants)
      m.participants_ =
          input(t.population_participants, static_cast<double>(a.population->participants.value_or(
                                               a.programme.participants.value_or(0))));
    else
      m.participants_ = programme_participants;
    auto basis_for = [&](const std::string& payer) -> const mkba::Basis& {
      for (const auto& [id, basis] : a.population->payer_basis)
        if (id == payer) return basis;
      return a.population->default_basis;
    };
    std::unordered_map<std::string, int> case_positions;  // the first case of an id
    for (std::size_t i = 0; i < a.cases.size(); ++i)
      case_positions.emplace(a.cases[i].id, static_cast<int>(i));
    auto position = [&](const std::string& id) {
      auto it = case_positions.find(id);
      return it == case_positions.end() ? -1 : it->second;
    };
    for (const auto& payer : a.tariffs.payers) {
      const mkba::Basis& b = basis_for(payer.id);
      Basis out;
      if (!bootstrap) switch (b.kind) {
          case mkba::Basis::Kind::mean:
            break;
          case mkba::Basis::Kind::median:
            out.kind = Basis::Kind::median;
            break;
          case mkba::Basis::Kind::single_case: {
            int c = position(b.case_id);
            if (c < 0) return std::nullopt;
            out.kind = Basis::Kind::single_case;
            out.case_index = static_cast<std::size_t>(c);
            break;
          }
          case mkba::Basis::Kind::weights: {
            out.kind = Basis::Kind::weights;
            Exact total;
            for (const auto& [id, w] : b.weights) {
              int c = position(id);
              if (c < 0) return std::nullopt;
              out.weights.emplace_back(static_cast<std::size_t>(c), to_double(w.exact()));
              total = total + w.exact();
            }
            if (total.is_zero()) return std::nullopt;
            out.weight_total = to_double(total);
            break;
          }
        }
      m.bases_.push_back(out);
    }
  }

  if (timed) {
    int years = a.programme.horizon ? a.programme.horizon->years : 1;
    if (years < 1) return std::nullopt;
    m.years_ = static_cast<std::size_t>(years);
    for (const Exact& f : discount_factors(a.programme.discounting, years))
      m.discount_.push_back(to_double(f));
    const Exact cost_factor = price_level_factor(a, a.programme.year);
    for (const auto& c : a.cases)
      for (const auto& line : c.avoided)
        for (const Exact& f : timing_factors(line.timing, years))
          m.line_timing_.push_back(to_double(f));
    for (const auto& c : a.programme.costs)
      for (const Exact& f : timing_factors(c.timing, years))
        m.cost_timing_.push_back(to_double(cost_factor * f));
  }
  return m;
}

FastModel::Scratch FastModel::scratch() const {
  Scratch s;
  s.line_net.resize(lines_.size());
  s.case_payer.resize(case_count_ * payer_count_);
  s.basis_values.resize(case_count_);
  s.payer_benefit.resize(payer_count_);
  s.payer_cost.resize(payer_count_);
  return s;
}

double FastModel::by_basis(const Basis& basis, const double* values, std::size_t stride,
                           const std::size_t* picks, Scratch& scratch) const {
  auto value = [&](std::size_t c) { return values[(picks ? picks[c] : c) * stride]; };
  switch (basis.kind) {
    case Basis::Kind::mean: {
      double sum = 0;
      for (std::size_t c = 0; c < case_count_; ++c) sum += value(c);
      return sum / static_cast<double>(case_count_);
    }
    case Basis::Kind::median: {
      double* v = scratch.basis_values.data();
      for (std::size_t c = 0; c < case_count_; ++c) v[c] = value(c);
      std::sort(v, v + case_count_);
      std::size_t n = case_count_;
      return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    case Basis::Kind::single_case:
      return values[basis.case_index * stride];
    case Basis::Kind::weights: {
      double sum = 0;
      for (const auto& [c, w] : basis.weights) sum += values[c * stride] * w;
      return sum / basis.weight_total;
    }
  }
  return 0;
}

bool FastModel::evaluate(const double* values, const std::size_t* picks, Scratch& s,
                         Figures& out) const {
  for (std::size_t k = 0; k < bounds_.size(); ++k)
    if (!(values[k] >= bounds_[k].low && values[k] <= bounds_[k].high)) return false;
  double gross_sum = 0;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    const Line& l = lines_[i];
    double amount = l.price.at(values) * l.quantity.at(values) * l.periods.at(values);
    if (amount > near_limit) return false;
    double gross = amount * l.index_factor;
    gross_sum += gross;
    s.line_net[i] = gross * ((1 - l.shares[0].at(values)) * l.shares[1].at(values) *
                             (1 - l.shares[2].at(values)) * l.shares[3].at(values));
  }
  const double participants = population_ ? participants_.at(values) : 0;
  if (participants * gross_sum > near_limit) return false;
  double cost_total = 0;
  for (const auto& c : costs_) cost_total += c.amount.at(values) * c.index_factor;
  if (cost_total > near_limit) return false;

  const std::size_t P = payer_count_;
  std::fill(s.payer_benefit.begin(), s.payer_benefit.end(), 0.0);
  std::fill(s.payer_cost.begin(), s.payer_cost.end(), 0.0);
  const bool scaled = population_ && case_count_ > 0;
  if (!timed_) {
    std::fill(s.case_payer.begin(), s.case_payer.end(), 0.0);
    for (std::size_t i = 0; i < lines_.size(); ++i)
      s.case_payer[lines_[i].case_index * P + lines_[i].payer] += s.line_net[i];
    for (std::size_t p = 0; p < P && scaled; ++p)
      s.payer_benefit[p] = by_basis(bases_[p], s.case_payer.data() + p, P, picks, s) * participants;
    for (const auto& c : costs_) s.payer_cost[c.payer] += c.amount.at(values) * c.index_factor;
  } else {
    for (std::size_t y = 0; y < years_; ++y) {
      const double df = discount_[y];
      if (scaled) {
        std::fill(s.case_payer.begin(), s.case_payer.end(), 0.0);
        for (std::size_t i = 0; i < lines_.size(); ++i)
          s.case_payer[lines_[i].case_index * P + lines_[i].payer] +=
              s.line_net[i] * line_timing_[i * years_ + y];
        for (std::size_t p = 0; p < P; ++p)
          s.payer_benefit[p] +=
              by_basis(bases_[p], s.case_payer.data() + p, P, picks, s) * participants * df;
      }
      for (std::size_t i = 0; i < costs_.size(); ++i)
        s.payer_cost[costs_[i].payer] +=
            costs_[i].amount.at(values) * cost_timing_[i * years_ + y] * df;
    }
  }
  double benefit = 0, cost = 0;
  for (std::size_t p = 0; p < P; ++p) {
    benefit += s.payer_benefit[p];
    cost += s.payer_cost[p];
    out.by_payer[p] = s.payer_benefit[p] - s.payer_cost[p];
  }
  out.net = benefit - cost;
  out.ratio = cost == 0 ? std::numeric_limits<double>::quiet_NaN() : benefit / cost;
  out.magnitude = benefit + cost;
  return true;
}

}  // namespace mkba
