#include "core/trace.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "core/overrides.hpp"
#include "core/suggest.hpp"

namespace mkba {
namespace {

using Op = Trace::Op;

Trace node(std::string figure, Op op, FigureKind kind, Exact value,
           std::vector<Trace> operands = {}) {
  Trace t;
  t.figure = std::move(figure);
  t.op = op;
  t.kind = kind;
  t.value = value;
  t.operands = std::move(operands);
  return t;
}

Trace input(std::string what, FigureKind kind, Exact value, Origin origin, std::string unit = {}) {
  Trace t = node(std::move(what), Op::input, kind, value);
  t.origin = std::move(origin);
  t.unit = std::move(unit);
  return t;
}

// A tariff's price as an input, with its source and price year; a price
// from a total and a count is their quotient, each with its own source.
Trace tariff_price(const Tariff& t) {
  Trace price = input("tariff " + t.id, FigureKind::amount, t.price.exact(), t.origin, t.unit);
  if (const auto& f = t.from_total) {
    Trace total = input("total", FigureKind::amount, f->total.exact(), f->total_origin);
    total.source = f->total_source;
    Trace count = input("count", FigureKind::number, f->count, f->count_origin, t.unit_plural);
    count.source = f->count_source;
    price = node("tariff " + t.id, Op::quotient, FigureKind::amount, t.price.exact(),
                 {std::move(total), std::move(count)});
    price.unit = t.unit;
  }
  price.source = t.source;
  price.price_year = t.price_year;
  return price;
}

class Tracer {
 public:
  // A net tracer follows the figures after additionality: the `net.` paths.
  // Cases are found by id through an index, and line names are computed
  // once per case: tracing every figure stays linear in the cases.
  // A shallow tracer gives each figure's node without its operands.
  Tracer(const Result& r, bool net, bool shallow = false)
      : r_(r), a_(*r.analysis), net_(net), shallow_(shallow) {
    for (const auto& c : r.cases) cases_.emplace(r.input(c).id, &c);
  }

  const std::string& line_name(const CaseResult& c, std::size_t i) const {
    return lines_of(c).names[i];
  }

