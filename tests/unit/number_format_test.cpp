#include <doctest/doctest.h>

#include "report/number_format.hpp"

using namespace mkba;
using namespace mkba::report;

namespace {
Exact dec(const char* text) { return *parse_decimal(text, 4, 12).value; }
}  // namespace

TEST_CASE("amounts in Dutch and English") {
  Money m(dec("1234567.5"));
  CHECK(format_amount(m, Locale::nl) == "1.234.567,50");
  CHECK(format_amount(m, Locale::en) == "1,234,567.50");
  CHECK(format_amount(Money(dec("-7920")), Locale::nl) == "-7.920,00");
  CHECK(format_amount(Money(), Locale::nl) == "0,00");
  CHECK(format_amount(Money(dec("0.05")), Locale::en) == "0.05");
}

TEST_CASE("values in formulas keep the decimals they were written with") {
  CHECK(format_exact(dec("33"), Locale::nl) == "33");
  CHECK(format_exact(dec("2.5"), Locale::nl) == "2,5");
  CHECK(format_exact(dec("33.3333"), Locale::en) == "33.3333");
  // Factors carry 12 decimals (README, "Time and discounting").
  CHECK(format_exact(Exact::integer(1) / Exact::integer(3), Locale::en) == "0.333333333333");
}

TEST_CASE("ratios, counts and the locale-free form") {
  CHECK(format_ratio(Quantity(Exact::integer(7242750) / Exact::integer(1100000)), Locale::nl) ==
        "6,58");
  CHECK(format_count(7242750, Locale::nl) == "7.242.750");
  CHECK(plain_fixed(dec("7920"), 2) == "7920.00");
  CHECK(plain_fixed(dec("-0.5"), 2) == "-0.50");
  CHECK(plain_fixed(Exact::integer(1100000) / Exact::integer(450), 2) == "2444.44");
}

TEST_CASE("amounts in a council's rounding") {
  auto nl = [](const char* v) { return format_rounded_amount(Money(dec(v)), Locale::nl); };
  auto en = [](const char* v) { return format_rounded_amount(Money(dec(v)), Locale::en); };
  // Millions to one decimal.
  CHECK(nl("7242750") == "EUR 7,2 mln");
  CHECK(en("7242750") == "EUR 7.2 million");
  CHECK(nl("1100000") == "EUR 1,1 mln");
  CHECK(nl("123456789") == "EUR 123,5 mln");
  // Billions to one decimal.
  CHECK(nl("1250000000") == "EUR 1,3 mld");
  CHECK(en("12340000000") == "EUR 12.3 billion");
  // Below a million: whole euros, grouped by thousands.
  CHECK(nl("2444.4444") == "EUR 2.444");
  CHECK(en("2444.4444") == "EUR 2,444");
  CHECK(nl("999") == "EUR 999");
  CHECK(nl("0.4") == "EUR 0");
  CHECK(en("999999.49") == "EUR 999,999");
  // Negative amounts keep their sign at every scale.
  CHECK(nl("-6142750") == "EUR -6,1 mln");
  CHECK(en("-2444.5") == "EUR -2,445");
  CHECK(nl("-1500000000") == "EUR -1,5 mld");
  CHECK(nl("-0.4") == "EUR 0");
  // Halves away from zero, at each scale.
  CHECK(nl("2444.5") == "EUR 2.445");
  CHECK(nl("7250000") == "EUR 7,3 mln");
  CHECK(nl("-7250000") == "EUR -7,3 mln");
  CHECK(nl("7249999.99") == "EUR 7,2 mln");
  CHECK(nl("2450000000") == "EUR 2,5 mld");
  // The scale follows the rounded value.
  CHECK(nl("999999.5") == "EUR 1,0 mln");
  CHECK(nl("-999999.5") == "EUR -1,0 mln");
  CHECK(nl("999950000") == "EUR 1,0 mld");
  CHECK(nl("999949999.99") == "EUR 999,9 mln");
}
