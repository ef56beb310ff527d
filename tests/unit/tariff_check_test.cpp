#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/tariff_check.hpp"

using namespace mkba;
using mkba::test::dec;
using mkba::test::eur;
using Verdict = TariffComparison::Verdict;

namespace {

Tariff tariff(std::string id, const char* price, int year, std::string reference = {}) {
  Tariff t;
  t.id = std::move(id);
  t.price = eur(price);
  t.price_year = year;
  t.reference = std::move(reference);
  t.origin = {"deck.yaml", 1, 1};
  return t;
}

TariffTable reference_table() {
  TariffTable r;
  r.file = "reference.yaml";
  r.price_year = 2022;
  r.tariffs = {tariff("seh_bezoek", "258", 2022), tariff("nul", "0", 2022)};
  for (auto& t : r.tariffs) t.origin.file = r.file;
  return r;
}

IndexSeries series() {
  IndexSeries s;
  s.name = "test";
  s.values = {{2017, dec("100")}, {2022, dec("120")}};
  return s;
}

}  // namespace

TEST_CASE("tariff check: both prices in one year, the deviation an exact fraction") {
  TariffTable deck;
  deck.tariffs = {tariff("seh", "250", 2017, "seh_bezoek"), tariff("vrij", "10", 2017)};
  TariffTable ref = reference_table();
  IndexSeries index = series();
  Diagnostics d;
  auto check = check_tariffs(deck, ref, &index, {}, d);
  REQUIRE(d.empty());
  REQUIRE(check->rows.size() == 2);
  const TariffComparison& seh = check->rows[0];
  CHECK(check->year == 2022);
  CHECK(check->index == &index);
  CHECK(seh.price == eur("300"));  // 250 x 120 / 100
  CHECK(seh.reference_price == eur("258"));
  CHECK(*seh.deviation == Exact::fraction(700, 43));  // (300 - 258) / 258 x 100
  CHECK(seh.verdict == Verdict::finding);
  CHECK(check->rows[1].verdict == Verdict::no_reference);
  CHECK(check->count(Verdict::finding) == 1);

  // In prices of 2017 the deviation is the same; the reference is indexed instead.
  TariffCheckOptions in_2017;
  in_2017.year = 2017;
  auto back = check_tariffs(deck, ref, &index, in_2017, d);
  REQUIRE(back);
  CHECK(back->rows[0].reference_price == eur("215"));
  CHECK(*back->rows[0].deviation == Exact::fraction(700, 43));
}

TEST_CASE("tariff check: the threshold, exactly; a reason explains a deviation") {
  TariffTable deck;
  deck.tariffs = {tariff("seh", "283.8", 2022, "seh_bezoek")};  // exactly +10%
  TariffTable ref = reference_table();
  Diagnostics d;
  auto check = check_tariffs(deck, ref, nullptr, {}, d);
  REQUIRE(check);
  CHECK(check->index == nullptr);  // no price needed indexing
  CHECK(*check->rows[0].deviation == Exact::integer(10));
  CHECK(check->rows[0].verdict == Verdict::within);
  TariffCheckOptions strict;
  strict.threshold = dec("9.9999");
  CHECK(check_tariffs(deck, ref, nullptr, strict, d)->rows[0].verdict == Verdict::finding);
  deck.tariffs[0].deviation_reason = "agreed with the insurer";
  CHECK(check_tariffs(deck, ref, nullptr, strict, d)->rows[0].verdict == Verdict::explained);
  // A reference price of 0 has no deviation in percent: any other price is beyond it.
  deck.tariffs[0].reference = "nul";
  deck.tariffs[0].deviation_reason.clear();
  auto zero = check_tariffs(deck, ref, nullptr, {}, d);
  CHECK_FALSE(zero->rows[0].deviation);
  CHECK(zero->rows[0].verdict == Verdict::finding);
  CHECK(d.empty());
}

TEST_CASE("tariff check: unknown references and missing index years are located errors") {
  TariffTable deck;
  deck.tariffs = {tariff("a", "1", 2017, "seh_bezok"), tariff("b", "1", 2017, "seh_bezoek")};
  deck.tariffs[0].reference_origin = {"deck.yaml", 3, 16};
  TariffTable ref = reference_table();
  Diagnostics d;
  CHECK_FALSE(check_tariffs(deck, ref, nullptr, {}, d));
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].where.line == 3);
  CHECK(d.items()[0].hint == "did you mean 'seh_bezoek'?");
  CHECK(d.items()[1].message.find("an index series must convert them") != std::string::npos);
  IndexSeries index = series();
  index.values.erase(index.values.begin());  // no 2017
  Diagnostics e;
  deck.tariffs.erase(deck.tariffs.begin());
  CHECK_FALSE(check_tariffs(deck, ref, &index, {}, e));
  CHECK(e.items().front().message.find("has no value for 2017") != std::string::npos);
}

TEST_CASE("tariff check: a combined table's tariffs from the reference itself are not checked") {
  TariffTable combined = reference_table();
  combined.tariffs.push_back(tariff("seh", "250", 2022, "seh_bezoek"));
  TariffTable ref = reference_table();
  Diagnostics d;
  auto check = check_tariffs(combined, ref, nullptr, {}, d);
  REQUIRE(check);
  REQUIRE(check->rows.size() == 1);
  CHECK(check->rows[0].tariff->id == "seh");
}
