#include "load/tariff_sets.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "core/suggest.hpp"

namespace mkba::load {
namespace {

bool plain_id(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

std::optional<TableUse> read_use(const Node& node, Diagnostics& d) {
  TableUse use;
  use.origin = node.origin;
  const Node* file = &node;
  if (node.kind == Node::Kind::map) {
    MapReader m(node, keys::table_entry, d);
    file = m.require("file");
    if (!m.ok() || !file) return std::nullopt;
    use.origin = file->origin;
    if (const Node* id = m.get("id")) {
      auto v = read_id(*id, "id", d);
      if (!v) return std::nullopt;
      use.id = *v;
    }
    if (const Node* payers = m.get("payers")) {
      if (payers->kind != Node::Kind::map) {
        d.error(payers->origin,
                "payers: expected a map of the table's payer ids to the case's, got " +
                    describe(*payers),
                "e.g. payers: {zvw: zorgverzekeraar, wmo: gemeente}");
        return std::nullopt;
      }
      for (const auto& e : payers->entries) {
        auto to = read_id(e.value, e.key, d);
        if (!to) return std::nullopt;
        use.payers.emplace_back(e.key, *to);
        use.payer_origins.emplace_back(e.key_origin, e.value.origin);
      }
    }
  }
  auto path = read_text(*file, "file", d);
  if (!path) return std::nullopt;
  use.written = *path;
  if (use.id.empty()) {
    use.id = std::filesystem::path(*path).stem().string();
    if (!plain_id(use.id)) {
      d.error(file->origin, "the table's file name '" + use.id + "' is not a valid table id",
              "give the entry an id: {file: " + *path + ", id: NAME}");
      return std::nullopt;
    }
  }
  return use;
}

// Where each tariff a case names is found: the table and the tariff's own id.
struct Found {
  std::size_t table = 0;
  std::string id;
};

class Combiner {
 public:
  Combiner(const std::vector<TableUse>& uses, const std::vector<TariffTable>& tables,
           Diagnostics& d)
      : uses_(uses), tables_(tables), d_(d) {
    for (std::size_t k = 0; k < tables.size(); ++k)
      for (const auto& t : tables[k].tariffs) holders_[t.id].push_back(k);
  }

  // The combined id of the tariff written as `ref`; reported when there is none.
  std::optional<std::string> resolve(const std::string& ref, const Origin& where) {
    auto found = find(ref, where);
    if (!found) return std::nullopt;
    std::string id = combined_id(found->table, found->id);
    if (found->table > 0 && !taken_.count(id)) {
      taken_.insert(id);
      named_.push_back(*found);
    }
    return id;
  }

  std::optional<TariffTable> combine() {
    TariffTable out = tables_[0];
    out.tariffs.clear();
    for (const auto& t : tables_[0].tariffs) add(out, 0, t);
    for (const auto& f : named_) add(out, f.table, *tables_[f.table].find_tariff(f.id));
    for (std::size_t k = 0; k < tables_.size(); ++k)
      out.combined.push_back(
          {uses_[k].id, tables_[k].file, tables_[k].name, tables_[k].price_year});
    if (!ok_) return std::nullopt;
    return out;
  }

  bool check_uses() {
    std::map<std::string, Origin> seen;
    for (std::size_t k = 0; k < uses_.size(); ++k) {
      const TableUse& u = uses_[k];
      auto [it, fresh] = seen.emplace(u.id, u.origin);
      if (!fresh)
        fail(u.origin, "two tables have the id '" + u.id + "'",
             "give one of them another id: {file: " + u.written + ", id: NAME}");
      for (std::size_t i = 0; i < u.payers.size(); ++i) {
        const auto& [from, to] = u.payers[i];
        if (!tables_[k].find_payer(from))
          fail(u.payer_origins[i].first, "table '" + u.id + "' has no payer '" + from + "'",
               did_you_mean(from, tables_[k].payer_ids()));
        if (!payer_named(to))
          fail(u.payer_origins[i].second, "unknown payer '" + to + "'",
               did_you_mean(to, all_payer_ids()));
      }
    }
    return ok_;
  }

 private:
  std::optional<Found> find(const std::string& ref, const Origin& where) {
    auto slash = ref.find('/');
    if (slash != std::string::npos) {
      std::string table = ref.substr(0, slash), id = ref.substr(slash + 1);
      for (std::size_t k = 0; k < uses_.size(); ++k) {
        if (uses_[k].id != table) continue;
        if (tables_[k].find_tariff(id)) return Found{k, id};
        fail(where, "table '" + table + "' has no tariff '" + id + "'",
             did_you_mean(id, tables_[k].tariff_ids()));
        return std::nullopt;
      }
      std::vector<std::string> ids;
      for (const auto& u : uses_) ids.push_back(u.id);
      fail(where, "unknown tariff table '" + table + "' in '" + ref + "'",
           did_you_mean(table, ids));
      return std::nullopt;
    }
    auto it = holders_.find(ref);
    if (it == holders_.end()) {
      std::vector<std::string> ids;
      for (const auto& [id, holders] : holders_) ids.push_back(id);
      fail(where, "unknown tariff '" + ref + "'", did_you_mean(ref, ids));
      return std::nullopt;
    }
    if (it->second.size() > 1) {
      std::string tables, choices;
      for (std::size_t k : it->second) {
        tables += (tables.empty() ? "" : ", ") + uses_[k].id;
        choices += (choices.empty() ? "" : " or ") + uses_[k].id + "/" + ref;
      }
      fail(where, "tariff '" + ref + "' is in more than one table: " + tables,
           "name the table: " + choices);
      return std::nullopt;
    }
    return Found{it->second.front(), ref};
  }

  std::string combined_id(std::size_t table, const std::string& id) const {
    return holders_.at(id).size() > 1 ? uses_[table].id + "/" + id : id;
  }

  void add(TariffTable& out, std::size_t k, Tariff t) {
    t.id = combined_id(k, t.id);
    for (auto& part : t.includes) part = combined_id(k, part);
    for (const auto& [from, to] : uses_[k].payers)
      if (t.payer == from) t.payer = to;
    if (!out.find_payer(t.payer))
      for (const auto& table : tables_)
        if (const Payer* p = table.find_payer(t.payer)) {
          out.payers.push_back(*p);
          break;
        }
    out.tariffs.push_back(std::move(t));
  }

  bool payer_named(const std::string& id) const {
    for (const auto& t : tables_)
      if (t.find_payer(id)) return true;
    return false;
  }

  std::vector<std::string> all_payer_ids() const {
    std::vector<std::string> ids;
    for (const auto& t : tables_)
      for (const auto& p : t.payers)
        if (std::find(ids.begin(), ids.end(), p.id) == ids.end()) ids.push_back(p.id);
    return ids;
  }

  void fail(const Origin& where, std::string message, std::string hint = {}) {
    d_.error(where, std::move(message), std::move(hint));
    ok_ = false;
  }

  const std::vector<TableUse>& uses_;
  const std::vector<TariffTable>& tables_;
  Diagnostics& d_;
  std::map<std::string, std::vector<std::size_t>> holders_;  // tariff id -> tables that have it
  std::set<std::string> taken_;                              // combined ids of named_
  std::vector<Found> named_;  // tariffs of the other tables, in order of first use
  bool ok_ = true;
};

}  // namespace

std::optional<std::string> read_tariff_ref(const Node& node, Diagnostics& d) {
  auto text = read_text(node, "tariff", d);
  if (!text) return std::nullopt;
  auto slash = text->find('/');
  if (slash == std::string::npos) return read_id(node, "tariff", d);
  if (plain_id(text->substr(0, slash)) && plain_id(text->substr(slash + 1))) return text;
  d.error(node.origin, "tariff: '" + *text + "' is not a valid tariff id",
          "write ID, or TABLE/ID for a tariff of one of the case's tables");
  return std::nullopt;
}

std::optional<std::vector<TableUse>> read_table_uses(const Node& list, Diagnostics& d) {
  std::vector<TableUse> uses;
  bool ok = true;
  for (const auto& item : list.items) {
    auto use = read_use(item, d);
    ok = ok && use;
    if (use) uses.push_back(std::move(*use));
  }
  if (ok && uses.empty()) {
    d.error(list.origin, "tariffs: the list names no table",
            "e.g. tariffs: [../tariffs/stadskamer-2017.yaml, kostenhandleiding-2024]");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return uses;
}

std::optional<TariffTable> combine_tables(const std::vector<TableUse>& uses,
                                          const std::vector<TariffTable>& tables, Analysis& a,
                                          Diagnostics& d) {
  Combiner c(uses, tables, d);
  bool ok = c.check_uses();
  for (auto& cs : a.cases)
    for (auto& line : cs.avoided) {
      auto id = c.resolve(line.tariff, line.tariff_origin);
      ok = ok && id;
      if (id) line.tariff = *id;
    }
  for (auto& u : a.breakeven_units) {
    auto id = c.resolve(u.tariff, u.origin);
    ok = ok && id;
    if (id) u.tariff = *id;
  }
  auto table = c.combine();
  if (!ok || !table) return std::nullopt;
  return table;
}

}  // namespace mkba::load
