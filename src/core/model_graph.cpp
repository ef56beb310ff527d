#include "core/model_graph.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/population.hpp"
#include "core/time_value.hpp"

namespace mkba {
namespace {

using graph::Id;
using graph::Op;

class Builder {
 public:
  explicit Builder(const Analysis& a) : a_(a), g_(out_.graph) {
    for (std::size_t p = 0; p < a.tariffs.payers.size(); ++p)
      payer_.emplace(a.tariffs.payers[p].id, p);
  }

  ModelGraph build() {
    programme();
    const TariffIndex tariffs(a_.tariffs);
    for (std::size_t c = 0; c < a_.cases.size(); ++c) one_case(tariffs, c);
    const bool timed = a_.programme.horizon || a_.programme.discounting.origin.line;
    const std::size_t years =
        a_.programme.horizon ? static_cast<std::size_t>(a_.programme.horizon->years) : 1;
    std::vector<std::vector<Id>> case_years, cost_years;  // [case][year x payers + payer]
    if (timed && a_.population)
      for (std::size_t c = 0; c < a_.cases.size(); ++c) {
        case_years.push_back(case_year(c, years));
        if (case_costs_) cost_years.push_back(case_cost_year(c, years));
      }
    // Every case's figures come before the first aggregate over them (LeaveOneOut).
    if (a_.population) {
      const long long n =
          a_.population->participants.value_or(a_.programme.participants.value_or(0));
      // Without its own, the population has the programme's participants.
      std::vector<Source> from{{Target::Kind::population_participants}};
      if (!a_.population->participants) from.push_back({Target::Kind::programme_participants});
      out_.population_participants =
          input(Exact::integer(n), what(Figure::population_participants), from);
      const std::vector<CaseBasis> bases = case_bases(a_);
      out_.population = population(bases, false);
      out_.population_net = population(bases, true);
      out_.balance = balance(*out_.population_net);
    }
    if (timed) time(years, case_years, cost_years);
    breakeven();
    reach();
    effects();
    return std::move(out_);
  }

 private:
  std::size_t payers() const { return a_.tariffs.payers.size(); }

  // A sum per payer of the table of `items` (node, payer).
  std::vector<Id> per_payer(const std::vector<std::pair<Id, std::size_t>>& items, Figure f,
                            std::size_t of = 0) {
    std::vector<Id> out;
    for (std::size_t p = 0; p < payers(); ++p) {
      std::vector<Id> ops;
      for (const auto& [id, payer] : items)
        if (payer == p) ops.push_back(id);
      out.push_back(
          g_.node(Op::sum, ops, f == Figure::programme_cost ? what(f, p + 1) : what(f, of, p + 1)));
    }
    return out;
  }

  void programme() {
    const Programme& p = a_.programme;
    // Costs are stated in prices of the programme's year.
    out_.cost_index_factor =
        g_.constant(price_level_factor(a_, p.year), what(Figure::cost_index_factor));
    std::vector<std::pair<Id, std::size_t>> costs;
    std::vector<Id> all;
    for (std::size_t i = 0; i < p.costs.size(); ++i) {
      const Id amount = cost_amount(i);
      const Id indexed =
          g_.node(Op::product, {amount, out_.cost_index_factor}, what(Figure::cost_item, i));
      costs.emplace_back(indexed, payer_.at(p.costs[i].payer));
      all.push_back(indexed);
      out_.cost_amounts.push_back(amount);
      out_.cost_items.push_back(indexed);
    }
    out_.cost_total = g_.node(Op::sum, all, what(Figure::programme_cost));
    out_.cost_by_payer = per_payer(costs, Figure::programme_cost);
    if (p.participants) {
      out_.participants =
          input(Exact::integer(*p.participants), what(Figure::programme_participants),
                {{Target::Kind::programme_participants}});
      out_.cost_per_participant = g_.node(Op::quotient, {out_.cost_total, *out_.participants},
                                          what(Figure::cost_per_participant));
    }
  }

