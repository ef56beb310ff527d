#include "report/brief.hpp"

#include <fmt/format.h>

#include "report/audit.hpp"
#include "report/build.hpp"
#include "report/figure_words.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

template <typename... Args>
std::string say(Locale l, const char* english, Args&&... args) {
  return fmt::format(fmt::runtime(tr(l, english)), std::forward<Args>(args)...);
}

std::string eur(const Money& m, Locale l) { return format_rounded_amount(m, l); }
std::string ratio_text(const Quantity& q, Locale l) { return format_ratio(q, l); }

// A simulation estimate with `decimals` decimals, as an exact number to
// format like the others; an estimate too large for one is printed as it is.
std::optional<Exact> estimate(double v, int decimals) {
  return parse_decimal(fmt::format("{:.{}f}", v, decimals), decimals, 18).value;
}
std::string estimate_amount(double v, Locale l) {
  auto x = estimate(v, 0);
  return x ? eur(Money(*x), l) : fmt::format("EUR {:.0f}", v);
}
std::string estimate_ratio(double v, Locale l) {
  auto x = estimate(v, 2);
  return x ? format_fixed(*x, 2, l) : fmt::format("{:.2f}", v);
}

// "the net result" or "the net present value": the figure uncertainty moves.
std::string outcome_words(const Result& r, Locale l) {
  return r.time ? tr(l, "the net present value") : tr(l, "the net result");
}

std::string cost_item(const Result& r, Locale l) {
  const ProgrammeResult& p = r.programme;
  std::string out =
      p.cost_per_participant && p.participants
          ? say(l,
                "The programme costs {cost} a year: {per} per participant, for {n} participants.",
                fmt::arg("cost", eur(p.cost_total, l)),
                fmt::arg("per", eur(*p.cost_per_participant, l)),
                fmt::arg("n", format_count(*p.participants, l)))
          : say(l, "The programme costs {cost} a year.", fmt::arg("cost", eur(p.cost_total, l)));
  if (r.time)
    out +=
        " " + say(l, "Over {years} years it costs {total}, or {pv} at present value.",
                  fmt::arg("years", r.time->years), fmt::arg("total", eur(r.time->cost_total, l)),
                  fmt::arg("pv", eur(r.time->pv_cost, l)));
  return out;
}

std::string avoided_item(const Result& r, Locale l) {
  const Money& gross = r.population->benefit_total;
  std::string out =
      r.adjusted
          ? say(l, "It avoids {gross} of care and support a year, {net} after additionality.",
                fmt::arg("gross", eur(gross, l)),
                fmt::arg("net", eur(r.population_net->benefit_total, l)))
          : say(l,
                "It avoids {gross} of care and support a year; no additionality is applied, so "
                "net equals gross.",
                fmt::arg("gross", eur(gross, l)));
  if (r.time)
    out += " " + say(l,
                     "Over {years} years it avoids {total} after additionality, or {pv} at "
                     "present value.",
                     fmt::arg("years", r.time->years),
                     fmt::arg("total", eur(r.time->benefit_total, l)),
                     fmt::arg("pv", eur(r.time->pv_benefit, l)));
  return out;
}

std::string result_item(const Result& r, const Outcome& o, Locale l) {
  const std::string net = eur(o.net, l);
  if (!o.ratio)
    return say(l, "Result: {figure} is {net}; without a cost there is no benefit/cost ratio.",
               fmt::arg("figure", outcome_words(r, l)), fmt::arg("net", net));
  return say(l, "Result: {figure} is {net}, a benefit/cost ratio of {ratio}.",
             fmt::arg("figure", outcome_words(r, l)), fmt::arg("net", net),
             fmt::arg("ratio", ratio_text(*o.ratio, l)));
}

const Summary* summary_named(const SimulationResult& s, const std::string& name) {
  for (const auto& sum : s.summaries)
    if (sum.name == name) return &sum;
  return nullptr;
}

