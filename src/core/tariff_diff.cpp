#include "core/tariff_diff.hpp"

#include "core/tariff_check.hpp"

namespace mkba {
namespace {

using Kind = TariffChange::Kind;

std::vector<std::string> differing(const Tariff& a, const Tariff& b) {
  std::vector<std::string> out;
  if (a.price != b.price) out.push_back("price");
  if (a.unit != b.unit || a.unit_plural != b.unit_plural) out.push_back("unit");
  if (a.payer != b.payer) out.push_back("payer");
  if (a.price_year != b.price_year) out.push_back("price_year");
  if (a.source != b.source) out.push_back("source");
  return out;
}

// (to - from) / from x 100, exactly; none when `from` is 0.
std::optional<Exact> percent(const Money& from, const Money& to) {
  if (from.is_zero()) return std::nullopt;
  return ((to - from) / from).exact() * Exact::integer(100);
}

}  // namespace

std::size_t TariffDiff::count(Kind kind) const {
  std::size_t n = 0;
  for (const auto& r : rows) n += r.kind == kind ? 1 : 0;
  return n;
}

std::optional<TariffDiff> diff_tariffs(const TariffTable& old_table, const TariffTable& new_table,
                                       const IndexSeries* index, Diagnostics& d) {
  TariffDiff out;
  out.old_table = &old_table;
  out.new_table = &new_table;
  Diagnostics local;
  bool indexed = false;
  for (const auto& t : old_table.tariffs) {
    TariffChange c;
    c.old_tariff = &t;
    c.new_tariff = new_table.find_tariff(t.id);
    if (!c.new_tariff) {
      c.kind = Kind::removed;
      out.rows.push_back(c);
      continue;
    }
    c.fields = differing(t, *c.new_tariff);
    if (c.fields.empty()) {
      ++out.unchanged;
      continue;
    }
    try {
      c.change = percent(t.price, c.new_tariff->price);
      if (index && t.price_year != c.new_tariff->price_year) {
        PriceIndexer indexer(index, c.new_tariff->price_year, local);
        c.index_factor = indexer.factor(t, c.new_tariff->origin);
        if (!c.index_factor) continue;
        c.old_indexed = t.price * Quantity(*c.index_factor);
        c.change_indexed = percent(*c.old_indexed, c.new_tariff->price);
        indexed = true;
      }
    } catch (const OutOfRange&) {
      local.error(c.new_tariff->origin,
                  "tariff '" + t.id + "': its change in price is too large to compute exactly");
      continue;
    }
    out.rows.push_back(c);
  }
  for (const auto& t : new_table.tariffs)
    if (!old_table.find_tariff(t.id)) {
      TariffChange c;
      c.kind = Kind::added;
      c.new_tariff = &t;
      out.rows.push_back(c);
    }
  if (indexed) out.index = index;
  d.append(local);
  if (!local.empty()) return std::nullopt;
  return out;
}

}  // namespace mkba
