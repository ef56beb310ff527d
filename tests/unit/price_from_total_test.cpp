// A price given as a total and a count: the loader keeps both and the price
// is their exact quotient, not a rounded decimal.
#include <doctest/doctest.h>

#include "load/loaders.hpp"

using namespace mkba;

TEST_CASE("a price from a total and a count is their exact quotient, both kept") {
  load::Sources sources;
  Diagnostics d;
  auto table = load::load_tariff_table(
      std::string(MKBA_SOURCE_DIR) + "/tests/golden/price-from-total/tariffs.yaml", sources, d);
  REQUIRE(d.empty());
  REQUIRE(table.has_value());
  const Tariff* t = table->find_tariff("dakloze_jongere");
  REQUIRE(t);
  REQUIRE(t->from_total);
  CHECK(t->from_total->total == Money::euros(280'000'000));
  CHECK(t->from_total->count == Exact::integer(12'050));
  CHECK(t->price.exact() == Exact::fraction(280'000'000, 12'050));  // 5.600.000 / 241
  CHECK(t->price.exact() * Exact::integer(12'050) == Exact::integer(280'000'000));
  CHECK(t->from_total->count_source == "illustratief aantal dakloze jongeren");
  CHECK(t->from_total->total_origin.line == 17);
  const Tariff* plain = table->find_tariff("begeleiding");
  REQUIRE(plain);
  CHECK_FALSE(plain->from_total);
}
