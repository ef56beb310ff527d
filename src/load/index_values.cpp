#include "load/index_values.hpp"

#include <algorithm>

#include "core/suggest.hpp"

namespace mkba::load {
namespace {

bool read_verified(const Node& node, const std::vector<std::string>& choices, Diagnostics& d) {
  const std::optional<std::string> v = read_text(node, "verified", d);
  if (!v) return false;
  const std::string& text = *v;
  if (std::find(choices.begin(), choices.end(), text) != choices.end()) return true;
  d.error(node.origin, "verified: expected publisher or secondary, got '" + text + "'",
          did_you_mean(text, choices));
  return false;
}

}  // namespace

std::optional<Exact> read_index_value(const Node& value, int year,
                                      const std::vector<std::pair<int, Exact>>& before,
                                      bool after_error, Diagnostics& d) {
  std::string key = std::to_string(year);
  if (value.kind != Node::Kind::map) return read_number(value, key, keys::index_value, d);
  MapReader m(value, keys::index_year, d);
  if (!m.ok()) return std::nullopt;
  const Node* index = m.get("index");
  const Node* percent = m.get("percent");
  bool ok = true;
  for (const char* text : {"source", "note"})
    if (const Node* n = m.get(text)) ok = read_text(*n, text, d) && ok;
  if (const Node* n = m.get("verified")) ok = read_verified(*n, m.choices("verified"), d) && ok;
  if (index && percent) {
    d.error(percent->origin, key + ": give an index or a percentage change, not both");
    return std::nullopt;
  }
  if (!index && !percent) {
    d.error(value.origin, key + ": expected an index or a percentage change",
            "e.g. " + key + ": {index: 121.43} or " + key + ": {percent: 3.8}");
    return std::nullopt;
  }
  if (index) {
    auto v = m.number("index");
    return ok ? v : std::nullopt;
  }
  auto p = m.number("percent");
  if (!p || !ok) return std::nullopt;
  if (*p <= Exact::integer(-100)) {
    d.error(percent->origin, "percent: a price change must be above -100%, got " + percent->text);
    return std::nullopt;
  }
  if (after_error) return std::nullopt;
  if (before.empty() || before.back().first != year - 1) {
    d.error(percent->origin,
            key + ": a percentage change needs the value of " + std::to_string(year - 1),
            "give " + std::to_string(year - 1) + " an index or a percentage change of its own");
    return std::nullopt;
  }
  try {
    return before.back().second * (Exact::integer(100) + *p) / Exact::integer(100);
  } catch (const OutOfRange&) {
    d.error(percent->origin, key + ": the chained index is too large to compute exactly",
            "start the chain from a published index value nearer to this year");
    return std::nullopt;
  }
}

}  // namespace mkba::load
