#pragma once
// Reading the keys of time, price level and additionality: `adjustments`,
// `recurring`/`lag`, `horizon`, `discounting`, and index series files.

#include <optional>
#include <string>

#include "core/model.hpp"
#include "load/schema.hpp"
#include "load/source_file.hpp"

namespace mkba::load {

// An `adjustments` map: deadweight, attribution, displacement, probability.
bool read_adjustments(const Node& node, Adjustments& out, Diagnostics& d);
// The `recurring` and `lag` keys of a line or a cost, when present.
bool read_timing(const MapReader& m, Timing& out, Diagnostics& d);
std::optional<Horizon> read_horizon(const Node& node, Diagnostics& d);
std::optional<Discounting> read_discounting(const Node& node, Diagnostics& d);
// An index series file (tariffs/index/*.yaml).
std::optional<IndexSeries> load_index_series(const std::string& path, Sources& sources,
                                             Diagnostics& d);

}  // namespace mkba::load
