#include "core/time_value.hpp"

#include <algorithm>

namespace mkba {

Exact round_factor(const Exact& value) {
  Decimal d = value.round(12);
  return Exact::fraction(d.units, 1'000'000'000'000LL);
}

bool any_adjustment(const Analysis& a) {
  if (a.programme.adjustments.any()) return true;
  for (const auto& c : a.cases) {
    if (c.adjustments.any()) return true;
    for (const auto& l : c.avoided)
      if (l.adjustments.any()) return true;
  }
  return false;
}

Exact price_level_factor(const Analysis& a, int year) {
  if (a.programme.price_year == 0 || !a.index || year == a.programme.price_year)
    return Exact::integer(1);
  return *a.index->at(a.programme.price_year) / *a.index->at(year);
}

// Each preset's source and how far it is verified: README, "Time and
// discounting". The source is the English text of the report's catalogue.
const std::vector<DiscountPreset>& discount_presets() {
  static const std::vector<DiscountPreset> presets{
      {"none", "0", "no discounting"},
      {"mkba-2021", "0.0225",
       "Werkgroep discontovoet 2020, in force from 1 January 2021 (rwseconomie.nl): risk-free "
       "-1% + risk premium 3.25%"},
      {"mkba-2016", "0.03",
       "Werkgroep discontovoet 2015, in force 1 April 2016 to 31 December 2020: 0% + risk "
       "premium 3%"},
      {"zin-2024", "0.03",
       "Zorginstituut Nederland, Richtlijn economische evaluaties in de gezondheidszorg (2024): "
       "costs at 3% (effects at 1.5%), as secondary sources quote it"},
      {"greenbook",
       "0.035",
       "HM Treasury, The Green Book: 3.5% for years 0-30, then 3% (31-75), 2.5% (76-125), 2% "
       "(126-200), 1.5% (201-300) and 1% (301 on)",
       {{31, "0.03"}, {76, "0.025"}, {126, "0.02"}, {201, "0.015"}, {301, "0.01"}}},
  };
  return presets;
}

std::optional<Exact> preset_rate(const std::string& name) {
  for (const auto& p : discount_presets())
    if (name == p.name) return parse_decimal(p.rate, 4, 2).value;
  return std::nullopt;
}

namespace {

// The rate of the `step`-th year of discounting (1-based): the preset's band
// for it when it declines over time, else the one rate.
Exact rate_of_step(const Discounting& d, int step) {
  Exact rate = d.rate;
  for (const auto& p : discount_presets())
    if (d.preset == p.name)
      for (const auto& band : p.later)
        if (step >= band.from) rate = *parse_decimal(band.rate, 4, 2).value;
  return rate;
}

}  // namespace

std::vector<Exact> discount_factors(const Discounting& d, int years) {
  int steps = 0;
  auto next = [&] { return Exact::integer(1) / (Exact::integer(1) + rate_of_step(d, ++steps)); };
  std::vector<Exact> out;
  Exact factor = d.first_year_discounted ? round_factor(next()) : Exact::integer(1);
  for (int year = 1; year <= years; ++year) {
    out.push_back(factor);
    factor = round_factor(factor * next());
  }
  return out;
}

std::vector<Exact> timing_factors(const Timing& t, int years) {
  std::vector<Exact> out(static_cast<std::size_t>(std::max(years, 0)));
  const Exact keep = Exact::integer(1) - t.drop_off;
  Exact factor = Exact::integer(1);
  for (int k = 0; k < t.years && t.lag + k < years; ++k) {
    if (k > 0) factor = round_factor(factor * keep);
    if (t.lag + k >= 0) out[static_cast<std::size_t>(t.lag + k)] = factor;
  }
  return out;
}

Exact timing_factor(const Timing& t, int year) {
  return year < 1 ? Exact() : timing_factors(t, year).back();
}

}  // namespace mkba
