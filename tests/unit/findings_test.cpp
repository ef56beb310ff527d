#include "core/findings.hpp"

#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"

using namespace mkba;
using mkba::test::dec;
using mkba::test::line;

namespace {

Tariff& tariff(Analysis& a, const std::string& id) {
  for (auto& t : a.tariffs.tariffs)
    if (t.id == id) return t;
  FAIL("no tariff " << id);
  throw;
}

// The deck with the time each tariff takes, as the bundled table declares it.
Analysis timed_deck() {
  Analysis a = test::stadskamer();
  tariff(a, "dagbesteding").occupies = Occupies::dagdeel;
  tariff(a, "dagopname").occupies = Occupies::day;
  tariff(a, "ggz_opname_dag").occupies = Occupies::day;
  tariff(a, "poh_uur").occupies = Occupies::hour;
  return a;
}

std::vector<Finding> findings_of(const Analysis& a) {
  Diagnostics d;
  REQUIRE(validate(a).empty());
  auto r = calculate(a, d);
  REQUIRE(r.has_value());
  return find_findings(*r);
}

std::vector<AvoidedLine>& lines(Analysis& a, std::size_t c) { return a.cases[c].avoided; }

}  // namespace

TEST_CASE("findings: the deck, 40 weeks of day care and 3 weeks admitted, raises none") {
  CHECK(findings_of(timed_deck()).empty());
}

TEST_CASE("findings: one tariff on two lines, unless both have ids") {
  Analysis a = timed_deck();
  lines(a, 0).push_back(line("dagopname"));
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::same_tariff);
  CHECK(f[0].case_id == "casus-1");
  CHECK(f[0].tariffs == std::vector<std::string>{"dagopname", "dagopname"});
  lines(a, 0)[2].id = "eerste";
  CHECK(findings_of(a).size() == 1);  // one id is not enough
  lines(a, 0)[4].id = "tweede";
  CHECK(findings_of(a).empty());
}

TEST_CASE("findings: line ids name the lines' figure paths") {
  Analysis a = timed_deck();
  lines(a, 0).push_back(line("dagopname"));
  CHECK(line_names(a.cases[0])[2] == "3");
  CHECK(line_names(a.cases[0])[4] == "5");
  lines(a, 0)[2].id = "eerste";
  lines(a, 0)[4].id = "tweede";
  CHECK(line_names(a.cases[0])[2] == "eerste");
  CHECK(line_names(a.cases[0])[4] == "tweede");
  CHECK(line_names(a.cases[0])[0] == "dagbesteding");
}

TEST_CASE("findings: a tariff and a part it includes, in one case") {
  Analysis a = timed_deck();
  Tariff& whole = tariff(a, "ggz_deeltijd");
  whole.includes = {"ggz_opname_dag"};
  whole.include_origins = {{"t.yaml", 7, 15}};
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::whole_and_part);
  CHECK(f[0].case_id == "casus-2");
  CHECK(f[0].tariffs == std::vector<std::string>{"ggz_deeltijd", "ggz_opname_dag", "ggz_deeltijd"});
  CHECK(f[0].where.back().line == 7);
}

TEST_CASE("findings: more dagdelen a week than a week holds") {
  Analysis a = timed_deck();
  lines(a, 1)[0].quantity = test::qty("15");
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::rate);
  CHECK(f[0].per == Period::week);
  CHECK(f[0].unit == Occupies::dagdeel);
  CHECK(f[0].value == Exact::integer(15));
  CHECK(f[0].limit == Exact::integer(14));
}

TEST_CASE("findings: lines of one period add up, in days when their units differ") {
  Analysis a = timed_deck();
  lines(a, 2).push_back(line("ggz_opname_dag", "6", Period::week, "2"));
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::rate);
  CHECK(f[0].unit == Occupies::day);
  // 8 dagdelen = 4 days, 1 hour = 1/24 day, 6 days.
  CHECK(f[0].parts ==
        std::vector<Exact>{Exact::integer(4), Exact::fraction(1, 24), Exact::integer(6)});
  CHECK(f[0].limit == Exact::integer(7));
}

TEST_CASE("findings: more weeks than a year holds") {
  Analysis a = timed_deck();
  lines(a, 2)[0].periods = test::qty("53");
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::periods);
  CHECK(f[0].value == Exact::integer(53));
  CHECK(f[0].limit == Exact::integer(52));
}

TEST_CASE("findings: day care on days an admission fills") {
  Analysis a = timed_deck();
  lines(a, 1)[0].periods = test::qty("52");  // 10 dagdelen a week all year, and 21 days admitted
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::admitted);
  CHECK(f[0].parts == std::vector<Exact>{Exact::integer(364), Exact::integer(21)});
  CHECK(f[0].value == Exact::integer(385));
  CHECK(f[0].limit == Exact::integer(365));
}

TEST_CASE("findings: an admission in another year than the day care is possible") {
  Analysis a = timed_deck();
  lines(a, 1)[0].periods = test::qty("52");
  lines(a, 1)[1].timing.lag = 1;
  a.programme.horizon = Horizon{2, 0, {}};
  CHECK(findings_of(a).empty());
}

TEST_CASE("findings: more days of care than a year holds") {
  Analysis a = timed_deck();
  lines(a, 1)[1].quantity = test::qty("300");
  lines(a, 1).push_back(line("dagopname", "100"));
  bool year = false;
  for (const auto& f : findings_of(a))
    if (f.kind == Finding::Kind::year) {
      year = true;
      CHECK(f.value == dec("600"));  // 400 dagdelen are 200 days, + 300 + 100 days
      CHECK(f.unit == Occupies::day);
    }
  CHECK(year);
}

TEST_CASE("findings: a payer counted as its most expensive case") {
  Analysis a = timed_deck();
  a.population->payer_basis[0].second.case_id = "casus-2";  // 13.200 for the municipality
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::most_expensive);
  CHECK(f[0].payer == "gemeente");
  CHECK(f[0].value == Exact::integer(13200));
  CHECK(f[0].limit == Exact::integer(10560));  // (7.920 + 13.200 + 10.560) / 3
}

TEST_CASE("findings: counts that add up to more participants than there are") {
  Analysis a = timed_deck();
  Basis mix;
  mix.kind = Basis::Kind::weights;
  mix.weights = {{"casus-1", test::qty("450")}, {"casus-2", test::qty("450")}};
  a.population->default_basis = mix;
  auto f = findings_of(a);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == Finding::Kind::weights_count);
  CHECK(f[0].value == Exact::integer(900));
  CHECK(f[0].limit == Exact::integer(450));
  mix.weights = {{"casus-1", test::qty("5")}, {"casus-2", test::qty("2")}};  // a sample: fine
  a.population->default_basis = mix;
  CHECK(findings_of(a).empty());
}

TEST_CASE("each side of a case is read on its own: the same tariff on two sides is no double count") {
  Analysis a = timed_deck();
  AvoidedLine with = line("dagbesteding", "2", Period::week, "40");
  with.side = Side::with;
  lines(a, 0).push_back(with);  // casus-1 has dagbesteding without the programme too
  a.cases[0].two_sided = true;
  for (const Finding& f : findings_of(a)) CHECK(f.kind != Finding::Kind::same_tariff);
  // Two cost lines of one tariff, neither with an id, are summed: found.
  AvoidedLine hours = line("poh_uur", "10");
  hours.side = Side::cost;
  lines(a, 0).push_back(hours);
  lines(a, 0).push_back(hours);
  int same = 0;
  for (const Finding& f : findings_of(a)) same += f.kind == Finding::Kind::same_tariff;
  CHECK(same == 1);
}
