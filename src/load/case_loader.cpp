#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>

#include "core/sensitivity.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "load/effect_reader.hpp"
#include "load/library.hpp"
#include "load/loaders.hpp"
#include "load/parameter_reader.hpp"
#include "load/payer_reader.hpp"
#include "load/pm_reader.hpp"
#include "load/schema.hpp"
#include "load/tariff_cache.hpp"
#include "load/tariff_sets.hpp"
#include "load/time_readers.hpp"
#include "load/uncertainty_reader.hpp"

namespace mkba::load {
namespace {

// What the file writes that is resolved once the tariff tables are loaded:
// its parameters (the values of scenarios, the uncertain paths: paths name
// tariffs and payers) and its actors (payers beside the table's).
struct WrittenLater {
  struct Set {
    std::size_t scenario;
    std::string path, text;
    Origin path_at, value_at;
  };
  std::vector<Set> sets;
  std::vector<WrittenUncertainty> uncertain;
  std::vector<Payer> actors;
};

std::optional<Period> read_period(const Node& node, const std::vector<std::string>& choices,
                                  Diagnostics& d) {
  auto text = read_text(node, "per", d);
  if (!text) return std::nullopt;
  static const std::map<std::string, Period> periods{{"day", Period::day},
                                                     {"week", Period::week},
                                                     {"month", Period::month},
                                                     {"year", Period::year}};
  auto it = periods.find(*text);
  if (it == periods.end()) {
    auto close = closest_name(*text, choices);
    d.error(node.origin, "per: expected day, week, month or year, got " + in_quotes(*text),
            close ? did_you_mean_hint(close)
                  : "convert other periods: e.g. 1 per fortnight is quantity: 0.5, per: week");
    return std::nullopt;
  }
  return it->second;
}

std::optional<BenefitKind> read_kind(const Node& node, const std::vector<std::string>& choices,
                                     Diagnostics& d) {
  auto text = read_text(node, "kind", d);
  if (!text) return std::nullopt;
  for (BenefitKind k : benefit_kinds)
    if (*text == kind_name(k)) return k;
  auto close = closest_name(*text, choices);
  d.error(node.origin, "kind: expected financial, economic or social, got " + in_quotes(*text),
          close ? did_you_mean_hint(close)
                : "financial: public budgets (care, benefits); economic: earnings, productivity; "
                  "social: wellbeing valued with a shadow price");
  return std::nullopt;
}

// An optional id key of `m` into `out`, and where it is written into `at`;
// false when it is there but is no id (reported).
bool optional_id(const MapReader& m, const char* key, std::string& out, Origin& at,
                 Diagnostics& d) {
  const Node* n = m.get(key);
  if (!n) return true;
  at = n->origin;
  auto v = read_id(*n, key, d);
  if (v) out = *v;
  return v.has_value();
}

std::optional<AvoidedLine> read_line(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::line, d);
  if (!m.is_map()) return std::nullopt;
  const Node* tariff = m.require("tariff");
  bool ok = m.ok() && tariff;
  AvoidedLine line;
  line.origin = node.origin;
  if (tariff) {
    line.tariff_origin = tariff->origin;
    auto id = read_tariff_ref(*tariff, d);
    ok = ok && id;
    if (id) line.tariff = *id;
  }
  ok = optional_id(m, "id", line.id, line.id_origin, d) && ok;
  if (m.get("quantity")) {
    auto v = m.number("quantity");
    ok = ok && v;
    if (v) line.quantity = Quantity(*v);
  }
  const Node* per = m.get("per");
  if (per) {
    auto v = read_period(*per, m.choices("per"), d);
    ok = ok && v;
    if (v) line.per = *v;
  }
  if (auto n = m.get("for")) {
    if (!per) {
      d.error(n->origin, "'for' needs 'per': for how many of which period?",
              "e.g. {tariff: dagbesteding, quantity: 6, per: week, for: 40}");
      ok = false;
    }
    auto v = m.number("for");
    ok = ok && v;
    if (v) line.periods = Quantity(*v);
  }
  if (auto n = m.get("payer")) {
    auto v = read_id(*n, "payer", d);
    ok = ok && v;
    line.payer = v;
    line.payer_origin = n->origin;
  }
  if (const Node* kind = m.get("kind")) {
    auto v = read_kind(*kind, m.choices("kind"), d);
    ok = ok && v;
    if (v) line.kind = *v;
  }
  ok = optional_id(m, "transfer", line.transfer, line.transfer_origin, d) && ok;
  ok = optional_text(m, "note", line.note, d) && ok;
  if (const Node* adj = m.get("adjustments"))
    ok = read_adjustments(*adj, line.adjustments, d) && ok;
  ok = read_timing(m, line.timing, d) && ok;
  ok = read_citations(m, line.assumptions, d) && ok;
  if (!ok) return std::nullopt;
  return line;
}

// Whether `line` has no id or one no line before it has (reported when not);
// `ids` holds the line each id was first defined at.
bool first_line_id(const AvoidedLine& line, std::map<std::string, int>& ids, Diagnostics& d) {
  auto [it, fresh] = ids.emplace(line.id, line.id_origin.line);
  if (line.id.empty() || fresh) return true;
  d.error(line.id_origin, "duplicate line id " + in_quotes(line.id),
          "first defined at line " + std::to_string(it->second) +
              "; the ids of a case's lines must be unique");
  return false;
}

// A cost line is the programme's own effort: no additionality applies to
// it, and it moves nothing between payers.
bool plain_cost(const AvoidedLine& line, Diagnostics& d) {
  if (line.adjustments.any()) {
    d.error(line.adjustments.origin, "additionality does not apply to the programme's own cost",
            "deadweight and attribution are shares of an effect; leave them out of 'costs'");
    return false;
  }
  if (!line.transfer.empty()) {
    d.error(line.transfer_origin, "a programme cost is no transfer",
            "a transfer is an effect that moves money between payers; list it under 'without' "
            "or 'with'");
    return false;
  }
  return true;
}

// Whether a case lists its care without the programme once: as `avoided`
// (the shorthand for a case with nothing on its with-side) or as `without`.
bool one_without_side(const Node& node, const Node* avoided, const Node* without, Diagnostics& d) {
  if (avoided && without) {
    Origin at = without->origin;
    for (const Entry& e : node.entries)
      if (e.key == "without") at = e.key_origin;
    d.error(at, "a case lists 'avoided' or 'without', not both",
            "'avoided' is the care without the programme when nothing remains with it; with "
            "'with:' beside it, call it 'without'");
    return false;
  }
  if (avoided || without) return true;
  d.error(node.origin, "a case is missing the key 'avoided' (or 'without')",
          "list the care the case needs without the programme, e.g. avoided: [{tariff: "
          "dagbesteding, quantity: 40}]");
  return false;
}

std::optional<Case> read_case(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::case_entry, d);
  if (!m.is_map()) return std::nullopt;
  const Node* id = m.require("id");
  const Node* avoided = m.get("avoided");
  const Node* without = m.get("without");
  const Node* with = m.get("with");
  const Node* costs = m.get("costs");
  bool ok = m.ok() && id && one_without_side(m.node(), avoided, without, d);
  Case c;
  c.origin = node.origin;
  if (id) {
    auto id_text = read_id(*id, "id", d);
    ok = ok && id_text;
    if (id_text) c.id = *id_text;
  }
  ok = optional_text(m, "title", c.title, d) && ok;
  ok = optional_text(m, "story", c.story, d) && ok;
  ok = optional_text(m, "effect", c.effect, d) && ok;
  if (const Node* adj = m.get("adjustments")) ok = read_adjustments(*adj, c.adjustments, d) && ok;
  ok = read_citations(m, c.assumptions, d) && ok;
  if (c.title.empty()) c.title = c.id;
  // The without-lines first, then the with-lines (Case::avoided); a line id
  // is unique in the case.
  std::map<std::string, int> ids;
  auto read_side = [&](const Node* list, const char* key, Side side) {
    if (!list) return true;
    auto keep = [&](AvoidedLine&& line, const Node&) {
      bool unique = first_line_id(line, ids, d);
      line.side = side;
      c.avoided.push_back(std::move(line));
      return unique;
    };
    return read_items(*list, key, d, read_line, keep);
  };
  ok = read_side(avoided ? avoided : without, avoided ? "avoided" : "without", Side::without) && ok;
  ok = read_side(with, "with", Side::with) && ok;
  ok = read_side(costs, "costs", Side::cost) && ok;
  for (const AvoidedLine& line : c.avoided)
    if (line.side == Side::cost) ok = plain_cost(line, d) && ok;
  c.two_sided = with != nullptr;
  if (!ok) return std::nullopt;
  return c;
}