  void one_case(const TariffIndex& tariffs, std::size_t c) {
    const Case& in = a_.cases[c];
    ModelGraph::Case out;
    for (std::size_t i = 0; i < in.avoided.size(); ++i) {
      const AvoidedLine& line = in.avoided[i];
      const Tariff* tariff = tariffs.find(line.tariff);
      ModelGraph::Line l;
      l.tariff = static_cast<std::size_t>(tariff - a_.tariffs.tariffs.data());
      l.payer = payer_.at(line.payer.value_or(tariff->payer));
      if (!line.transfer.empty()) l.counterpart = payer_.at(line.transfer);
      const auto at = static_cast<std::uint32_t>(c), nr = static_cast<std::uint32_t>(i);
      const Id price =
          input(tariff->price.exact(), what(Figure::tariff_price, c, i),
                {{Target::Kind::tariff_price, {}, static_cast<std::uint32_t>(l.tariff)}});
      l.index_factor =
          g_.constant(price_level_factor(a_, tariff->price_year), what(Figure::index_factor, c, i));
      const Id quantity = input(line.quantity.exact(), what(Figure::quantity, c, i),
                                {{Target::Kind::line_quantity, {}, at, nr}});
      const Id periods = input(line.periods.exact(), what(Figure::periods, c, i),
                               {{Target::Kind::line_periods, {}, at, nr}});
      l.tariff_price = price;
      l.quantity = quantity;
      l.periods = periods;
      l.price = g_.node(Op::product, {price, l.index_factor}, what(Figure::indexed_price, c, i));
      // price x quantity x periods x index: gross.
      const Id unindexed =
          g_.node(Op::product, {price, quantity, periods}, what(Figure::unindexed, c, i));
      l.amount = g_.node(Op::product, {unindexed, l.index_factor}, what(Figure::line, c, i));
      // The programme's own cost is no effect: no additionality applies to it.
      const bool cost = line.side == Side::cost;
      l.net_factor = cost ? one() : net_factor(c, i);
      l.net_amount =
          cost ? l.amount
               : g_.node(Op::product, {l.amount, l.net_factor}, what(Figure::line_net, c, i));
      out.lines.push_back(l);
    }
    if (case_costs_) own_costs(c, out);
    if (in.two_sided)
      two_sided_totals(c, out);
    else
      one_sided_totals(c, out);
    if (kinds_) kind_totals(c, out);
    transfers(c, out);
    for (std::size_t p = 0; p < payers(); ++p)
      out.share.push_back(
          g_.node(Op::quotient, {out.by_payer[p], out.avoided}, what(Figure::case_share, c, p)));
    // The balance and the ratio are of the net amount, as the population's,
    // over the programme's cost per participant and its own cost in the case.
    if (out_.cost_per_participant) {
      const Id cost = case_costs_ ? g_.node(Op::sum, {*out_.cost_per_participant, *out.cost},
                                            what(Figure::case_cost, c, 1))
                                  : *out_.cost_per_participant;
      out.balance_cost = cost;
      out.balance = g_.node(Op::difference, {out.net, cost}, what(Figure::case_balance, c));
      out.ratio = g_.node(Op::quotient, {out.net, cost}, what(Figure::case_ratio, c));
    }
    out_.cases.push_back(std::move(out));
  }

  // The sum of `lines` (indices into the case's lines), gross or net, for
  // payer p + 1 (0: all payers). A line counts for its payer; a transfer also
  // against its counterpart, and in the sum of all payers, where it nets to
  // zero, not at all.
  Id lines_sum(const ModelGraph::Case& out, const std::vector<std::size_t>& lines, bool net,
               std::size_t payer, graph::What w) {
    std::vector<Id> plus, minus;
    for (std::size_t i : lines) {
      const ModelGraph::Line& l = out.lines[i];
      const Id amount = net ? l.net_amount : l.amount;
      if (payer == 0 ? !l.counterpart : l.payer + 1 == payer) plus.push_back(amount);
      if (payer != 0 && l.counterpart && *l.counterpart + 1 == payer) minus.push_back(amount);
    }
    return sum_less(plus, minus, w);
  }

  // The sum of `plus`, less the sum of `minus` when there is any.
  Id sum_less(const std::vector<Id>& plus, const std::vector<Id>& minus, graph::What w) {
    if (minus.empty()) return g_.node(Op::sum, plus, w);
    return g_.node(Op::difference, {g_.node(Op::sum, plus, w), g_.node(Op::sum, minus, w)}, w);
  }

  // Whether a line of any case is what `pick` asks for.
  template <typename Pick>
  bool any_line(Pick pick) const {
    return std::any_of(a_.cases.begin(), a_.cases.end(), [&](const Case& c) {
      return std::any_of(c.avoided.begin(), c.avoided.end(), pick);
    });
  }

  std::vector<std::size_t> lines_on(std::size_t c, Side side) const {
    std::vector<std::size_t> out;
    const std::vector<AvoidedLine>& lines = a_.cases[c].avoided;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].side == side) out.push_back(i);
    return out;
  }

