#pragma once
// "What if": changing an input by path before computing, from `--set PATH=VALUE`
// or a named scenario. The path language:
//
//   tariffs.ID.price                          a price (money)
//   tariffs.ID.payer                          a payer id
//   programme.participants                    a whole number
//   programme.costs.ID.amount                 a programme cost (ID, or N 1-based)
//   population.participants                   a whole number
//   population.basis.PAYER                    mean | median | a case id (PAYER or default)
//   population.basis.PAYER.weights.CASE       a weight in a case mix
//   cases.ID.avoided.TARIFF.quantity          a line's quantity (TARIFF, or N 1-based)
//   cases.ID.avoided.TARIFF.for               a line's number of periods
//   cases.ID.avoided.TARIFF.payer             a line's payer
//   adjustments.SHARE                         deadweight, attribution, displacement,
//   cases.ID.adjustments.SHARE                probability (0..1) of the programme,
//   cases.ID.avoided.TARIFF.adjustments.SHARE a case or a line
//   discounting.preset, discounting.rate      see time_value.hpp
//   discounting.first_year                    undiscounted | discounted
//   horizon.years                             a whole number of years
//   programme.price_year                      the analysis price level

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/model.hpp"

namespace mkba {

struct Override {
  std::string path;
  std::string value;  // as written; parsed by the path's type
  Origin origin;      // where it was written
  std::string from;   // "--set" or "scenario NAME", shown in outputs
};

// Applies each override in order; reports unknown paths ("did you mean") and
// values of the wrong type at the override's origin. Applied overrides are
// recorded in `analysis.overrides`.
Diagnostics apply_overrides(Analysis& analysis, const std::vector<Override>& overrides);

// "a.b.c" -> {"a", "b", "c"}: the segments of an override or figure path
// (ids cannot contain dots).
std::vector<std::string> split_path(const std::string& path);

// Every path an override can name in this analysis (for suggestions and docs).
std::vector<std::string> override_paths(const Analysis& analysis);

}  // namespace mkba