std::optional<ProgrammeCost> read_cost(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::cost, d);
  if (!m.is_map()) return std::nullopt;
  const Node* label = m.require("label");
  const Node* amount = m.require("amount");
  const Node* payer = m.require("payer");
  bool ok = m.ok() && label && amount && payer;
  ProgrammeCost c;
  c.origin = node.origin;
  if (label) {
    auto v = read_text(*label, "label", d);
    ok = ok && v;
    if (v) c.label = *v;
  }
  if (amount) {
    auto v = m.number("amount");
    ok = ok && v;
    if (v) c.amount = Money(*v);
  }
  if (payer) {
    c.payer_origin = payer->origin;
    auto v = read_id(*payer, "payer", d);
    ok = ok && v;
    if (v) c.payer = *v;
  }
  if (const Node* id = m.get("id")) {
    auto v = read_id(*id, "id", d);
    ok = ok && v;
    if (v) c.id = *v;
  }
  ok = read_timing(m, c.timing, d) && ok;
  ok = read_citations(m, c.assumptions, d) && ok;
  if (!ok) return std::nullopt;
  return c;
}

std::optional<ReachIndicator> read_reach(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::reach, d);
  if (!m.is_map()) return std::nullopt;
  const Node* label = m.require("label");
  const Node* count = m.require("count");
  bool ok = m.ok() && label && count;
  ReachIndicator r;
  r.origin = node.origin;
  if (label) {
    auto v = read_text(*label, "label", d);
    ok = ok && v;
    if (v) r.label = *v;
  }
  if (count) {
    auto v = m.number("count");
    ok = ok && v;
    if (v) r.count = Quantity(*v);
  }
  const Node* months = m.get("months");
  const Node* years = m.get("years");
  if (months && years) {
    d.error(years->origin, "give the period in months or in years, not both");
    ok = false;
  } else if (months || years) {
    auto v = m.number(months ? "months" : "years");
    ok = ok && v;
    if (v) r.months = Quantity(months ? *v : *v * Exact::integer(12));
  }
  if (const Node* costs = m.get("costs")) {
    auto read_cost_id = [](const Node& item, Diagnostics& diag) {
      return read_id(item, "costs", diag);
    };
    auto keep = [&r](std::string&& id, const Node& item) {
      r.costs.push_back(std::move(id));
      r.cost_origins.push_back(item.origin);
      return true;
    };
    ok = read_items(*costs, "costs", d, read_cost_id, keep) && ok;
  }
  ok = optional_text(m, "source", r.source, d) && ok;
  if (!ok) return std::nullopt;
  return r;
}

