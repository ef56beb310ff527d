#pragma once
// The input model: tariff tables and case files as plain data. Loaders build
// it (from YAML today); the calculation reads it. No format details here.

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/distributions.hpp"
#include "core/parameter.hpp"
#include "core/units.hpp"

namespace mkba {

// Who pays or gains: a payer of the tariff table, or an actor the case file
// adds (the participant, employers, society).
struct Payer {
  std::string id;
  std::string label;
  Origin origin;
  bool actor = false;  // declared by the case file (`actors:`), not the table
};

// Another value of a price, where the sources disagree (e.g. two
// transcriptions of one table); kept beside the price, never used in sums.
struct AlternativePrice {
  Money price;
  std::string source;
  Origin origin;
};

// A price given as a total divided by a count, as sources often state it
// ("280 mln / 12.050 jongeren"): both kept with their sources, the price
// their exact quotient.
struct PriceFromTotal {
  Money total;
  Exact count;
  std::string total_source, count_source;
  Origin total_origin, count_origin;
};

// How much of a person's time one unit of a tariff takes (README, "Findings"):
// a day fills a day (an admission), a dagdeel half of one, an hour 1/24.
enum class Occupies { none, day, dagdeel, hour };
// "day", "dagdeel", "hour"; "" for none.
const char* occupies_name(Occupies o);

struct Tariff {
  std::string id;
  std::string label;
  std::string unit;         // singular, e.g. "dagdeel"
  std::string unit_plural;  // e.g. "dagdelen"; falls back to `unit`
  Money price;
  std::optional<PriceFromTotal> from_total;  // when the price is total / count
  std::string payer;
  std::string source;  // falls back to the table's source when loading
  int price_year = 0;  // falls back to the table's price year when loading
  Origin origin;
  // Keys of a tariff library (README, "Tariff library"); empty when not given.
  std::string paragraph;  // of the source document, e.g. "4.11"
  std::string chapter;    // a chapter id of the table
  std::string group;      // a heading within the chapter
  std::string verified;   // "publisher" (read at the publisher) or "secondary"
  std::vector<AlternativePrice> alternatives;
  std::string note;
  std::string reference;         // the id of the matching tariff in a reference table
  std::string deviation_reason;  // why the price may deviate from its reference
  Origin reference_origin;
  Occupies occupies = Occupies::none;
  std::vector<std::string> includes;  // ids of tariffs of the same table this one includes
  std::vector<Origin> include_origins;
};

struct Chapter {
  std::string id;
  std::string label;
  Origin origin;
};

// A table a case file combines with others (README, "Several tables").
struct CombinedTable {
  std::string id;  // qualifies its tariff ids where two tables share one: ID/TARIFF
  std::string file;
  std::string name;
  int price_year = 0;
};

struct TariffTable {
  std::string file;
  std::string name;
  std::string currency;
  int price_year = 0;
  std::string source;
  std::vector<Payer> payers;
  std::vector<Tariff> tariffs;
  std::vector<Chapter> chapters;
  std::string index_file;  // the series that indexes this table's prices, when it names one
  Origin index_origin;
  std::vector<CombinedTable> combined;  // every table when a case file combines several

  const Tariff* find_tariff(const std::string& id) const;
  const Payer* find_payer(const std::string& id) const;
  std::vector<std::string> tariff_ids() const;
  std::vector<std::string> payer_ids() const;
};

// A table's tariffs by id, to look up many (every line of every case) in
// constant time each; the first of an id, as find_tariff. Must not outlive
// the table.
class TariffIndex {
 public:
  explicit TariffIndex(const TariffTable& table);
  const Tariff* find(const std::string& id) const;

