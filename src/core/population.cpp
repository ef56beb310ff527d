#include "core/population.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "core/time_value.hpp"

namespace mkba {
namespace {

std::string basis_name(const Basis& b) {
  switch (b.kind) {
    case Basis::Kind::mean:
      return "mean";
    case Basis::Kind::median:
      return "median";
    case Basis::Kind::single_case:
      return b.case_id;
    case Basis::Kind::weights:
      return "weights";
  }
  return {};
}

const Basis& basis_for(const Population& p, const std::string& payer) {
  for (const auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  return p.default_basis;
}

std::optional<Quantity> ratio(const Money& benefit, const Money& cost) {
  if (cost.is_zero()) return std::nullopt;
  return benefit / cost;
}

std::optional<long long> count_needed(const std::optional<Quantity>& exact) {
  if (!exact) return std::nullopt;
  const Int128 needed = exact->exact().ceil();
  if (needed > std::numeric_limits<long long>::max())
    throw OutOfRange("a count is too large to compute exactly (beyond 64-bit range)");
  return static_cast<long long>(needed);
}

// Positions of the table's payers by id.
std::unordered_map<std::string, std::size_t> payer_positions(const Analysis& a) {
  std::unordered_map<std::string, std::size_t> out;
  for (std::size_t p = 0; p < a.tariffs.payers.size(); ++p) out.emplace(a.tariffs.payers[p].id, p);
  return out;
}

// Timing factors for each year of the horizon, computed once per distinct
// timing: files repeat a few timings over many lines.
class TimingFactors {
 public:
  explicit TimingFactors(int years) : years_(years) {}
  const std::vector<Exact>& of(const Timing& t) {
    auto key = std::make_tuple(t.lag, t.years, t.drop_off.numerator(), t.drop_off.denominator());
    auto it = cache_.find(key);
    if (it == cache_.end()) it = cache_.emplace(key, timing_factors(t, years_)).first;
    return it->second;
  }

 private:
  int years_;
  std::map<std::tuple<int, int, Int128, Int128>, std::vector<Exact>> cache_;
};

}  // namespace

std::string basis_name(const Analysis& a, const std::string& payer) {
  return basis_name(basis_for(*a.population, payer));
}

std::vector<CaseBasis> case_bases(const Analysis& a) {
  std::unordered_map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < a.cases.size(); ++i) position.emplace(a.cases[i].id, i);
  auto at = [&](const std::string& id) {
    auto it = position.find(id);
    if (it == position.end()) throw std::logic_error("unvalidated case id " + id);
    return it->second;
  };
  std::vector<CaseBasis> out;
  for (const auto& payer : a.tariffs.payers) {
    const Basis& b = basis_for(*a.population, payer.id);
    CaseBasis cb;
    cb.kind = b.kind;
    if (b.kind == Basis::Kind::single_case) cb.case_index = at(b.case_id);
    for (const auto& [id, w] : b.weights)
      if (b.kind == Basis::Kind::weights) cb.weights.emplace_back(at(id), w);
    out.push_back(std::move(cb));
  }
  return out;
}

BasisAmounts::BasisAmounts(const CaseBasis& basis, std::vector<Money> values)
    : basis_(basis), values_(std::move(values)) {
  const std::size_t n = values_.size();
  if (basis_.kind == Basis::Kind::median) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return values_[x] < values_[y]; });
    rank_.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
      rank_[order[k]] = k;
      sorted_.push_back(values_[order[k]]);
    }
  }
  if (basis_.kind == Basis::Kind::weights) {
    weight_of_.assign(n, Exact());
    named_.assign(n, 0);
    for (const auto& [c, w] : basis_.weights) {
      weighted_sum_ += values_[c] * w;
      weight_total_ = weight_total_ + w.exact();
      weight_of_[c] = weight_of_[c] + w.exact();
      ++named_[c];
    }
  }
}

Money BasisAmounts::mean(std::optional<std::size_t> left_out) const {
  if (!sum_) {  // only when a mean is asked for: a sum that is not needed must not overflow
    Money sum;
    for (const auto& v : values_) sum += v;
    sum_ = sum;
  }
  if (!left_out) return *sum_ / Quantity::of(static_cast<long long>(values_.size()));
  return (*sum_ - values_[*left_out]) / Quantity::of(static_cast<long long>(values_.size()) - 1);
}

