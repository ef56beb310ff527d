#include "load/effect_reader.hpp"

#include <map>

#include "load/key_tables.hpp"

namespace mkba::load {
namespace {

bool read_parts(const Node& node, Effect& e, Diagnostics& d) {
  const std::vector<Node>* list = read_list(node, "mean_of", d);
  if (!list) return false;
  bool ok = true;
  for (const auto& item : *list) {
    auto id = read_id(item, "mean_of", d);
    ok = ok && id;
    if (!id) continue;
    e.mean_of.push_back(*id);
    e.part_origins.push_back(item.origin);
  }
  return ok;
}

// A measured effect states its share and n; a composite computes both.
bool read_measure(const MapReader& m, const Node& node, Effect& e, Diagnostics& d) {
  const Node* share = m.get("share");
  const Node* n = m.get("n");
  if (const Node* parts = m.get("mean_of")) {
    if (share || n) {
      d.error((share ? share : n)->origin,
              "a composite's share and n are computed from the effects it is the mean of",
              "leave out 'share' and 'n', or 'mean_of' for a measured effect");
      return false;
    }
    return read_parts(*parts, e, d);
  }
  if (!share || !n) {
    d.error(node.origin,
            std::string("effect ") + in_quotes(e.id) + " needs " +
                (share ? "'n'"
                 : n   ? "'share'"
                       : "'share' and 'n'"),
            "a measured effect states its share of respondents and their number, e.g. "
            "{share: 0.72, n: 35}; a composite states mean_of: [ID, ...]");
    return false;
  }
  auto s = m.number("share");
  auto count = m.whole("n", "n counts the respondents the share is of: at least 1");
  if (s) e.share = *s;
  if (count) e.n = *count;
  return s && count;
}

std::optional<Effect> read_effect(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::effect, d);
  if (!m.is_map()) return std::nullopt;
  const Node* id = m.require("id");
  const Node* label = m.require("label");
  bool ok = m.ok() && id && label;
  Effect e;
  e.origin = node.origin;
  if (id) {
    e.id_origin = id->origin;
    auto v = read_id(*id, "id", d);
    ok = ok && v;
    if (v) e.id = *v;
  }
  if (label) {
    auto v = read_text(*label, "label", d);
    ok = ok && v;
    if (v) e.label = *v;
  }
  if (const Node* source = m.get("source")) {
    auto v = read_text(*source, "source", d);
    ok = ok && v;
    if (v) e.source = *v;
  }
  ok = read_measure(m, node, e, d) && ok;
  if (!ok) return std::nullopt;
  return e;
}

}  // namespace

bool read_effects(const Node& list, std::vector<Effect>& out, Diagnostics& d) {
  const std::vector<Node>* items = read_list(list, "effects", d);
  if (!items) return false;
  bool ok = true;
  std::map<std::string, int> seen;
  for (const auto& item : *items) {
    auto e = read_effect(item, d);
    ok = ok && e;
    if (!e) continue;
    auto [it, fresh] = seen.emplace(e->id, e->id_origin.line);
    if (!fresh) {
      d.error(e->id_origin, "duplicate effect id " + in_quotes(e->id),
              "first defined at line " + std::to_string(it->second) +
                  "; effect ids must be unique: they name the figures effects.ID.*");
      ok = false;
    }
    out.push_back(std::move(*e));
  }
  return ok;
}

}  // namespace mkba::load