// `reference: TABLE` or `reference: {table: TABLE, threshold: PERCENT}`.
bool read_reference(const Node& node, Programme& p, Diagnostics& d) {
  p.reference_origin = node.origin;
  const Node* table = &node;
  if (node.kind == Node::Kind::map) {
    MapReader m(node, keys::reference, d);
    table = m.require("table");
    if (!m.ok() || !table) return false;
    p.reference_origin = table->origin;
    if (m.get("threshold")) {
      p.reference_threshold = m.number("threshold");
      if (!p.reference_threshold) return false;
    }
  }
  auto v = read_text(*table, "reference", d);
  if (v) p.reference_file = *v;
  return v.has_value();
}

bool read_programme(const Node& node, Programme& p, Diagnostics& d) {
  MapReader m(node, keys::programme, d);
  if (!m.is_map()) return false;
  const Node* name = m.require("name");
  const Node* costs = m.require("costs");
  p.origin = node.origin;
  bool ok = m.ok() && name && costs;
  if (name) {
    auto v = read_text(*name, "name", d);
    ok = ok && v;
    if (v) p.name = *v;
  }
  if (m.get("year")) {
    auto v = m.whole("year");
    ok = ok && v;
    if (v) p.year = static_cast<int>(*v);
  }
  // A list of tables is read when they are loaded (load_tables).
  const Node* tariffs = m.get("tariffs");
  if (tariffs) p.tariffs_origin = tariffs->origin;
  if (tariffs && tariffs->kind != Node::Kind::sequence) {
    auto v = read_path(*tariffs, "tariffs", d);
    ok = ok && v;
    if (v) p.tariffs_path = *v;
  }
  if (const Node* participants = m.get("participants")) {
    p.participants_origin = participants->origin;
    p.participants =
        m.whole("participants", "leave 'participants' out when the number is not known");
    ok = ok && p.participants;
  }
  if (costs) ok = read_items(*costs, "costs", p.costs, d, read_cost) && ok;
  if (const Node* adj = m.get("adjustments")) ok = read_adjustments(*adj, p.adjustments, d) && ok;
  if (const Node* horizon = m.get("horizon")) {
    p.horizon = read_horizon(*horizon, d);
    ok = ok && p.horizon;
  }
  if (const Node* disc = m.get("discounting")) {
    auto v = read_discounting(*disc, d);
    ok = ok && v;
    if (v) p.discounting = *v;
  }
  if (const Node* year = m.get("price_year")) {
    p.price_year_origin = year->origin;
    auto v = m.whole("price_year");
    ok = ok && v;
    if (v) p.price_year = static_cast<int>(*v);
  }
  if (const Node* index = m.get("index")) {
    p.index_origin = index->origin;
    auto v = read_path(*index, "index", d);
    ok = ok && v;
    if (v) p.index_path = *v;
  }
  if (const Node* reference = m.get("reference")) ok = read_reference(*reference, p, d) && ok;
  if (const Node* reach = m.get("reach"))
    ok = read_items(*reach, "reach", p.reach, d, read_reach) && ok;
  return ok;
}

