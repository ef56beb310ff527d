#include "core/parameter.hpp"

#include <algorithm>

#include "core/overrides.hpp"
#include "core/population.hpp"
#include "core/suggest.hpp"
#include "core/time_value.hpp"

namespace mkba {
namespace {

using Kind = Target::Kind;
using Level = Target::Level;

constexpr const char* share_names[4] = {"deadweight", "attribution", "displacement", "probability"};
constexpr std::optional<Exact> Adjustments::*share_fields[4] = {
    &Adjustments::deadweight, &Adjustments::attribution, &Adjustments::displacement,
    &Adjustments::probability};

Int128 pow10_int(int n) {
  Int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

Exact pow10(int n) { return Exact::fraction(pow10_int(n), 1); }

Limits limits_of(const Target& t) {
  switch (t.kind) {
    case Kind::tariff_price:
    case Kind::cost_amount:
      return {12, Exact::integer(0), pow10(12), false, true};
    case Kind::line_quantity:
    case Kind::line_periods:
    case Kind::basis_weight:
      return {9, Exact::integer(0), pow10(9), false, true};
    case Kind::share:  // 23 is a share out of range, not a number too long
      return {18, Exact::integer(0), Exact::integer(1), false, false};
    case Kind::discount_rate:
      return {1, Exact::integer(-1), Exact::integer(1), true, true};
    case Kind::programme_participants:
    case Kind::population_participants:
      return {10, Exact::integer(1), Exact::integer(1'000'000'000), false, false};
    case Kind::horizon_years:
      return {4, Exact::integer(1), pow10(4), false, true};
    case Kind::price_year:
      return {4, Exact::integer(0), pow10(4), false, true};
    default:
      return {};
  }
}

ValueType type_of(Kind k) {
  switch (k) {
    case Kind::tariff_price:
    case Kind::cost_amount:
      return ValueType::money;
    case Kind::share:
      return ValueType::share;
    case Kind::discount_rate:
      return ValueType::rate;
    case Kind::programme_participants:
    case Kind::population_participants:
    case Kind::horizon_years:
      return ValueType::count;
    case Kind::price_year:
      return ValueType::year;
    case Kind::line_quantity:
    case Kind::line_periods:
    case Kind::basis_weight:
      return ValueType::quantity;
    default:
      return ValueType::choice;
  }
}

Origin or_else(const Origin& first, const Origin& second) { return first.line ? first : second; }

// Reads a path into a Target; reports what is wrong with it.
class Resolver {
 public:
  Resolver(const Analysis& a, const std::string& path, const Origin& where, Diagnostics& d)
      : a_(a), path_(path), where_(where), d_(d), s_(split_path(path)) {}

  std::optional<Parameter> resolve() {
    if (!target()) return std::nullopt;
    Parameter p;
    p.path = path_;
    p.target = t_;
    p.type = type_of(t_.kind);
    p.limits = limits_of(t_);
    p.choices = choices();
    p.path_origin = where_;
    p.value_origin = value_origin();
    p.base = read_value(a_, p);
    return p;
  }

 private:
  bool target() {
    const auto n = s_.size();
    if (s_[0] == "tariffs" && n == 3) return tariff();
    if (s_[0] == "programme" && n == 2 && s_[1] == "participants")
      return is(Kind::programme_participants);
    if (s_[0] == "programme" && n == 4 && s_[1] == "costs" && s_[3] == "amount") return cost();
    if (s_[0] == "programme" && n == 2 && s_[1] == "price_year") return is(Kind::price_year);
    if (s_[0] == "population" && a_.population) return population();
    if (s_[0] == "adjustments" && n == 2) return share(Level::programme, s_[1]);
    if (s_[0] == "discounting" && n == 2) return discounting();
    if (s_[0] == "horizon" && n == 2 && s_[1] == "years") return is(Kind::horizon_years);
    if (s_[0] == "cases" && n == 4 && s_[2] == "adjustments") return case_share();
    if (s_[0] == "cases" && (n == 5 || n == 6) &&
        (s_[2] == "avoided" || s_[2] == "without" || s_[2] == "with" || s_[2] == "costs"))
      return line(s_[2] == "with" ? Side::with : s_[2] == "costs" ? Side::cost : Side::without);
    return unknown();
  }

  bool is(Kind k) {
    t_.kind = k;
    return true;
  }

  bool unknown() {
    std::string hint = did_you_mean(path_, parameter_paths(a_));
    if (hint.empty()) hint = "README, 'Overrides and scenarios', lists the paths";
    if (s_[0] == "population" && !a_.population)
      hint = "the file has no population block to change";
    d_.error(where_, "unknown path '" + path_ + "'", hint);
    return false;
  }

  bool wrong(const std::string& what, const std::string& hint = {}) {
    d_.error(where_, path_ + ": " + what, hint);
    return false;
  }

  bool tariff() {
    for (std::size_t i = 0; i < a_.tariffs.tariffs.size(); ++i) {
      if (a_.tariffs.tariffs[i].id != s_[1]) continue;
      t_.index = i;
      if (s_[2] == "price") return is(Kind::tariff_price);
      if (s_[2] == "payer") return is(Kind::tariff_payer);
      break;
    }
    return unknown();
  }

  bool cost() {
    const auto& costs = a_.programme.costs;
    for (std::size_t i = 0; i < costs.size(); ++i) {
      if (costs[i].id != s_[2] && std::to_string(i + 1) != s_[2]) continue;
      t_.index = i;
      return is(Kind::cost_amount);
    }
    return unknown();
  }

  bool population() {
    if (s_.size() == 2 && s_[1] == "participants") return is(Kind::population_participants);
    if (s_.size() < 3 || s_[1] != "basis") return unknown();
    std::vector<std::string> payers = a_.tariffs.payer_ids();
    if (s_[2] != "default" && std::find(payers.begin(), payers.end(), s_[2]) == payers.end())
      return unknown();
    t_.payer = s_[2];
    if (s_.size() == 3) return is(Kind::basis);
    if (s_.size() != 5 || s_[3] != "weights") return unknown();
    for (const auto& c : a_.cases)
      if (c.id == s_[4]) {
        t_.weighed = s_[4];
        return is(Kind::basis_weight);
      }
    return unknown();
  }

  bool share(Level level, const std::string& name) {
    auto at = std::find(std::begin(share_names), std::end(share_names), name);
    if (at == std::end(share_names)) return unknown();
    t_.level = level;
    t_.share = static_cast<std::size_t>(at - std::begin(share_names));
    return is(Kind::share);
  }

  bool case_share() {
    for (std::size_t i = 0; i < a_.cases.size(); ++i)
      if (a_.cases[i].id == s_[1]) {
        t_.index = i;
        return share(Level::case_level, s_[3]);
      }
    return unknown();
  }

  bool discounting() {
    if (s_[1] == "preset") return is(Kind::discount_preset);
    if (s_[1] == "rate") return is(Kind::discount_rate);
    if (s_[1] == "first_year") return is(Kind::discount_first_year);
    return unknown();
  }

  // A line of `side` (avoided and without name the without-side).
  bool line(Side side) {
    for (std::size_t ci = 0; ci < a_.cases.size(); ++ci) {
      const Case& c = a_.cases[ci];
      if (c.id != s_[1]) continue;
      // By the line's name in figure paths (its id, or its tariff when
      // unique on its side), or its position on its side.
      std::optional<std::size_t> found;
      int same = 0;
      const std::vector<std::string> names = line_names(c);
      const std::vector<std::size_t> positions = line_positions(c);
      for (std::size_t i = 0; i < c.avoided.size(); ++i) {
        if (c.avoided[i].side != side) continue;
        if (names[i] == s_[3] || std::to_string(positions[i]) == s_[3]) found = found ? found : i;
        if (c.avoided[i].id.empty() && c.avoided[i].tariff == s_[3]) ++same;
      }
      if (same > 1)
        return wrong(
            "tariff " + s_[3] + " occurs " + std::to_string(same) + " times in case " + c.id,
            "give the lines ids (README, \"Findings\"), or name the line by its number, e.g. "
            "cases." +
                c.id + "." + s_[2] + ".1." + s_[4]);
      if (!found) return unknown();
      t_.index = ci;
      t_.line = *found;
      if (s_.size() == 6) {
        if (s_[4] != "adjustments") return unknown();
        if (side == Side::cost)
          return wrong("additionality does not apply to the programme's own cost",
                       "change the cost line's quantity instead");
        return share(Level::line, s_[5]);
      }
      if (s_[4] == "quantity") return is(Kind::line_quantity);
      if (s_[4] == "for") {
        if (c.avoided[*found].per == Period::none)
          return wrong("the line has no 'per' period to count", "set its quantity instead");
        return is(Kind::line_periods);
      }
      if (s_[4] == "payer") return is(Kind::line_payer);
      return unknown();
    }
    return unknown();
  }

  std::vector<std::string> choices() const {
    switch (t_.kind) {
      case Kind::tariff_payer:
      case Kind::line_payer:
        return a_.tariffs.payer_ids();
      case Kind::basis: {
        std::vector<std::string> out{"mean", "median"};
        for (const auto& c : a_.cases) out.push_back(c.id);
        return out;
      }
      case Kind::discount_preset: {
        std::vector<std::string> out;
        for (const auto& p : discount_presets()) out.push_back(p.name);
        return out;
      }
      case Kind::discount_first_year:
        return {"undiscounted", "discounted"};
      default:
        return {};
    }
  }

  // The input the parameter replaces, or failing that where it would be written.
  Origin value_origin() const {
    const Programme& p = a_.programme;
    switch (t_.kind) {
      case Kind::tariff_price:
      case Kind::tariff_payer:
        return a_.tariffs.tariffs[t_.index].origin;
      case Kind::programme_participants:
        return or_else(p.participants_origin, p.origin);
      case Kind::cost_amount:
        return p.costs[t_.index].origin;
      case Kind::price_year:
        return or_else(p.price_year_origin, p.origin);
      case Kind::population_participants:
        return or_else(a_.population->participants_origin, a_.population->origin);
      case Kind::basis:
      case Kind::basis_weight:
        return basis_origin();
      case Kind::share:
        return share_origin();
      case Kind::discount_preset:
      case Kind::discount_rate:
      case Kind::discount_first_year:
        return or_else(p.discounting.origin, p.origin);
      case Kind::horizon_years:
        return p.horizon ? or_else(p.horizon->origin, p.origin) : p.origin;
      case Kind::line_quantity:
      case Kind::line_periods:
        return a_.cases[t_.index].avoided[t_.line].origin;
      case Kind::line_payer: {
        const AvoidedLine& l = a_.cases[t_.index].avoided[t_.line];
        return or_else(l.payer_origin, l.origin);
      }
    }
    return p.origin;
  }

  Origin basis_origin() const {
    const Population& pop = *a_.population;
    const Basis* b = &pop.default_basis;
    for (const auto& [payer, basis] : pop.payer_basis)
      if (payer == t_.payer) b = &basis;
    if (t_.kind == Kind::basis_weight)
      for (std::size_t i = 0; i < b->weights.size() && i < b->weight_origins.size(); ++i)
        if (b->weights[i].first == t_.weighed) return b->weight_origins[i];
    return or_else(b->origin, pop.origin);
  }

  Origin share_origin() const {
    const Case* c = t_.level == Level::programme ? nullptr : &a_.cases[t_.index];
    const Adjustments& adj = t_.level == Level::programme    ? a_.programme.adjustments
                             : t_.level == Level::case_level ? c->adjustments
                                                             : c->avoided[t_.line].adjustments;
    const Origin& owner = t_.level == Level::programme    ? a_.programme.origin
                          : t_.level == Level::case_level ? c->origin
                                                          : c->avoided[t_.line].origin;
    return adj.*share_fields[t_.share] ? or_else(adj.origin, owner) : owner;
  }

  const Analysis& a_;
  const std::string& path_;
  const Origin& where_;
  Diagnostics& d_;
  std::vector<std::string> s_;
  Target t_;
};

// The share in effect at the first of `levels` (innermost first) that sets
// it; else its default (0 for deadweight and displacement, 1 for attribution
// and probability).
Exact effective_share(std::initializer_list<const Adjustments*> levels, std::size_t share) {
  for (const Adjustments* adj : levels)
    if (const auto& v = adj->*share_fields[share]) return *v;
  return Exact::integer(share == 1 || share == 3 ? 1 : 0);
}

Basis& basis_of(Population& p, const std::string& payer) {
  if (payer == "default") return p.default_basis;
  for (auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  p.payer_basis.emplace_back(payer, p.default_basis);
  return p.payer_basis.back().second;
}

const Basis& basis_of(const Population& p, const std::string& payer) {
  for (const auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  return p.default_basis;
}

// Sets the input of `t` (with its case index `c`, for handles into a case).
void set_target(Analysis& a, const Target& t, std::size_t c, const Value& v, const Origin& where) {
  const Exact& x = v.number;
  switch (t.kind) {
    case Kind::tariff_price:
      a.tariffs.tariffs[t.index].price = Money(x);
      a.tariffs.tariffs[t.index].from_total.reset();  // the price is set, no longer derived
      return;
    case Kind::tariff_payer:
      a.tariffs.tariffs[t.index].payer = v.choice;
      return;
    case Kind::programme_participants:
      a.programme.participants = static_cast<long long>(x.numerator());
      return;
    case Kind::cost_amount:
      a.programme.costs[t.index].amount = Money(x);
      return;
    case Kind::price_year:
      a.programme.price_year = static_cast<int>(x.numerator());
      a.programme.price_year_origin = where;
      return;
    case Kind::population_participants:
      a.population->participants = static_cast<long long>(x.numerator());
      return;
    case Kind::basis: {
      Basis& b = basis_of(*a.population, t.payer);
      b.origin = where;
      b.weights.clear();
      b.weight_origins.clear();
      b.kind = v.choice == "mean"     ? Basis::Kind::mean
               : v.choice == "median" ? Basis::Kind::median
                                      : Basis::Kind::single_case;
      b.case_id = b.kind == Basis::Kind::single_case ? v.choice : "";
      return;
    }
    case Kind::basis_weight: {
      Basis& b = basis_of(*a.population, t.payer);
      b.origin = where;
      if (b.kind != Basis::Kind::weights) {  // a weight turns the basis into a case mix
        b.kind = Basis::Kind::weights;
        b.weights.clear();
        b.weight_origins.clear();
      }
      for (auto& [id, w] : b.weights)
        if (id == t.weighed) {
          w = Quantity(x);
          return;
        }
      b.weights.emplace_back(t.weighed, Quantity(x));
      b.weight_origins.push_back(where);
      return;
    }
    case Kind::share: {
      Adjustments& adj = t.level == Level::programme    ? a.programme.adjustments
                         : t.level == Level::case_level ? a.cases[c].adjustments
                                                        : a.cases[c].avoided[t.line].adjustments;
      adj.*share_fields[t.share] = x;
      adj.origin = where;
      return;
    }
    case Kind::discount_preset:
      a.programme.discounting.preset = v.choice;
      a.programme.discounting.rate = *preset_rate(v.choice);
      a.programme.discounting.origin = where;
      return;
    case Kind::discount_rate:
      a.programme.discounting.preset = "rate";
      a.programme.discounting.rate = x;
      a.programme.discounting.origin = where;
      return;
    case Kind::discount_first_year:
      a.programme.discounting.first_year_discounted = v.choice == "discounted";
      a.programme.discounting.origin = where;
      return;
    case Kind::horizon_years:
      if (!a.programme.horizon) a.programme.horizon = Horizon{};
      a.programme.horizon->years = static_cast<int>(x.numerator());
      return;
    case Kind::line_quantity:
      a.cases[c].avoided[t.line].quantity = Quantity(x);
      return;
    case Kind::line_periods:
      a.cases[c].avoided[t.line].periods = Quantity(x);
      return;
    case Kind::line_payer:
      a.cases[c].avoided[t.line].payer = v.choice;
      a.cases[c].avoided[t.line].payer_origin = where;
      return;
  }
}

}  // namespace

const char* type_name(ValueType type) {
  switch (type) {
    case ValueType::money:
      return "money";
    case ValueType::share:
      return "share";
    case ValueType::rate:
      return "rate";
    case ValueType::count:
      return "count";
    case ValueType::quantity:
      return "quantity";
    case ValueType::year:
      return "year";
    case ValueType::choice:
      return "choice";
  }
  return "";
}

int decimals_of(ValueType type) {
  switch (type) {
    case ValueType::money:
    case ValueType::quantity:
      return 4;
    case ValueType::share:
    case ValueType::rate:
      return 6;
    default:
      return 0;
  }
}

bool Target::in_case() const {
  return kind == Kind::line_quantity || kind == Kind::line_periods || kind == Kind::line_payer ||
         (kind == Kind::share && level != Level::programme);
}

bool Parameter::structural() const {
  switch (target.kind) {
    case Kind::tariff_payer:
    case Kind::line_payer:
    case Kind::price_year:
    case Kind::basis:
    case Kind::basis_weight:
    case Kind::discount_preset:
    case Kind::discount_first_year:
    case Kind::horizon_years:
      return true;
    default:
      return false;
  }
}

std::optional<Parameter> resolve_parameter(const Analysis& a, const std::string& path,
                                           const Origin& where, Diagnostics& d) {
  return Resolver(a, path, where, d).resolve();
}

bool check_value(const Parameter& p, const Value& v, const Origin& where, Diagnostics& d,
                 const std::string& written) {
  auto wrong = [&](const std::string& what, const std::string& hint = {}) {
    d.error(where, p.path + ": " + what, hint);
    return false;
  };
  if (v.type != p.type)
    return wrong(std::string("expected a ") + type_name(p.type) + ", got a " + type_name(v.type));
  if (p.type == ValueType::choice) {
    if (std::find(p.choices.begin(), p.choices.end(), v.choice) != p.choices.end()) return true;
    return wrong("unknown value '" + v.choice + "'", did_you_mean(v.choice, p.choices));
  }
  const Limits& l = p.limits;
  const Exact& x = v.number;
  const std::string text = written.empty() ? to_plain(x, decimals_of(p.type)) : written;
  if (rounded_to(x, decimals_of(p.type)) != x)  // a value rounds when it is made, not here
    return wrong("'" + text + "' has more than " + std::to_string(decimals_of(p.type)) +
                 " decimals");
  const bool below = l.low && (l.low_open ? x <= *l.low : x < *l.low);
  const bool above = l.high && (l.high_open ? x >= *l.high : x > *l.high);
  if (!below && !above) return true;
  if (p.target.kind == Kind::discount_rate)
    return wrong("expected a yearly rate between -1 and 1, got " + text, "4% is 0.04");
  if (x.is_negative()) return wrong("must not be negative, got " + text);
  switch (p.target.kind) {
    case Kind::programme_participants:
    case Kind::population_participants:
      return wrong("must be a whole number from 1 to 1000000000, got " + text);
    case Kind::horizon_years:
      if (below) return wrong("must be at least 1 year");
      break;
    case Kind::share:
      return wrong("a share must be from 0 to 1, got " + text, "10% is 0.1");
    default:
      break;
  }
  return wrong("'" + text + "' is out of range",
               "at most " + std::to_string(l.integer_digits) + " digits before the decimal point");
}

Value read_value(const Analysis& a, const Parameter& p) {
  const Target& t = p.target;
  auto number = [&](const Exact& x) { return Value::of(p.type, x); };
  auto whole = [&](long long n) { return Value::of(p.type, Exact::integer(n)); };
  const Programme& prog = a.programme;
  switch (t.kind) {
    case Kind::tariff_price:
      return number(a.tariffs.tariffs[t.index].price.exact());
    case Kind::tariff_payer:
      return Value::named(a.tariffs.tariffs[t.index].payer);
    case Kind::programme_participants:
      return whole(prog.participants.value_or(0));
    case Kind::cost_amount:
      return number(prog.costs[t.index].amount.exact());
    case Kind::price_year:
      return whole(prog.price_year);
    case Kind::population_participants:
      return whole(a.population->participants.value_or(prog.participants.value_or(0)));
    case Kind::basis:
      return Value::named(basis_name(basis_of(*a.population, t.payer)));
    case Kind::basis_weight: {
      const Basis& b = basis_of(*a.population, t.payer);
      if (b.kind == Basis::Kind::weights)
        for (const auto& [id, w] : b.weights)
          if (id == t.weighed) return number(w.exact());
      return number(Exact());
    }
    case Kind::share: {
      if (t.level == Level::programme) return number(effective_share({&prog.adjustments}, t.share));
      const Case& c = a.cases[t.index];
      if (t.level == Level::case_level)
        return number(effective_share({&c.adjustments, &prog.adjustments}, t.share));
      return number(effective_share(
          {&c.avoided[t.line].adjustments, &c.adjustments, &prog.adjustments}, t.share));
    }
    case Kind::discount_preset:
      return Value::named(prog.discounting.preset);
    case Kind::discount_rate:
      return number(prog.discounting.rate);
    case Kind::discount_first_year:
      return Value::named(prog.discounting.first_year_discounted ? "discounted" : "undiscounted");
    case Kind::horizon_years:
      return whole(prog.horizon ? prog.horizon->years : 1);
    case Kind::line_quantity:
      return number(a.cases[t.index].avoided[t.line].quantity.exact());
    case Kind::line_periods:
      return number(a.cases[t.index].avoided[t.line].periods.exact());
    case Kind::line_payer: {
      const AvoidedLine& l = a.cases[t.index].avoided[t.line];
      if (l.payer) return Value::named(*l.payer);
      const Tariff* tariff = a.tariffs.find_tariff(l.tariff);
      return Value::named(tariff ? tariff->payer : "");
    }
  }
  return Value{};
}

void set_value(Analysis& a, const Parameter& p, const Value& v, const Origin& where) {
  set_target(a, p.target, p.target.index, v, where);
}

void set_value_in_copies(Analysis& a, const std::vector<std::size_t>& picks, const Parameter& p,
                         const Value& v, const Origin& where) {
  if (!p.target.in_case()) return set_target(a, p.target, p.target.index, v, where);
  for (std::size_t c = 0; c < picks.size() && c < a.cases.size(); ++c)
    if (picks[c] == p.target.index) set_target(a, p.target, c, v, where);
}

std::vector<std::string> parameter_paths(const Analysis& a) {
  std::vector<std::string> paths;
  for (const auto& t : a.tariffs.tariffs) {
    paths.push_back("tariffs." + t.id + ".price");
    paths.push_back("tariffs." + t.id + ".payer");
  }
  paths.push_back("programme.participants");
  paths.push_back("programme.price_year");
  for (const char* share : share_names) paths.push_back(std::string("adjustments.") + share);
  paths.push_back("discounting.preset");
  paths.push_back("discounting.rate");
  paths.push_back("discounting.first_year");
  paths.push_back("horizon.years");
  for (std::size_t i = 0; i < a.programme.costs.size(); ++i) {
    const auto& id = a.programme.costs[i].id;
    paths.push_back("programme.costs." + (id.empty() ? std::to_string(i + 1) : id) + ".amount");
  }
  if (a.population) {
    paths.push_back("population.participants");
    paths.push_back("population.basis.default");
    for (const auto& p : a.tariffs.payers) paths.push_back("population.basis." + p.id);
    for (const auto& c : a.cases) paths.push_back("population.basis.default.weights." + c.id);
  }
  for (const auto& c : a.cases) {
    for (const char* share : share_names)
      paths.push_back("cases." + c.id + ".adjustments." + share);
    for (const auto& l : c.avoided) {
      const std::string line = "cases." + c.id +
                               (l.side == Side::with   ? ".with."
                                : l.side == Side::cost ? ".costs."
                                                       : ".avoided.") +
                               l.tariff;
      for (const char* field : {"quantity", "for", "payer"}) paths.push_back(line + "." + field);
      if (l.side == Side::cost) continue;  // additionality does not apply to a cost
      for (const char* share : share_names) paths.push_back(line + ".adjustments." + share);
    }
  }
  return paths;
}

Exact rounded_to(const Exact& x, int decimals) {
  const Decimal d = x.round(decimals);
  return Exact::fraction(d.units, pow10_int(d.scale));
}

std::optional<Exact> round_double(double v, int decimals) {
  if (!std::isfinite(v) || !(std::abs(v) < 1e20) || decimals < 0 || decimals > 6)
    return std::nullopt;
  if (v == 0) return Exact();
  int exponent = 0;
  const double mantissa = std::frexp(v, &exponent);                 // v = mantissa x 2^exponent
  const auto m = static_cast<long long>(std::ldexp(mantissa, 53));  // exact, |m| < 2^53
  const int shift = exponent - 53;                                  // v = m x 2^shift
  const Int128 scale = pow10_int(decimals);
  Int128 n = static_cast<Int128>(m < 0 ? -m : m) * scale;  // < 2^73
  if (shift >= 0) {
    n <<= shift;  // |v| < 1e20 < 2^67: below 2^127
  } else if (-shift >= 100) {
    n = 0;  // below 2^73 / 2^100
  } else {
    const Int128 divisor = static_cast<Int128>(1) << -shift;
    const Int128 rest = n % divisor;
    n = n / divisor + (2 * rest >= divisor ? 1 : 0);  // halves away from zero
  }
  return Exact::fraction(m < 0 ? -n : n, scale);
}

double nearest_double(const Exact& value) {
  return static_cast<double>(value.numerator()) / static_cast<double>(value.denominator()) + 0.0;
}

std::optional<Value> value_of(const Parameter& p, double v) {
  if (p.type == ValueType::choice) return std::nullopt;
  auto x = round_double(v, decimals_of(p.type));
  if (!x) return std::nullopt;
  return Value::of(p.type, *x);
}

double round_to_decimals_exactly(double v, int decimals) {
  auto x = round_double(v, decimals);
  return x ? nearest_double(*x) : v;
}

}  // namespace mkba
