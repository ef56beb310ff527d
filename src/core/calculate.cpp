#include "core/calculate.hpp"

#include <utility>

#include "core/population.hpp"
#include "core/time_value.hpp"

namespace mkba {
namespace {

std::vector<PayerAmount> zero_per_payer(const TariffTable& table) {
  std::vector<PayerAmount> out;
  for (const auto& p : table.payers) out.push_back({p.id, Money()});
  return out;
}

void add_to_payer(std::vector<PayerAmount>& amounts, const std::string& payer, const Money& m) {
  for (auto& pa : amounts)
    if (pa.payer == payer) pa.amount += m;
}

ProgrammeResult programme_result(const Analysis& a) {
  ProgrammeResult r;
  r.participants = a.programme.participants;
  r.cost_by_payer = zero_per_payer(a.tariffs);
  // Costs are stated in prices of the programme's year.
  r.cost_index_factor = price_level_factor(a, a.programme.year);
  for (const auto& cost : a.programme.costs) {
    Money amount = cost.amount * Quantity(r.cost_index_factor);
    r.cost_total += amount;
    add_to_payer(r.cost_by_payer, cost.payer, amount);
  }
  if (r.participants) r.cost_per_participant = r.cost_total / Quantity::of(*r.participants);
  return r;
}

CaseResult case_result(const Analysis& a, const TariffIndex& tariffs, std::size_t index,
                       const ProgrammeResult& programme) {
  const Case& c = a.cases[index];
  CaseResult r;
  r.index = index;
  r.by_payer = zero_per_payer(a.tariffs);
  r.net_by_payer = zero_per_payer(a.tariffs);
  r.lines.reserve(c.avoided.size());
  for (const auto& line : c.avoided) {
    LineResult lr;
    lr.case_index = index;
    lr.line_index = r.lines.size();
    const Tariff* tariff = tariffs.find(line.tariff);
    lr.tariff = static_cast<std::size_t>(tariff - a.tariffs.tariffs.data());
    lr.payer = line.payer.value_or(tariff->payer);
    lr.index_factor = price_level_factor(a, tariff->price_year);
    lr.price = tariff->price * Quantity(lr.index_factor);
    lr.amount = lr.price * line.quantity * line.periods;
    lr.net_factor = net_factor(line.adjustments, c.adjustments, a.programme.adjustments);
    lr.net_amount = lr.amount * Quantity(lr.net_factor);
    r.avoided_total += lr.amount;
    r.net_total += lr.net_amount;
    add_to_payer(r.by_payer, lr.payer, lr.amount);
    add_to_payer(r.net_by_payer, lr.payer, lr.net_amount);
    r.lines.push_back(std::move(lr));
  }
  if (const auto& cost = programme.cost_per_participant) {
    r.balance = r.net_total - *cost;
    if (!cost->is_zero()) r.ratio = r.net_total / *cost;
  }
  return r;
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
    r.programme = programme_result(a);
    r.cases.reserve(a.cases.size());
    const TariffIndex tariffs(a.tariffs);
    for (std::size_t i = 0; i < a.cases.size(); ++i) {
      where = a.cases[i].origin;
      figures = "case." + a.cases[i].id + ".*";
      r.cases.push_back(case_result(a, tariffs, i, r.programme));
    }
    r.adjusted = any_adjustment(a);
    if (a.population) {
      where = a.population->origin;
      figures = "population.*, net.* and balance.*";
      population_stage = true;
      r.population = scale_to_population(a, r, false);
      r.population_net = scale_to_population(a, r, true);
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