std::optional<Basis> read_basis(const Node& node, Diagnostics& d) {
  Basis b;
  b.origin = node.origin;
  if (node.kind == Node::Kind::scalar) {
    auto id = read_id(node, "basis", d);
    if (!id) return std::nullopt;
    if (*id == "mean")
      b.kind = Basis::Kind::mean;
    else if (*id == "median")
      b.kind = Basis::Kind::median;
    else {
      b.kind = Basis::Kind::single_case;
      b.case_id = *id;
    }
    return b;
  }
  MapReader m(node, keys::basis, d);
  const Node* weights = m.require("weights");
  if (!m.is_map() || !weights) return std::nullopt;
  if (weights->kind != Node::Kind::map) {
    d.error(weights->origin,
            "weights: expected a map of case ids to shares, got " + describe(*weights),
            "e.g. weights: {casus-1: 0.5, casus-2: 0.2, casus-3: 0.3}");
    return std::nullopt;
  }
  b.kind = Basis::Kind::weights;
  bool ok = m.ok();
  for (const auto& e : weights->entries) {
    auto w = read_number(e.value, shorten(e.key), keys::weight, d);
    ok = ok && w;
    if (w) {
      b.weights.emplace_back(e.key, Quantity(*w));
      b.weight_origins.push_back(e.key_origin);
    }
  }
  if (!ok) return std::nullopt;
  return b;
}

// `cases` is null when they could not all be read, and case ids are not checked.
std::optional<Population> read_population(const Node& node, const std::vector<Case>* cases,
                                          Diagnostics& d) {
  MapReader m(node, keys::population, d);
  if (!m.is_map()) return std::nullopt;
  Population p;
  p.origin = node.origin;
  bool ok = m.ok();
  if (const Node* n = m.get("participants")) {
    p.participants_origin = n->origin;
    p.participants = m.whole("participants");
    ok = ok && p.participants;
  }
  const Node* basis = m.get("basis");
  if (basis && basis->kind != Node::Kind::map) {
    d.error(basis->origin,
            "basis: expected a map of payer ids (or 'default') to a basis, got " + describe(*basis),
            "e.g. basis: {gemeente: casus-1, default: mean}");
    return std::nullopt;
  }
  if (basis) {
    for (const auto& e : basis->entries) {
      auto b = read_basis(e.value, d);
      ok = ok && b;
      if (!b) continue;
      // Checked here, where the case id's own position is known.
      if (cases && b->kind == Basis::Kind::single_case) {
        std::vector<std::string> ids;
        for (const auto& c : *cases) ids.push_back(c.id);
        if (std::find(ids.begin(), ids.end(), b->case_id) == ids.end()) {
          ids.insert(ids.end(), {"mean", "median"});
          d.error(e.value.origin, "unknown case " + in_quotes(b->case_id),
                  did_you_mean(b->case_id, ids));
          ok = false;
        }
      }
      b->origin = e.key == "default" ? e.value.origin : e.key_origin;
      if (e.key == "default")
        p.default_basis = *b;
      else
        p.payer_basis.emplace_back(e.key, *b);
    }
  }
  if (!ok) return std::nullopt;
  return p;
}

