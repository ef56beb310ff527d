#include "load/library_keys.hpp"

#include <algorithm>
#include <map>

#include "core/suggest.hpp"
#include "load/library.hpp"

namespace mkba::load {
namespace {

// "4", "4.11", "4.15.10": numbers separated by single dots.
bool paragraph_number(const std::string& s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    if (!digit && !(s[i] == '.' && s[i - 1] != '.')) return false;
  }
  return true;
}

std::optional<AlternativePrice> read_alternative(const Node& node,
                                                 const std::optional<Exact>& price,
                                                 Diagnostics& d) {
  MapReader m(node, keys::alternative, d);
  const Node* value = m.require("price");
  const Node* source = m.require("source");
  if (!m.ok() || !value || !source) return std::nullopt;
  auto v = m.number("price");
  auto s = read_text(*source, "source", d);
  if (!v || !s) return std::nullopt;
  if (price && *v == *price) {
    d.error(value->origin, "an alternative price equal to the price says nothing",
            "give the value another source states, or remove the alternative");
    return std::nullopt;
  }
  return AlternativePrice{Money(*v), *s, node.origin};
}

}  // namespace

bool read_tariff_library_keys(const MapReader& m, const std::optional<Exact>& price,
                              const std::vector<Chapter>* chapters, Tariff& t, Diagnostics& d) {
  bool ok = true;
  if (const Node* n = m.get("paragraph")) {
    auto v = read_text(*n, "paragraph", d);
    if (v && !paragraph_number(*v)) {
      d.error(n->origin, "paragraph: expected a paragraph number such as 4.11, got '" + *v + "'",
              "write the number alone, without '§' or a title");
      v.reset();
    }
    ok = v.has_value();
    if (v) t.paragraph = *v;
    // The paragraph is part of where the price comes from, unless the tariff gives its own source.
    if (v && !m.get("source")) t.source += (t.source.empty() ? "§ " : ", § ") + *v;
  }
  if (const Node* n = m.get("chapter")) {
    auto v = read_id(*n, "chapter", d);
    if (v && chapters) {
      std::vector<std::string> ids;
      for (const auto& c : *chapters) ids.push_back(c.id);
      if (std::find(ids.begin(), ids.end(), *v) == ids.end()) {
        d.error(n->origin, "unknown chapter '" + *v + "'",
                ids.empty() ? "the table declares no chapters: add 'chapters:' with ids and labels"
                            : did_you_mean(*v, ids));
        v.reset();
      }
    }
    ok = ok && v;
    if (v) t.chapter = *v;
  }
  ok = optional_text(m, "group", t.group, d) && ok;
  ok = optional_text(m, "note", t.note, d) && ok;
  if (const Node* n = m.get("verified")) {
    auto v = read_text(*n, "verified", d);
    const auto& choices = m.choices("verified");
    if (v && std::find(choices.begin(), choices.end(), *v) == choices.end()) {
      auto close = closest_name(*v, choices);
      d.error(n->origin, "verified: expected publisher or secondary, got '" + *v + "'",
              close ? did_you_mean_hint(close)
                    : "publisher: read at the publisher itself; secondary: from a copy or "
                      "transcription");
      v.reset();
    }
    ok = ok && v;
    if (v) t.verified = *v;
  }
  if (const Node* n = m.get("alternatives")) {
    if (const auto* list = read_list(*n, "alternatives", d)) {
      for (const auto& item : *list) {
        auto alt = read_alternative(item, price, d);
        ok = ok && alt;
        if (alt) t.alternatives.push_back(*alt);
      }
    } else {
      ok = false;
    }
  }
  if (const Node* n = m.get("reference")) {
    auto v = read_id(*n, "reference", d);
    ok = ok && v;
    if (v) t.reference = *v;
    t.reference_origin = n->origin;
  }
  if (const Node* n = m.get("deviation_reason")) {
    auto v = read_text(*n, "deviation_reason", d);
    if (v && v->find_first_not_of(" \t") == std::string::npos) {
      d.error(n->origin, "deviation_reason: give the reason, or leave the key out");
      v.reset();
    }
    ok = ok && v;
    if (v) t.deviation_reason = *v;
  }
  return ok;
}

bool read_table_library_keys(const MapReader& m, const std::string& path, TariffTable& table,
                             Diagnostics& d) {
  bool ok = true;
  if (const Node* n = m.get("chapters")) {
    if (const auto* list = read_list(*n, "chapters", d)) {
      for (const auto& item : *list) {
        MapReader c(item, keys::chapter, d);
        const Node* id = c.require("id");
        const Node* label = c.require("label");
        if (!c.ok() || !id || !label) {
          ok = false;
          continue;
        }
        auto i = read_id(*id, "id", d);
        auto l = read_text(*label, "label", d);
        ok = ok && i && l;
        if (i && l) table.chapters.push_back({*i, *l, id->origin});
      }
    } else {
      ok = false;
    }
  }
  if (const Node* n = m.get("index")) {
    auto v = read_text(*n, "index", d);
    ok = ok && v;
    if (v) table.index_file = resolve_path(*v, path, LibraryFile::index);
    table.index_origin = n->origin;
  }
  return ok;
}

void check_chapters(const TariffTable& table, Diagnostics& d) {
  std::map<std::string, int> seen;
  for (const auto& c : table.chapters) {
    auto [it, fresh] = seen.emplace(c.id, c.origin.line);
    if (!fresh)
      d.error(c.origin, "duplicate chapter id '" + c.id + "'",
              "first defined at line " + std::to_string(it->second) + "; ids must be unique");
  }
}

}  // namespace mkba::load
