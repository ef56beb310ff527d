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