std::optional<BreakevenUnit> read_breakeven_unit(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::breakeven_unit, d);
  if (!m.is_map()) return std::nullopt;
  const Node* tariff = m.require("tariff");
  bool ok = m.ok() && tariff;
  BreakevenUnit u;
  if (tariff) {
    u.origin = tariff->origin;
    auto id = read_tariff_ref(*tariff, d);
    ok = ok && id;
    if (id) u.tariff = *id;
  }
  if (m.get("quantity")) {
    auto v = m.number("quantity");
    ok = ok && v;
    if (v) u.quantity = Quantity(*v);
  }
  ok = optional_text(m, "label", u.label, d) && ok;
  if (!ok) return std::nullopt;
  return u;
}

// A scenario, its `set` into `sets` (as written, for scenario `index`).
std::optional<Scenario> read_scenario(const Node& node, std::size_t index,
                                      std::vector<WrittenLater::Set>& sets, Diagnostics& d) {
  MapReader m(node, keys::scenario, d);
  if (!m.is_map()) return std::nullopt;
  const Node* name = m.require("name");
  const Node* set = m.require("set");
  bool ok = m.ok() && name && set;
  Scenario sc;
  sc.origin = node.origin;
  if (name) {
    auto n = read_id(*name, "name", d);
    // `compare` calls the file without a scenario 'base' ('basis' in Dutch).
    auto same = [](const std::string& a, const char* b) {
      auto folded = [](char x, char y) { return (x | 0x20) == y; };
      return std::equal(a.begin(), a.end(), b, b + std::strlen(b), folded);
    };
    if (n && (same(*n, "base") || same(*n, "basis"))) {
      d.error(name->origin,
              "name: '" + *n + "' is reserved for the base case, the file without a scenario",
              "choose another name; 'mkba compare' shows the base case beside the scenarios");
      n.reset();
    }
    ok = ok && n;
    if (n) sc.name = *n;
  }
  ok = optional_text(m, "description", sc.description, d) && ok;
  if (set && set->kind != Node::Kind::map) {
    d.error(set->origin, "set: expected a map of paths to values, got " + describe(*set),
            "e.g. set: {tariffs.dagbesteding.price: 35, population.participants: 500}");
    return std::nullopt;
  }
  static const std::vector<Entry> none;
  for (const auto& e : set ? set->entries : none) {
    if (e.value.kind != Node::Kind::scalar) {
      d.error(e.value.origin,
              shorten(e.key) + ": expected a single value, got " + describe(e.value));
      ok = false;
      continue;
    }
    sets.push_back({index, e.key, e.value.text, e.key_origin, e.value.origin});
  }
  if (!ok) return std::nullopt;
  return sc;
}

// A claim's `rounding`: nearest, down or up.
std::optional<Claim::Rounding> read_rounding(const Node& node,
                                             const std::vector<std::string>& choices,
                                             Diagnostics& d) {
  auto text = read_text(node, "rounding", d);
  if (!text) return std::nullopt;
  if (*text == "nearest") return Claim::Rounding::nearest;
  if (*text == "down") return Claim::Rounding::down;
  if (*text == "up") return Claim::Rounding::up;
  auto close = closest_name(*text, choices);
  d.error(
      node.origin, "rounding: expected nearest, down or up, got " + in_quotes(*text),
      close ? did_you_mean_hint(close) : "down is a source that truncated (23.236 for 23.236,51)");
  return std::nullopt;
}

