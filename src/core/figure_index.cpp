#include "core/figure_index.hpp"

#include "core/population.hpp"

namespace mkba {
namespace {

using graph::Id;
using Derived = FigurePath::Derived;

class Indexer {
 public:
  Indexer(const Analysis& a, const ModelGraph& m) : a_(a), m_(m), g_(m.graph) {
    out_.labels.resize(g_.size());
  }

  FigureIndex build() {
    programme();
    for (std::size_t c = 0; c < m_.cases.size(); ++c) one_case(c);
    if (m_.population) population();
    breakeven();
    reach();
    effects();
    if (m_.time) time();
    return std::move(out_);
  }

 private:
  // A path for a node; the node is called by the first path that names it.
  void path(const std::string& p, Id node, FigureKind kind = FigureKind::amount,
            bool listed = true) {
    add({p, node, kind, Derived::none, 0, listed});
    NodeLabel& l = out_.labels[node];
    if (l.name.empty()) {
      l.name = p;
      l.kind = kind;
    }
  }
  void add(FigurePath f) {
    if (out_.by_path.emplace(f.path, out_.paths.size()).second) out_.paths.push_back(std::move(f));
  }
  NodeLabel& label(Id node, std::string name, FigureKind kind = FigureKind::amount) {
    NodeLabel& l = out_.labels[node];
    l.name = std::move(name);
    l.kind = kind;
    return l;
  }
  bool is_one(Id node) const { return g_.value_of_constant(node) == Exact::integer(1); }

  // A price level factor: left out where it is 1.
  void index_factor(Id node, int from) {
    if (is_one(node)) {
      label(node, "index").omit = true;
      return;
    }
    NodeLabel& l = label(
        node, "index " + std::to_string(from) + " -> " + std::to_string(a_.programme.price_year),
        FigureKind::number);
    if (a_.index) {
      l.origin = a_.index->origin;
      l.unit = a_.index->name;
    }
  }

  void tariff_price(Id node, std::size_t t) {
    const Tariff& tariff = a_.tariffs.tariffs[t];
    NodeLabel& l = label(node, "tariff " + tariff.id);
    l.unit = tariff.unit;
    l.source = tariff.source;
    l.price_year = tariff.price_year;
    l.origin = tariff.origin;
    l.tariff = t;
  }

  void programme() {
    const Programme& p = a_.programme;
    path("programme.cost_total", m_.cost_total);
    for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k)
      path("programme.cost." + a_.tariffs.payers[k].id, m_.cost_by_payer[k]);
    index_factor(m_.cost_index_factor, p.year);
    for (std::size_t i = 0; i < p.costs.size(); ++i) {
      const std::string name = "cost '" + p.costs[i].label + "'";
      label(m_.cost_amounts[i], name).origin = p.costs[i].origin;
      label(m_.cost_items[i], name).collapse = true;
    }
    if (m_.participants) {
      path("programme.participants", *m_.participants, FigureKind::count);
      out_.labels[*m_.participants].unit = "participants";
      out_.labels[*m_.participants].origin = p.participants_origin;
      path("programme.cost_per_participant", *m_.cost_per_participant);
    }
  }

