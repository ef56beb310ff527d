#include "load/key_tables.hpp"

#include "core/time_value.hpp"

namespace mkba::load {

const Key* MapKeys::find(std::string_view key) const {
  for (const auto& k : keys)
    if (key == k.name) return &k;
  return nullptr;
}

Value text(const char* pattern) { return {Value::Kind::text, {}, 0, 0, pattern}; }
Value id() { return text(id_pattern); }
Value number(NumberRule rule) { return {Value::Kind::number, rule}; }
Value rate(NumberRule rule) { return {Value::Kind::rate, rule}; }
Value share() { return {Value::Kind::share, NumberRule{6, 1, true, true}}; }
Value whole(long long min, long long max) {
  return {Value::Kind::whole, NumberRule{0, 18, true}, min, max};
}
Value choice(std::vector<std::string> choices) {
  return {Value::Kind::choice, {}, 0, 0, nullptr, std::move(choices)};
}
Value scalar() { return {Value::Kind::scalar}; }
Value list_of(Value item, long long min, long long max) {
  return {Value::Kind::list, {}, min, max, nullptr, {}, nullptr, {std::move(item)}};
}
Value map(const MapKeys& keys) { return {Value::Kind::keys, {}, 0, 0, nullptr, {}, &keys}; }
Value map_of(Value item, const char* key_pattern) {
  return {Value::Kind::map_of, {}, 0, 0, key_pattern, {}, nullptr, {std::move(item)}};
}
Value either(std::vector<Value> alternatives) {
  return {Value::Kind::either, {}, 0, 0, nullptr, {}, nullptr, std::move(alternatives)};
}

namespace keys {
namespace {

constexpr Need required = Need::required;
constexpr Need optional = Need::optional;

Value calendar_year() { return whole(1900, 2200); }
Value tariff_ref() { return text("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)?$"); }
Value lag() { return whole(0, 100); }

std::vector<std::string> preset_names() {
  std::vector<std::string> names;
  for (const auto& p : discount_presets()) names.push_back(p.name);
  return names;
}

}  // namespace

// Each table lists its keys in the order messages name them ("did you
// mean", "a case file starts with 'programme:'").

const Value year = calendar_year();
const Value index_value = number(NumberRule{6, 9, false, false});
const Value weight = number(quantity_rule);
const Value parameter = number(NumberRule{6, 12, true, true});

const MapKeys adjustments{
    "adjustments",
    "adjustments",
    "Additionality: net = gross x (1 - deadweight) x attribution x (1 - displacement) x "
    "probability; each share from the line, else its case, else the programme",
    {
        {"deadweight", share(), optional, "the share that would have happened anyway (0 to 1)"},
        {"attribution", share(), optional,
         "the share of the effect that is the programme's (0 to 1)"},
        {"displacement", share(), optional, "the share of the effect displaced elsewhere (0 to 1)"},
        {"probability", share(), optional, "the probability that the effect occurs (0 to 1)"},
    }};

const MapKeys recurring{
    "recurring",
    "recurring",
    "Repeats an amount for some years, shrinking by drop_off a year after the first; needs a "
    "horizon",
    {
        {"years", whole(1, 1000), required, "for how many years the amount recurs"},
        {"drop_off", share(), optional,
         "how much it shrinks a year after the first: year k counts (1 - drop_off)^(k-1)"},
    }};

const MapKeys horizon{"horizon",
                      "the horizon",
                      "The years the analysis covers",
                      {
                          {"years", whole(1, 1000), required, "the number of years"},
                          {"start", calendar_year(), optional, "the calendar year of year 1"},
                      }};

const MapKeys discounting{
    "discounting",
    "discounting",
    "A preset or a rate, and whether year 1 is discounted",
    {
        {"preset", choice(preset_names()), optional,
         "a named rate: none, mkba-2021, mkba-2016, zin-2024 or greenbook (README, \"Time and "
         "discounting\")"},
        {"rate", rate(NumberRule{6, 18, true, true}), optional,
         "a yearly rate between -1 and 1, as a decimal: 4% is 0.04"},
        {"first_year", choice({"undiscounted", "discounted"}), optional,
         "undiscounted (the default, Dutch practice): year 1 counts in full; discounted: year t "
         "gets 1/(1+r)^t"},
    }};

const MapKeys table_entry{
    "table_entry",
    "a tariff table entry",
    "One of several tariff tables",
    {
        {"file", text(), required,
         "path of the table, relative to the case file, or a bare name of the library"},
        {"id", id(), optional, "the table's id in TABLE/ID (default: its file name without .yaml)"},
        {"payers", map_of(id(), id_pattern), optional,
         "maps the table's payer ids onto the case's: {zvw: zorgverzekeraar}"},
    }};

const MapKeys reference{
    "reference",
    "the reference",
    "A reference table for mkba check, with the deviation it tolerates",
    {
        {"table", text(), required, "path of the reference table, or a bare name of the library"},
        {"threshold", number(NumberRule{4, 4, true, false}), optional,
         "the deviation in percent from which a price is a finding (default 10)"},
    }};

const MapKeys cost{
    "cost",
    "a programme cost",
    "A yearly cost of the programme",
    {
        {"id", id(), optional, "an id, for reach indicators and --set"},
        {"label", text(), required, "what the cost is"},
        {"amount", number(price_rule), required, "the amount in euros, at most 4 decimals"},
        {"payer", id(), required, "who pays it: a payer id of the tariff table"},
        {"recurring", map(recurring), optional, "repeats the cost for some years"},
        {"lag", lag(), optional, "years to wait before the cost starts (needs a horizon)"},
        {"assumptions", list_of(id()), optional, "ids of the assumptions it rests on"},
    }};

const MapKeys reach{
    "reach",
    "a reach indicator",
    "An output indicator: the cost per unit of reach",
    {
        {"label", text(), required, "what is counted"},
        {"count", number(quantity_rule), required, "how many"},
        {"months", number(NumberRule{4, 4, false}), optional,
         "the period counted, in months (default 12)"},
        {"years", number(NumberRule{4, 4, false}), optional,
         "the period counted, in years (instead of months)"},
        {"costs", list_of(id()), optional, "ids of the programme costs it counts (default all)"},
        {"source", text(), optional, "where the count comes from"},
    }};

const MapKeys programme{
    "programme",
    "the programme",
    "The programme: its name, tariff tables, participants and costs",
    {
        {"name", text(), required, "the programme's name"},
        {"year", calendar_year(), optional, "the year analysed"},
        {"tariffs", either({text(), list_of(either({text(), map(table_entry)}))}), optional,
         "path of the tariff table, relative to the case file, or a bare name of the library "
         "(kostenhandleiding-2024); or a list of tables; required unless --tariffs"},
        {"participants", whole(1, 1'000'000'000), optional,
         "whole number, at least 1; needed for cost per participant and scaling"},
        {"costs", list_of(map(cost)), required, "yearly costs (may be empty)"},
        {"reach", list_of(map(reach)), optional, "output indicators"},
        {"adjustments", map(adjustments), optional, "additionality for everything below it"},
        {"horizon", map(horizon), optional,
         "the years covered; without it, one year of full effect"},
        {"discounting", map(discounting), optional, "how later years are discounted"},
        {"price_year", calendar_year(), optional, "the analysis price level (prijspeil)"},
        {"index", text(), optional,
         "the index series that converts prices to price_year (path or bare name, e.g. cbs-cpi)"},
        {"reference", either({text(), map(reference)}), optional,
         "a reference table for mkba check (path or bare name), or {table: ..., threshold: "
         "PERCENT}"},
    }};

const MapKeys line{
    "line",
    "an avoided-care line",
    "Care the case would need without the programme: price x quantity x for",
    {
        {"id", id(), optional, "names the line's figures; needed when a tariff has two lines"},
        {"tariff", tariff_ref(), required, "a tariff id, or TABLE/ID"},
        {"quantity", number(quantity_rule), optional, "how many units (default 1)"},
        {"per", choice({"day", "week", "month", "year"}), optional, "the period of the quantity"},
        {"for", number(quantity_rule), optional, "for how many of the per periods (needs per)"},
        {"payer", id(), optional, "overrides the tariff's payer"},
        {"kind", choice({"financial", "economic", "social"}), optional,
         "the kind of effect: financial (public budgets, the default), economic (earnings, "
         "productivity), social (wellbeing at a shadow price)"},
        {"transfer", id(), optional,
         "a transfer: the actor that loses what the payer gains (nets to zero in the totals)"},
        {"note", text(), optional, "free text"},
        {"adjustments", map(adjustments), optional, "additionality of this line only"},
        {"recurring", map(recurring), optional, "repeats the amount for some years"},
        {"lag", lag(), optional, "years to wait before the effect starts (needs a horizon)"},
        {"assumptions", list_of(id()), optional, "ids of the assumptions it rests on"},
    }};

const MapKeys case_entry{
    "case",
    "a case",
    "A case vignette and the care the programme avoids",
    {
        {"id", id(), required, "the case's id, unique in the file"},
        {"title", text(), optional, "shown in reports (default: the id)"},
        {"story", text(), optional, "free text"},
        {"effect", text(), optional, "what the programme changes"},
        {"avoided", list_of(map(line)), optional,
         "care needed without the programme, when none remains with it (or: without)"},
        {"without", list_of(map(line)), optional,
         "care needed without the programme (the reference scenario), beside with"},
        {"with", list_of(map(line)), optional,
         "care and support needed with the programme (the intervention scenario)"},
        {"costs", list_of(map(line)), optional,
         "the programme's own effort in this case (a coach's hours), beside its yearly costs"},
        {"adjustments", map(adjustments), optional, "additionality of this case"},
        {"assumptions", list_of(id()), optional, "ids of the assumptions it rests on"},
    }};

const MapKeys basis{"basis",
                    "a basis",
                    "A mix of cases",
                    {
                        {"weights", map_of(weight, id_pattern), required,
                         "case ids to shares or counts: {casus-1: 0.5, casus-2: 0.5}"},
                    }};

const MapKeys population{
    "population",
    "the population",
    "Scaling the cases to the participants",
    {
        {"participants", whole(1, 1'000'000'000), optional, "defaults to programme.participants"},
        {"basis", map_of(either({id(), map(basis)}), id_pattern), optional,
         "per payer id (or default): a case id, mean, median or {weights: ...}"},
    }};

const MapKeys breakeven_unit{
    "breakeven_unit",
    "a break-even unit",
    "A unit for break-even",
    {
        {"tariff", tariff_ref(), required, "a tariff id, or TABLE/ID"},
        {"quantity", number(NumberRule{4, 9, false}), optional, "how many units (default 1)"},
        {"label", text(), optional, "shown in reports"},
    }};

const MapKeys scenario{
    "scenario",
    "a scenario",
    "A named set of overrides",
    {
        {"name", id(), required, "an id; not base or basis, the base column's names"},
        {"description", text(), optional, "free text"},
        {"set", map_of(scalar()), required, "a map of override paths to values"},
    }};

const MapKeys effect{
    "effect",
    "an effect",
    "An outcome measured among respondents, or the mean of such outcomes; shown beside the "
    "money, never added to it",
    {
        {"id", id(), required, "names its figures: effects.ID.share, .low, .high, .n"},
        {"label", text(), required, "what was measured"},
        {"share", share(), optional,
         "the share of respondents (0 to 1): 72% is 0.72; required unless mean_of"},
        {"n", whole(1, 1'000'000), optional, "the number of respondents; required unless mean_of"},
        {"mean_of", list_of(id(), 1), optional,
         "a composite: the ids of the measured effects it is the mean of"},
        {"source", text(), optional, "where the figure is stated"},
    }};

const MapKeys pm_item{
    "pm_item",
    "a PM item",
    "An effect named but not valued in money (pro memorie); shown beside the money, never "
    "added to it",
    {
        {"id", id(), required, "the item's id, unique in the file"},
        {"text", text(), required, "what the effect is"},
        {"sign", choice({"+", "-"}), required, "+ an advantage, - a disadvantage (quote it: '-')"},
        {"actor", id(), required, "who feels it: a payer id, or a word such as wijk"},
        {"quantity", number(quantity_rule), optional, "how much, when counted (with unit)"},
        {"unit", text(), optional, "the unit of quantity"},
        {"source", text(), optional, "where the effect is named"},
    }};

const MapKeys assumption{
    "assumption",
    "an assumption",
    "An assumption the analysis rests on; lines, cases, costs and uncertain parameters cite it "
    "by id",
    {
        {"id", id(), required, "the assumption's id, cited as assumptions: [ID]"},
        {"text", text(), required, "what is assumed"},
        {"source", text(), optional, "where it comes from"},
    }};

const MapKeys claim{
    "claim",
    "a claim",
    "A figure a source states, checked by mkba check",
    {
        {"figure", text(), required, "a figure path, e.g. case.casus-1.avoided_total"},
        {"scenario", id(), optional,
         "check the figure of this scenario (one the file defines) instead of the run's"},
        {"value", number(NumberRule{4, 15, true, true}), optional,
         "the value stated (or a range: low and high)"},
        {"low", number(NumberRule{4, 15, true, true}), optional,
         "a range stated instead of a value: its low end (with high)"},
        {"high", number(NumberRule{4, 15, true, true}), optional,
         "a range stated instead of a value: its high end (with low)"},
        {"precision", number(NumberRule{4, 15, false}), optional,
         "how far the figure may be off (default the cent)"},
        {"rounding", choice({"nearest", "down", "up"}), optional,
         "how the source rounded to precision: nearest (the default), down (truncated) or up"},
        {"source", text(), optional, "where the value is stated"},
    }};

const MapKeys mean_sd{"mean_sd",
                      "a distribution's parameters",
                      "The mean and standard deviation",
                      {
                          {"mean", parameter, required, "the mean"},
                          {"sd", parameter, required, "the standard deviation"},
                      }};

const MapKeys distribution{
    "distribution",
    "a distribution",
    "An uncertain input: a range {low, high}, or one distribution (README, \"Uncertainty\")",
    {
        {"low", parameter, optional, "the low value"},
        {"high", parameter, optional, "the high value"},
        {"uniform", list_of(parameter, 2, 2), optional, "[low, high]"},
        {"triangular", list_of(parameter, 3, 3), optional, "[min, mode, max]"},
        {"pert", list_of(parameter, 3, 3), optional, "[min, mode, max]: beta-PERT, lambda 4"},
        {"normal", map(mean_sd), optional, "truncated to low/high when given"},
        {"lognormal", map(mean_sd), optional, "mean and sd of the value itself, not of its log"},
        {"gamma", map(mean_sd), optional, "shape (mean/sd)^2, scale sd^2/mean"},
        {"beta", map(mean_sd), optional, "on 0..1, by the method of moments (for shares)"},
        {"assumptions", list_of(id()), optional, "ids of the assumptions it rests on"},
    }};

const MapKeys case_file{
    "case_file",
    "a case file",
    "An mkba case file: a programme, its cases and how they scale to the population",
    {
        {"programme", map(programme), required, "the programme"},
        {"cases", list_of(map(case_entry)), optional, "case vignettes"},
        {"population", map(population), optional, "scaling the cases to the participants"},
        {"breakeven", list_of(map(breakeven_unit)), optional, "units for break-even"},
        {"effects", list_of(map(effect)), optional,
         "outcomes measured among respondents, with their 95% intervals"},
        {"pm", list_of(map(pm_item)), optional,
         "effects named but not valued in money, shown beside the amounts"},
        {"assumptions", list_of(map(assumption)), optional,
         "the assumptions the analysis rests on, cited by id"},
        {"actors", list_of(map(payer)), optional,
         "who gains or pays beside the tariff table's payers (the participant, employers)"},
        {"claims", list_of(map(claim)), optional, "figures a source states"},
        {"scenarios", list_of(map(scenario)), optional, "named sets of overrides"},
        {"uncertainty", map_of(map(distribution)), optional,
         "a map of override paths to distributions"},
    }};

const MapKeys payer{"payer",
                    "a payer",
                    "Who bears costs",
                    {
                        {"id", id(), required, "the payer's id"},
                        {"label", text(), optional, "shown in reports (default: the id)"},
                    }};

const MapKeys price_from_total{
    "price_from_total",
    "a price from a total and a count",
    "A price as a total divided by a count (280 mln / 12.050 jongeren); both are kept",
    {
        {"total", number({4, 15, true}), required, "the total amount in euros"},
        {"count", number({4, 12, false}), required, "what the total is spread over; above 0"},
        {"total_source", text(), optional, "where the total comes from"},
        {"count_source", text(), optional, "where the count comes from"},
    }};

const MapKeys alternative{
    "alternative",
    "an alternative price",
    "Another value a source gives; shown, never computed with",
    {
        {"price", number(price_rule), required, "the price that source gives"},
        {"source", text(), required, "the source"},
    }};

const MapKeys chapter{"chapter",
                      "a chapter",
                      "A chapter of a library",
                      {
                          {"id", id(), required, "the chapter's id"},
                          {"label", text(), required, "its title"},
                      }};

const MapKeys tariff{
    "tariff",
    "a tariff",
    "A unit price",
    {
        {"id", id(), required, "the name case files use"},
        {"label", text(), optional, "shown in reports (default: the id)"},
        {"unit", text(), required, "the unit priced, singular (dagdeel)"},
        {"unit_plural", text(), optional, "for quantities other than 1 (dagdelen)"},
        {"price", either({number(price_rule), map(price_from_total)}), required,
         "price per unit, at most 4 decimals; or {total, count}: a total divided by a count"},
        {"payer", id(), required, "a payer id of this table"},
        {"source", text(), optional, "overrides the table's source"},
        {"price_year", calendar_year(), optional, "overrides the table's price year"},
        {"paragraph", text("^[0-9]+(\\.[0-9]+)*$"), optional,
         "the paragraph of the source document: numbers and dots (4.15.1)"},
        {"chapter", id(), optional, "a chapter id of the table"},
        {"group", text(), optional, "a heading within the chapter (Huisartsconsulten)"},
        {"verified", choice({"publisher", "secondary"}), optional,
         "publisher (read at the publisher) or secondary (from a copy)"},
        {"alternatives", list_of(map(alternative)), optional,
         "other values the sources give; shown, never computed with"},
        {"note", text(), optional, "free text"},
        {"reference", id(), optional,
         "the id of the matching tariff in a reference table (mkba tariffs check)"},
        {"deviation_reason", text(), optional,
         "why the price may deviate from its reference: the deviation is then no finding"},
        {"occupies", choice({"day", "dagdeel", "hour"}), optional,
         "how much of a person's time one unit takes (findings of impossible time)"},
        {"includes", list_of(id()), optional,
         "tariffs this one includes: avoiding both is double counting"},
    }};

const MapKeys tariff_table{
    "tariff_table",
    "a tariff table",
    "An mkba tariff table: unit prices with unit, price year, payer and source",
    {
        {"name", text(), required, "the table's name"},
        {"currency", choice({"EUR"}), optional, "EUR (the only currency supported)"},
        {"price_year", calendar_year(), required, "the year of the prices (prijspeil)"},
        {"source", text(), optional, "where the prices come from; the default for each tariff"},
        {"payers", list_of(map(payer)), required, "who bears costs"},
        {"tariffs", list_of(map(tariff)), required, "the unit prices"},
        {"chapters", list_of(map(chapter)), optional, "chapters of a library"},
        {"index", text(), optional,
         "the index series that indexes this table's prices (relative to the table, or a bare "
         "name such as cbs-cpi), used when it is a reference"},
    }};

const MapKeys index_year{"index_year",
                         "an index year",
                         "A year's index value, or its change on the year before",
                         {
                             {"index", index_value, optional, "the index value"},
                             {"percent", number(NumberRule{4, 3, true, true}), optional,
                              "the change on the year before, in percent (above -100)"},
                             {"source", text(), optional, "where the value comes from"},
                             {"verified", choice({"publisher", "secondary"}), optional,
                              "publisher (read at the publisher) or secondary (from a copy)"},
                             {"note", text(), optional, "free text"},
                         }};

const MapKeys index_series{
    "index_series",
    "an index series",
    "An mkba index series: an index value per year",
    {
        {"name", text(), required, "the series' name"},
        {"source", text(), optional, "where the values come from"},
        {"values", map_of(either({index_value, map(index_year)}), "^[0-9]{4}$"), required,
         "years (1900 to 2200, ascending) to an index value, or {index: ...} or {percent: ...}"},
    }};

}  // namespace keys
}  // namespace mkba::load