// What a claim states: `value`, or a range `low` .. `high`.
bool read_claimed(const MapReader& m, Claim& c, Diagnostics& d) {
  const Node* value = m.get("value");
  const Node* low = m.get("low");
  const Node* high = m.get("high");
  if (value && (low || high)) {
    d.error(value->origin, "a claim states a value or a range (low and high), not both",
            "keep value for one figure, or low and high for a range");
    return false;
  }
  if (!value && !low && !high) {
    d.error(m.node().origin, "a claim needs a value, or a range: low and high",
            "e.g. {figure: case.casus-1.avoided_total, value: 14270}");
    return false;
  }
  if (value) {
    auto v = m.number("value");
    if (v) c.value = *v;
    return v.has_value();
  }
  if (!low || !high) {
    d.error((low ? low : high)->origin, "a range needs both low and high",
            "e.g. {low: 36000, high: 100000}");
    return false;
  }
  auto l = m.number("low");
  auto h = m.number("high");
  if (!l || !h) return false;
  if (*l > *h) {
    d.error(low->origin,
            "the range's low " + to_plain(*l, 4) + " exceeds its high " + to_plain(*h, 4),
            "low is the smaller end of the range");
    return false;
  }
  c.range = Claim::Range{*l, *h};
  return true;
}

std::optional<Claim> read_claim(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::claim, d);
  if (!m.is_map()) return std::nullopt;
  const Node* figure = m.require("figure");
  bool ok = m.ok() && figure;
  Claim c;
  c.origin = node.origin;
  if (figure) {
    c.figure_origin = figure->origin;
    auto f = read_text(*figure, "figure", d);
    ok = ok && f;
    if (f) c.figure = *f;
  }
  if (const Node* scenario = m.get("scenario")) {
    c.scenario_origin = scenario->origin;
    ok = optional_text(m, "scenario", c.scenario, d) && ok;
  }
  ok = read_claimed(m, c, d) && ok;
  if (m.get("precision")) {
    c.precision = m.number("precision");
    ok = ok && c.precision;
  }
  if (const Node* rounding = m.get("rounding")) {
    auto how = read_rounding(*rounding, m.choices("rounding"), d);
    ok = ok && how;
    if (how) c.rounding = *how;
  }
  ok = optional_text(m, "source", c.source, d) && ok;
  if (!ok) return std::nullopt;
  return c;
}

// "; did you mean ..." when the folder of `path` holds a file of a similar
// name, written as `written` would be.
std::string similar_file(const std::string& path, const std::string& written) {
  namespace fs = std::filesystem;
  fs::path folder = fs::path(path).parent_path();
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(folder.empty() ? "." : folder, ec), end; !ec && it != end;
       it.increment(ec))
    if (it->is_regular_file(ec)) names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  std::string name = fs::path(path).filename().string();
  auto similar = closest_name(name, names);
  if (!similar) return "";
  return "; " + did_you_mean_hint((fs::path(written).parent_path() / *similar).string());
}

// Reads a file the case file names; when it cannot be read, the problem is
// reported where the case file names it, with a hint at a similar file.
bool read_named_file(Sources& sources, const std::string& path, const std::string& written,
                     const Origin& named_at, const std::string& what, Diagnostics& d) {
  Diagnostics probe;
  if (sources.read(path, probe)) return true;
  if (is_library_name(written)) {
    d.unreadable(
        named_at, what + " '" + written + "' is not in the tariff library",
        library_hint(written, what == "index series" ? LibraryFile::index : LibraryFile::table));
    return false;
  }
  for (const auto& p : probe.items()) {
    Diagnostic moved = p;
    if (p.where.line == 0) {
      moved.where = named_at;
      moved.message = what + " " + in_quotes(path) + ": " + p.message;
      moved.hint =
          "the path is taken relative to the case file's folder" + similar_file(path, written);
    }
    (moved.problem == Problem::unreadable ? d.unreadable(moved.where, moved.message, moved.hint)
                                          : d.error(moved.where, moved.message, moved.hint));
  }
  return false;
}

// Whether no case before `c` has its id (reported at the id of `item` when
// one has); `seen` holds the line each id was first defined at.
bool first_case_id(const Case& c, const Node& item, std::map<std::string, int>& seen,
                   Diagnostics& d) {
  auto [it, fresh] = seen.emplace(c.id, c.origin.line);
  if (fresh) return true;
  d.error(item.find("id")->origin, "duplicate case id " + in_quotes(c.id),
          "first defined at line " + std::to_string(it->second) + "; case ids must be unique");
  return false;
}

// Whether no scenario of `before` has the name of `sc`; reports each that has.
bool first_scenario_name(const Scenario& sc, const std::vector<Scenario>& before, Diagnostics& d) {
  bool unique = true;
  for (const auto& other : before)
    if (other.name == sc.name) {
      d.error(sc.origin, "duplicate scenario " + in_quotes(sc.name),
              "first defined at line " + std::to_string(other.origin.line));
      unique = false;
    }
  return unique;
}

