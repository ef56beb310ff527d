#include "core/model_graph.hpp"

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
    // Every case's figures come before the first aggregate over them (LeaveOneOut).
    if (a_.population) {
      const long long n =
          a_.population->participants.value_or(a_.programme.participants.value_or(0));
      out_.population_participants =
          g_.constant(Exact::integer(n), what(Figure::population_participants));
      const std::vector<CaseBasis> bases = case_bases(a_);
      out_.population = population(bases, false);
      out_.population_net = population(bases, true);
    }
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
      const Id amount = g_.constant(p.costs[i].amount.exact());
      const Id indexed =
          g_.node(Op::product, {amount, out_.cost_index_factor}, what(Figure::cost_item, i));
      costs.emplace_back(indexed, payer_.at(p.costs[i].payer));
      all.push_back(indexed);
    }
    out_.cost_total = g_.node(Op::sum, all, what(Figure::programme_cost));
    out_.cost_by_payer = per_payer(costs, Figure::programme_cost);
    if (p.participants) {
      out_.participants =
          g_.constant(Exact::integer(*p.participants), what(Figure::programme_participants));
      out_.cost_per_participant = g_.node(Op::quotient, {out_.cost_total, *out_.participants},
                                          what(Figure::cost_per_participant));
    }
  }

  void one_case(const TariffIndex& tariffs, std::size_t c) {
    const Case& in = a_.cases[c];
    ModelGraph::Case out;
    std::vector<std::pair<Id, std::size_t>> gross, net;
    std::vector<Id> all_gross, all_net;
    for (std::size_t i = 0; i < in.avoided.size(); ++i) {
      const AvoidedLine& line = in.avoided[i];
      const Tariff* tariff = tariffs.find(line.tariff);
      ModelGraph::Line l;
      l.tariff = static_cast<std::size_t>(tariff - a_.tariffs.tariffs.data());
      l.payer = payer_.at(line.payer.value_or(tariff->payer));
      const Id price = g_.constant(tariff->price.exact(), what(Figure::tariff_price, c, i));
      l.index_factor =
          g_.constant(price_level_factor(a_, tariff->price_year), what(Figure::index_factor, c, i));
      const Id quantity = g_.constant(line.quantity.exact(), what(Figure::quantity, c, i));
      const Id periods = g_.constant(line.periods.exact(), what(Figure::periods, c, i));
      l.price = g_.node(Op::product, {price, l.index_factor}, what(Figure::indexed_price, c, i));
      // price x index x quantity x periods: gross.
      l.amount = g_.node(Op::product, {price, l.index_factor, quantity, periods},
                         what(Figure::line, c, i));
      l.net_factor =
          g_.constant(net_factor(line.adjustments, in.adjustments, a_.programme.adjustments),
                      what(Figure::net_factor, c, i));
      l.net_amount = g_.node(Op::product, {l.amount, l.net_factor}, what(Figure::line_net, c, i));
      gross.emplace_back(l.amount, l.payer);
      net.emplace_back(l.net_amount, l.payer);
      all_gross.push_back(l.amount);
      all_net.push_back(l.net_amount);
      out.lines.push_back(l);
    }
    out.avoided = g_.node(Op::sum, all_gross, what(Figure::case_avoided, c));
    out.by_payer = per_payer(gross, Figure::case_avoided, c);
    out.net = g_.node(Op::sum, all_net, what(Figure::case_net, c));
    out.net_by_payer = per_payer(net, Figure::case_net, c);
    // The balance and the ratio are of the net amount, as the population's.
    if (const auto& cost = out_.cost_per_participant) {
      out.balance = g_.node(Op::difference, {out.net, *cost}, what(Figure::case_balance, c));
      out.ratio = g_.node(Op::quotient, {out.net, *cost}, what(Figure::case_ratio, c));
    }
    out_.cases.push_back(std::move(out));
  }

  ModelGraph::Population population(const std::vector<CaseBasis>& bases, bool net) {
    ModelGraph::Population out;
    const std::size_t of_net = net ? 1 : 0;
    std::vector<Id> benefits, costs;
    for (std::size_t p = 0; p < payers(); ++p) {
      std::vector<Id> per_case;
      for (const auto& c : out_.cases) per_case.push_back((net ? c.net_by_payer : c.by_payer)[p]);
      const CaseBasis& b = bases[p];
      std::vector<std::pair<std::size_t, Exact>> weights;
      for (const auto& [c, w] : b.weights) weights.emplace_back(c, w.exact());
      const Op op = b.kind == Basis::Kind::mean      ? Op::mean
                    : b.kind == Basis::Kind::median  ? Op::median
                    : b.kind == Basis::Kind::weights ? Op::weighted
                                                     : Op::single;
      ModelGraph::PayerPopulation pp;
      pp.per_participant =
          g_.aggregate(op, std::move(per_case), what(Figure::per_participant, p, of_net),
                       std::move(weights), b.case_index);
      pp.benefit = g_.node(Op::product, {pp.per_participant, *out_.population_participants},
                           what(Figure::benefit, p, of_net));
      pp.cost = out_.cost_by_payer[p];
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
    return out;
  }

  const Analysis& a_;
  ModelGraph out_;
  graph::Graph& g_;
  std::unordered_map<std::string, std::size_t> payer_;
};

}  // namespace

ModelGraph build_model_graph(const Analysis& a) { return Builder(a).build(); }

}  // namespace mkba
