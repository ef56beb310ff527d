#pragma once
// A case file may name several tariff tables (the deck's own and a reference
// library). They are combined when the file is loaded into the one table the
// calculation uses: the first table whole, and from the others the tariffs
// the file names. A tariff id that two tables share is written TABLE/ID
// (README, "Several tariff tables").

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "load/schema.hpp"

namespace mkba::load {

// One entry of `programme.tariffs` when it is a list.
struct TableUse {
  std::string id;       // qualifies the table's tariff ids: ID/TARIFF
  std::string written;  // the path as written
  // The table's payer -> the payer its tariffs get in the case, with where each is written.
  std::vector<std::pair<std::string, std::string>> payers;
  std::vector<std::pair<Origin, Origin>> payer_origins;
  Origin origin;
};

// The `tariff` of a line or break-even unit: an id, or TABLE/ID.
std::optional<std::string> read_tariff_ref(const Node& node, Diagnostics& d);

// The entries of a `tariffs` list: paths, or {file, id, payers} maps.
std::optional<std::vector<TableUse>> read_table_uses(const Node& list, Diagnostics& d);

// Combines `tables` (one per use, in order) into one and rewrites the tariff
// ids of the analysis' lines and break-even units to their ids in it.
// Nothing (having reported) when a tariff is unknown or ambiguous, or a
// payer mapping is wrong.
std::optional<TariffTable> combine_tables(const std::vector<TableUse>& uses,
                                          const std::vector<TariffTable>& tables, Analysis& a,
                                          Diagnostics& d);

}  // namespace mkba::load
