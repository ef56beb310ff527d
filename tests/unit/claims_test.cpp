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
