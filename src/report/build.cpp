#include "report/build.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/wilson.hpp"
#include "report/charts.hpp"
#include "report/paths.hpp"
#include "report/tariff_reports.hpp"
#include "report/words.hpp"

namespace mkba::report {

std::string payer_label(const TariffTable& table, const std::string& id) {
  const Payer* p = table.find_payer(id);
  return p ? p->label : id;
}

namespace {

std::string period_word(Period per, bool plural, Locale locale) {
  switch (per) {
    case Period::day:
      return tr(locale, plural ? "days" : "day");
    case Period::week:
      return tr(locale, plural ? "weeks" : "week");
    case Period::month:
      return tr(locale, plural ? "months" : "month");
    case Period::year:
      return tr(locale, plural ? "years" : "year");
    case Period::none:
      break;
  }
  return {};
}

std::string money(const Money& m, Locale locale) { return "EUR " + format_amount(m, locale); }

// "1 deelnemer", "450 deelnemers".
std::string counted(long long n, const char* singular, const char* plural, Locale locale) {
  return format_count(n, locale) + " " + tr(locale, n == 1 ? singular : plural);
}

Table programme_costs_table(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  Table t{{tr(locale, "Item"), tr(locale, "Payer"), "EUR"}, {}, {}};
  const Exact& factor = r.programme.cost_index_factor;
  for (const auto& c : a.programme.costs) {
    // An indexed cost shows its stated amount, its year and the factor.
    std::string item = c.label;
    if (factor != Exact::integer(1))
      item += " (EUR " + format_exact(c.amount.exact(), locale) + " (" +
              std::to_string(a.programme.year) + ") x " + format_fixed(factor, 4, locale) + ")";
    t.rows.push_back({Cell::of(item), Cell::of(payer_label(a.tariffs, c.payer)),
                      Cell::amount(c.amount * Quantity(factor))});
  }
  t.emphasised_rows.push_back(t.rows.size());
  t.rows.push_back(
      {Cell::of(tr(locale, "Total")), Cell::of(""), Cell::amount(r.programme.cost_total)});
  return t;
}

// What was changed before computing: a reader must never mistake a scenario
// for the file as it is.
std::vector<std::string> overrides_paragraphs(const Analysis& a, Locale locale) {
  std::vector<std::string> out;
  if (!a.scenario.empty()) {
    std::string text = tr(locale, "Scenario") + ": " + a.scenario;
    for (const auto& sc : a.scenarios)
      if (sc.name == a.scenario && !sc.description.empty()) text += " (" + sc.description + ")";
    out.push_back(text);
  }
  for (const auto& o : a.overrides)
    out.push_back(tr(locale, "Changed before computing") + ": " + o.path + " = " +
                  format_value(o.value, locale) + " (" + o.from + ")");
  return out;
}

Section programme_section(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  Section s;
  s.heading = tr(locale, "Programme");
  s.paragraphs.push_back(tr(locale, "Tariff table") + ": " + a.tariffs.name + " (" +
                         shown_path(a.tariffs.file, a.file) + "), " + tr(locale, "prices of") +
                         " " + std::to_string(a.tariffs.price_year));
  // A case that combines tables names each of the others too.
  for (std::size_t k = 1; k < a.tariffs.combined.size(); ++k) {
    const CombinedTable& c = a.tariffs.combined[k];
    s.paragraphs.back() += "; " + c.name + " (" + shown_path(c.file, a.file) + "), " +
                           tr(locale, "prices of") + " " + std::to_string(c.price_year);
  }
  std::string costs = tr(locale, "Programme costs") + ": " + money(r.programme.cost_total, locale) +
                      " " + tr(locale, "per year");
  if (r.programme.participants)
    costs += "; " + counted(*r.programme.participants, "participant", "participants", locale) +
             "; " + tr(locale, "cost per participant") + " " +
             money(*r.programme.cost_per_participant, locale);
  s.paragraphs.push_back(costs);
  s.tables.push_back(programme_costs_table(r, locale));
  return s;
}

// The net effect of each kind (financial, economic, social) and their
// total, which is the net total they add up to.
Table kinds_table(const std::vector<Money>& by_kind, const Money& total, Locale locale) {
  static const char* const names[] = {"Financial (public budgets)",
                                      "Economic (earnings, productivity)",
                                      "Social (wellbeing, at a shadow price)"};
  Table t{{tr(locale, "Kind of effect"), tr(locale, "Net")}, {}, {}};
  for (std::size_t k = 0; k < by_kind.size(); ++k)
    t.rows.push_back({Cell::of(tr(locale, names[k])), Cell::amount(by_kind[k])});
  t.emphasised_rows.push_back(t.rows.size());
  t.rows.push_back({Cell::of(tr(locale, "Total")), Cell::amount(total)});
  return t;
}

// "The programme avoids 88,4% of the care without it", or, when the care
// with it costs more, how much more.
std::string reduction_sentence(const CaseSides& sides, Locale locale) {
  const Exact& share = sides.reduction->exact();
  const bool more = share.is_negative();
  return fmt::format(
      fmt::runtime(tr(locale, more ? "With the programme the costs are {} higher than without it."
                                   : "The programme avoids {} of the costs without it.")),
      cell_text(Cell::percent(more ? -share : share), locale));
}

Section case_section(const Result& r, const CaseResult& c, Locale locale, bool with_story) {
  const Analysis& a = *r.analysis;
  Section s;
  const Case& in = r.input(c);
  // A case without a title has its id as title: show it once.
  s.heading = in.id;
  if (in.title != in.id) s.heading += ": " + in.title;
  if (with_story && !in.story.empty()) s.paragraphs.push_back(in.story);
  if (!in.effect.empty()) s.paragraphs.push_back(in.effect);
  // With additionality, each line shows its factor and its net amount too.
  Table t{{tr(locale, "Payer"), tr(locale, "Item"), tr(locale, "Calculation"), "EUR"}, {}, {}};
  if (r.adjusted) t.columns.insert(t.columns.end(), {tr(locale, "Factor"), tr(locale, "Net")});
  auto lines = [&](Side side) {
    for (const auto& payer : a.tariffs.payers)
      for (const auto& line : c.lines) {
        if (line.payer != payer.id || line.side != side) continue;
        std::string item = r.tariff(line).label;
        if (!r.input(line).note.empty()) item += " (" + r.input(line).note + ")";
        if (const std::string& from = r.input(line).transfer; !from.empty())
          item += " (" + tr(locale, "transfer from") + " " + payer_label(a.tariffs, from) + ")";
        t.rows.push_back({Cell::of(payer.label), Cell::of(item),
                          Cell::of(line_formula(r, line, locale)), Cell::amount(line.amount)});
        if (r.adjusted)
          t.rows.back().insert(t.rows.back().end(), {Cell::number(Quantity(line.net_factor)),
                                                     Cell::amount(line.net_amount)});
      }
  };
  auto total = [&](const char* label, const Money& gross, const Money& net) {
    t.emphasised_rows.push_back(t.rows.size());
    t.rows.push_back(
        {Cell::of(tr(locale, label)), Cell::of(""), Cell::of(""), Cell::amount(gross)});
    if (r.adjusted) t.rows.back().insert(t.rows.back().end(), {Cell::of(""), Cell::amount(net)});
  };
  lines(Side::without);
  // With and without the programme: each side's total, then their difference.
  if (const auto& sides = c.sides) {
    total("Total without the programme", sides->without_total, sides->net_without);
    lines(Side::with);
    total("Total with the programme", sides->with_total, sides->net_with);
    total("Avoided (without - with)", c.avoided_total, c.net_total);
  } else {
    total("Total avoided", c.avoided_total, c.net_total);
  }
  // The programme's own effort in the case: a cost, in no effect.
  if (c.programme_cost && std::any_of(c.lines.begin(), c.lines.end(),
                                      [](const LineResult& l) { return l.side == Side::cost; })) {
    lines(Side::cost);
    total("Programme effort in the case", *c.programme_cost, *c.programme_cost);
  }
  s.tables.push_back(t);
  if (c.sides && c.sides->reduction) s.paragraphs.push_back(reduction_sentence(*c.sides, locale));
  if (!c.by_kind.empty()) s.tables.push_back(kinds_table(c.by_kind, c.net_total, locale));
  if (c.transfers)
    s.notes.push_back(fmt::format(fmt::runtime(tr(locale,
                                                  "Transfers move {} between payers: they "
                                                  "are in each payer's figures and in no "
                                                  "total of all payers.")),
                                  money(*c.transfers, locale)));
  if (!r.programme.cost_per_participant) return s;
  Table compare{{"", "EUR"}, {}, {}};
  compare.rows.push_back({Cell::of(tr(locale, "Programme cost per participant")),
                          Cell::amount(*r.programme.cost_per_participant)});
  if (c.programme_cost)
    compare.rows.push_back(
        {Cell::of(tr(locale, "Programme effort in the case")), Cell::amount(*c.programme_cost)});
  // Gross is as priced; net is after additionality, and the balance and the
  // ratio are of the net amount, as the population's figures are.
  compare.rows.push_back({Cell::of(tr(locale, "Gross avoided")), Cell::amount(c.avoided_total)});
  if (r.adjusted)
    compare.rows.push_back({Cell::of(tr(locale, "Net avoided")), Cell::amount(c.net_total)});
  compare.rows.push_back(
      {Cell::of(tr(locale, "Balance (net avoided - cost)")), Cell::amount(*c.balance)});
  compare.rows.push_back(
      {Cell::of(tr(locale, "Benefit/cost (net avoided / cost)")), Cell::ratio(c.ratio)});
  s.tables.push_back(compare);
  return s;
}

Section cases_summary_section(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  Section s;
  s.heading = tr(locale, "Cases");
  Table t;
  t.columns = {tr(locale, "Case"), tr(locale, "Title")};
  for (const auto& p : a.tariffs.payers) t.columns.push_back(p.label);
  t.columns.push_back(tr(locale, "Gross avoided"));
  if (r.adjusted) t.columns.push_back(tr(locale, "Net avoided"));
  for (const char* c : {"Balance", "Benefit/cost"}) t.columns.push_back(tr(locale, c));
  for (const auto& c : r.cases) {
    std::vector<Cell> row{Cell::of(r.input(c).id), Cell::of(r.input(c).title)};
    for (const auto& pa : c.by_payer) row.push_back(Cell::amount(pa.amount));
    row.push_back(Cell::amount(c.avoided_total));
    if (r.adjusted) row.push_back(Cell::amount(c.net_total));
    row.push_back(c.balance ? Cell::amount(*c.balance) : Cell::missing());
    row.push_back(Cell::ratio(c.ratio));
    t.rows.push_back(row);
  }
  s.tables.push_back(t);
  if (r.cases.size() < fragile_case_count)
    s.notes.push_back(few_cases_sentence(r.cases.size(), locale));
  return s;
}

// The weights as written, e.g. "weging c1 2; c2 1; c3 1".
std::string weights_text(const Population& p, const std::string& payer, Locale locale) {
  const Basis* basis = &p.default_basis;
  for (const auto& [id, b] : p.payer_basis)
    if (id == payer) basis = &b;
  std::string out = tr(locale, "weights");
  for (std::size_t i = 0; i < basis->weights.size(); ++i)
    out += (i ? "; " : " ") + basis->weights[i].first + " " +
           format_exact(basis->weights[i].second.exact(), locale);
  return out;
}

std::string basis_text(const Analysis& a, const PayerPopulation& pp, Locale locale) {
  if (pp.basis == "weights") return weights_text(*a.population, pp.payer, locale);
  if (pp.basis == "mean" || pp.basis == "median") return tr(locale, pp.basis);
  return tr(locale, "all participants like") + " " + pp.basis;
}

// The net benefit per kind of effect, when the cases have kinds; a median
// basis does not split by kind, and says so.
void kinds_of_population(const Result& r, Section& s, Locale locale) {
  const bool kinds = std::any_of(r.cases.begin(), r.cases.end(),
                                 [](const CaseResult& c) { return !c.by_kind.empty(); });
  if (!kinds) return;
  const PopulationResult& n = *r.population_net;
  if (n.by_kind.empty()) {
    s.notes.push_back(tr(locale,
                         "The net benefit is not split by kind: a median of the cases "
                         "does not add up by kind."));
    return;
  }
  s.tables.push_back(kinds_table(n.by_kind, n.benefit_total, locale));
  s.notes.push_back(tr(locale,
                       "The kinds add up to the total net benefit: transfers between "
                       "payers are of no kind and net to zero."));
}

Section population_section(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  const PopulationResult& p = *r.population;
  const PopulationResult& n = *r.population_net;
  Section s;
  s.heading = tr(locale, "Population");
  s.paragraphs.push_back(tr(locale, "Participants") + ": " + format_count(p.participants, locale));
  // Gross and net benefit side by side; the result and the ratio are net.
  Table t{{tr(locale, "Payer"), tr(locale, "Basis"), tr(locale, "Per participant"),
           tr(locale, "Benefit gross"), tr(locale, "Benefit net"), tr(locale, "Cost"),
           tr(locale, "Net result"), tr(locale, "Benefit/cost")},
          {},
          {}};
  for (std::size_t i = 0; i < p.by_payer.size(); ++i) {
    const PayerPopulation& pp = p.by_payer[i];
    const PayerPopulation& np = n.by_payer[i];
    t.rows.push_back({Cell::of(payer_label(a.tariffs, pp.payer)),
                      Cell::of(basis_text(a, pp, locale)), Cell::amount(pp.per_participant),
                      Cell::amount(pp.benefit), Cell::amount(np.benefit), Cell::amount(pp.cost),
                      Cell::amount(np.net), Cell::ratio(np.ratio)});
  }
  t.emphasised_rows.push_back(t.rows.size());
  t.rows.push_back({Cell::of(tr(locale, "Total")), Cell::of(""), Cell::of(""),
                    Cell::amount(p.benefit_total), Cell::amount(n.benefit_total),
                    Cell::amount(p.cost_total), Cell::amount(n.net_benefit), Cell::ratio(n.ratio)});
  s.tables.push_back(t);
  s.notes.push_back(
      tr(locale,
         "Population figures are computed from exact values; rounded parts may differ "
         "by a cent from the rounded total."));
  kinds_of_population(r, s, locale);
  return s;
}

Section balance_section(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  Section s;
  s.heading = tr(locale, "Who pays, who gains");
  Table t{{tr(locale, "Payer"), tr(locale, "Pays"), tr(locale, "Avoids"), tr(locale, "Net"),
           tr(locale, "Transfer"), tr(locale, "Net after transfer")},
          {},
          {}};
  for (const auto& b : r.balance->payers)
    t.rows.push_back({Cell::of(payer_label(a.tariffs, b.payer)), Cell::amount(b.pays),
                      Cell::amount(b.avoids), Cell::amount(b.net), Cell::amount(b.transfer),
                      Cell::amount(b.net_after_transfer)});
  s.tables.push_back(t);
  s.notes.push_back(
      r.balance->transfer_possible
          ? tr(locale,
               "A payer with a loss receives it back; payers with a gain give in proportion to "
               "their gain.")
          : tr(locale,
               "The total net benefit is negative: no transfer between payers can leave every "
               "payer without a loss."));
  if (svg::Chart chart = render_payer_waterfall_svg(r, locale); chart.refusal.empty())
    s.charts.push_back(std::move(chart.svg));
  return s;
}

std::string breakeven_basis(const CaseBreakeven& b, Locale locale) {
  if (b.case_id == "mean") return tr(locale, "Mean of the cases");
  if (b.case_id == "population") return tr(locale, "Population basis");
  return b.case_id;
}

Cell needed_cell(const std::optional<long long>& n) {
  return n ? Cell::count(*n) : Cell::missing();
}
Cell exact_cell(const std::optional<Quantity>& q) { return q ? Cell::ratio(*q) : Cell::missing(); }

Section breakeven_section(const Result& r, Locale locale) {
  const BreakevenResult& b = r.breakeven;
  Section s;
  s.heading = tr(locale, "Break-even");
  s.paragraphs.push_back(tr(locale, "Programme cost") + ": " + money(b.cost_total, locale) + " " +
                         tr(locale, "per year"));
  if (!b.cases.empty()) {
    Table t{{tr(locale, "Basis"), tr(locale, "Avoided per participant"), tr(locale, "Exact"),
             tr(locale, "Needed")},
            {},
            {}};
    for (const auto& c : b.cases)
      t.rows.push_back({Cell::of(breakeven_basis(c, locale)),
                        Cell::amount(c.avoided_per_participant), exact_cell(c.exact),
                        needed_cell(c.needed)});
    s.tables.push_back(t);
  }
  if (!b.units.empty()) {
    Table t{{tr(locale, "Unit"), tr(locale, "Calculation"), tr(locale, "Value per unit"),
             tr(locale, "Exact"), tr(locale, "Needed")},
            {},
            {}};
    for (const auto& u : b.units) {
      const Tariff& tariff = r.tariff(u);
      std::string label = u.label.empty() ? tariff.label : u.label;
      std::string calc = "EUR " + format_exact(tariff.price.exact(), locale) + " x " +
                         format_exact(u.quantity.exact(), locale) + " " +
                         (u.quantity == Quantity::of(1) ? tariff.unit : tariff.unit_plural);
      t.rows.push_back({Cell::of(label), Cell::of(calc), Cell::amount(u.value), exact_cell(u.exact),
                        needed_cell(u.needed)});
    }
    s.tables.push_back(t);
  }
  s.notes.push_back(tr(locale,
                       "Counts are rounded up: a fraction of a participant or an admission cannot "
                       "be avoided."));
  return s;
}

Section reach_section(const Result& r, Locale locale) {
  Section s;
  s.heading = tr(locale, "Reach");
  Table t{{tr(locale, "Indicator"), tr(locale, "Count"), tr(locale, "Months"),
           tr(locale, "Cost over the period"), tr(locale, "Cost per unit")},
          {},
          {}};
  for (const auto& rr : r.reach)
    t.rows.push_back({Cell::of(r.input(rr).label), Cell::number(r.input(rr).count),
                      Cell::number(r.input(rr).months), Cell::amount(rr.cost),
                      rr.cost_per_unit ? Cell::amount(*rr.cost_per_unit) : Cell::missing()});
  s.tables.push_back(t);
  return s;
}

// One PM item as a line: "+ PM: text (actor; source: ...)"; the quantity,
// when counted, after the text.
std::string pm_line(const PmItem& p, Locale locale) {
  std::string what = p.text;
  if (p.quantity)
    what += " (" + format_exact(*p.quantity, locale) + (p.unit.empty() ? "" : " " + p.unit) + ")";
  std::string about = p.actor;
  if (!p.source.empty()) about += "; " + tr(locale, "source") + ": " + p.source;
  return std::string(1, p.sign) + " PM: " + what + " (" + about + ")";
}

// Effects named but not valued: beside the money, never in an amount.
Section pm_section(const Analysis& a, Locale locale) {
  Section s;
  s.heading = tr(locale, "Not valued in money");
  s.paragraphs.push_back(tr(locale,
                            "Effects named but not valued (PM, pro memorie): they are not in any "
                            "amount above."));
  for (const auto& p : a.pm) s.paragraphs.push_back(pm_line(p, locale));
  return s;
}

bool cites(const Citations& c, const std::string& id) {
  return std::find(c.ids.begin(), c.ids.end(), id) != c.ids.end();
}

// What rests on assumption `id`, in words: cost labels, case titles, a
// line as its case's title and tariff label, an uncertain parameter's path.
std::string resting_on(const Analysis& a, const std::string& id) {
  std::vector<std::string> named;
  for (const auto& c : a.programme.costs)
    if (cites(c.assumptions, id)) named.push_back(c.label);
  for (const auto& c : a.cases) {
    if (cites(c.assumptions, id)) named.push_back(c.title);
    for (const auto& l : c.avoided) {
      if (!cites(l.assumptions, id)) continue;
      const Tariff* t = a.tariffs.find_tariff(l.tariff);
      named.push_back(c.title + ": " + (t ? t->label : l.tariff));
    }
  }
  for (const auto& u : a.uncertainty)
    if (cites(u.assumptions, id)) named.push_back(u.parameter.path);
  std::string out;
  for (const auto& n : named) out += (out.empty() ? "" : "; ") + n;
  return out;
}

// The user's assumptions, their sources and what rests on each.
Section user_assumptions_section(const Analysis& a, Locale locale) {
  Section s;
  s.heading = tr(locale, "Assumptions of the analysis");
  Table t{
      {tr(locale, "Id"), tr(locale, "Assumption"), tr(locale, "Source"), tr(locale, "Rests on it")},
      {},
      {}};
  for (const auto& x : a.assumptions)
    t.rows.push_back(
        {Cell::of(x.id), Cell::of(x.text), Cell::of(x.source), Cell::of(resting_on(a, x.id))});
  s.tables.push_back(t);
  return s;
}

// Outcomes among respondents, apart from the money.
Section effects_section(const Result& r, Locale locale) {
  Section s;
  s.heading = tr(locale, "Outcomes");
  s.paragraphs.push_back(tr(
      locale,
      "Shares of respondents, not money: shown beside the amounts, never added to them. The "
      "interval is Wilson's 95% score interval (z = 1.96); a composite is the mean of its parts, "
      "its n their fewest respondents."));
  Table t{{tr(locale, "Effect"), tr(locale, "Share"), tr(locale, "95% from"), tr(locale, "95% to"),
           tr(locale, "Respondents"), tr(locale, "Source")},
          {},
          {}};
  for (const auto& e : r.effects) {
    const Effect& in = r.input(e);
    std::string source = in.source;
    if (in.composite()) {
      std::string parts;
      for (const auto& id : in.mean_of) parts += (parts.empty() ? "" : ", ") + id;
      source = fmt::format(fmt::runtime(tr(locale, "mean of {}")), parts) +
               (source.empty() ? "" : "; " + source);
      t.emphasised_rows.push_back(t.rows.size());
    }
    t.rows.push_back({Cell::of(in.label), Cell::parameter(Value::of(ValueType::share, e.share)),
                      Cell::percent(e.low), Cell::percent(e.high), Cell::count(e.n),
                      Cell::of(source)});
    if (e.small_sample())
      s.notes.push_back(fmt::format(fmt::runtime(tr(locale,
                                                    "{}: only {} respondents (fewer than "
                                                    "{}): the share is uncertain, read the "
                                                    "interval.")),
                                    in.label, e.n, small_sample));
  }
  s.tables.push_back(t);
  return s;
}

}  // namespace

std::string line_formula(const Result& r, const LineResult& line, Locale locale) {
  const AvoidedLine& in = r.input(line);
  const Tariff& tariff = r.tariff(line);
  // A price from a total and a count shows the division: "EUR 280.000.000 / 12.050".
  std::string price =
      "EUR " + (tariff.from_total ? format_exact(tariff.from_total->total.exact(), locale) + " / " +
                                        format_exact(tariff.from_total->count, locale)
                                  : format_exact(tariff.price.exact(), locale));
  // An indexed price shows where it came from: "EUR 33 (2017) x 1,2804".
  if (line.index_factor != Exact::integer(1))
    price += " (" + std::to_string(tariff.price_year) + ") x " +
             format_fixed(line.index_factor, 4, locale);
  std::string f = price + " x " + format_exact(in.quantity.exact(), locale) + " " +
                  (in.quantity == Quantity::of(1) ? tariff.unit : tariff.unit_plural);
  if (in.per != Period::none) {
    f += "/" + period_word(in.per, false, locale);
    f += " x " + format_exact(in.periods.exact(), locale) + " " +
         period_word(in.per, in.periods != Quantity::of(1), locale);
  }
  return f;
}

Document run_document(const Result& r, Locale locale, bool with_stories) {
  const Analysis& a = *r.analysis;
  Document d;
  d.title =
      a.programme.name + (a.programme.year ? " (" + std::to_string(a.programme.year) + ")" : "");
  d.paragraphs = overrides_paragraphs(a, locale);
  if (!r.cases.empty() && !r.adjusted)
    d.paragraphs.push_back(
        tr(locale, "Warning") + ": " +
        tr(locale, "no deadweight or attribution applied; net figures equal gross."));
  if (a.programme.price_year)
    d.paragraphs.push_back(
        fmt::format(fmt::runtime(tr(locale, "Price level {}: prices converted with {} ({}).")),
                    a.programme.price_year, a.index->name, shown_path(a.index->file, a.file)));
  d.sections.push_back(programme_section(r, locale));
  for (const auto& c : r.cases) d.sections.push_back(case_section(r, c, locale, with_stories));
  if (!r.cases.empty())
    d.sections.push_back(cases_summary_section(r, locale));
  else
    d.paragraphs.push_back(
        tr(locale, "No case vignettes: there is nothing to scale to the population."));
  if (r.population) {
    d.sections.push_back(population_section(r, locale));
    d.sections.push_back(balance_section(r, locale));
  }
  if (r.time) d.sections.push_back(time_section(r, locale));
  if (!r.breakeven.cases.empty() || !r.breakeven.units.empty())
    d.sections.push_back(breakeven_section(r, locale));
  if (!r.reach.empty()) d.sections.push_back(reach_section(r, locale));
  if (!r.effects.empty()) d.sections.push_back(effects_section(r, locale));
  if (!a.pm.empty()) d.sections.push_back(pm_section(a, locale));
  if (!a.assumptions.empty()) d.sections.push_back(user_assumptions_section(a, locale));
  return d;
}

Document breakeven_document(const Result& r, Locale locale) {
  Document d;
  d.title = r.analysis->programme.name + ": " + tr(locale, "Break-even");
  d.sections.push_back(breakeven_section(r, locale));
  return d;
}

Document tariffs_document(const TariffTable& table, Locale locale) {
  Document d;
  d.title = table.name;
  d.paragraphs.push_back(tr(locale, "Price year") + ": " + std::to_string(table.price_year) + "; " +
                         table.currency);
  if (!table.source.empty()) d.paragraphs.push_back(tr(locale, "Source") + ": " + table.source);
  Section payers{tr(locale, "Payers"), {}, {}, {}};
  Table pt{{tr(locale, "Id"), tr(locale, "Label")}, {}, {}};
  for (const auto& p : table.payers) pt.rows.push_back({Cell::of(p.id), Cell::of(p.label)});
  payers.tables.push_back(pt);
  Section tariffs{tr(locale, "Tariffs"), {}, {}, {}};
  Table tt{{tr(locale, "Id"), tr(locale, "Label"), tr(locale, "Unit"), tr(locale, "Price"),
            tr(locale, "Payer"), tr(locale, "Price year"), tr(locale, "Source")},
           {},
           {}};
  for (const auto& t : table.tariffs)
    tt.rows.push_back({Cell::of(t.id), Cell::of(t.label), Cell::of(t.unit), Cell::price(t.price),
                       Cell::of(t.payer), Cell::of(std::to_string(t.price_year)),
                       Cell::of(t.source)});
  add_library_columns(table, tt, tariffs.notes, locale);
  tariffs.tables.push_back(tt);
  d.sections = {payers, tariffs};
  return d;
}

std::string few_cases_sentence(std::size_t cases, Locale locale) {
  return fmt::format(
      fmt::runtime(tr(locale, cases == 1 ? "Only {} case: a population estimate that rests on "
                                           "so few vignettes is fragile."
                                         : "Only {} cases: a population estimate that rests on "
                                           "so few vignettes is fragile.")),
      format_count(static_cast<long long>(cases), locale));
}

}  // namespace mkba::report
