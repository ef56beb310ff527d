#pragma once
// The declared keys of every map mkba reads (keys.hpp), one table per map.
// A new key is one line in its map's table, then its reading in the loader.

#include "load/keys.hpp"

namespace mkba::load::keys {

// A case file (cases/*.yaml) and its maps.
extern const MapKeys case_file, programme, cost, reach, reference, table_entry, case_entry, line,
    adjustments, recurring, horizon, discounting, population, basis, breakeven_unit, scenario,
    effect, pm_item, assumption, claim, distribution, mean_sd;
// A tariff table (tariffs/*.yaml) and its maps.
extern const MapKeys tariff_table, payer, tariff, price_from_total, alternative, chapter;
// An index series (tariffs/index/*.yaml) and its maps.
extern const MapKeys index_series, index_year;

// Values read outside a map of declared keys.
extern const Value year;         // a calendar year: a key of an index series' values
extern const Value index_value;  // an index series' value of a year
extern const Value weight;       // a case's weight in a basis
extern const Value parameter;    // a parameter of a distribution

}  // namespace mkba::load::keys
