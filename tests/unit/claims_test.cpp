#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/claims.hpp"

using namespace mkba;
using mkba::test::dec;

namespace {

struct Checked {
  Analysis analysis;
  std::optional<Result> result;
};

Claim claim(std::string figure, const char* value, const char* precision = nullptr) {
  Claim c;
  c.figure = std::move(figure);
  c.value = dec(value);
  if (precision) c.precision = dec(precision);
  return c;
}

ClaimCheck check_one(Checked& s, Claim c) {
  s.analysis.claims = {std::move(c)};
  Diagnostics d;
  s.result = calculate(s.analysis, d);
  REQUIRE(s.result);
  REQUIRE(validate_claims(*s.result).empty());
  auto checks = check_claims(*s.result);
  REQUIRE(checks.size() == 1);
  return checks[0];
}

}  // namespace

TEST_CASE("rounding to a step, halves away from zero") {
  CHECK(round_to_step(dec("7242750"), dec("100000")) == dec("7200000"));
  CHECK(round_to_step(dec("3678750"), dec("100000")) == dec("3700000"));
  CHECK(round_to_step(dec("2444.44"), dec("500")) == dec("2500"));
  CHECK(round_to_step(dec("250"), dec("500")) == dec("500"));
  CHECK(round_to_step(dec("-250"), dec("500")) == dec("-500"));
}

TEST_CASE("a claim holds when the computed figure rounds to it") {
  Checked s{test::stadskamer(), {}};
  CHECK(check_one(s, claim("case.casus-1.avoided_total", "14270")).holds);
  CHECK(check_one(s, claim("programme.cost_per_participant", "2500", "500")).holds);
  CHECK(check_one(s, claim("population.benefit.gemeente", "3600000", "100000")).holds);
  CHECK_FALSE(check_one(s, claim("case.casus-1.avoided_total", "14271")).holds);
}

TEST_CASE("the deck's 7,3 mln is the sum of rounded parts") {
  Checked s{test::stadskamer(), {}};
  ClaimCheck c = check_one(s, claim("population.benefit_total", "7300000", "100000"));
  CHECK_FALSE(c.holds);
  CHECK(c.rounded == dec("7200000"));
  CHECK(c.reason == ClaimCheck::Reason::sum_of_rounded_parts);
  REQUIRE(c.parts.size() == 2);
  CHECK(c.parts[0].first == "population.benefit.gemeente");
  CHECK(c.parts[0].second == dec("3600000"));
  CHECK(c.parts[1].second == dec("3700000"));
}

TEST_CASE("other reasons: rounded up, a coarser step, a whole factor") {
  Checked s{test::stadskamer(), {}};
  // 2.444,44 rounded up to the next 100 is 2.500
  CHECK(check_one(s, claim("programme.cost_per_participant", "2500", "100")).reason ==
        ClaimCheck::Reason::rounded_up);
  // 7.242.750 to the nearest 500.000 is 7.000.000
  ClaimCheck coarse = check_one(s, claim("population.benefit_total", "7000000", "100000"));
  CHECK(coarse.reason == ClaimCheck::Reason::coarser_rounding);
  CHECK(coarse.step == dec("500000"));
  ClaimCheck twice = check_one(s, claim("case.casus-1.line.dagbesteding", "15840"));
  CHECK(twice.reason == ClaimCheck::Reason::whole_factor);
  CHECK(twice.factor == 2);
  ClaimCheck missing = check_one(s, claim("case.casus-1.line.dagbesteding", "198"));
  CHECK(missing.reason == ClaimCheck::Reason::whole_factor);
  CHECK(missing.factor == -40);
}

TEST_CASE("an unknown figure path is an error with a suggestion") {
  Analysis a = test::stadskamer();
  a.claims = {claim("population.benefit_totaal", "1")};
  Diagnostics d;
  auto r = calculate(a, d);
  REQUIRE(r);
  Diagnostics v = validate_claims(*r);
  REQUIRE(v.items().size() == 1);
  CHECK(v.items()[0].message == "unknown figure 'population.benefit_totaal'");
  CHECK(v.items()[0].hint.find("did you mean 'population.benefit_total'?") == 0);
}

namespace {

Claim range(std::string figure, const char* low, const char* high) {
  Claim c = claim(std::move(figure), "0");
  c.range = Claim::Range{dec(low), dec(high)};
  return c;
}

Claim rounded(Claim c, Claim::Rounding how) {
  c.rounding = how;
  return c;
}

}  // namespace

