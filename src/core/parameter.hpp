#pragma once
// Typed parameters. A path such as `tariffs.dagbesteding.price` or
// `cases.casus-2.avoided.ggz_opname_dag.quantity` (README, "Overrides and
// scenarios", lists them) is resolved once, against the analysis as loaded,
// into a handle: what kind of value the input is, where the input and the
// path are written, the value in the file, the values it may take, and which
// input of the model it changes. `--set`, scenarios, uncertainty,
// sensitivity and simulation all work with handles and typed values; no
// value travels as text, and no path is read twice.

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/exact.hpp"

namespace mkba {

struct Analysis;  // core/model.hpp, which holds parameters in its scenarios and uncertainty

// What a value is; it decides the decimals a value keeps and how it prints
// (report/number_format.hpp: 2,5% for shares and rates, EUR 33,00 for money).
enum class ValueType {
  money,     // an amount, at most 4 decimals
  share,     // 0 to 1, at most 6 decimals
  rate,      // a yearly rate between -1 and 1, at most 6 decimals
  count,     // a whole number of participants or years
  quantity,  // a quantity, a number of periods or a weight, at most 4 decimals
  year,      // a calendar year
  choice,    // one of a set of names: a payer, a basis, a preset
};

// "money", "share", ...: the name JSON writes.
const char* type_name(ValueType type);
// The decimals a value of the type keeps (0 for count, year and choice).
int decimals_of(ValueType type);

// A value of a parameter: an exact number of its type, or a choice.
struct Value {
  ValueType type = ValueType::quantity;
  Exact number;        // every type but choice; rounded to decimals_of(type)
  std::string choice;  // choice only

  static Value of(ValueType type, const Exact& number) { return Value{type, number, {}}; }
  static Value named(std::string choice) { return Value{ValueType::choice, {}, std::move(choice)}; }
  bool is_choice() const { return type == ValueType::choice; }
  friend bool operator==(const Value&, const Value&) = default;
};

// The input of the model a parameter changes, by position in the analysis
// (positions do not change when values do, so a handle serves every copy).
struct Target {
  enum class Kind {
    tariff_price,             // tariffs[index].price
    tariff_payer,             // tariffs[index].payer
    programme_participants,   // programme.participants
    cost_amount,              // programme.costs[index].amount
    price_year,               // programme.price_year
    population_participants,  // population->participants
    basis,                    // the basis of `payer`: mean, median or a case
    basis_weight,             // the weight of case `weighed` in the mix of `payer`
    share,                    // an additionality share at `level`
    discount_preset,
    discount_rate,
    discount_first_year,
    horizon_years,
    line_quantity,  // cases[index].avoided[line].quantity
    line_periods,   // cases[index].avoided[line].periods (the `for` key)
    line_payer,     // cases[index].avoided[line].payer
  };
  enum class Level { programme, case_level, line };
  Kind kind = Kind::tariff_price;
  std::size_t index = 0;  // the tariff, programme cost or case
  std::size_t line = 0;   // the line within case `index`
  Level level = Level::programme;
  std::size_t share = 0;  // 0 deadweight, 1 attribution, 2 displacement, 3 probability
  std::string payer;      // basis and basis_weight: a payer id, or "default"
  std::string weighed;    // basis_weight: the case id in the mix

  // Whether the input belongs to case `index` (its adjustments or a line).
  bool in_case() const;
};

// Where a value may lie, as the file's own keys are checked (README, "Numbers").
struct Limits {
  int integer_digits = 0;  // at most this many digits before the decimal point
  std::optional<Exact> low, high;
  bool low_open = false, high_open = false;  // the bound itself is excluded
};

struct Parameter {
  std::string path;  // as written
  ValueType type = ValueType::quantity;
  Target target;
  Limits limits;                     // for every type but choice
  std::vector<std::string> choices;  // choice: the values it may take
  Origin path_origin;                // where the path is written
  Origin value_origin;               // the input it changes
  Value base;                        // its value in the analysis it was resolved in

