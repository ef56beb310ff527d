#include <map>

#include "core/suggest.hpp"
#include "load/library_keys.hpp"
#include "load/loaders.hpp"
#include "load/payer_reader.hpp"
#include "load/schema.hpp"

namespace mkba::load {
namespace {

template <typename T>
void check_unique(const std::vector<T>& items, const std::string& what, Diagnostics& d) {
  std::map<std::string, Origin> seen;
  for (const auto& item : items) {
    auto [it, fresh] = seen.emplace(item.id, item.origin);
    if (!fresh)
      d.error(item.origin, "duplicate " + what + " id '" + item.id + "'",
              "first defined at line " + std::to_string(it->second.line) + "; ids must be unique");
  }
}

std::optional<Occupies> read_occupies(const Node& node, Diagnostics& d) {
  auto text = read_text(node, "occupies", d);
  if (!text) return std::nullopt;
  for (Occupies o : {Occupies::day, Occupies::dagdeel, Occupies::hour})
    if (*text == occupies_name(o)) return o;
  d.error(node.origin, "occupies: expected day, dagdeel or hour, got " + in_quotes(*text),
          did_you_mean(*text, {"day", "dagdeel", "hour"}));
  return std::nullopt;
}

// `occupies` and `includes`: what the findings of double counting and
// impossible time read (README, "Findings").
bool read_time_keys(const MapReader& m, Tariff& t, Diagnostics& d) {
  bool ok = true;
  if (const Node* n = m.get("occupies")) {
    auto v = read_occupies(*n, d);
    ok = ok && v;
    if (v) t.occupies = *v;
  }
  if (const Node* n = m.get("includes")) {
    if (const auto* list = read_list(*n, "includes", d)) {
      for (const auto& item : *list) {
        auto id = read_id(item, "includes", d);
        ok = ok && id;
        if (!id) continue;
        t.includes.push_back(*id);
        t.include_origins.push_back(item.origin);
      }
    } else {
      ok = false;
    }
  }
  return ok;
}

// Each tariff an `includes` names is another of the table.
void check_includes(const TariffTable& table, Diagnostics& d) {
  for (const auto& t : table.tariffs)
    for (std::size_t i = 0; i < t.includes.size(); ++i) {
      if (t.includes[i] == t.id)
        d.error(t.include_origins[i], "tariff " + in_quotes(t.id) + " includes itself",
                "list the tariffs it includes, e.g. includes: [dagbesteding]");
      else if (!table.find_tariff(t.includes[i]))
        d.error(t.include_origins[i], "includes: unknown tariff " + in_quotes(t.includes[i]),
                did_you_mean(t.includes[i], table.tariff_ids()));
    }
}

// The price: a number, or {total, count} whose exact quotient it is, with
// both numbers and their sources kept (the division shows in explain).
std::optional<Exact> read_price(const MapReader& m, Tariff& t, Diagnostics& d) {
  const Node* n = m.get("price");
  if (!n) return std::nullopt;  // reported missing by the reader
  if (n->kind != Node::Kind::map) return read_number(*n, "price", price_rule, d);
  MapReader from(*n, keys::price_from_total, d);
  auto total = from.number("total");
  auto count = from.number("count");
  PriceFromTotal p;
  const bool sources = optional_text(from, "total_source", p.total_source, d) &
                       optional_text(from, "count_source", p.count_source, d);
  if (!from.ok() || !total || !count || !sources) return std::nullopt;
  p.total = Money(*total);
  p.count = *count;
  p.total_origin = from.get("total")->origin;
  p.count_origin = from.get("count")->origin;
  t.from_total = p;
  return *total / *count;
}

// `payers_known`: the table's payers were all read, so a tariff's payer can be
// checked; `chapters` likewise, when they were all read.
std::optional<Tariff> read_tariff(const Node& node, const TariffTable& table, bool payers_known,
                                  const std::vector<Chapter>* chapters, Diagnostics& d) {
  MapReader m(node, keys::tariff, d);
  if (!m.is_map()) return std::nullopt;
  const Node* id = m.require("id");
  const Node* unit = m.require("unit");
  const Node* payer = m.require("payer");
  Tariff t;
  t.origin = node.origin;
  auto id_text = id ? read_id(*id, "id", d) : std::nullopt;
  auto unit_text = unit ? read_text(*unit, "unit", d) : std::nullopt;
  auto price_value = read_price(m, t, d);
  auto payer_text = payer ? read_id(*payer, "payer", d) : std::nullopt;
  if (payer_text && payers_known && !table.find_payer(*payer_text)) {
    d.error(payer->origin, "unknown payer " + in_quotes(*payer_text),
            did_you_mean(*payer_text, table.payer_ids()));
    payer_text.reset();
  }
  bool ok = m.ok() && id_text && unit_text && price_value && payer_text;
  t.source = table.source;
  t.price_year = table.price_year;
  ok = optional_text(m, "label", t.label, d) && ok;
  ok = optional_text(m, "unit_plural", t.unit_plural, d) && ok;
  ok = optional_text(m, "source", t.source, d) && ok;
  if (m.get("price_year")) {
    auto v = m.whole("price_year");
    ok = ok && v;
    if (v) t.price_year = static_cast<int>(*v);
  }
  ok = read_tariff_library_keys(m, price_value, chapters, t, d) && ok;
  ok = read_time_keys(m, t, d) && ok;
  if (!ok) return std::nullopt;
  t.id = *id_text;
  if (t.label.empty()) t.label = t.id;
  t.unit = *unit_text;
  if (t.unit_plural.empty()) t.unit_plural = t.unit;
  t.price = Money(*price_value);
  t.payer = *payer_text;
  t.origin = id->origin;
  return t;
}

}  // namespace

std::optional<Payer> read_payer(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::payer, d);
  if (!m.is_map()) return std::nullopt;
  Payer p;
  auto id = m.require("id");
  auto label = m.get("label");
  bool ok = m.ok() && id;
  if (id) {
    p.origin = id->origin;
    auto id_text = read_id(*id, "id", d);
    ok = ok && id_text;
    if (id_text) p.id = p.label = *id_text;
  }
  if (label) {
    auto text = read_text(*label, "label", d);
    ok = ok && text;
    if (text) p.label = *text;
  }
  if (!ok) return std::nullopt;
  return p;
}