// The PM items and the assumptions, then the ids items cite: known before
// the tariff tables are, so that a wrong id is reported with the file's
// other problems.
bool read_registers(const MapReader& m, Analysis& a, const WrittenLater& written, Diagnostics& d) {
  bool ok = true;
  if (const Node* pm = m.get("pm")) ok = read_pm(*pm, a.pm, d) && ok;
  if (const Node* list = m.get("assumptions")) ok = read_assumptions(*list, a.assumptions, d) && ok;
  if (!ok) return false;
  ok = check_citations(a, d);
  for (const auto& u : written.uncertain) ok = check_cited(u.assumptions, a.assumptions, d) && ok;
  return ok;
}

// Reads every key of the case file into `a`; false when anything was wrong.
bool read_case_file(const Node& root, Analysis& a, WrittenLater& written, Diagnostics& d) {
  if (!is_root_map(root, keys::case_file, d)) return false;
  MapReader m(root, keys::case_file, d);
  const Node* programme = m.require("programme");
  bool ok = m.ok() && programme;
  if (programme) ok = read_programme(*programme, a.programme, d) && ok;
  if (const Node* cases = m.get("cases")) {
    std::map<std::string, int> seen;
    auto keep = [&](Case&& c, const Node& item) {
      bool unique = first_case_id(c, item, seen, d);
      a.cases.push_back(std::move(c));
      return unique;
    };
    ok = read_items(*cases, "cases", d, read_case, keep) && ok;
  }
  if (const Node* population = m.get("population")) {
    a.population = read_population(*population, ok ? &a.cases : nullptr, d);
    ok = ok && a.population;
    // Problems of the block as a whole are shown at its key.
    for (const auto& e : root.entries)
      if (a.population && e.key == "population") a.population->origin = e.key_origin;
  }
  if (const Node* breakeven = m.get("breakeven"))
    ok = read_items(*breakeven, "breakeven", a.breakeven_units, d, read_breakeven_unit) && ok;
  if (const Node* effects = m.get("effects")) ok = read_effects(*effects, a.effects, d) && ok;
  if (const Node* scenarios = m.get("scenarios")) {
    auto read = [&](const Node& item, Diagnostics& diag) {
      return read_scenario(item, a.scenarios.size(), written.sets, diag);
    };
    auto keep = [&](Scenario&& sc, const Node&) {
      bool unique = first_scenario_name(sc, a.scenarios, d);
      a.scenarios.push_back(std::move(sc));
      return unique;
    };
    ok = read_items(*scenarios, "scenarios", d, read, keep) && ok;
  }
  if (const Node* uncertainty = m.get("uncertainty"))
    ok = read_uncertainty(*uncertainty, written.uncertain, d) && ok;
  if (const Node* actors = m.get("actors"))
    ok = read_items(*actors, "actors", written.actors, d, read_payer) && ok;
  if (const Node* claims = m.get("claims"))
    ok = read_items(*claims, "claims", a.claims, d, read_claim) && ok;
  return read_registers(m, a, written, d) && ok;
}

// A table of the case file, through `cache` when given.
std::optional<TariffTable> load_table(const std::string& path, Sources& sources, Diagnostics& d,
                                      TariffCache* cache) {
  return cache ? cache->get(path, sources, d) : load_tariff_table(path, sources, d);
}

// The tables of a `tariffs` list, combined into a.tariffs; `--tariffs`
// replaces the first.
bool load_tables(const Node& list, const std::string& path,
                 const std::optional<std::string>& tariffs_override, Analysis& a, Sources& sources,
                 Diagnostics& d, TariffCache* cache) {
  auto uses = read_table_uses(list, d);
  if (!uses) return false;
  std::vector<TariffTable> tables;
  for (std::size_t k = 0; k < uses->size(); ++k) {
    const TableUse& use = (*uses)[k];
    bool replaced = k == 0 && tariffs_override;
    std::string file =
        replaced ? *tariffs_override : resolve_path(use.written, path, LibraryFile::table);
    if (!replaced && !read_named_file(sources, file, use.written, use.origin, "tariff table", d))
      return false;
    auto table = load_table(file, sources, d, cache);
    if (!table) return false;
    tables.push_back(std::move(*table));
  }
  a.programme.tariffs_path = uses->front().written;
  auto combined = combine_tables(*uses, tables, a, d);
  if (!combined) return false;
  a.tariffs = std::move(*combined);
  return true;
}

