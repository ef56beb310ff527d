#pragma once
// Two versions of a tariff table compared (`mkba tariffs diff OLD NEW`):
// tariffs added, removed and changed, with the change of price in percent,
// exactly; and, where the price years differ and an index series is given,
// the change after indexing the old price to the new price year.

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace mkba {

struct TariffChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  const Tariff* old_tariff = nullptr;  // null when added
  const Tariff* new_tariff = nullptr;  // null when removed
  // What differs, of "price", "unit", "payer", "price_year" and "source".
  std::vector<std::string> fields;
  // (new price - old price) / old price x 100; none when the old price is 0.
  std::optional<Exact> change;
  // With differing price years and an index series: the old price in prices
  // of the new one's year, and the change from it.
  std::optional<Exact> index_factor;
  std::optional<Money> old_indexed;
  std::optional<Exact> change_indexed;
};

struct TariffDiff {
  const TariffTable* old_table = nullptr;
  const TariffTable* new_table = nullptr;
  const IndexSeries* index = nullptr;  // null when no price was indexed
  // Removed and changed in the old table's order, then the added in the new one's.
  std::vector<TariffChange> rows;
  std::size_t unchanged = 0;
  std::size_t count(TariffChange::Kind kind) const;
};

// Tariffs are matched by id. `index` may be null: then nothing is indexed.
// Nothing (with `d`) when the series does not cover a price year that
// differs, or an indexed price is too large to compare exactly. The result
// points into its arguments.
std::optional<TariffDiff> diff_tariffs(const TariffTable& old_table, const TariffTable& new_table,
                                       const IndexSeries* index, Diagnostics& d);

}  // namespace mkba