std::optional<TariffTable> load_tariff_table(const std::string& path, Sources& sources,
                                             Diagnostics& d) {
  auto root = parse_file(path, sources, d);
  if (!root || !is_root_map(*root, keys::tariff_table, d)) return std::nullopt;
  Diagnostics local;
  MapReader m(*root, keys::tariff_table, local);
  TariffTable table;
  table.file = path;
  const Node* name = m.require("name");
  const Node* year = m.require("price_year");
  const Node* payers = m.require("payers");
  const Node* tariffs = m.require("tariffs");
  table.currency = "EUR";
  if (name)
    if (auto v = read_text(*name, "name", local)) table.name = *v;
  if (year)
    if (auto v = m.whole("price_year")) table.price_year = static_cast<int>(*v);
  if (auto n = m.get("source"))
    if (auto v = read_text(*n, "source", local)) table.source = *v;
  if (auto n = m.get("currency")) {
    auto v = read_text(*n, "currency", local);
    if (v && *v != "EUR")
      local.error(n->origin, "currency: only EUR is supported, got " + in_quotes(*v));
  }
  bool payers_known = false;
  if (payers)
    if (auto list = read_list(*payers, "payers", local)) {
      for (const auto& item : *list)
        if (auto p = read_payer(item, local)) table.payers.push_back(*p);
      payers_known = table.payers.size() == list->size();
    }
  bool chapters_known = read_table_library_keys(m, path, table, local);
  if (tariffs)
    if (auto list = read_list(*tariffs, "tariffs", local))
      for (const auto& item : *list)
        if (auto t = read_tariff(item, table, payers_known,
                                 chapters_known ? &table.chapters : nullptr, local))
          table.tariffs.push_back(*t);
  check_unique(table.payers, "payer", local);
  check_chapters(table, local);
  check_unique(table.tariffs, "tariff", local);
  if (local.empty()) check_includes(table, local);
  append_in_file_order(d, local);
  if (!local.empty()) return std::nullopt;
  return table;
}

}  // namespace mkba::load