  // The line a path segment names: by its name, or "N" for the N-th line,
  // whichever comes first.
  std::optional<std::size_t> line_named(const CaseResult& c, const std::string& name) const {
    const Lines& lines = lines_of(c);
    std::optional<std::size_t> found;
    if (auto it = lines.index.find(name); it != lines.index.end()) found = it->second;
    if (!name.empty() && name.size() < 10 && name[0] != '0' &&
        std::all_of(name.begin(), name.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      const std::size_t n = std::stoul(name);
      if (n <= c.lines.size() && (!found || n - 1 < *found)) found = n - 1;
    }
    return found;
  }

  Trace line(const CaseResult& c, std::size_t i) const {
    const LineResult& l = c.lines[i];
    const Tariff& t = r_.tariff(l);
    const AvoidedLine& in = r_.input(l);
    std::vector<Trace> ops{tariff_price(t)};
    if (l.index_factor != Exact::integer(1))
      ops.push_back(input("index " + std::to_string(t.price_year) + " -> " +
                              std::to_string(a_.programme.price_year),
                          FigureKind::number, l.index_factor, a_.index->origin, a_.index->name));
    ops.push_back(
        input("quantity", FigureKind::number, in.quantity.exact(), in.origin, t.unit_plural));
    if (in.per != Period::none)
      ops.push_back(
          input("for", FigureKind::number, in.periods.exact(), in.origin, period_name(in.per)));
    return node("case." + r_.input(c).id + ".line." + line_name(c, i), Op::product,
                FigureKind::amount, l.amount.exact(), std::move(ops));
  }

  // A line after additionality: its gross amount times the net factor.
  Trace net_line(const CaseResult& c, std::size_t i) const {
    const LineResult& l = c.lines[i];
    Trace factor = input("net factor", FigureKind::number, l.net_factor, r_.input(l).origin,
                         "(1 - deadweight) x attribution x (1 - displacement) x probability");
    return node("case." + r_.input(c).id + ".line." + line_name(c, i) + ".net", Op::product,
                FigureKind::amount, l.net_amount.exact(), {line(c, i), factor});
  }

  Trace case_avoided(const CaseResult& c, const std::string& payer) const {
    std::vector<Trace> ops;
    for (std::size_t i = 0; i < c.lines.size() && !shallow_; ++i)
      if (payer.empty() || c.lines[i].payer == payer)
        ops.push_back(net_ ? net_line(c, i) : line(c, i));
    std::string base = "case." + r_.input(c).id;
    std::string path = net_ ? base + (payer.empty() ? ".net_total" : ".net." + payer)
                            : base + (payer.empty() ? ".avoided_total" : ".avoided." + payer);
    Exact value = payer.empty() ? (net_ ? c.net_total : c.avoided_total).exact()
                                : amount_of(net_ ? c.net_by_payer : c.by_payer, payer);
    return node(path, Op::sum, FigureKind::amount, value, std::move(ops));
  }

  Trace programme_cost(const std::string& payer) const {
    std::vector<Trace> ops;
    for (const auto& c : a_.programme.costs)
      if (!shallow_ && (payer.empty() || c.payer == payer))
        ops.push_back(
            input("cost '" + c.label + "'", FigureKind::amount, c.amount.exact(), c.origin));
    std::string path = payer.empty() ? "programme.cost_total" : "programme.cost." + payer;
    Exact value = payer.empty() ? r_.programme.cost_total.exact()
                                : amount_of(r_.programme.cost_by_payer, payer);
    return node(path, Op::sum, FigureKind::amount, value, std::move(ops));
  }

  Trace programme_participants() const {
    return input("programme.participants", FigureKind::count,
                 Exact::integer(r_.programme.participants.value_or(0)),
                 a_.programme.participants_origin, "participants");
  }

  Trace cost_per_participant() const {
    return node("programme.cost_per_participant", Op::quotient, FigureKind::amount,
                r_.programme.cost_per_participant->exact(),
                {programme_cost(""), programme_participants()});
  }

  Trace population_participants() const {
    const Population& p = *a_.population;
    if (!p.participants)
      return node("population.participants", Op::same, FigureKind::count,
                  Exact::integer(r_.population->participants), {programme_participants()});
    return input("population.participants", FigureKind::count, Exact::integer(*p.participants),
                 p.participants_origin, "participants");
  }

  Trace per_participant(const PayerPopulation& pp) const {
    const Population& p = *a_.population;
    const Basis* basis = &p.default_basis;
    for (const auto& [id, b] : p.payer_basis)
      if (id == pp.payer) basis = &b;
    std::vector<Trace> ops;
    Op op = Op::mean;
    switch (shallow_ ? Basis::Kind::single_case : basis->kind) {
      case Basis::Kind::mean:
      case Basis::Kind::median:
        op = basis->kind == Basis::Kind::mean ? Op::mean : Op::median;
        for (const auto& c : r_.cases) ops.push_back(case_avoided(c, pp.payer));
        break;
      case Basis::Kind::single_case:
        op = Op::same;
        if (!shallow_) ops.push_back(case_avoided(case_named(basis->case_id), pp.payer));
        break;
      case Basis::Kind::weights:
        op = Op::weighted;
        for (std::size_t i = 0; i < basis->weights.size(); ++i) {
          const auto& [id, w] = basis->weights[i];
          ops.push_back(
              input("weight of " + id, FigureKind::number, w.exact(), basis->weight_origins[i]));
          ops.push_back(case_avoided(case_named(id), pp.payer));
        }
        break;
    }
    return node(prefix() + "per_participant." + pp.payer, op, FigureKind::amount,
                pp.per_participant.exact(), std::move(ops));
  }

  Trace benefit(const PayerPopulation& pp) const {
    return node(prefix() + "benefit." + pp.payer, Op::product, FigureKind::amount,
                pp.benefit.exact(), {per_participant(pp), population_participants()});
  }

  Trace population_cost(const PayerPopulation& pp) const {
    return node(prefix() + "cost." + pp.payer, Op::same, FigureKind::amount, pp.cost.exact(),
                {programme_cost(pp.payer)});
  }

  Trace population_total(const std::string& what) const {
    const PopulationResult& p = pop();
    std::vector<Trace> ops;
    for (std::size_t i = 0; i < p.by_payer.size() && !shallow_; ++i)
      ops.push_back(what == "benefit" ? benefit(p.by_payer[i]) : population_cost(p.by_payer[i]));
    return node(prefix() + what + "_total", Op::sum, FigureKind::amount,
                (what == "benefit" ? p.benefit_total : p.cost_total).exact(), std::move(ops));
  }

  std::optional<Trace> population(const std::vector<std::string>& s) const {
    if (!r_.population) return std::nullopt;
    const PopulationResult& p = pop();
    if (s.size() == 2) {
      if (s[1] == "participants") return population_participants();
      if (s[1] == "benefit_total") return population_total("benefit");
      if (s[1] == "cost_total") return population_total("cost");
      if (s[1] == "net_benefit")
        return node(prefix() + "net_benefit", Op::difference, FigureKind::amount,
                    p.net_benefit.exact(), {population_total("benefit"), population_total("cost")});
      if (s[1] == "ratio" && p.ratio)
        return node(prefix() + "ratio", Op::quotient, FigureKind::ratio, p.ratio->exact(),
                    {population_total("benefit"), population_total("cost")});
      return std::nullopt;
    }
    if (s.size() != 3) return std::nullopt;
    for (const auto& pp : p.by_payer) {
      if (pp.payer != s[2]) continue;
      if (s[1] == "per_participant") return per_participant(pp);
      if (s[1] == "benefit") return benefit(pp);
      if (s[1] == "cost") return population_cost(pp);
      if (s[1] == "net")
        return node(prefix() + "net." + pp.payer, Op::difference, FigureKind::amount,
                    pp.net.exact(), {benefit(pp), population_cost(pp)});
      if (s[1] == "ratio" && pp.ratio)
        return node(prefix() + "ratio." + pp.payer, Op::quotient, FigureKind::ratio,
                    pp.ratio->exact(), {benefit(pp), population_cost(pp)});
    }
    return std::nullopt;
  }

  std::optional<Trace> balance(const std::vector<std::string>& s) const {
    if (!r_.balance || s.size() != 3) return std::nullopt;
    for (std::size_t i = 0; i < r_.balance->payers.size(); ++i) {
      const PayerBalance& b = r_.balance->payers[i];
      if (b.payer != s[1]) continue;
      const PayerPopulation& pp = pop().by_payer[i];
      Trace net = node(prefix() + "net." + b.payer, Op::difference, FigureKind::amount,
                       pp.net.exact(), {benefit(pp), population_cost(pp)});
      Trace transfer = node("balance." + b.payer + ".transfer", Op::transfer, FigureKind::amount,
                            b.transfer.exact(), {net, *population({"net", "net_benefit"})});
      if (s[2] == "transfer") return transfer;
      if (s[2] == "net_after_transfer")
        return node("balance." + b.payer + ".net_after_transfer", Op::sum, FigureKind::amount,
                    b.net_after_transfer.exact(), {net, transfer});
    }
    return std::nullopt;
  }

  std::optional<Trace> breakeven(const std::vector<std::string>& s) const {
    if (s.size() != 3) return std::nullopt;
    const BreakevenResult& b = r_.breakeven;
    for (const auto& u : b.units) {
      const Tariff& tariff = r_.tariff(u);
      if (s[1] != "tariff" || s[2] != tariff.id || !u.exact) continue;
      Trace value =
          node("value of one avoided unit", Op::product, FigureKind::amount, u.value.exact(),
               {tariff_price(tariff),
                input("quantity", FigureKind::number, u.quantity.exact(), {}, tariff.unit_plural)});
      Trace exact = node("units that pay for the programme", Op::quotient, FigureKind::ratio,
                         u.exact->exact(), {programme_cost(""), value});
      return node("breakeven.tariff." + tariff.id, Op::ceil, FigureKind::count,
                  Exact::integer(*u.needed), {exact});
    }
    if (s[1] != "participants") return std::nullopt;
    for (const auto& c : b.cases) {
      if (c.case_id != s[2] || !c.exact) continue;
      Trace avoided = input("avoided per participant", FigureKind::amount,
                            c.avoided_per_participant.exact(), {});
      if (c.case_id == "mean") {
        std::vector<Trace> ops;
        for (std::size_t i = 0; i < r_.cases.size() && !shallow_; ++i)
          ops.push_back(case_avoided(r_.cases[i], ""));
        avoided = node("mean avoided per participant", Op::mean, FigureKind::amount,
                       c.avoided_per_participant.exact(), std::move(ops));
      } else if (c.case_id == "population") {
        avoided = node("population avoided per participant", Op::quotient, FigureKind::amount,
                       c.avoided_per_participant.exact(),
                       {population_total("benefit"), population_participants()});
      } else {
        avoided = case_avoided(case_named(c.case_id), "");
      }
      Trace exact = node("participants that pay for the programme", Op::quotient, FigureKind::ratio,
                         c.exact->exact(), {programme_cost(""), avoided});
      return node("breakeven.participants." + c.case_id, Op::ceil, FigureKind::count,
                  Exact::integer(*c.needed), {exact});
    }
    return std::nullopt;
  }

  std::optional<Trace> reach(const std::vector<std::string>& s) const {
    if (s.size() != 3 || s[2] != "cost_per_unit") return std::nullopt;
    for (std::size_t i = 0; i < r_.reach.size(); ++i) {
      const ReachResult& rr = r_.reach[i];
      if (std::to_string(i + 1) != s[1] || !rr.cost_per_unit) continue;
      const ReachIndicator& in = r_.input(rr);
      Trace cost =
          node("cost over " + to_plain(in.months.exact(), 4) + " months", Op::product,
               FigureKind::amount, rr.cost.exact(),
               {programme_cost(""), input("months / 12", FigureKind::number,
                                          (in.months.exact() / Exact::integer(12)), in.origin)});
      if (!in.costs.empty()) {
        std::vector<Trace> named;
        for (const auto& id : in.costs)
          for (const auto& c : a_.programme.costs)
            if (c.id == id)
              named.push_back(
                  input("cost '" + c.label + "'", FigureKind::amount, c.amount.exact(), c.origin));
        Exact yearly;
        for (const auto& n : named) yearly += n.value;
        cost.operands[0] =
            node("yearly cost of " + in.label, Op::sum, FigureKind::amount, yearly, named);
      }
      return node("reach." + s[1] + ".cost_per_unit", Op::quotient, FigureKind::amount,
                  rr.cost_per_unit->exact(),
                  {cost, input("count '" + in.label + "'", FigureKind::number, in.count.exact(),
                               in.origin)});
    }
    return std::nullopt;
  }

  // effects.ID.share, .n, .low, .high: a composite's share is the mean of
  // its parts', its n the fewest of theirs.
  std::optional<Trace> effect(const std::vector<std::string>& s) const {
    if (s.size() != 3) return std::nullopt;
    for (const auto& er : r_.effects) {
      const Effect& in = r_.input(er);
      if (in.id != s[1]) continue;
      if (s[2] == "share") return effect_share(er);
      if (s[2] == "n") return effect_n(er);
      if (s[2] == "low" || s[2] == "high")
        return node("effects." + in.id + "." + s[2],
                    s[2] == "low" ? Op::wilson_low : Op::wilson_high, FigureKind::ratio,
                    s[2] == "low" ? er.low : er.high, {effect_share(er), effect_n(er)});
      return std::nullopt;
    }
    return std::nullopt;
  }

  const EffectResult& effect_named(const std::string& id) const {
    for (const auto& er : r_.effects)
      if (r_.input(er).id == id) return er;
    throw std::logic_error("unknown effect " + id);  // validate() checks every part
  }

  Trace effect_share(const EffectResult& er) const {
    const Effect& in = r_.input(er);
    std::string path = "effects." + in.id + ".share";
    if (!in.composite()) return input(path, FigureKind::number, er.share, in.origin);
    std::vector<Trace> parts;
    for (std::size_t i = 0; i < in.mean_of.size() && !shallow_; ++i)
      parts.push_back(effect_share(effect_named(in.mean_of[i])));
    return node(path, Op::mean, FigureKind::number, er.share, std::move(parts));
  }

  Trace effect_n(const EffectResult& er) const {
    const Effect& in = r_.input(er);
    std::string path = "effects." + in.id + ".n";
    if (!in.composite())
      return input(path, FigureKind::count, Exact::integer(er.n), in.origin, "respondents");
    std::vector<Trace> fewest;
    for (const auto& id : in.mean_of)
      if (const EffectResult& part = effect_named(id); fewest.empty() && part.n == er.n)
        fewest.push_back(effect_n(part));
    return node(path, Op::same, FigureKind::count, Exact::integer(er.n), std::move(fewest));
  }

  std::optional<Trace> case_figure(const std::vector<std::string>& s) const {
    if (s.size() < 3) return std::nullopt;
    const CaseResult* c = find_case(s[1]);
    if (!c) return std::nullopt;
    if (net_) {  // case.ID.net_total, .net.PAYER, .line.T.net, .balance, .ratio
      if (s.size() == 3 && s[2] == "net_total") return case_avoided(*c, "");
      // The balance and ratio of a case are of its net amount, as the population's.
      if (s.size() == 3 && s[2] == "balance" && c->balance)
        return node("case." + s[1] + ".balance", Op::difference, FigureKind::amount,
                    c->balance->exact(), {case_avoided(*c, ""), cost_per_participant()});
      if (s.size() == 3 && s[2] == "ratio" && c->ratio)
        return node("case." + s[1] + ".ratio", Op::quotient, FigureKind::ratio, c->ratio->exact(),
                    {case_avoided(*c, ""), cost_per_participant()});
      if (s.size() == 4 && s[2] == "net" && a_.tariffs.find_payer(s[3]))
        return case_avoided(*c, s[3]);
      if (s.size() == 5 && s[2] == "line" && s[4] == "net")
        if (auto i = line_named(*c, s[3])) return net_line(*c, *i);
      return std::nullopt;
    }
    if (s.size() == 3 && s[2] == "avoided_total") return case_avoided(*c, "");
    if (s.size() == 4 && s[2] == "avoided" && a_.tariffs.find_payer(s[3]))
      return case_avoided(*c, s[3]);
    if (s.size() == 4 && s[2] == "line")
      if (auto i = line_named(*c, s[3])) return line(*c, *i);
    return std::nullopt;
  }

  // One year's benefit or cost, and its discounted value.
  Trace year_amount(const YearRow& row, const std::string& what, bool discounted) const {
    std::string when = row.year ? std::to_string(row.year) : "year " + std::to_string(row.index);
    const Money& amount = what == "benefit" ? row.benefit_total : row.cost_total;
    Trace t = input(what + " " + when, FigureKind::amount, amount.exact(), {});
    if (!discounted) return t;
    Trace factor = input("discount factor " + when, FigureKind::number, row.discount_factor,
                         a_.programme.discounting.origin, a_.programme.discounting.preset);
    return node(what + " " + when + " discounted", Op::product, FigureKind::amount,
                (amount * Quantity(row.discount_factor)).exact(), {t, factor});
  }

  Trace over_time(const std::string& what, bool discounted) const {
    const TimeResult& t = *r_.time;
    std::vector<Trace> ops;
    for (std::size_t i = 0; i < t.rows.size() && !shallow_; ++i)
      ops.push_back(year_amount(t.rows[i], what, discounted));
    Money total = what == "benefit" ? (discounted ? t.pv_benefit : t.benefit_total)
                                    : (discounted ? t.pv_cost : t.cost_total);
    return node((discounted ? "pv." : "time.") + what + "_total", Op::sum, FigureKind::amount,
                total.exact(), std::move(ops));
  }

  std::optional<Trace> time(const std::vector<std::string>& s) const {
    if (!r_.time) return std::nullopt;
    const TimeResult& t = *r_.time;
    std::string path = s[0] + (s.size() == 2 ? "." + s[1] : "");
    Trace npv = node("npv", Op::difference, FigureKind::amount, t.npv.exact(),
                     {over_time("benefit", true), over_time("cost", true)});
    if (path == "npv") return npv;
    if (path == "pv.benefit_total") return over_time("benefit", true);
    if (path == "pv.cost_total") return over_time("cost", true);
    if (path == "time.benefit_total") return over_time("benefit", false);
    if (path == "time.cost_total") return over_time("cost", false);
    if (path == "time.net_total")
      return node("time.net_total", Op::difference, FigureKind::amount, t.net_total.exact(),
                  {over_time("benefit", false), over_time("cost", false)});
    if (path == "pv.ratio" && t.ratio)
      return node("pv.ratio", Op::quotient, FigureKind::ratio, t.ratio->exact(),
                  {over_time("benefit", true), over_time("cost", true)});
    if (path == "roi" && t.roi)
      return node("roi", Op::quotient, FigureKind::ratio, t.roi->exact(),
                  {npv, over_time("cost", true)});
    if (path == "payback_year" && t.payback) {
      std::vector<Trace> ops;
      for (int i = 0; i < *t.payback && !shallow_; ++i) {
        const YearRow& row = t.rows[static_cast<std::size_t>(i)];
        std::string when =
            row.year ? std::to_string(row.year) : "year " + std::to_string(row.index);
        ops.push_back(input("cumulative discounted net " + when, FigureKind::amount,
                            row.cumulative_discounted.exact(), {}));
      }
      const YearRow& row = t.rows[static_cast<std::size_t>(*t.payback - 1)];
      return node("payback_year", Op::first_positive, FigureKind::year,
                  Exact::integer(row.year ? row.year : row.index), std::move(ops));
    }
    return std::nullopt;
  }

  std::optional<Trace> programme(const std::vector<std::string>& s) const {
    if (s.size() == 2 && s[1] == "cost_total") return programme_cost("");
    if (s.size() == 2 && s[1] == "participants" && r_.programme.participants)
      return programme_participants();
    if (s.size() == 2 && s[1] == "cost_per_participant" && r_.programme.cost_per_participant)
      return cost_per_participant();
    if (s.size() == 3 && s[1] == "cost" && a_.tariffs.find_payer(s[2])) return programme_cost(s[2]);
    return std::nullopt;
  }

  const CaseResult* find_case(const std::string& id) const {
    auto it = cases_.find(id);
    return it == cases_.end() ? nullptr : it->second;
  }
  const CaseResult& case_named(const std::string& id) const { return *find_case(id); }

  static Exact amount_of(const std::vector<PayerAmount>& amounts, const std::string& payer) {
    for (const auto& pa : amounts)
      if (pa.payer == payer) return pa.amount.exact();
    return Exact();
  }

 private:
  const PopulationResult& pop() const { return net_ ? *r_.population_net : *r_.population; }
  std::string prefix() const { return net_ ? "net." : "population."; }

  const Result& r_;
  const Analysis& a_;
  bool net_ = false;
  bool shallow_ = false;
  struct Lines {
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t> index;  // name -> first line of that name
  };
  const Lines& lines_of(const CaseResult& c) const {
    auto it = lines_.find(&c);
    if (it != lines_.end()) return it->second;
    Lines l{line_names(r_.input(c)), {}};
    for (std::size_t i = 0; i < l.names.size(); ++i) l.index.emplace(l.names[i], i);
    return lines_.emplace(&c, std::move(l)).first->second;
  }

  std::unordered_map<std::string, const CaseResult*> cases_;
  mutable std::unordered_map<const CaseResult*, Lines> lines_;
};

std::optional<Trace> trace_with(const Tracer& gross, const Tracer& net, const std::string& path) {
  // Gross figures follow the amounts as priced; the payer balance, break-even
  // and everything over time follow the amounts after additionality.
  std::vector<std::string> s = split_path(path);
  if (s[0] == "programme") return gross.programme(s);
  if (s[0] == "case") {
    if (auto t = gross.case_figure(s)) return t;
    return net.case_figure(s);
  }
  if (s[0] == "population") return gross.population(s);
  if (s[0] == "net") return net.population(s);
  if (s[0] == "balance") return net.balance(s);
  if (s[0] == "breakeven") return net.breakeven(s);
  if (s[0] == "reach") return gross.reach(s);
  if (s[0] == "effects") return gross.effect(s);
  if (s[0] == "npv" || s[0] == "pv" || s[0] == "time" || s[0] == "roi" || s[0] == "payback_year")
    return net.time(s);
  return std::nullopt;
}

}  // namespace

std::optional<Trace> trace_figure(const Result& r, const std::string& path) {
  return trace_with(Tracer(r, false), Tracer(r, true), path);
}

std::vector<std::optional<Trace>> trace_figures(const Result& r,
                                                const std::vector<std::string>& paths,
                                                bool values_only) {
  const Tracer gross(r, false, values_only), net(r, true, values_only);
  std::vector<std::optional<Trace>> out;
  out.reserve(paths.size());
  for (const auto& path : paths) out.push_back(trace_with(gross, net, path));
  return out;
}

std::vector<std::string> figure_paths(const Result& r) {
  const Analysis& a = *r.analysis;
  std::vector<std::string> paths{"programme.cost_total"};
  for (const auto& p : a.tariffs.payers) paths.push_back("programme.cost." + p.id);
  if (r.programme.participants) {
    paths.push_back("programme.participants");
    paths.push_back("programme.cost_per_participant");
  }
  for (const auto& c : r.cases) {
    std::string base = "case." + r.input(c).id;
    for (const auto& name : line_names(r.input(c))) paths.push_back(base + ".line." + name);
    for (const auto& p : a.tariffs.payers) paths.push_back(base + ".avoided." + p.id);
    paths.push_back(base + ".avoided_total");
    paths.push_back(base + ".net_total");
    for (const auto& p : a.tariffs.payers) paths.push_back(base + ".net." + p.id);
    if (c.balance) paths.push_back(base + ".balance");
    if (c.ratio) paths.push_back(base + ".ratio");
  }
  if (r.population) {
    paths.push_back("population.participants");
    for (const auto& pp : r.population->by_payer)
      for (const char* what : {"per_participant", "benefit", "cost", "net", "ratio"})
        if (std::string(what) != "ratio" || pp.ratio)
          paths.push_back("population." + std::string(what) + "." + pp.payer);
    for (const char* what : {"benefit_total", "cost_total", "net_benefit"})
      paths.push_back("population." + std::string(what));
    if (r.population->ratio) paths.push_back("population.ratio");
    for (const auto& pp : r.population_net->by_payer)
      for (const char* what : {"per_participant", "benefit", "net"})
        paths.push_back("net." + std::string(what) + "." + pp.payer);
    for (const char* what : {"benefit_total", "net_benefit"})
      paths.push_back("net." + std::string(what));
    if (r.population_net->ratio) paths.push_back("net.ratio");
    for (const auto& b : r.balance->payers) {
      paths.push_back("balance." + b.payer + ".transfer");
      paths.push_back("balance." + b.payer + ".net_after_transfer");
    }
  }
  for (const auto& c : r.breakeven.cases)
    if (c.needed) paths.push_back("breakeven.participants." + c.case_id);
  for (const auto& u : r.breakeven.units)
    if (u.needed) paths.push_back("breakeven.tariff." + r.tariff(u).id);
  for (std::size_t i = 0; i < r.reach.size(); ++i)
    if (r.reach[i].cost_per_unit)
      paths.push_back("reach." + std::to_string(i + 1) + ".cost_per_unit");
  for (const auto& e : r.effects)
    for (const char* what : {"share", "low", "high", "n"})
      paths.push_back("effects." + r.input(e).id + "." + what);
  if (r.time) {
    for (const char* p : {"time.benefit_total", "time.cost_total", "time.net_total",
                          "pv.benefit_total", "pv.cost_total", "npv"})
      paths.push_back(p);
    if (r.time->ratio) paths.push_back("pv.ratio");
    if (r.time->roi) paths.push_back("roi");
    if (r.time->payback) paths.push_back("payback_year");
  }
  return paths;
}

std::string unknown_figure_hint(const Result& r, const std::string& path) {
  // A case's net_saving was its gross amount minus the cost; renamed when it
  // became the net amount's, so that a claim on it is not silently read anew.
  const std::string old = ".net_saving";
  if (path.rfind("case.", 0) == 0 && path.size() > old.size() &&
      path.compare(path.size() - old.size(), old.size(), old) == 0)
    return "renamed to " + path.substr(0, path.size() - old.size()) +
           ".balance (net avoided minus the programme cost per participant)";
  std::string hint = did_you_mean(path, figure_paths(r));
  return hint.empty() ? "'mkba figures FILE' lists them all"
                      : hint + " ('mkba figures FILE' lists them all)";
}

std::vector<std::string> valueless_paths(const Result& r) {
  std::vector<std::string> paths;
  if (r.time && !r.time->payback) paths.push_back("payback_year");
  if (r.time && !r.time->ratio) paths.push_back("pv.ratio");
  if (r.time && !r.time->roi) paths.push_back("roi");
  if (r.population && !r.population->ratio) paths.push_back("population.ratio");
  if (r.population_net && !r.population_net->ratio) paths.push_back("net.ratio");
  for (const auto& c : r.breakeven.cases)
    if (!c.needed) paths.push_back("breakeven.participants." + c.case_id);
  return paths;
}

std::vector<std::string> headline_paths(const Result& r) {
  std::vector<std::string> paths{"programme.cost_total"};
  if (r.programme.cost_per_participant) paths.push_back("programme.cost_per_participant");
  for (const auto& c : r.cases) paths.push_back("case." + r.input(c).id + ".avoided_total");
  if (r.population) {
    paths.push_back("population.benefit_total");
    paths.push_back("population.net_benefit");
    if (r.population->ratio) paths.push_back("population.ratio");
    if (r.adjusted) paths.push_back("net.benefit_total");
  }
  if (r.time) paths.push_back("npv");
  return paths;
}

}  // namespace mkba
