#pragma once
// The keys of a tariff library: a tariff's paragraph, chapter, group,
// verification, alternative prices, note, reference and deviation reason; a
// table's chapters and index series (README, "Tariff library").

#include <optional>

#include "core/model.hpp"
#include "load/schema.hpp"

namespace mkba::load {

// Reads the library keys of a tariff into `t`; `price` is its price when that
// could be read, `chapters` the table's when they could all be read. False
// (having reported) when a key is wrong.
bool read_tariff_library_keys(const MapReader& m, const std::optional<Exact>& price,
                              const std::vector<Chapter>* chapters, Tariff& t, Diagnostics& d);
// A table's `chapters` and `index`; `path` is the table's file.
bool read_table_library_keys(const MapReader& m, const std::string& path, TariffTable& table,
                             Diagnostics& d);
// Chapter ids are unique.
void check_chapters(const TariffTable& table, Diagnostics& d);

}  // namespace mkba::load
