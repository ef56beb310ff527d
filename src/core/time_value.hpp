#pragma once
// Time, price level and additionality: the factors that turn a gross,
// one-year figure into a net figure over a horizon at one price level.
//
// Factors that can be exact are exact (index ratios, additionality shares).
// Year factors (drop-off and discounting) are powers that would outgrow
// 128-bit fractions, so each is carried at 12 decimals, rounded half away
// from zero at each year's step (README, "Time and discounting").

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace mkba {

// True when any line, case or the programme sets a share.
bool any_adjustment(const Analysis& analysis);

// The factor that converts a price of `year` to the analysis price year:
// index[price_year] / index[year]; 1 when the analysis sets no price year.
// The only place prices are indexed.
Exact price_level_factor(const Analysis& analysis, int year);

// A rate from the `from`-th year of discounting on (1-based), for a rate that
// declines over long horizons.
struct RateBand {
  int from;
  const char* rate;  // decimal text
};
struct DiscountPreset {
  const char* name;
  const char* rate;  // decimal text; of the first years when `later` declines from it
  const char* source;
  std::vector<RateBand> later = {};
};
const std::vector<DiscountPreset>& discount_presets();
std::optional<Exact> preset_rate(const std::string& name);

// Discount factor of each year 1..years: each year's factor is the year
// before's over (1 + the rate of that year of discounting).
std::vector<Exact> discount_factors(const Discounting& discounting, int years);
// The share of an amount that falls in year `year` (1-based) by its timing.
Exact timing_factor(const Timing& timing, int year);
// The same for each year 1..years at once, in linear time.
std::vector<Exact> timing_factors(const Timing& timing, int years);

// Rounds to the 12 decimals year factors carry.
Exact round_factor(const Exact& value);

}  // namespace mkba
