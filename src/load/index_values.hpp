#pragma once
// One year of an index series file: an index value, written as a number or
// as {index: N}, or the change on the year before, {percent: P}, chained
// exactly (README, "Price level").

#include <optional>
#include <utility>
#include <vector>

#include "core/units.hpp"
#include "load/schema.hpp"

namespace mkba::load {

// The index value of `year`, whose entry is `value`; `before` holds the
// years read so far. Nothing (having reported) when it cannot be read; a
// change on a year whose own entry was wrong (`after_error`) is not reported
// again.
std::optional<Exact> read_index_value(const Node& value, int year,
                                      const std::vector<std::pair<int, Exact>>& before,
                                      bool after_error, Diagnostics& d);

}  // namespace mkba::load
