#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/tariff_diff.hpp"

using namespace mkba;
using mkba::test::dec;
using mkba::test::eur;
using Kind = TariffChange::Kind;

namespace {

Tariff tariff(std::string id, const char* price, int year) {
  Tariff t;
  t.id = std::move(id);
  t.price = eur(price);
  t.price_year = year;
  t.unit = "dag";
  t.payer = "zvw";
  t.origin = {"new.yaml", 1, 1};
  return t;
}

IndexSeries series(int last) {
  IndexSeries s;
  s.name = "test";
  s.values = {{2017, dec("100")}, {last, dec("120")}};
  return s;
}

}  // namespace

TEST_CASE("tariff diff: added, removed, changed, the change an exact fraction") {
  TariffTable old_table, new_table;
  old_table.tariffs = {tariff("a", "30", 2017), tariff("b", "10", 2017), tariff("c", "5", 2017)};
  new_table.tariffs = {tariff("a", "33", 2022), tariff("c", "5", 2017), tariff("d", "1", 2022)};
  new_table.tariffs[1].payer = "wmo";
  IndexSeries index = series(2022);
  Diagnostics d;
  auto diff = diff_tariffs(old_table, new_table, &index, d);
  REQUIRE(d.empty());
  REQUIRE(diff->rows.size() == 4);
  CHECK(diff->unchanged == 0);
  const TariffChange& a = diff->rows[0];
  CHECK(a.kind == Kind::changed);
  CHECK(a.fields == std::vector<std::string>{"price", "price_year"});
  CHECK(*a.change == Exact::integer(10));
  // 30 x 120/100 = 36; 33 is 1/12 below it: -8 1/3 %, not a rounded -8.33.
  CHECK(*a.old_indexed == eur("36"));
  CHECK(*a.change_indexed == Exact::fraction(-25, 3));
  CHECK(diff->rows[1].kind == Kind::removed);
  const TariffChange& c = diff->rows[2];
  CHECK(c.fields == std::vector<std::string>{"payer"});
  CHECK(*c.change == Exact());
  CHECK(!c.old_indexed);  // same price year: nothing to index
  CHECK(diff->rows[3].kind == Kind::added);
  CHECK(diff->index == &index);
}

TEST_CASE("tariff diff: without a series nothing is indexed; a year it lacks is an error") {
  TariffTable old_table, new_table;
  old_table.tariffs = {tariff("a", "0", 2017)};
  new_table.tariffs = {tariff("a", "12", 2023)};
  Diagnostics d;
  auto plain = diff_tariffs(old_table, new_table, nullptr, d);
  REQUIRE(plain);
  CHECK(!plain->rows[0].change);  // from 0: no percentage
  CHECK(!plain->rows[0].old_indexed);
  CHECK(!plain->index);
  IndexSeries index = series(2022);
  CHECK(!diff_tariffs(old_table, new_table, &index, d));
  REQUIRE(d.items().size() == 1);
}