std::string simulated_range(const Result& r, const SimulationResult& s, const SimulationOptions& o,
                            Locale l) {
  const Summary* net = summary_named(s, s.figure);
  const Summary* ratio = summary_named(s, "ratio");
  if (!net) return {};
  // fmt::arg keeps a reference: the texts live here.
  const std::string count = format_count(static_cast<long long>(o.draws), l);
  const std::string words = outcome_words(r, l);
  const std::string p5 = estimate_amount(net->p5, l), p95 = estimate_amount(net->p95, l);
  auto draws = fmt::arg("draws", count);
  auto seed = fmt::arg("seed", o.seed);
  auto figure = fmt::arg("figure", words);
  auto low = fmt::arg("low", p5);
  auto high = fmt::arg("high", p95);
  if (!ratio)
    return say(l,
               "Range, a Monte Carlo estimate ({draws} draws, seed {seed}): in 90% of the draws "
               "{figure} lies between {low} and {high}.",
               draws, seed, figure, low, high);
  return say(l,
             "Range, a Monte Carlo estimate ({draws} draws, seed {seed}): in 90% of the draws "
             "{figure} lies between {low} and {high}, the benefit/cost ratio between {ratio_low} "
             "and {ratio_high}.",
             draws, seed, figure, low, high, fmt::arg("ratio_low", estimate_ratio(ratio->p5, l)),
             fmt::arg("ratio_high", estimate_ratio(ratio->p95, l)));
}

std::string one_way_range(const Result& r, const Sensitivity& s, Locale l) {
  Money low = s.base.net, high = s.base.net;
  for (const auto& row : s.rows)
    for (const Outcome* o : {&row.at_low, &row.at_high}) {
      low = std::min(low, o->net);
      high = std::max(high, o->net);
    }
  return say(l,
             "Range, each uncertain parameter at its low and its high in turn: {figure} lies "
             "between {low} and {high}.",
             fmt::arg("figure", outcome_words(r, l)), fmt::arg("low", eur(low, l)),
             fmt::arg("high", eur(high, l)));
}

std::string range_item(const Result& r, const Spread& spread, Locale l) {
  if (spread.simulation && spread.simulation->draws)
    if (std::string range = simulated_range(r, *spread.simulation, spread.options, l);
        !range.empty())
      return range;
  if (spread.sensitivity && !spread.sensitivity->rows.empty())
    return one_way_range(r, *spread.sensitivity, l);
  if (spread.failed)
    return tr(l,
              "No range: the uncertain parameters could not be computed; mkba sensitivity and "
              "mkba simulate say why.");
  return tr(l, "No range: the file declares no uncertain parameters.");
}

std::string cases_item(const Result& r, Locale l) {
  const std::size_t n = r.cases.size();
  if (n == 0) return tr(l, "No case vignettes: there is nothing to scale to the population.");
  std::string out = n == 1 ? tr(l, "The figures rest on one case vignette.")
                           : say(l, "The figures rest on {n} case vignettes.", fmt::arg("n", n));
  if (n < fragile_case_count) out += " " + tr(l, "So few make the population estimate fragile.");
  return out;
}

std::string claimed_figure(const Analysis& a, const ClaimCheck& c, Locale l) {
  std::string words = figure_words(a, c.claim->figure, l);
  if (c.reason == ClaimCheck::Reason::no_value) return words;
  auto shown = [&](const Exact& v) {
    return c.kind == FigureKind::amount ? eur(Money(v), l) : format_figure(c.kind, v, l);
  };
  return say(l, "{figure} ({claimed} claimed, {computed} computed)", fmt::arg("figure", words),
             fmt::arg("claimed", shown(c.claim->value)), fmt::arg("computed", shown(c.computed)));
}

