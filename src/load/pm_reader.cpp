#include "load/pm_reader.hpp"

#include <algorithm>
#include <map>

#include "core/suggest.hpp"
#include "load/key_tables.hpp"

namespace mkba::load {
namespace {

// The required `id` and `text` of a PM item or an assumption.
template <typename Item>
bool id_and_text(const MapReader& m, Item& item, Diagnostics& d) {
  const Node* id = m.require("id");
  const Node* text = m.require("text");
  bool ok = m.ok() && id && text;
  if (id) {
    item.id_origin = id->origin;
    auto v = read_id(*id, "id", d);
    ok = ok && v;
    if (v) item.id = *v;
  }
  if (text) {
    auto v = read_text(*text, "text", d);
    ok = ok && v;
    if (v) item.text = *v;
  }
  return optional_text(m, "source", item.source, d) && ok;
}

bool read_sign(const Node& node, PmItem& p, Diagnostics& d) {
  auto v = read_text(node, "sign", d);
  if (!v) return false;
  if (*v == "+" || *v == "-") {
    p.sign = (*v)[0];
    return true;
  }
  d.error(node.origin, "sign: expected + or -, got " + in_quotes(*v),
          "+ is an advantage, - a disadvantage; quote it: sign: '+'");
  return false;
}

std::optional<PmItem> read_pm_item(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::pm_item, d);
  if (!m.is_map()) return std::nullopt;
  PmItem p;
  p.origin = node.origin;
  bool ok = id_and_text(m, p, d);
  const Node* sign = m.require("sign");
  ok = sign && read_sign(*sign, p, d) && ok;
  const Node* actor = m.require("actor");
  if (actor) {
    auto v = read_id(*actor, "actor", d);
    ok = ok && v;
    if (v) p.actor = *v;
  } else {
    ok = false;
  }
  if (m.get("quantity")) {
    p.quantity = m.number("quantity");
    ok = ok && p.quantity;
  }
  ok = optional_text(m, "unit", p.unit, d) && ok;
  if (!ok) return std::nullopt;
  return p;
}

std::optional<Assumption> read_assumption(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::assumption, d);
  if (!m.is_map()) return std::nullopt;
  Assumption a;
  a.origin = node.origin;
  if (!id_and_text(m, a, d)) return std::nullopt;
  return a;
}

// Reads the list `key`, each id unique ("duplicate WHAT id").
template <typename Item, typename Read>
bool read_unique(const Node& list, const char* key, const std::string& what, std::vector<Item>& out,
                 Diagnostics& d, Read read) {
  std::map<std::string, int> seen;
  auto keep = [&](Item&& item, const Node&) {
    auto [it, fresh] = seen.emplace(item.id, item.id_origin.line);
    if (!fresh)
      d.error(item.id_origin, "duplicate " + what + " id " + in_quotes(item.id),
              "first defined at line " + std::to_string(it->second) + "; " + what +
                  " ids must be unique");
    out.push_back(std::move(item));
    return fresh;
  };
  return read_items(list, key, d, read, keep);
}

}  // namespace

bool check_cited(const Citations& c, const std::vector<Assumption>& register_, Diagnostics& d) {
  std::vector<std::string> known;
  for (const auto& x : register_) known.push_back(x.id);
  bool ok = true;
  for (std::size_t k = 0; k < c.ids.size(); ++k) {
    if (std::find(known.begin(), known.end(), c.ids[k]) != known.end()) continue;
    d.error(c.origins[k], "unknown assumption " + in_quotes(c.ids[k]),
            known.empty() ? "the file has no assumptions: list them under 'assumptions:'"
                          : did_you_mean(c.ids[k], known));
    ok = false;
  }
  return ok;
}

bool read_pm(const Node& list, std::vector<PmItem>& out, Diagnostics& d) {
  return read_unique(list, "pm", "PM item", out, d, read_pm_item);
}

bool read_assumptions(const Node& list, std::vector<Assumption>& out, Diagnostics& d) {
  return read_unique(list, "assumptions", "assumption", out, d, read_assumption);
}

bool read_citations(const MapReader& m, Citations& out, Diagnostics& d) {
  const Node* node = m.get("assumptions");
  if (!node) return true;
  auto read = [](const Node& item, Diagnostics& diag) {
    return read_id(item, "assumptions", diag);
  };
  auto keep = [&out](std::string&& id, const Node& item) {
    out.ids.push_back(std::move(id));
    out.origins.push_back(item.origin);
    return true;
  };
  return read_items(*node, "assumptions", d, read, keep);
}

bool check_citations(const Analysis& a, Diagnostics& d) {
  const auto& known = a.assumptions;
  auto check = [&](const Citations& c) { return check_cited(c, known, d); };
  bool ok = true;
  for (const auto& c : a.programme.costs) ok = check(c.assumptions) && ok;
  for (const auto& c : a.cases) {
    ok = check(c.assumptions) && ok;
    for (const auto& l : c.avoided) ok = check(l.assumptions) && ok;
  }
  for (const auto& u : a.uncertainty) ok = check(u.assumptions) && ok;
  return ok;
}

}  // namespace mkba::load