  void one_case(std::size_t c) {
    const Case& in = a_.cases[c];
    const ModelGraph::Case& mc = m_.cases[c];
    const std::string base = "case." + in.id;
    const std::vector<std::string> names = line_names(in);
    for (std::size_t i = 0; i < mc.lines.size(); ++i)
      line(c, i, base + line_key(in.avoided[i]), names[i]);
    if (mc.sides) sides(base, *mc.sides);
    for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k)
      path(base + ".avoided." + a_.tariffs.payers[k].id, mc.by_payer[k]);
    path(base + ".avoided_total", mc.avoided);
    for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k)
      path(base + ".share." + a_.tariffs.payers[k].id, mc.share[k], FigureKind::ratio);
    path(base + ".net_total", mc.net);
    for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k)
      path(base + ".net." + a_.tariffs.payers[k].id, mc.net_by_payer[k]);
    for (std::size_t k = 0; k < mc.by_kind.size(); ++k) {
      const std::string kind = kind_name(benefit_kinds[k]);
      path(base + ".kind." + kind, mc.by_kind[k]);
      sides_of(mc.by_kind[k]);
      for (std::size_t p = 0; p < a_.tariffs.payers.size(); ++p) {
        label(mc.by_kind_payer[k][p],
              kind + " effect for " + a_.tariffs.payers[p].id + " in " + in.id);
        sides_of(mc.by_kind_payer[k][p]);
      }
    }
    if (mc.sides)
      for (int net = 0; net < 2; ++net)
        for (int side = 0; side < 2; ++side)
          for (std::size_t p = 0; p < a_.tariffs.payers.size(); ++p)
            transfers_of(mc.sides->by_payer[net][side][p], p);
    for (std::size_t p = 0; p < a_.tariffs.payers.size(); ++p) {
      if (!mc.sides) transfers_of(mc.by_payer[p], p);
      if (!mc.sides) transfers_of(mc.net_by_payer[p], p);
    }
    if (mc.transfers) path(base + ".transfers", *mc.transfers);
    if (mc.cost) {
      path(base + ".programme_cost", *mc.cost);
      for (std::size_t p = 0; p < a_.tariffs.payers.size(); ++p)
        path(base + ".programme_cost." + a_.tariffs.payers[p].id, mc.cost_by_payer[p]);
      if (mc.balance)
        label(g_.operands(*mc.balance)[1], "programme cost per participant and in " + in.id);
    }
    if (mc.balance) path(base + ".balance", *mc.balance);
    if (mc.ratio) path(base + ".ratio", *mc.ratio, FigureKind::ratio);
    // A line is also named by its number on its side; a name written earlier comes first.
    const std::vector<std::size_t> positions = line_positions(in);
    for (std::size_t i = 0; i < mc.lines.size(); ++i) {
      const std::string number = base + line_key(in.avoided[i]) + std::to_string(positions[i]);
      path(number, mc.lines[i].amount, FigureKind::amount, false);
      if (in.avoided[i].side != Side::cost)
        path(number + ".net", mc.lines[i].net_amount, FigureKind::amount, false);
    }
  }

  // A kind's effect in a case with and without the programme: its two sides.
  void sides_of(Id node) {
    if (g_.at(node).op != graph::Op::difference) return;
    label(g_.operands(node)[0], "without the programme");
    label(g_.operands(node)[1], "with the programme");
  }

  // A payer's sum where transfers count against it: its own lines, less
  // what it loses to other payers.
  void transfers_of(Id node, std::size_t payer) {
    if (g_.at(node).op != graph::Op::difference) return;
    const std::string& id = a_.tariffs.payers[payer].id;
    label(g_.operands(node)[0], "lines of " + id);
    label(g_.operands(node)[1], "transfers from " + id);
  }

  static const char* line_key(const AvoidedLine& line) {
    return line.side == Side::with   ? ".with_line."
           : line.side == Side::cost ? ".cost_line."
                                     : ".line.";
  }

  // The totals of each side, and the effect over the without-side.
  void sides(const std::string& base, const ModelGraph::Sides& s) {
    static const char* const names[2] = {"without", "with"};
    for (int side = 0; side < 2; ++side) {
      path(base + "." + names[side] + "_total", s.total[0][side]);
      for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k)
        path(base + "." + names[side] + "." + a_.tariffs.payers[k].id, s.by_payer[0][side][k]);
      const std::string net = std::string("net ") + names[side] + " the programme";
      label(s.total[1][side], net);
      for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k)
        label(s.by_payer[1][side][k], net + " for " + a_.tariffs.payers[k].id);
    }
    path(base + ".reduction", s.reduction, FigureKind::ratio);
  }

  void line(std::size_t c, std::size_t i, const std::string& prefix, const std::string& name) {
    const AvoidedLine& in = a_.cases[c].avoided[i];
    const ModelGraph::Line& ml = m_.cases[c].lines[i];
    const Tariff& tariff = a_.tariffs.tariffs[ml.tariff];
    path(prefix + name, ml.amount);
    tariff_price(ml.tariff_price, ml.tariff);
    NodeLabel& quantity = label(ml.quantity, "quantity", FigureKind::number);
    quantity.unit = tariff.unit_plural;
    quantity.origin = in.origin;
    NodeLabel& periods = label(ml.periods, "for", FigureKind::number);
    periods.unit = period_name(in.per);
    periods.origin = in.origin;
    periods.omit = in.per == Period::none;
    index_factor(ml.index_factor, tariff.price_year);
    if (in.side == Side::cost) return;  // no additionality: its amount is all it has
    path(prefix + name + ".net", ml.net_amount, FigureKind::amount, false);
    net_factor(c, i, ml.net_factor);
  }

  // The origin of the level that sets share `s` of a line, if one does.
  std::optional<Origin> share_set_at(std::size_t c, std::size_t i, int s) const {
    static constexpr std::optional<Exact> Adjustments::*fields[4] = {
        &Adjustments::deadweight, &Adjustments::attribution, &Adjustments::displacement,
        &Adjustments::probability};
    for (const Adjustments* level :
         {&a_.cases[c].avoided[i].adjustments, &a_.cases[c].adjustments, &a_.programme.adjustments})
      if (level->*fields[s]) return level->origin;
    return std::nullopt;
  }

  // (1 - deadweight) x attribution x (1 - displacement) x probability: the
  // shares no level sets are left out, and a line none applies to shows 1.
  void net_factor(std::size_t c, std::size_t i, Id node) {
    static const char* const shares[4] = {"deadweight", "attribution", "displacement",
                                          "probability"};
    label(node, "net factor", FigureKind::number);
    const auto ops = g_.operands(node);
    bool any = false;
    for (int s = 0; s < 4; ++s) {
      const std::optional<Origin> set = share_set_at(c, i, s);
      any = any || set;
      const bool complement = s == 0 || s == 2;
      const Id share = complement ? g_.operands(ops[s])[1] : ops[s];
      NodeLabel& l = label(share, shares[s], FigureKind::number);
      if (set) l.origin = *set;
      l.omit = !set;
      if (!complement) continue;
      label(ops[s], std::string("1 - ") + shares[s], FigureKind::number).omit = !set;
      label(g_.operands(ops[s])[0], "1", FigureKind::number).hidden = true;
    }
    out_.labels[node].leaf = !any;
  }

  void population() {
    const Population& p = *a_.population;
    path("population.participants", *m_.population_participants, FigureKind::count);
    NodeLabel& n = out_.labels[*m_.population_participants];
    n.unit = "participants";
    n.origin = p.participants ? p.participants_origin : a_.programme.participants_origin;
    population_of(*m_.population, "population.", true);
    population_of(*m_.population_net, "net.", false);
    const ModelGraph::Balance& b = *m_.balance;
    label(b.deficit, "deficits of the payers");
    label(b.surplus, "surpluses of the payers");
    for (std::size_t k = 0; k < a_.tariffs.payers.size(); ++k) {
      const std::string& payer = a_.tariffs.payers[k].id;
      label(b.deficits[k], "deficit of " + payer).leaf = true;
      label(b.surpluses[k], "surplus of " + payer).leaf = true;
      path("balance." + payer + ".transfer", b.transfer[k]);
      path("balance." + payer + ".net_after_transfer", b.net_after_transfer[k]);
    }
  }

  // The gross population lists every figure; the net one those that differ.
  void population_of(const ModelGraph::Population& mp, const std::string& prefix, bool gross) {
    for (std::size_t k = 0; k < mp.by_payer.size(); ++k) {
      const std::string& payer = a_.tariffs.payers[k].id;
      const ModelGraph::PayerPopulation& pp = mp.by_payer[k];
      path(prefix + "per_participant." + payer, pp.per_participant);
      if (!mp.case_cost.empty()) {
        label(mp.case_cost[k], "programme cost in the cases for " + payer);
        label(g_.operands(mp.case_cost[k])[0],
              "programme cost per participant in the cases for " + payer);
        weights(g_.operands(mp.case_cost[k])[0], basis_for(*a_.population, payer));
      }
      weights(pp.per_participant, basis_for(*a_.population, payer));
      path(prefix + "benefit." + payer, pp.benefit);
      path(prefix + "cost." + payer, pp.cost, FigureKind::amount, gross);
      path(prefix + "net." + payer, pp.net);
      path(prefix + "ratio." + payer, pp.ratio, FigureKind::ratio, gross);
      path(prefix + "share." + payer, pp.share, FigureKind::ratio);
    }
    path(prefix + "benefit_total", mp.benefit_total);
    path(prefix + "cost_total", mp.cost_total, FigureKind::amount, gross);
    path(prefix + "net_benefit", mp.net_benefit);
    path(prefix + "ratio", mp.ratio, FigureKind::ratio);
    for (std::size_t k = 0; k < mp.by_kind.size(); ++k) {
      const std::string kind = kind_name(benefit_kinds[k]);
      path(prefix + "kind." + kind, mp.by_kind[k]);
      // Each payer's part: its basis over the cases' amounts of the kind, times
      // the participants.
      for (Id part : g_.operands(mp.by_kind[k])) {
        const Id per_participant = g_.operands(part)[0];
        const std::string payer = payer_of_kind_part(per_participant, k);
        label(part, kind + " benefit for " + payer);
        label(per_participant, kind + " effect per participant for " + payer);
        weights(per_participant, basis_for(*a_.population, payer));
      }
    }
  }

  // The payer of a population's part of kind k: the payer of the cases'
  // kind nodes it aggregates.
  std::string payer_of_kind_part(Id aggregate, std::size_t k) const {
    const Id first = g_.operands(aggregate)[0];
    for (const auto& c : m_.cases)
      for (std::size_t p = 0; p < c.by_kind_payer[k].size(); ++p)
        if (c.by_kind_payer[k][p] == first) return a_.tariffs.payers[p].id;
    return {};
  }

  void weights(Id aggregate, const Basis& basis) {
    if (g_.at(aggregate).op != graph::Op::weighted) return;
    const auto& nodes = g_.aggregate_of(aggregate).weight_nodes;
    for (std::size_t k = 0; k < nodes.size() && k < basis.weights.size(); ++k) {
      NodeLabel& l = label(nodes[k], "weight of " + basis.weights[k].first, FigureKind::number);
      if (k < basis.weight_origins.size()) l.origin = basis.weight_origins[k];
    }
  }

  void breakeven() {
    const std::size_t cases = a_.cases.size();
    for (std::size_t k = 0; k < m_.breakeven_cases.size(); ++k) {
      const ModelGraph::Breakeven& b = m_.breakeven_cases[k];
      const std::string id = k < cases ? a_.cases[k].id : k == cases ? "mean" : "population";
      if (k == cases) label(b.avoided, "mean avoided per participant");
      if (k > cases) label(b.avoided, "population avoided per participant");
      // Less the programme's own cost in the cases, when they list it.
      if (k < cases && g_.at(b.avoided).op == graph::Op::difference)
        label(b.avoided, "avoided less the programme cost in " + id);
      if (k > cases) {
        const Id benefit = g_.operands(b.avoided)[0];
        if (g_.at(benefit).op == graph::Op::difference) {
          label(benefit, "population benefit less the programme cost in the cases");
          label(g_.operands(benefit)[1], "programme cost in the cases");
        }
      }
      label(b.exact, "participants that pay for the programme", FigureKind::ratio);
      path("breakeven.participants." + id, b.needed, FigureKind::count);
    }
    for (std::size_t u = 0; u < m_.breakeven_units.size(); ++u) {
      const ModelGraph::Breakeven& b = m_.breakeven_units[u];
      const BreakevenUnit& in = a_.breakeven_units[u];
      const Tariff* tariff = a_.tariffs.find_tariff(in.tariff);
      const auto t = static_cast<std::size_t>(tariff - a_.tariffs.tariffs.data());
      label(b.avoided, "value of one avoided unit");
      tariff_price(g_.operands(b.avoided)[0], t);
      label(g_.operands(b.avoided)[1], "quantity", FigureKind::number).unit = tariff->unit_plural;
      label(b.exact, "units that pay for the programme", FigureKind::ratio);
      path("breakeven.tariff." + tariff->id, b.needed, FigureKind::count);
    }
  }

  void reach() {
    for (std::size_t i = 0; i < m_.reach.size(); ++i) {
      const ReachIndicator& in = a_.programme.reach[i];
      const ModelGraph::Reach& r = m_.reach[i];
      if (!in.costs.empty()) label(r.yearly_cost, "yearly cost of " + in.label);
      label(r.months_share, "months / 12", FigureKind::number).origin = in.origin;
      label(r.count, "count '" + in.label + "'", FigureKind::number).origin = in.origin;
      label(r.cost, "cost over " + to_plain(in.months.exact(), 4) + " months");
      path("reach." + std::to_string(i + 1) + ".cost_per_unit", r.cost_per_unit);
    }
  }

  void effects() {
    for (std::size_t i = 0; i < m_.effects.size(); ++i) {
      const Effect& in = a_.effects[i];
      const std::string base = "effects." + in.id;
      path(base + ".share", m_.effects[i].share, FigureKind::number);
      add({base + ".low", m_.effects[i].share, FigureKind::ratio, Derived::wilson_low, i, true});
      add({base + ".high", m_.effects[i].share, FigureKind::ratio, Derived::wilson_high, i, true});
      path(base + ".n", m_.effects[i].n, FigureKind::count);
      out_.labels[m_.effects[i].n].unit = "respondents";
      if (in.composite()) continue;
      out_.labels[m_.effects[i].share].origin = in.origin;
      out_.labels[m_.effects[i].n].origin = in.origin;
    }
  }

  void time() {
    const ModelGraph::Time& t = *m_.time;
    const int start = a_.programme.horizon ? a_.programme.horizon->start : 0;
    for (std::size_t y = 0; y < t.rows.size(); ++y) {
      const ModelGraph::Year& row = t.rows[y];
      const int index = static_cast<int>(y) + 1;
      const std::string when =
          start ? std::to_string(start + index - 1) : "year " + std::to_string(index);
      NodeLabel& f = label(row.discount_factor, "discount factor " + when, FigureKind::number);
      f.origin = a_.programme.discounting.origin;
      f.unit = a_.programme.discounting.preset;
      label(row.benefit_total, "benefit " + when).leaf = true;
      label(row.cost_total, "cost " + when).leaf = true;
      label(row.pv_benefit_total, "benefit " + when + " discounted");
      label(row.pv_cost_total, "cost " + when + " discounted");
      label(row.cumulative, "cumulative discounted net " + when).leaf = true;
    }
    path("time.benefit_total", t.benefit_total);
    path("time.cost_total", t.cost_total);
    path("time.net_total", t.net_total);
    path("pv.benefit_total", t.pv_benefit);
    path("pv.cost_total", t.pv_cost);
    path("npv", t.npv);
    path("pv.ratio", t.ratio, FigureKind::ratio);
    path("roi", t.roi, FigureKind::ratio);
    add({"payback_year", t.npv, FigureKind::year, Derived::payback, 0, true});
  }

  const Analysis& a_;
  const ModelGraph& m_;
  const graph::Graph& g_;
  FigureIndex out_;
};

}  // namespace

FigureIndex index_figures(const Analysis& a, const ModelGraph& m) { return Indexer(a, m).build(); }

}  // namespace mkba