  // Changes which figures exist or how they combine (a payer, a basis, the
  // discount preset, the years, the price level) rather than an input value.
  bool structural() const;
};

// A value for a parameter, written somewhere: `--set`, a scenario, or a
// value sensitivity or a simulation tries.
struct Override {
  Parameter parameter;
  Value value;
  Origin origin;     // where it was written
  std::string from;  // "--set" or "scenario NAME", shown in outputs
};

// The handle of `path` in `analysis`; none, having reported at `where`, for
// an unknown path (with "did you mean"), a line named ambiguously, or a
// number the input cannot hold (`for` on a line without `per`).
std::optional<Parameter> resolve_parameter(const Analysis& analysis, const std::string& path,
                                           const Origin& where, Diagnostics& d);

// Every path a parameter can name in `analysis`, for suggestions.
std::vector<std::string> parameter_paths(const Analysis& analysis);

// Whether `value` is one `parameter` takes; if not, reports "PATH: what is
// wrong" at `where` and returns false. `written` is the value as the user
// wrote it, for the message; by default the value's own plain text.
bool check_value(const Parameter& parameter, const Value& value, const Origin& where,
                 Diagnostics& d, const std::string& written = {});

// The value of the parameter's input in `analysis`: for a share the one in
// effect at its level (inherited, or the default), for a weight 0 when the
// case is not in the mix.
Value read_value(const Analysis& analysis, const Parameter& parameter);

// Sets the input to `value`, which check_value accepted; `where` (the
// override's origin) becomes the origin of what it changes, so that errors
// found later point at the override.
void set_value(Analysis& analysis, const Parameter& parameter, const Value& value,
               const Origin& where);

// The same in an analysis whose cases were resampled: case i of `resampled`
// is case picks[i] of the analysis the handle was resolved in, and a handle
// into a case sets every copy of it.
void set_value_in_copies(Analysis& resampled, const std::vector<std::size_t>& picks,
                         const Parameter& parameter, const Value& value, const Origin& where);

// `x` rounded to `decimals` (halves away from zero), as an exact value.
Exact rounded_to(const Exact& x, int decimals);

// ---- Values from binary floating point (distributions) --------------------

// `v` rounded to `decimals` (at most 6) exactly, halves away from zero: the
// decimal nearest to the double's own binary value. None when `v` is not
// finite or not below 1e20 in size.
std::optional<Exact> round_double(double v, int decimals);

// The double nearest to `value` when its numerator and denominator are
// below 2^53 (as every rounded parameter value is).
double nearest_double(const Exact& value);

// A sampled number as a value of the parameter's type; none for a choice or
// what round_double refuses.
std::optional<Value> value_of(const Parameter& parameter, double v);

// nearest_double(*round_double(v, decimals)), without fractions on the
// common path: a simulation rounds every parameter of every draw. Only a
// product v x 10^decimals within rounding error of a half, or too large for
// the fast path, goes through the exact computation.
double round_to_decimals_exactly(double v, int decimals);  // the exact computation
inline double round_to_decimals(double v, int decimals) {
  static constexpr double scales[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  const double scale = scales[decimals];
  const double t = v * scale;  // within half an ulp of the exact product
  if (!(std::abs(t) < 1e15)) return round_to_decimals_exactly(v, decimals);
  double k = static_cast<double>(static_cast<long long>(t));  // floor(t), |t| < 2^53
  if (k > t) k -= 1;
  const double fraction = t - k;  // exact
  if (std::abs(fraction - 0.5) <= std::max(1e-9, std::abs(t) * 1e-15))
    return round_to_decimals_exactly(v, decimals);
  // k / scale and the reduced fraction's quotient are both the correctly
  // rounded quotient of the same number.
  return (fraction > 0.5 ? k + 1 : k) / scale + 0.0;
}

}  // namespace mkba
