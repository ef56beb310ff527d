#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/time_value.hpp"
#include "report/words.hpp"

using namespace mkba;
using mkba::test::dec;
using mkba::test::eur;

TEST_CASE("discount factors: presets, first-year conventions, 12 decimals") {
  Discounting d;
  d.rate = *preset_rate("mkba-2021");
  auto f = discount_factors(d, 3);
  CHECK(f[0] == Exact::integer(1));
  CHECK(to_plain(f[1], 12) == "0.977995110024");
  CHECK(to_plain(f[2], 12) == "0.956474435231");
  d.first_year_discounted = true;
  CHECK(to_plain(discount_factors(d, 1)[0], 12) == "0.977995110024");
  CHECK(preset_rate("greenbook") == dec("0.035"));
  CHECK(preset_rate("zin-2024") == dec("0.03"));
  CHECK_FALSE(preset_rate("mkba-2012"));
}

TEST_CASE("discount factors: the Green Book's rate declines after 30 years of discounting") {
  Discounting flat;
  flat.preset = "rate";
  flat.rate = dec("0.035");
  Discounting green;
  green.preset = "greenbook";
  green.rate = *preset_rate("greenbook");
  auto f = discount_factors(flat, 200), g = discount_factors(green, 200);
  // Year t has t - 1 years of discounting: 30 at 3,5% up to year 31.
  for (int year = 1; year <= 31; ++year) CHECK(g[year - 1] == f[year - 1]);
  CHECK(g[31] == round_factor(g[30] / dec("1.03")));
  CHECK(g[75] == round_factor(g[74] / dec("1.03")));    // year 76: the 75th year discounted
  CHECK(g[76] == round_factor(g[75] / dec("1.025")));   // year 77: the 76th
  CHECK(g[126] == round_factor(g[125] / dec("1.02")));  // year 127: the 126th
  CHECK(g[199] == round_factor(g[198] / dec("1.02")));
  green.first_year_discounted = true;
  auto h = discount_factors(green, 32);
  CHECK(h[29] == round_factor(h[28] / dec("1.035")));  // year 30: the 30th year discounted
  CHECK(h[30] == round_factor(h[29] / dec("1.03")));   // year 31: the 31st
  // A rate set by hand never declines, nor does it under another preset.
  CHECK(f[31] == round_factor(f[30] / dec("1.035")));
}

TEST_CASE("timing: lag, recurrence and drop-off") {
  Timing once;
  CHECK(timing_factor(once, 1) == Exact::integer(1));
  CHECK(timing_factor(once, 2) == Exact());
  Timing t;
  t.lag = 1;
  t.years = 3;
  t.drop_off = dec("0.2");
  CHECK(timing_factor(t, 1) == Exact());
  CHECK(timing_factor(t, 2) == Exact::integer(1));
  CHECK(timing_factor(t, 3) == dec("0.8"));
  CHECK(timing_factor(t, 4) == dec("0.64"));
  CHECK(timing_factor(t, 5) == Exact());
}

TEST_CASE("price level: index[price year] / index[year], exactly") {
  Analysis a = test::stadskamer();
  CHECK(price_level_factor(a, 2017) == Exact::integer(1));  // no price year: prices as given
  IndexSeries cpi;
  cpi.values = {{2017, dec("101.70")}, {2024, dec("130.22")}};
  a.index = cpi;
  a.programme.price_year = 2024;
  CHECK(price_level_factor(a, 2017) == dec("130.22") / dec("101.70"));
  CHECK(price_level_factor(a, 2024) == Exact::integer(1));
}

TEST_CASE("timeline: the hand-computed five-year example of the README") {
  Analysis a = test::stadskamer();
  a.cases = {test::make_case("a", "a", {test::line("ggz_opname_dag", "40")})};
  a.cases[0].avoided[0].timing.years = 5;
  a.cases[0].avoided[0].timing.drop_off = dec("0.2");
  a.programme.participants = 10;
  a.programme.costs = {test::cost("", "Opstart", "100000", "gemeente"),
                       test::cost("", "Uitvoering", "50000", "gemeente")};
  a.programme.costs[1].timing.years = 5;
  a.population = Population{};
  a.programme.horizon = Horizon{5, 2024, {}};
  a.programme.discounting.rate = *preset_rate("mkba-2021");
  a.programme.discounting.origin.line = 1;
  Diagnostics d;
  REQUIRE(validate(a).empty());
  auto r = calculate(a, d);
  REQUIRE(r);
  REQUIRE(r->time);
  const TimeResult& t = *r->time;
  CHECK(t.rows[1].benefit_total == eur("88000"));
  CHECK(t.net_total == eur("19776"));
  CHECK(to_plain(t.npv.exact(), 2) == "18064.81");
  REQUIRE(t.payback);
  CHECK(t.rows[static_cast<std::size_t>(*t.payback - 1)].year == 2026);
}

TEST_CASE("discount presets: each source in Dutch too, and in English with decimal points") {
  for (const auto& p : discount_presets()) {
    CAPTURE(p.name);
    std::string dutch = report::tr(report::Locale::nl, p.source);
    CHECK(dutch != p.source);
    CHECK(dutch.find(" and ") == std::string::npos);
    CHECK(std::string(p.source).find(",5%") == std::string::npos);
    CHECK(std::string(p.source).find(",25%") == std::string::npos);
  }
}