  // The net effect of `lines` (without-lines count for it, with-lines
  // against it) that `counts` picks: a sum, or a difference for a case with
  // and without the programme.
  template <typename Counts>
  Id effect_of(std::size_t c, const ModelGraph::Case& out, bool net, Counts counts, graph::What w) {
    std::vector<Id> plus, minus;
    const std::vector<AvoidedLine>& lines = a_.cases[c].avoided;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].side == Side::cost || !counts(lines[i], out.lines[i])) continue;
      const Id amount = net ? out.lines[i].net_amount : out.lines[i].amount;
      (lines[i].side == Side::with ? minus : plus).push_back(amount);
    }
    return sum_less(plus, minus, w);
  }

  // Each kind's net effect, in all and per payer; transfers are of no kind.
  void kind_totals(std::size_t c, ModelGraph::Case& out) {
    for (BenefitKind k : benefit_kinds) {
      auto of_kind = [k](const AvoidedLine& l, const ModelGraph::Line&) {
        return l.kind == k && l.transfer.empty();
      };
      out.by_kind.push_back(
          effect_of(c, out, true, of_kind, what(Figure::case_kind, c, kind_tag(0, k))));
      std::vector<Id> by_payer;
      for (std::size_t p = 0; p < payers(); ++p)
        by_payer.push_back(effect_of(
            c, out, true,
            [&](const AvoidedLine& l, const ModelGraph::Line& ml) {
              return of_kind(l, ml) && ml.payer == p;
            },
            what(Figure::case_kind, c, kind_tag(p + 1, k))));
      out.by_kind_payer.push_back(std::move(by_payer));
    }
  }

  // What a case's transfers move from their counterparts to their payers.
  void transfers(std::size_t c, ModelGraph::Case& out) {
    const std::vector<AvoidedLine>& lines = a_.cases[c].avoided;
    if (std::none_of(lines.begin(), lines.end(),
                     [](const AvoidedLine& l) { return !l.transfer.empty(); }))
      return;
    out.transfers = effect_of(
        c, out, false,
        [](const AvoidedLine& l, const ModelGraph::Line&) { return !l.transfer.empty(); },
        what(Figure::case_transfers, c));
  }

  // The programme's own effort in a case: its cost lines, in all and per
  // payer (Figure::case_cost, b = 0 and payer + 2).
  void own_costs(std::size_t c, ModelGraph::Case& out) {
    const std::vector<std::size_t> lines = lines_on(c, Side::cost);
    out.cost = lines_sum(out, lines, false, 0, what(Figure::case_cost, c));
    for (std::size_t p = 0; p < payers(); ++p)
      out.cost_by_payer.push_back(
          lines_sum(out, lines, false, p + 1, what(Figure::case_cost, c, p + 2)));
  }

  // A case of avoided care only: its totals are sums of its lines.
  void one_sided_totals(std::size_t c, ModelGraph::Case& out) {
    const std::vector<std::size_t> all = lines_on(c, Side::without);
    out.avoided = lines_sum(out, all, false, 0, what(Figure::case_avoided, c));
    for (std::size_t p = 0; p < payers(); ++p)
      out.by_payer.push_back(
          lines_sum(out, all, false, p + 1, what(Figure::case_avoided, c, p + 1)));
    out.net = lines_sum(out, all, true, 0, what(Figure::case_net, c));
    for (std::size_t p = 0; p < payers(); ++p)
      out.net_by_payer.push_back(
          lines_sum(out, all, true, p + 1, what(Figure::case_net, c, p + 1)));
  }

  // A case with and without the programme: each total is its without-side
  // sum minus its with-side sum, gross and net, in all and per payer.
  void two_sided_totals(std::size_t c, ModelGraph::Case& out) {
    ModelGraph::Sides& sides = out.sides.emplace();
    for (int net = 0; net < 2; ++net)
      for (int side = 0; side < 2; ++side) {
        const std::vector<std::size_t> lines = lines_on(c, side ? Side::with : Side::without);
        sides.total[net][side] =
            lines_sum(out, lines, net, 0, what(Figure::case_side, c, side_tag(0, net, side)));
        for (std::size_t p = 0; p < payers(); ++p)
          sides.by_payer[net][side].push_back(lines_sum(
              out, lines, net, p + 1, what(Figure::case_side, c, side_tag(p + 1, net, side))));
      }
    auto difference = [&](Id without, Id with, Figure f, std::size_t b) {
      return g_.node(Op::difference, {without, with}, what(f, c, b));
    };
    out.avoided = difference(sides.total[0][0], sides.total[0][1], Figure::case_avoided, 0);
    out.net = difference(sides.total[1][0], sides.total[1][1], Figure::case_net, 0);
    for (std::size_t p = 0; p < payers(); ++p) {
      out.by_payer.push_back(difference(sides.by_payer[0][0][p], sides.by_payer[0][1][p],
                                        Figure::case_avoided, p + 1));
      out.net_by_payer.push_back(
          difference(sides.by_payer[1][0][p], sides.by_payer[1][1][p], Figure::case_net, p + 1));
    }
    sides.reduction =
        g_.node(Op::quotient, {out.avoided, sides.total[0][0]}, what(Figure::case_reduction, c));
  }

  // A constant read from an input that `from` names, innermost first.
  Id input(const Exact& value, graph::What w, const std::vector<Source>& from) {
    const Id id = g_.constant(value, w);
    ModelGraph::Input in{id, 0, {}};
    for (const Source& s : from) in.from[in.count++] = s;
    out_.inputs.push_back(in);
    return id;
  }
  Id cost_amount(std::size_t i) {
    return input(a_.programme.costs[i].amount.exact(), what(Figure::constant),
                 {{Target::Kind::cost_amount, {}, static_cast<std::uint32_t>(i)}});
  }
  Id one() {
    if (!one_) one_ = g_.constant(Exact::integer(1));
    return *one_;
  }

  // Share `s` of line i of case c (0 deadweight, 1 attribution, 2
  // displacement, 3 probability): the innermost level's that sets it, else
  // 0 for deadweight and displacement, 1 for the others.
  Id share(std::size_t c, std::size_t i, std::uint8_t s) {
    static constexpr std::optional<Exact> Adjustments::*fields[4] = {
        &Adjustments::deadweight, &Adjustments::attribution, &Adjustments::displacement,
        &Adjustments::probability};
    const auto field = fields[s];
    const std::optional<Exact>* levels[3] = {&(a_.cases[c].avoided[i].adjustments.*field),
                                             &(a_.cases[c].adjustments.*field),
                                             &(a_.programme.adjustments.*field)};
    const Target::Level names[3] = {Target::Level::line, Target::Level::case_level,
                                    Target::Level::programme};
    std::vector<Source> from;
    Exact value = s == 1 || s == 3 ? Exact::integer(1) : Exact();
    for (std::size_t k = 0; k < 3; ++k) {
      from.push_back({Target::Kind::share, names[k], static_cast<std::uint32_t>(c),
                      static_cast<std::uint32_t>(i), s});
      if (*levels[k]) {
        value = **levels[k];
        break;
      }
    }
    return input(value, what(Figure::share, c, i * 4 + s), from);
  }

  // Additionality: (1 - deadweight) x attribution x (1 - displacement) x probability.
  Id net_factor(std::size_t c, std::size_t i) {
    const graph::What w = what(Figure::net_factor, c, i);
    const Id deadweight = g_.node(Op::difference, {one(), share(c, i, 0)}, w);
    const Id attribution = share(c, i, 1);
    const Id displacement = g_.node(Op::difference, {one(), share(c, i, 2)}, w);
    return g_.node(Op::product, {deadweight, attribution, displacement, share(c, i, 3)}, w);
  }

  // The year factors of a timing as constants, once per distinct timing:
  // files repeat a few timings over many lines.
  const std::vector<Id>& timing(const Timing& t, std::size_t years) {
    auto key = std::make_tuple(t.lag, t.years, t.drop_off.numerator(), t.drop_off.denominator());
    auto it = timings_.find(key);
    if (it != timings_.end()) return it->second;
    std::vector<Id> ids;
    for (const Exact& f : timing_factors(t, static_cast<int>(years)))
      ids.push_back(f.is_zero() ? zero() : g_.constant(f));
    return timings_.emplace(key, std::move(ids)).first->second;
  }
  Id zero() {
    if (!zero_) zero_ = g_.constant(Exact());
    return *zero_;
  }
  bool is_zero(Id id) const { return zero_ && id == *zero_; }

  // A case's net amount per payer in each year of the horizon.
  std::vector<Id> case_year(std::size_t c, std::size_t years) {
    const Case& in = a_.cases[c];
    const ModelGraph::Case& mc = out_.cases[c];
    // [year x payers + payer]: what counts for it (a without-line of its own,
    // the counterpart's side of a with-transfer) and what counts against it.
    std::vector<std::vector<Id>> plus(years * payers()), minus(years * payers());
    for (std::size_t i = 0; i < in.avoided.size(); ++i) {
      if (in.avoided[i].side == Side::cost) continue;  // a cost: case_cost_year
      const ModelGraph::Line& l = mc.lines[i];
      const std::vector<Id>& factors = timing(in.avoided[i].timing, years);
      const bool with = in.avoided[i].side == Side::with;
      for (std::size_t y = 0; y < factors.size(); ++y) {
        if (is_zero(factors[y])) continue;
        const std::size_t k = y * payers() + l.payer;
        const Id amount =
            g_.node(Op::product, {l.net_amount, factors[y]}, what(Figure::case_year, c, k));
        (with ? minus : plus)[k].push_back(amount);
        if (l.counterpart) (with ? plus : minus)[y * payers() + *l.counterpart].push_back(amount);
      }
    }
    std::vector<Id> out;
    for (std::size_t k = 0; k < plus.size(); ++k)
      out.push_back(sum_less(plus[k], minus[k], what(Figure::case_year, c, k)));
    return out;
  }

  // A case's own programme cost per payer in each year of the horizon
  // ([year x payers + payer]).
  std::vector<Id> case_cost_year(std::size_t c, std::size_t years) {
    const Case& in = a_.cases[c];
    std::vector<std::vector<Id>> ops(years * payers());
    for (std::size_t i : lines_on(c, Side::cost)) {
      const ModelGraph::Line& l = out_.cases[c].lines[i];
      const std::vector<Id>& factors = timing(in.avoided[i].timing, years);
      for (std::size_t y = 0; y < factors.size(); ++y)
        if (!is_zero(factors[y]))
          ops[y * payers() + l.payer].push_back(
              g_.node(Op::product, {l.amount, factors[y]}, what(Figure::year_cost, y, l.payer)));
    }
    std::vector<Id> out;
    for (std::size_t k = 0; k < ops.size(); ++k)
      out.push_back(g_.node(Op::sum, ops[k], what(Figure::year_cost, k / payers(), k % payers())));
    return out;
  }

  // The programme's cost per year and payer ([year x payers + payer]), at the
  // analysis price level.
  std::vector<std::vector<Id>> yearly_costs(std::size_t years) {
    std::vector<std::vector<Id>> out(years * payers());
    const Exact index = g_.value_of_constant(out_.cost_index_factor);  // a copy: constants grow
    for (std::size_t i = 0; i < a_.programme.costs.size(); ++i) {
      const ProgrammeCost& cost = a_.programme.costs[i];
      const std::vector<Exact> factors = timing_factors(cost.timing, static_cast<int>(years));
      for (std::size_t y = 0; y < factors.size(); ++y)
        if (!factors[y].is_zero())
          out[y * payers() + payer_.at(cost.payer)].push_back(
              g_.node(Op::product, {cost_amount(i), g_.constant(index * factors[y])},
                      what(Figure::year_cost, y, payer_.at(cost.payer))));
    }
    return out;
  }

  // Year by year over the horizon, net of additionality, discounted.
  void time(std::size_t years, const std::vector<std::vector<Id>>& case_years,
            const std::vector<std::vector<Id>>& cost_years) {
    ModelGraph::Time t;
    const std::vector<CaseBasis> bases =
        a_.population && !a_.cases.empty() ? case_bases(a_) : std::vector<CaseBasis>();
    const std::vector<std::vector<Id>> costs = yearly_costs(years);
    const std::vector<Exact> discount =
        discount_factors(a_.programme.discounting, static_cast<int>(years));
    t.by_payer.resize(payers());
    std::vector<std::vector<Id>> benefit(payers()), cost(payers()), pv_benefit(payers()),
        pv_cost(payers());
    std::vector<Id> benefit_totals, cost_totals, pv_benefits, pv_costs;
    std::optional<Id> cumulative;
    for (std::size_t y = 0; y < years; ++y) {
      const graph::What in_year = what(Figure::year_figure, y);
      ModelGraph::Year row;
      row.discount_factor = g_.constant(discount[y], in_year);
      for (std::size_t p = 0; p < payers(); ++p) {
        Id b = zero();
        if (!bases.empty()) {
          std::vector<Id> per_case;
          for (const auto& c : case_years) per_case.push_back(c[y * payers() + p]);
          const Id per_participant =
              basis(bases[p], std::move(per_case), what(Figure::year_benefit, y, p));
          b = g_.node(Op::product, {per_participant, *out_.population_participants},
                      what(Figure::year_benefit, y, p));
        }
        std::vector<Id> year_costs = costs[y * payers() + p];
        if (!bases.empty() && !cost_years.empty()) {
          // The programme's own cost in the cases, scaled as the benefit is.
          std::vector<Id> per_case;
          for (const auto& c : cost_years) per_case.push_back(c[y * payers() + p]);
          const graph::What w = what(Figure::year_cost, y, p);
          year_costs.push_back(
              g_.node(Op::product,
                      {basis(bases[p], std::move(per_case), w), *out_.population_participants}, w));
        }
        const Id c = g_.node(Op::sum, year_costs, what(Figure::year_cost, y, p));
        row.benefit.push_back(b);
        row.cost.push_back(c);
        benefit[p].push_back(b);
        cost[p].push_back(c);
        pv_benefit[p].push_back(g_.node(Op::product, {b, row.discount_factor}, in_year));
        pv_cost[p].push_back(g_.node(Op::product, {c, row.discount_factor}, in_year));
      }
      row.benefit_total = g_.node(Op::sum, row.benefit, in_year);
      row.cost_total = g_.node(Op::sum, row.cost, in_year);
      row.net = g_.node(Op::difference, {row.benefit_total, row.cost_total}, in_year);
      row.net_discounted = g_.node(Op::product, {row.net, row.discount_factor}, in_year);
      row.cumulative = cumulative ? g_.node(Op::sum, {*cumulative, row.net_discounted}, in_year)
                                  : g_.node(Op::sum, {row.net_discounted}, in_year);
      cumulative = row.cumulative;
      benefit_totals.push_back(row.benefit_total);
      cost_totals.push_back(row.cost_total);
      row.pv_benefit_total =
          g_.node(Op::product, {row.benefit_total, row.discount_factor}, in_year);
      row.pv_cost_total = g_.node(Op::product, {row.cost_total, row.discount_factor}, in_year);
      pv_benefits.push_back(row.pv_benefit_total);
      pv_costs.push_back(row.pv_cost_total);
      t.rows.push_back(std::move(row));
    }
    for (std::size_t p = 0; p < payers(); ++p) {
      const graph::What of = what(Figure::payer_time, p);
      ModelGraph::PayerTime& pt = t.by_payer[p];
      pt.benefit = g_.node(Op::sum, benefit[p], of);
      pt.cost = g_.node(Op::sum, cost[p], of);
      pt.pv_benefit = g_.node(Op::sum, pv_benefit[p], of);
      pt.pv_cost = g_.node(Op::sum, pv_cost[p], of);
      pt.net = g_.node(Op::difference, {pt.benefit, pt.cost}, of);
      pt.npv = g_.node(Op::difference, {pt.pv_benefit, pt.pv_cost}, of);
    }
    const graph::What total = what(Figure::time_total);
    t.benefit_total = g_.node(Op::sum, benefit_totals, total);
    t.cost_total = g_.node(Op::sum, cost_totals, total);
    t.pv_benefit = g_.node(Op::sum, pv_benefits, total);
    t.pv_cost = g_.node(Op::sum, pv_costs, total);
    t.net_total = g_.node(Op::difference, {t.benefit_total, t.cost_total}, total);
    t.npv = g_.node(Op::difference, {t.pv_benefit, t.pv_cost}, total);
    t.ratio = g_.node(Op::quotient, {t.pv_benefit, t.pv_cost}, total);
    t.roi = g_.node(Op::quotient, {t.npv, t.pv_cost}, total);
    out_.time = std::move(t);
  }

  // What each payer receives or gives so that none is at a loss (README,
  // "Payer balance").
  ModelGraph::Balance balance(const ModelGraph::Population& p) {
    ModelGraph::Balance out;
    for (std::size_t k = 0; k < p.by_payer.size(); ++k) {
      const graph::What w = what(Figure::balance, k);
      out.deficits.push_back(g_.node(Op::negative_part, {p.by_payer[k].net}, w));
      out.surpluses.push_back(g_.node(Op::positive_part, {p.by_payer[k].net}, w));
    }
    out.deficit = g_.node(Op::sum, out.deficits, what(Figure::balance));
    out.surplus = g_.node(Op::sum, out.surpluses, what(Figure::balance));
    for (std::size_t k = 0; k < p.by_payer.size(); ++k) {
      const graph::What w = what(Figure::balance, k);
      const Id net = p.by_payer[k].net;
      out.transfer.push_back(
          g_.node(Op::transfer, {net, out.deficit, out.surplus, p.net_benefit}, w));
      out.net_after_transfer.push_back(g_.node(Op::sum, {net, out.transfer.back()}, w));
    }
    return out;
  }

  // The programme's cost over what one participant avoids, net: for each
  // case, the mean case and the population; and over the value of a unit.
  void breakeven() {
    std::vector<Id> nets;
    auto row = [&](Id avoided, graph::What w) {
      const Id exact = g_.node(Op::quotient_of_positive, {out_.cost_total, avoided}, w);
      return ModelGraph::Breakeven{avoided, exact, g_.node(Op::ceiling, {exact}, w)};
    };
    std::size_t k = 0;
    // What a participant avoids, less the programme's own cost in the case.
    for (const auto& c : out_.cases) {
      const graph::What w = what(Figure::breakeven, k++);
      const Id avoided = c.cost ? g_.node(Op::difference, {c.net, *c.cost}, w) : c.net;
      nets.push_back(avoided);
      out_.breakeven_cases.push_back(row(avoided, w));
    }
    if (!nets.empty()) {
      const graph::What w = what(Figure::breakeven, k++);
      out_.breakeven_cases.push_back(row(g_.node(Op::average, nets, w), w));
    }
    if (out_.population_net &&
        g_.value_of_constant(*out_.population_participants).numerator() > 0) {
      const graph::What w = what(Figure::breakeven, k++);
      const ModelGraph::Population& n = *out_.population_net;
      const Id benefit =
          n.case_cost.empty()
              ? n.benefit_total
              : g_.node(Op::difference, {n.benefit_total, g_.node(Op::sum, n.case_cost, w)}, w);
      out_.breakeven_cases.push_back(
          row(g_.node(Op::quotient, {benefit, *out_.population_participants}, w), w));
    }
    const TariffIndex tariffs(a_.tariffs);
    for (std::size_t u = 0; u < a_.breakeven_units.size(); ++u) {
      const BreakevenUnit& unit = a_.breakeven_units[u];
      const Tariff* tariff = tariffs.find(unit.tariff);
      const graph::What w = what(Figure::breakeven, u, 1);
      const auto index = static_cast<std::uint32_t>(tariff - a_.tariffs.tariffs.data());
      const Id price = input(tariff->price.exact(), w, {{Target::Kind::tariff_price, {}, index}});
      const Id value = g_.node(Op::product, {price, g_.constant(unit.quantity.exact(), w)}, w);
      const Id exact = g_.node(Op::quotient, {out_.cost_total, value}, w);
      out_.breakeven_units.push_back({value, exact, g_.node(Op::ceiling, {exact}, w)});
    }
  }

  // Each reach indicator's share of the named costs (all when it names
  // none) over its months, and that per unit reached.
  void reach() {
    const Programme& p = a_.programme;
    for (std::size_t i = 0; i < p.reach.size(); ++i) {
      const ReachIndicator& r = p.reach[i];
      const graph::What w = what(Figure::reach, i);
      std::vector<Id> named;
      for (const auto& id : r.costs)
        for (std::size_t k = 0; k < p.costs.size(); ++k)
          if (p.costs[k].id == id) named.push_back(out_.cost_items[k]);
      ModelGraph::Reach out;
      out.yearly_cost = r.costs.empty() ? out_.cost_total : g_.node(Op::sum, named, w);
      out.months_share = g_.constant(r.months.exact() / Exact::integer(12), w);
      out.count = g_.constant(r.count.exact(), w);
      out.cost = g_.node(Op::product, {out.yearly_cost, out.months_share}, w);
      out.cost_per_unit = g_.node(Op::quotient, {out.cost, out.count}, w);
      out_.reach.push_back(out);
    }
  }

  // A measured effect's share and n are constants; a composite's share is
  // the mean of its parts' and its n their fewest respondents.
  void effects() {
    const std::vector<Effect>& effects = a_.effects;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < effects.size(); ++i) index.emplace(effects[i].id, i);
    for (std::size_t i = 0; i < effects.size(); ++i)
      if (!effects[i].composite())
        out_.effects.push_back(
            {g_.constant(effects[i].share, what(Figure::effect_share, i)),
             g_.constant(Exact::integer(effects[i].n), what(Figure::effect_n, i))});
      else
        out_.effects.push_back({});
    for (std::size_t i = 0; i < effects.size(); ++i) {
      if (!effects[i].composite()) continue;
      std::vector<Id> shares, ns;
      for (const auto& id : effects[i].mean_of) {
        shares.push_back(out_.effects[index.at(id)].share);
        ns.push_back(out_.effects[index.at(id)].n);
      }
      out_.effects[i] = {g_.node(Op::average, shares, what(Figure::effect_share, i)),
                         g_.node(Op::minimum, ns, what(Figure::effect_n, i))};
    }
  }

  Id basis(const CaseBasis& b, std::vector<Id> per_case, graph::What w) {
    std::vector<std::pair<std::size_t, Exact>> weights;
    for (const auto& [c, q] : b.weights) weights.emplace_back(c, q.exact());
    const Op op = b.kind == Basis::Kind::mean      ? Op::mean
                  : b.kind == Basis::Kind::median  ? Op::median
                  : b.kind == Basis::Kind::weights ? Op::weighted
                                                   : Op::single;
    return g_.aggregate(op, std::move(per_case), w, std::move(weights), b.case_index);
  }

  // Each kind's net benefit: per payer its basis over the cases' amounts of
  // that kind, times the participants, summed over the payers. A median
  // does not split by kind (the median of sums is not the sum of medians):
  // the caller leaves it out then.
  std::vector<Id> population_by_kind(const std::vector<CaseBasis>& bases) {
    std::vector<Id> out;
    for (BenefitKind k : benefit_kinds) {
      const auto kind = static_cast<std::size_t>(k);
      const graph::What w = what(Figure::population_kind, kind);
      std::vector<Id> per_payer;
      for (std::size_t p = 0; p < payers(); ++p) {
        if (!has_kind(k, p)) continue;  // nothing of this kind for this payer in any case
        std::vector<Id> per_case;
        for (const auto& c : out_.cases) per_case.push_back(c.by_kind_payer[kind][p]);
        per_payer.push_back(
            g_.node(Op::product,
                    {basis(bases[p], std::move(per_case), w), *out_.population_participants}, w));
      }
      out.push_back(g_.node(Op::sum, per_payer, w));
    }
    return out;
  }

  // Whether any case has a line of kind k for payer p (transfers are of none).
  bool has_kind(BenefitKind k, std::size_t p) const {
    for (std::size_t c = 0; c < a_.cases.size(); ++c)
      for (std::size_t i = 0; i < a_.cases[c].avoided.size(); ++i) {
        const AvoidedLine& l = a_.cases[c].avoided[i];
        if (l.kind == k && l.transfer.empty() && out_.cases[c].lines[i].payer == p) return true;
      }
    return false;
  }

  ModelGraph::Population population(const std::vector<CaseBasis>& bases, bool net) {
    ModelGraph::Population out;
    const std::size_t of_net = net ? 1 : 0;
    std::vector<Id> benefits, costs;
    for (std::size_t p = 0; p < payers(); ++p) {
      std::vector<Id> per_case;
      for (const auto& c : out_.cases) per_case.push_back((net ? c.net_by_payer : c.by_payer)[p]);
      ModelGraph::PayerPopulation pp;
      pp.per_participant =
          basis(bases[p], std::move(per_case), what(Figure::per_participant, p, of_net));
      pp.benefit = g_.node(Op::product, {pp.per_participant, *out_.population_participants},
                           what(Figure::benefit, p, of_net));
      pp.cost = out_.cost_by_payer[p];
      if (case_costs_) {
        // Beside the yearly costs, the programme's own cost in the cases,
        // scaled as the payer's benefit is.
        std::vector<Id> costs;
        for (const auto& c : out_.cases) costs.push_back(c.cost_by_payer[p]);
        const graph::What w = what(Figure::population_cost, p, of_net);
        out.case_cost.push_back(g_.node(
            Op::product, {basis(bases[p], std::move(costs), w), *out_.population_participants}, w));
        pp.cost = g_.node(Op::sum, {out_.cost_by_payer[p], out.case_cost.back()}, w);
      }
      pp.net =
          g_.node(Op::difference, {pp.benefit, pp.cost}, what(Figure::population_net, p, of_net));
      pp.ratio =
          g_.node(Op::quotient, {pp.benefit, pp.cost}, what(Figure::population_ratio, p, of_net));
      benefits.push_back(pp.benefit);
      costs.push_back(pp.cost);
      out.by_payer.push_back(pp);
    }
    out.benefit_total = g_.node(Op::sum, benefits, what(Figure::benefit_total, 0, of_net));
    out.cost_total = g_.node(Op::sum, costs, what(Figure::cost_total, 0, of_net));
    out.net_benefit = g_.node(Op::difference, {out.benefit_total, out.cost_total},
                              what(Figure::net_benefit, 0, of_net));
    out.ratio = g_.node(Op::quotient, {out.benefit_total, out.cost_total},
                        what(Figure::total_ratio, 0, of_net));
    for (std::size_t p = 0; p < payers(); ++p)
      out.by_payer[p].share = g_.node(Op::quotient, {out.by_payer[p].benefit, out.benefit_total},
                                      what(Figure::benefit_share, p, of_net));
    if (net && kinds_ && std::none_of(bases.begin(), bases.end(), [](const CaseBasis& b) {
          return b.kind == Basis::Kind::median;
        }))
      out.by_kind = population_by_kind(bases);
    return out;
  }

  const Analysis& a_;
  ModelGraph out_;
  graph::Graph& g_;
  std::unordered_map<std::string, std::size_t> payer_;
  std::map<std::tuple<int, int, Int128, Int128>, std::vector<Id>> timings_;
  std::optional<Id> zero_, one_;
  // Whether any case lists the programme's own cost in it (`costs:`).
  bool case_costs_ = any_line([](const AvoidedLine& l) { return l.side == Side::cost; });
  // Whether any line is of a kind other than financial: only then are the
  // effects split by kind.
  bool kinds_ = any_line([](const AvoidedLine& l) { return l.kind != BenefitKind::financial; });
};

}  // namespace

ModelGraph build_model_graph(const Analysis& a) { return Builder(a).build(); }

}  // namespace mkba