 private:
  std::unordered_map<std::string, const Tariff*> by_id_;
};

enum class Period { none, day, week, month, year };
// "day", "week", "month", "year"; "" for none.
const char* period_name(Period p);

// What would have happened anyway, and how much of the effect is the
// programme's (GMCA/HM Treasury terms). Each share is set, or inherited from
// the enclosing case or programme: the innermost setting wins.
struct Adjustments {
  std::optional<Exact> deadweight;    // share that would have happened anyway (0..1)
  std::optional<Exact> attribution;   // share of the effect due to this programme (0..1)
  std::optional<Exact> displacement;  // share merely moved elsewhere (0..1)
  std::optional<Exact> probability;   // chance the avoided event would have occurred (0..1)
  Origin origin;
  bool any() const { return deadweight || attribution || displacement || probability; }
};

// When an amount falls: once (the default), or for `years` years from year
// 1 + lag, shrinking by `drop_off` a year after the first.
struct Timing {
  int lag = 0;
  int years = 1;
  Exact drop_off;
  Origin origin;
};

// The assumption ids an item cites (`assumptions: [a1, a2]`), each with
// where it is written, so that an unknown id is reported there.
struct Citations {
  std::vector<std::string> ids;
  std::vector<Origin> origins;
};

// The side of a case a line is on (the Effectencalculator's reference and
// intervention): the care without the programme, or the care and support
// with it, which the programme causes (more GP contacts, debt help); or the
// programme's own effort in the case (a coach's hours), a cost beside the
// programme-wide costs, in no effect.
enum class Side { without, with, cost };

// The kind of an effect (the GMCA model's split): public budgets (care,
// benefits paid, enforcement), the economy (earnings, productivity,
// employer costs) or wellbeing valued with a shadow price (a QALY, safety).
enum class BenefitKind { financial, economic, social };
inline constexpr BenefitKind benefit_kinds[] = {BenefitKind::financial, BenefitKind::economic,
                                                BenefitKind::social};
// "financial", "economic", "social".
const char* kind_name(BenefitKind k);

// One item of care of a case: amount = price x quantity x periods. A
// without-line is care the case needs without the programme; a with-line
// care it needs with it. The effect is without minus with.
struct AvoidedLine {
  std::string id;  // optional; names the line in figure and override paths
  Side side = Side::without;
  BenefitKind kind = BenefitKind::financial;
  // A transfer (a benefit payment the gemeente saves is income the
  // participant loses): the id of the actor that loses what the payer gains;
  // empty for a line that is no transfer. Transfers net to zero in every
  // total of all payers.
  std::string transfer;
  Origin transfer_origin;
  std::string tariff;
  Quantity quantity = Quantity::of(1);
  Period per = Period::none;
  Quantity periods = Quantity::of(1);  // the `for` key; 1 when absent
  std::optional<std::string> payer;    // overrides the tariff's payer
  std::string note;
  Adjustments adjustments;
  Timing timing;
  Origin origin;
  Origin tariff_origin;  // where the tariff id is written
  Origin payer_origin;
  Origin id_origin;
  Citations assumptions;
};

struct Case {
  std::string id;
  std::string title;
  std::string story;
  std::string effect;
  std::vector<AvoidedLine> avoided;  // the without-lines, the with-lines, then the cost lines
  bool two_sided = false;            // lists care with the programme (`with:`)
  Adjustments adjustments;
  Origin origin;
  Citations assumptions;
};

// The name of each line of a case in figure and override paths: its id;
// else its tariff, when no other line on its side has that tariff or id;
// else its position on its side, 1-based.
std::vector<std::string> line_names(const Case& c);
// The position of each line of a case on its side, 1-based: the number that
// also names it in figure and override paths.
std::vector<std::size_t> line_positions(const Case& c);

struct ProgrammeCost {
  std::string id;  // optional; lets a reach indicator name the costs it uses
  std::string label;
  Money amount;
  std::string payer;
  Timing timing;
  Origin origin;
  Origin payer_origin;
  Citations assumptions;
};

// An output indicator (unique visitors, lunches served...) over a period.
struct ReachIndicator {
  std::string label;
  Quantity count;
  Quantity months = Quantity::of(12);  // the period the count covers
  std::vector<std::string> costs;      // programme cost ids; empty = all costs
  std::string source;
  Origin origin;
  std::vector<Origin> cost_origins;
};

// What one avoided unit is worth in a break-even question, e.g. a GGZ
// admission of 21 days.
struct BreakevenUnit {
  std::string tariff;
  Quantity quantity = Quantity::of(1);
  std::string label;
  Origin origin;
};

// The years an analysis covers.
struct Horizon {
  int years = 1;
  int start = 0;  // the calendar year of year 1; 0 when not given
  Origin origin;
};

struct Discounting {
  std::string preset = "none";         // see discounting.hpp
  Exact rate;                          // a yearly rate; may be negative
  bool first_year_discounted = false;  // Dutch practice: year 1 is not discounted
  Origin origin;
};

// A price index (e.g. CBS consumer prices): a value per calendar year.
struct IndexSeries {
  std::string file;
  std::string name;
  std::string source;
  std::vector<std::pair<int, Exact>> values;  // year -> index value, ascending years
  Origin origin;
  const Exact* at(int year) const;
};

struct Programme {
  std::string name;
  int year = 0;
  std::string tariffs_path;               // as written in the file (the first, for a list)
  std::optional<long long> participants;  // may be unknown for a programme without cases
  std::vector<ProgrammeCost> costs;       // per year
  std::vector<ReachIndicator> reach;
  Adjustments adjustments;  // for every case and line that sets none
  std::optional<Horizon> horizon;
  Discounting discounting;
  int price_year = 0;      // the analysis price level; 0: prices as given
  std::string index_path;  // as written; the series that converts prices to price_year
  Origin price_year_origin;
  Origin index_origin;
  // The reference table `mkba check` compares the tariffs with, as written.
  std::string reference_file;
  std::optional<Exact> reference_threshold;  // in percent
  Origin reference_origin;
  Origin origin;
  Origin participants_origin;
  Origin tariffs_origin;
};

// How one participant is costed for a payer when scaling to the population.
struct Basis {
  enum class Kind { mean, median, single_case, weights };
  Kind kind = Kind::mean;
  std::string case_id;                                    // for single_case
  std::vector<std::pair<std::string, Quantity>> weights;  // case id -> share or count
  std::vector<Origin> weight_origins;
  Origin origin;
};

struct Population {
  std::optional<long long> participants;                   // defaults to the programme's
  std::vector<std::pair<std::string, Basis>> payer_basis;  // payer id -> basis
  Basis default_basis;
  Origin origin;
  Origin participants_origin;
};

// An outcome measured among respondents (a questionnaire's share who agree),
// or a composite: the mean of measured outcomes. Shown beside the money,
// never added to it.
struct Effect {
  std::string id;
  std::string label;
  Exact share;                       // 0 to 1; a composite's is computed (EffectResult)
  long long n = 0;                   // respondents; a composite's is computed
  std::vector<std::string> mean_of;  // a composite's parts: measured effects' ids
  std::vector<Origin> part_origins;
  std::string source;
  Origin origin;
  Origin id_origin;
  bool composite() const { return !mean_of.empty(); }
};

// An effect named but not valued ("pro memorie"): shown beside the money,
// never a figure, never added to an amount.
struct PmItem {
  std::string id;
  std::string text;
  char sign = '+';    // '+' a benefit, '-' a disadvantage
  std::string actor;  // who feels it: a payer id or a free word (wijk)
  std::optional<Exact> quantity;
  std::string unit;
  std::string source;
  Origin origin;
  Origin id_origin;
};

// An assumption the analysis rests on, which lines, cases, costs and
// uncertain parameters may cite by id.
struct Assumption {
  std::string id;
  std::string text;
  std::string source;
  Origin origin;
  Origin id_origin;
};

// A figure that a report or slide deck states, to be checked against mkba's.
struct Claim {
  // How the source rounded to `precision`: to the nearest step (halves away
  // from zero), down (truncated, towards zero) or up (away from zero).
  enum class Rounding { nearest, down, up };
  // A range the source states ("36.000 tot 100.000") instead of one value.
  struct Range {
    Exact low, high;
  };
  std::string figure;    // a figure path, see trace.hpp
  std::string scenario;  // checked on this scenario's figures; empty: the run's
  Exact value;           // the value stated, unless `range`
  std::optional<Range> range;
  std::optional<Exact>
      precision;  // what the source rounded to; default: the cent (or 1 for counts)
  Rounding rounding = Rounding::nearest;
  std::string source;
  Origin origin;
  Origin figure_origin;
  Origin scenario_origin;
};

// A named set of overrides (see overrides.hpp), each resolved and its value
// read by type when the file is loaded.
struct Scenario {
  std::string name;
  std::string description;
  std::vector<Override> set;  // in the order written
  Origin origin;
};

// An input that is not known for sure: a parameter and its distribution.
struct UncertainParameter {
  Parameter parameter;  // its path_origin is where the path is written
  uncertain::Distribution distribution;
  Citations assumptions;
};

struct AppliedOverride {
  std::string path;
  Value value;
  std::string from;  // "--set" or "scenario NAME"
};

struct Analysis {
  std::string file;
  Programme programme;
  TariffTable tariffs;
  std::optional<IndexSeries> index;  // loaded when the programme names one
  std::vector<Case> cases;
  std::optional<Population> population;
  std::vector<BreakevenUnit> breakeven_units;
  std::vector<Effect> effects;
  std::vector<PmItem> pm;
  std::vector<Assumption> assumptions;
  std::vector<Claim> claims;
  std::vector<Scenario> scenarios;
  std::vector<UncertainParameter> uncertainty;
  std::string scenario;                    // the scenario applied, if any
  std::vector<AppliedOverride> overrides;  // what was changed before computing
};

}  // namespace mkba
