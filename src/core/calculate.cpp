#include "core/calculate.hpp"

#include <utility>

#include "core/model_graph.hpp"
#include "core/population.hpp"
#include "core/time_value.hpp"

namespace mkba {
namespace {

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
    ModelGraph m = build_model_graph(a);
    graph::Values v;
    try {
      graph::evaluate(m.graph, v);
    } catch (const graph::Overflow& e) {
      // Named by the stage of the figure that left the range; every case
      // figure comes before the population's.
      const graph::What w = m.graph.at(e.node).what;
      const Figure f = figure_of(w);
      if (f >= Figure::effect_share) {
        figures = "effects.*";
      } else if (f >= Figure::breakeven) {
        figures = f >= Figure::reach ? "reach.*" : "breakeven.*";
      } else if (f >= Figure::case_year) {
        where = a.programme.horizon ? a.programme.horizon->origin : a.programme.discounting.origin;
        figures = "npv, pv.* and time.*";
      } else if (f >= Figure::population_participants) {
        where = a.population->origin;
        figures = "population.*, net.* and balance.*";
        population_stage = true;
        fill_cases(a, m, v, r);
      } else if (f >= Figure::tariff_price) {
        where = a.cases[w.a].origin;
        figures = "case." + a.cases[w.a].id + ".*";
      }
      throw;
    }
    fill_cases(a, m, v, r);
    if (a.population) {
      where = a.population->origin;
      figures = "population.*, net.* and balance.*";
      population_stage = true;
      r.population = population_result(a, m, *m.population, v);
      r.population_net = population_result(a, m, *m.population_net, v);
      r.balance = balance_result(a, m, v);
      population_stage = false;
    }
    if (a.programme.horizon || a.programme.discounting.origin.line) {
      where = a.programme.horizon ? a.programme.horizon->origin : a.programme.discounting.origin;
      figures = "npv, pv.* and time.*";
      r.time = time_result(a, m, v);
    }
    where = a.programme.origin;
    figures = "breakeven.*";
    r.breakeven = breakeven_result(a, m, v);
    figures = "reach.*";
    r.reach = reach_result(a, m, v);
    figures = "effects.*";
    r.effects = effects_result(a, m, v);
    // Lines are checked by validate(); totals scaled by participants can still
    // leave the range, and then no figure of the file is trusted.
    if (r.population && population_exceeds_limit(*r.population)) {
      Origin at =
          a.population->participants ? a.population->participants_origin : a.population->origin;
      diagnostics.error(at, "the population total exceeds the money range (EUR 10^15)",
                        "check the participants and the amounts of the cases");
      return std::nullopt;
    }
    r.graph = std::make_shared<const EvaluatedGraph>(EvaluatedGraph{std::move(m), std::move(v)});
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