TEST_CASE("rounding down truncates towards zero, up goes away from zero") {
  using R = Claim::Rounding;
  CHECK(round_to_step(dec("23236.51"), dec("1"), R::down) == dec("23236"));
  CHECK(round_to_step(dec("23236.51"), dec("1"), R::up) == dec("23237"));
  CHECK(round_to_step(dec("23236.51"), dec("1"), R::nearest) == dec("23237"));
  CHECK(round_to_step(dec("-23236.51"), dec("1"), R::down) == dec("-23236"));
  CHECK(round_to_step(dec("-23236.51"), dec("1"), R::up) == dec("-23237"));
  CHECK(round_to_step(dec("2500"), dec("100"), R::up) == dec("2500"));
  CHECK(round_to_step(dec("7242750"), dec("1000"), R::down) == dec("7242000"));
}

TEST_CASE("a range holds when the rounded figure lies in it") {
  Checked s{test::stadskamer(), {}};
  // programme.cost_per_participant is 2.444,44; case.casus-2.avoided_total 26.975
  CHECK(check_one(s, range("programme.cost_per_participant", "2000", "3000")).holds);
  CHECK(check_one(s, range("programme.cost_per_participant", "2444.44", "2444.44")).holds);
  Claim euro = range("programme.cost_per_participant", "2445", "3000");
  CHECK_FALSE(check_one(s, euro).holds);
  euro.precision = dec("1");
  CHECK_FALSE(check_one(s, euro).holds);                          // 2.444
  CHECK(check_one(s, rounded(euro, Claim::Rounding::up)).holds);  // 2.445
  ClaimCheck outside = check_one(s, range("case.casus-2.avoided_total", "27000", "30000"));
  CHECK_FALSE(outside.holds);
  CHECK(outside.reason == ClaimCheck::Reason::none);
}

TEST_CASE("a claim that says the source truncated holds on the truncated figure") {
  Checked s{test::stadskamer(), {}};
  // population.benefit_total is 7.242.750: truncated to 1.000 it is 7.242.000
  Claim truncated = claim("population.benefit_total", "7242000", "1000");
  ClaimCheck nearest = check_one(s, truncated);
  CHECK_FALSE(nearest.holds);
  CHECK(nearest.reason == ClaimCheck::Reason::rounded_down);
  CHECK(nearest.step == dec("1000"));
  ClaimCheck down = check_one(s, rounded(truncated, Claim::Rounding::down));
  CHECK(down.holds);
  CHECK(down.rounded == dec("7242000"));
  // Said to round down, but rounded to the nearest.
  ClaimCheck said_down = check_one(
      s, rounded(claim("population.benefit_total", "7243000", "1000"), Claim::Rounding::down));
  CHECK_FALSE(said_down.holds);
  CHECK(said_down.reason == ClaimCheck::Reason::rounded_nearest);
}

TEST_CASE("truncation to the euro beats a chance coarser step") {
  // A source printed 23.235 for 23.235,51: truncated to the euro. 23.235 is
  // also 23.235,51 to the nearest 2,5, which is chance, and a coarser step.
  Checked s{test::stadskamer(), {}};
  s.analysis.tariffs.tariffs[1].price = test::eur("23235.51");  // seh_bezoek
  ClaimCheck c = check_one(s, claim("case.casus-1.line.seh_bezoek", "23235"));
  CHECK_FALSE(c.holds);
  CHECK(c.reason == ClaimCheck::Reason::rounded_down);
  CHECK(c.step == dec("1"));
}

TEST_CASE("a claim on a scenario is checked on that scenario's result") {
  Analysis base = test::stadskamer();
  Claim on_base = claim("case.casus-1.line.dagbesteding", "7920");
  Claim on_laag = claim("case.casus-1.line.dagbesteding", "5280");
  on_laag.scenario = "laag";
  base.claims = {on_base, on_laag};
  Analysis laag = base;
  laag.scenario = "laag";
  laag.cases[0].avoided[0].quantity = test::qty("4");
  Diagnostics d;
  auto base_result = calculate(base, d);
  auto laag_result = calculate(laag, d);
  REQUIRE(base_result);
  REQUIRE(laag_result);
  std::vector<ClaimCheck> checks = check_claims(ClaimResults{&*base_result, {&*laag_result}});
  REQUIRE(checks.size() == 2);
  CHECK(checks[0].holds);
  CHECK(checks[1].holds);
  CHECK(checks[1].computed == dec("5280"));
  // One result checks only its own claims.
  CHECK(check_claims(*base_result).size() == 1);
  REQUIRE(check_claims(*laag_result).size() == 2);
  CHECK_FALSE(check_claims(*laag_result)[0].holds);
  CHECK(claimed_scenarios(base) == std::vector<std::string>{"laag"});
}

TEST_CASE("a claim on a scenario the file does not define is an error") {
  Analysis a = test::stadskamer();
  a.scenarios = {Scenario{"laag", "", {}, {}}};
  Claim c = claim("programme.participants", "450");
  c.scenario = "lag";
  a.claims = {c};
  Diagnostics d = validate(a);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message == "unknown scenario 'lag'");
  CHECK(d.items()[0].hint.find("did you mean 'laag'?") == 0);
}