Money BasisAmounts::value(std::optional<std::size_t> left_out) const {
  switch (basis_.kind) {
    case Basis::Kind::mean:
      return mean(left_out);
    case Basis::Kind::median: {
      const std::size_t n = values_.size() - (left_out ? 1 : 0);
      auto at = [&](std::size_t k) {  // the k-th smallest of the cases kept
        return sorted_[left_out && k >= rank_[*left_out] ? k + 1 : k];
      };
      if (n % 2 == 1) return at(n / 2);
      return (at(n / 2 - 1) + at(n / 2)) / Quantity::of(2);
    }
    case Basis::Kind::single_case:
      if (left_out == basis_.case_index) return mean(left_out);
      return values_[basis_.case_index];
    case Basis::Kind::weights: {
      if (!left_out) return weighted_sum_ / Quantity(weight_total_);
      const std::size_t c = *left_out;
      const Exact total = weight_total_ - weight_of_[c];
      // A mix of only the case left out, or only of cases without weight: the mean.
      if (named_[c] == basis_.weights.size() || total.is_zero()) return mean(left_out);
      return (weighted_sum_ - values_[c] * Quantity(weight_of_[c])) / Quantity(total);
    }
  }
  return Money();
}

PopulationResult population_of(const Analysis& a, const ProgrammeResult& programme,
                               long long participants, const std::vector<Money>& per_participant) {
  const Population& p = *a.population;
  PopulationResult out;
  out.participants = participants;
  const Quantity n = Quantity::of(participants);
  for (std::size_t i = 0; i < a.tariffs.payers.size(); ++i) {
    PayerPopulation pp;
    pp.payer = a.tariffs.payers[i].id;
    pp.basis = basis_name(basis_for(p, pp.payer));
    pp.per_participant = per_participant[i];
    pp.benefit = pp.per_participant * n;
    pp.cost = programme.cost_by_payer[i].amount;
    pp.net = pp.benefit - pp.cost;
    pp.ratio = ratio(pp.benefit, pp.cost);
    out.benefit_total += pp.benefit;
    out.cost_total += pp.cost;
    out.by_payer.push_back(pp);
  }
  out.net_benefit = out.benefit_total - out.cost_total;
  out.ratio = ratio(out.benefit_total, out.cost_total);
  return out;
}

BalanceResult payer_balance(const PopulationResult& population) {
  BalanceResult out;
  Money deficit, surplus;
  for (const auto& p : population.by_payer) {
    if (p.net.is_negative())
      deficit += -p.net;
    else
      surplus += p.net;
  }
  out.transfer_possible = !population.net_benefit.is_negative();
  // Deficits are made whole; surpluses give in proportion to their size.
  // The share of a surplus that is given is computed once: fractions stay small.
  const bool transfers = out.transfer_possible && !deficit.is_zero();
  const Quantity given_share = transfers ? deficit / surplus : Quantity();
  for (const auto& p : population.by_payer) {
    PayerBalance b{p.payer, p.cost, p.benefit, p.net, Money(), p.net};
    if (transfers) b.transfer = p.net.is_negative() ? -p.net : -(p.net * given_share);
    b.net_after_transfer = p.net + b.transfer;
    out.payers.push_back(b);
  }
  return out;
}

BreakevenResult breakeven(const Analysis& a, const Result& r) {
  BreakevenResult out;
  out.cost_total = r.programme.cost_total;
  auto row = [&](std::string id, Money avoided) {
    CaseBreakeven b{std::move(id), avoided, std::nullopt, std::nullopt};
    if (!avoided.is_zero() && !avoided.is_negative()) b.exact = out.cost_total / avoided;
    b.needed = count_needed(b.exact);
    out.cases.push_back(b);
  };
  // Net of additionality: what the programme itself avoids.
  std::vector<Money> totals;
  for (const auto& c : r.cases) {
    row(a.cases[c.index].id, c.net_total);
    totals.push_back(c.net_total);
  }
  if (!totals.empty()) row("mean", BasisAmounts(CaseBasis{}, std::move(totals)).all());
  if (r.population_net && r.population_net->participants > 0)
    row("population",
        r.population_net->benefit_total / Quantity::of(r.population_net->participants));
  for (const auto& u : a.breakeven_units) {
    UnitBreakeven b;
    const Tariff* tariff = a.tariffs.find_tariff(u.tariff);
    b.tariff = static_cast<std::size_t>(tariff - a.tariffs.tariffs.data());
    b.quantity = u.quantity;
    b.label = u.label;
    b.value = tariff->price * u.quantity;
    if (!b.value.is_zero()) b.exact = out.cost_total / b.value;
    b.needed = count_needed(b.exact);
    out.units.push_back(b);
  }
  return out;
}

std::vector<std::vector<std::vector<Money>>> yearly_case_amounts(const Analysis& a, const Result& r,
                                                                 int years) {
  const auto payers = payer_positions(a);
  std::vector<std::vector<std::vector<Money>>> out(
      static_cast<std::size_t>(years),
      std::vector<std::vector<Money>>(a.tariffs.payers.size(), std::vector<Money>(r.cases.size())));
  TimingFactors timing(years);
  for (std::size_t c = 0; c < r.cases.size(); ++c)
    for (const auto& l : r.cases[c].lines) {
      const std::size_t p = payers.at(l.payer);
      const std::vector<Exact>& factors = timing.of(r.input(l).timing);
      for (std::size_t y = 0; y < factors.size(); ++y)
        if (!factors[y].is_zero()) out[y][p][c] += l.net_amount * Quantity(factors[y]);
    }
  return out;
}