std::string claims_item(const Result& r, const std::vector<ClaimCheck>& checks, Locale l) {
  std::string failing;
  std::size_t failed = 0;
  for (const auto& c : checks)
    if (!c.holds) {
      failing += (failed++ ? "; " : "") + claimed_figure(*r.analysis, c, l);
    }
  if (!failed) return say(l, "All {n} claims of the source hold.", fmt::arg("n", checks.size()));
  return say(l,
             failed == 1 ? "{failed} of {n} claims does not hold: {which}."
                         : "{failed} of {n} claims do not hold: {which}.",
             fmt::arg("failed", failed), fmt::arg("n", checks.size()), fmt::arg("which", failing));
}

std::string sensitivity_item(const Result& r, const Sensitivity& s, Locale l) {
  const OneWay& top = s.rows.front();
  return say(l,
             "Largest sensitivity: {parameter}; from {low} to {high} it moves {figure} by {swing}.",
             fmt::arg("parameter", parameter_words(*r.analysis, top.parameter, l)),
             fmt::arg("low", format_value(top.low, l)), fmt::arg("high", format_value(top.high, l)),
             fmt::arg("figure", outcome_words(r, l)), fmt::arg("swing", eur(top.swing, l)));
}

// Where each rounded amount stands exactly: its figure in words, its exact
// value and the section that shows it.
std::string exact_item(const Result& r, Locale l) {
  std::vector<std::pair<std::string, std::string>> figures{{"programme.cost_total", "Programme"}};
  if (r.programme.cost_per_participant)
    figures.push_back({"programme.cost_per_participant", "Programme"});
  if (r.population) {
    figures.push_back({"population.benefit_total", "Population"});
    if (r.adjusted) figures.push_back({"net.benefit_total", "Population"});
    figures.push_back({r.adjusted ? "net.net_benefit" : "population.net_benefit", "Population"});
  }
  if (r.time)
    for (const char* path :
         {"time.cost_total", "pv.cost_total", "time.benefit_total", "pv.benefit_total", "npv"})
      figures.push_back({path, "Over time"});
  std::vector<std::string> paths;
  for (const auto& f : figures) paths.push_back(f.first);
  const std::vector<std::optional<Trace>> traces = trace_figures(r, paths, true);
  std::string list;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const auto& [path, section] = figures[i];
    const std::optional<Trace>& trace = traces[i];
    if (!trace) continue;
    list += (list.empty() ? "" : "; ") + say(l, "{figure} EUR {exact} ({section})",
                                             fmt::arg("figure", figure_words(*r.analysis, path, l)),
                                             fmt::arg("exact", format_fixed(trace->value, 2, l)),
                                             fmt::arg("section", tr(l, section)));
  }
  return say(l, "Amounts are rounded (halves away from zero); exactly: {list}.",
             fmt::arg("list", list));
}

}  // namespace

// The effects the money leaves out, named so that a reader of the first
// page does not take the amounts for the whole of it.
std::string pm_item(const Analysis& a, Locale l) {
  std::string named;
  for (const auto& p : a.pm)
    named += (named.empty() ? "" : "; ") + std::string(1, p.sign) + " " + p.text;
  return say(l, "Not valued in money (PM), in no amount: {items}.", fmt::arg("items", named));
}

Section brief_section(const Result& r, const std::vector<ClaimCheck>& checks, const Spread& spread,
                      Locale l) {
  Section s;
  s.heading = tr(l, "In brief");
  auto add = [&](std::string text) { s.items.push_back(std::move(text)); };
  add(cost_item(r, l));
  if (r.population) add(avoided_item(r, l));
  if (auto o = outcome_of(r)) {
    add(result_item(r, *o, l));
    add(range_item(r, spread, l));
  }
  add(cases_item(r, l));
  if (!r.analysis->pm.empty()) add(pm_item(*r.analysis, l));
  if (!checks.empty()) add(claims_item(r, checks, l));
  if (spread.sensitivity && !spread.sensitivity->rows.empty())
    add(sensitivity_item(r, *spread.sensitivity, l));
  add(exact_item(r, l));
  return s;
}

}  // namespace mkba::report