// The case file's actors after the table's payers: each a payer from then on.
bool add_actors(const std::vector<Payer>& actors, Analysis& a, Diagnostics& d) {
  bool ok = true;
  for (const Payer& actor : actors) {
    if (const Payer* same = a.tariffs.find_payer(actor.id); same && same->actor) {
      d.error(actor.origin, "duplicate actor id " + in_quotes(actor.id),
              "first defined at line " + std::to_string(same->origin.line));
      ok = false;
      continue;
    }
    if (a.tariffs.find_payer(actor.id)) {
      d.error(actor.origin, "actor " + in_quotes(actor.id) + " is a payer of the tariff table",
              "a line names the table's payers as they are; declare only other actors (the "
              "participant, employers)");
      ok = false;
      continue;
    }
    a.tariffs.payers.push_back(actor);
    a.tariffs.payers.back().actor = true;
  }
  return ok;
}

// Resolves the paths the file writes and reads their values by type.
bool resolve_parameters(const WrittenLater& written, Analysis& a, Diagnostics& d) {
  Diagnostics local;
  for (const auto& s : written.sets) {
    Scenario& sc = a.scenarios[s.scenario];
    auto o = read_override(a, s.path, s.path_at, s.text, s.value_at, "scenario " + sc.name, local);
    if (o) sc.set.push_back(std::move(*o));
  }
  for (const auto& u : written.uncertain)
    if (auto p = resolve_parameter(a, u.path, u.origin, local))
      a.uncertainty.push_back({std::move(*p), u.distribution, u.assumptions});
  if (local.empty()) local = validate_uncertainty(a);
  append_in_file_order(d, local);
  return local.empty();
}

}  // namespace

std::optional<Analysis> load_analysis(const std::string& path,
                                      const std::optional<std::string>& tariffs_override,
                                      Sources& sources, Diagnostics& d, TariffCache* cache) {
  auto root = parse_file(path, sources, d);
  if (!root) return std::nullopt;
  Diagnostics local;
  Analysis a;
  a.file = path;
  WrittenLater written;
  bool ok = read_case_file(*root, a, written, local) && local.empty();
  const Node* programme = root->find("programme");
  const Node* list = programme ? programme->find("tariffs") : nullptr;
  if (list && list->kind != Node::Kind::sequence) list = nullptr;
  if (ok && !list && !tariffs_override && a.programme.tariffs_path.empty()) {
    local.error(a.programme.origin, "the programme names no tariff table",
                "add 'tariffs: ../tariffs/NAME.yaml' to the programme, or pass --tariffs FILE");
    ok = false;
  }
  append_in_file_order(d, local);
  // The files it names are read even when this one has errors: theirs are
  // reported too (a list of tables only when the file is valid: combining
  // them checks the file's tariff ids).
  if (list) {
    ok = ok && load_tables(*list, path, tariffs_override, a, sources, d, cache);
  } else if (tariffs_override || !a.programme.tariffs_path.empty()) {
    std::string tariff_path =
        tariffs_override ? *tariffs_override
                         : resolve_path(a.programme.tariffs_path, path, LibraryFile::table);
    std::optional<TariffTable> table;
    if (tariffs_override || read_named_file(sources, tariff_path, a.programme.tariffs_path,
                                            a.programme.tariffs_origin, "tariff table", d))
      table = load_table(tariff_path, sources, d, cache);
    ok = ok && table;
    if (table) a.tariffs = std::move(*table);
  }
  if (!a.programme.index_path.empty()) {
    std::string index_path = resolve_path(a.programme.index_path, path, LibraryFile::index);
    if (read_named_file(sources, index_path, a.programme.index_path, a.programme.index_origin,
                        "index series", d))
      a.index = load_index_series(index_path, sources, d);
    ok = ok && a.index;
  }
  ok = ok && add_actors(written.actors, a, d);
  ok = ok && resolve_parameters(written, a, d);
  if (!ok) return std::nullopt;
  return a;
}

}  // namespace mkba::load