std::vector<std::vector<Money>> yearly_costs(const Analysis& a, const ProgrammeResult& programme,
                                             int years) {
  const auto payers = payer_positions(a);
  std::vector<std::vector<Money>> out(static_cast<std::size_t>(years),
                                      std::vector<Money>(a.tariffs.payers.size()));
  TimingFactors timing(years);
  for (const auto& c : a.programme.costs) {
    const std::vector<Exact>& factors = timing.of(c.timing);
    for (std::size_t y = 0; y < factors.size(); ++y)
      if (!factors[y].is_zero())
        out[y][payers.at(c.payer)] += c.amount * Quantity(programme.cost_index_factor * factors[y]);
  }
  return out;
}

TimeResult timeline_of(const Analysis& a, const std::vector<std::vector<Money>>& benefit,
                       const std::vector<std::vector<Money>>& cost) {
  TimeResult out;
  out.years = a.programme.horizon ? a.programme.horizon->years : 1;
  out.start = a.programme.horizon ? a.programme.horizon->start : 0;
  std::vector<Exact> factors = discount_factors(a.programme.discounting, out.years);
  for (const auto& payer : a.tariffs.payers)
    out.by_payer.push_back({payer.id, {}, {}, {}, {}, {}, {}});
  Money cumulative;
  for (int year = 1; year <= out.years; ++year) {
    const auto y = static_cast<std::size_t>(year - 1);
    YearRow row;
    row.index = year;
    row.year = out.start ? out.start + year - 1 : 0;
    row.discount_factor = factors[y];
    Quantity df(row.discount_factor);
    for (std::size_t p = 0; p < a.tariffs.payers.size(); ++p) {
      const std::string& payer = a.tariffs.payers[p].id;
      row.benefit.push_back({payer, benefit[y][p]});
      row.cost.push_back({payer, cost[y][p]});
      row.benefit_total += benefit[y][p];
      row.cost_total += cost[y][p];
      PayerPresentValue& pv = out.by_payer[p];
      pv.benefit += benefit[y][p];
      pv.cost += cost[y][p];
      pv.pv_benefit += benefit[y][p] * df;
      pv.pv_cost += cost[y][p] * df;
    }
    row.net = row.benefit_total - row.cost_total;
    row.net_discounted = row.net * df;
    cumulative += row.net_discounted;
    row.cumulative_discounted = cumulative;
    if (!out.payback && Money() < cumulative) out.payback = year;
    out.benefit_total += row.benefit_total;
    out.cost_total += row.cost_total;
    out.pv_benefit += row.benefit_total * df;
    out.pv_cost += row.cost_total * df;
    out.rows.push_back(row);
  }
  for (auto& pv : out.by_payer) {
    pv.net = pv.benefit - pv.cost;
    pv.npv = pv.pv_benefit - pv.pv_cost;
  }
  out.net_total = out.benefit_total - out.cost_total;
  out.npv = out.pv_benefit - out.pv_cost;
  out.ratio = ratio(out.pv_benefit, out.pv_cost);
  if (!out.pv_cost.is_zero()) out.roi = out.npv / out.pv_cost;
  return out;
}

int horizon_years(const Analysis& a) {
  return a.programme.horizon ? a.programme.horizon->years : 1;
}

TimeResult timeline(const Analysis& a, const Result& r) {
  const int years = horizon_years(a);
  std::vector<std::vector<Money>> benefit(static_cast<std::size_t>(years),
                                          std::vector<Money>(a.tariffs.payers.size()));
  if (a.population && !r.cases.empty()) {
    const Quantity participants = Quantity::of(r.population_net->participants);
    const std::vector<CaseBasis> bases = case_bases(a);
    auto amounts = yearly_case_amounts(a, r, years);
    for (std::size_t y = 0; y < amounts.size(); ++y)
      for (std::size_t p = 0; p < bases.size(); ++p)
        benefit[y][p] = BasisAmounts(bases[p], std::move(amounts[y][p])).all() * participants;
  }
  return timeline_of(a, benefit, yearly_costs(a, r.programme, years));
}

std::vector<ReachResult> reach(const Analysis& a, const ProgrammeResult& programme) {
  std::vector<ReachResult> out;
  for (std::size_t i = 0; i < a.programme.reach.size(); ++i) {
    const ReachIndicator& indicator = a.programme.reach[i];
    Money annual = indicator.costs.empty() ? programme.cost_total : Money();
    for (const auto& id : indicator.costs)
      for (const auto& cost : a.programme.costs)
        if (cost.id == id) annual += cost.amount * Quantity(programme.cost_index_factor);
    ReachResult rr{i, annual * indicator.months / Quantity::of(12), std::nullopt};
    if (!indicator.count.exact().is_zero()) rr.cost_per_unit = rr.cost / indicator.count;
    out.push_back(rr);
  }
  return out;
}

}  // namespace mkba
