#include "core/calculate.hpp"

#include <utility>

#include "core/model_graph.hpp"
#include "core/population.hpp"
#include "core/time_value.hpp"

namespace mkba {
namespace {

Money money(const graph::Values& v, graph::Id id) { return Money(*v[id]); }

std::optional<Quantity> ratio_of(const graph::Values& v, graph::Id id) {
  if (!v[id]) return std::nullopt;
  return Quantity(*v[id]);
}

std::vector<PayerAmount> per_payer(const Analysis& a, const graph::Values& v,
                                   const std::vector<graph::Id>& ids) {
  std::vector<PayerAmount> out;
  for (std::size_t p = 0; p < ids.size(); ++p)
    out.push_back({a.tariffs.payers[p].id, money(v, ids[p])});
  return out;
}

// The Result's programme, case and population figures: the values of their
// nodes in the model graph.
void fill(const Analysis& a, const ModelGraph& m, const graph::Values& v, Result& r) {
  r.programme.participants = a.programme.participants;
  r.programme.cost_index_factor = *v[m.cost_index_factor];
  r.programme.cost_total = money(v, m.cost_total);
  r.programme.cost_by_payer = per_payer(a, v, m.cost_by_payer);
  if (m.cost_per_participant) r.programme.cost_per_participant = money(v, *m.cost_per_participant);
  for (std::size_t c = 0; c < m.cases.size(); ++c) {
    const ModelGraph::Case& mc = m.cases[c];
    CaseResult cr;
    cr.index = c;
    for (std::size_t i = 0; i < mc.lines.size(); ++i) {
      const ModelGraph::Line& ml = mc.lines[i];
      cr.lines.push_back({c, i, ml.tariff, a.tariffs.payers[ml.payer].id, *v[ml.index_factor],
                          money(v, ml.price), money(v, ml.amount), *v[ml.net_factor],
                          money(v, ml.net_amount)});
    }
    cr.avoided_total = money(v, mc.avoided);
    cr.by_payer = per_payer(a, v, mc.by_payer);
    cr.net_total = money(v, mc.net);
    cr.net_by_payer = per_payer(a, v, mc.net_by_payer);
    if (mc.balance) cr.balance = money(v, *mc.balance);
    if (mc.ratio) cr.ratio = ratio_of(v, *mc.ratio);
    r.cases.push_back(std::move(cr));
  }
}

PopulationResult population_result(const Analysis& a, const ModelGraph& m,
                                   const ModelGraph::Population& mp, const graph::Values& v) {
  PopulationResult out;
  out.participants = static_cast<long long>(v[*m.population_participants]->numerator());
  for (std::size_t p = 0; p < mp.by_payer.size(); ++p) {
    const ModelGraph::PayerPopulation& n = mp.by_payer[p];
    out.by_payer.push_back({a.tariffs.payers[p].id, basis_name(a, a.tariffs.payers[p].id),
                            money(v, n.per_participant), money(v, n.benefit), money(v, n.cost),
                            money(v, n.net), ratio_of(v, n.ratio)});
  }
  out.benefit_total = money(v, mp.benefit_total);
  out.cost_total = money(v, mp.cost_total);
  out.net_benefit = money(v, mp.net_benefit);
  out.ratio = ratio_of(v, mp.ratio);
  return out;
}

bool exceeds_limit(const Money& m) { return m > money_limit() || -m > money_limit(); }

// The line whose exact net amount has the most digits in its denominator
// (the decimals of its quantity, price and shares multiplied): the likeliest
// cause when a total of such amounts leaves the exact range. Null when every
// amount is whole.
const LineResult* finest_line(const Result& r) {
  const LineResult* finest = nullptr;
  for (const auto& c : r.cases)
    for (const auto& l : c.lines)
      if (l.net_amount.exact().denominator() > 1 &&
          (!finest ||
           l.net_amount.exact().denominator() > finest->net_amount.exact().denominator()))
        finest = &l;
  return finest;
}

// Where a population figure that left the exact range is reported: at the
// line that brings the most decimals, naming the participants it is scaled by.
Diagnostic population_overflow(const Analysis& a, const Result& r, const std::string& what) {
  const Origin& participants = a.population->participants ? a.population->participants_origin
                                                          : a.programme.participants_origin;
  const LineResult* line = finest_line(r);
  if (!line)
    return {participants.line ? participants : a.population->origin, what,
            "check the participants and the amounts of the cases"};
  std::string digits = std::to_string(to_string(line->net_amount.exact().denominator()).size());
  std::string scaled =
      participants.line ? " (line " + std::to_string(participants.line) + ")" : std::string();
  return {r.input(*line).origin, what,
          "the exact amount of this line has a " + digits +
              "-digit denominator, from the decimals of its quantity, price and shares "
              "multiplied; scaled to the participants" +
              scaled +
              " it does not fit: give quantities and shares fewer decimals, or round the amounts"};
}

}  // namespace

std::optional<Result> calculate(const Analysis& analysis, Diagnostics& diagnostics) {
  return calculate(std::make_shared<const Analysis>(analysis), diagnostics);
}

std::optional<Result> calculate(std::shared_ptr<const Analysis> analysis,
                                Diagnostics& diagnostics) {
  const Analysis& a = *analysis;
  // What is being computed and where it is written, to name and locate a
  // result that leaves the exact range.
  Origin where = a.programme.origin;
  std::string figures = "programme.*";
  bool population_stage = false;
  Result r;
  try {
    r.analysis = std::move(analysis);
    r.adjusted = any_adjustment(a);
    const ModelGraph m = build_model_graph(a);
    graph::Values v;
    try {
      graph::evaluate(m.graph, v);
    } catch (const graph::Overflow& e) {
      // Named by the stage of the figure that left the range; every case
      // figure comes before the population's.
      const graph::What w = m.graph.at(e.node).what;
      const Figure f = figure_of(w);
      if (f >= Figure::population_participants) {
        where = a.population->origin;
        figures = "population.*, net.* and balance.*";
        population_stage = true;
        fill(a, m, v, r);
      } else if (f >= Figure::tariff_price) {
        where = a.cases[w.a].origin;
        figures = "case." + a.cases[w.a].id + ".*";
      }
      throw;
    }
    fill(a, m, v, r);
    if (a.population) {
      where = a.population->origin;
      figures = "population.*, net.* and balance.*";
      population_stage = true;
      r.population = population_result(a, m, *m.population, v);
      r.population_net = population_result(a, m, *m.population_net, v);
      r.balance = payer_balance(*r.population_net);
      population_stage = false;
    }
    if (a.programme.horizon || a.programme.discounting.origin.line) {
      where = a.programme.horizon ? a.programme.horizon->origin : a.programme.discounting.origin;
      figures = "npv, pv.* and time.*";
      r.time = timeline(a, r);
    }
    where = a.programme.origin;
    figures = "breakeven.*";
    r.breakeven = breakeven(a, r);
    figures = "reach.*";
    r.reach = reach(a, r.programme);
    // Lines are checked by validate(); totals scaled by participants can still
    // leave the range, and then no figure of the file is trusted.
    if (r.population && population_exceeds_limit(*r.population)) {
      Origin at =
          a.population->participants ? a.population->participants_origin : a.population->origin;
      diagnostics.error(at, "the population total exceeds the money range (EUR 10^15)",
                        "check the participants and the amounts of the cases");
      return std::nullopt;
    }
    return r;
  } catch (const OutOfRange& e) {
    if (population_stage) {
      Diagnostic d = population_overflow(a, r, figures + ": " + e.what());
      diagnostics.error(d.where, d.message, d.hint);
      return std::nullopt;
    }
    report_out_of_range(diagnostics, where.line ? where : Origin{a.file, 0, 0}, figures, e);
    return std::nullopt;
  }
}

bool population_exceeds_limit(const PopulationResult& p) {
  return exceeds_limit(p.benefit_total) || exceeds_limit(p.cost_total);
}

void report_out_of_range(Diagnostics& d, const Origin& where, const std::string& figure,
                         const OutOfRange& e) {
  d.error(where, figure + ": " + e.what(),
          "amounts are limited to EUR 10^15, and fractions grow with every decimal of prices, "
          "quantities, shares and year factors: check their magnitudes and decimals");
}

}  // namespace mkba
