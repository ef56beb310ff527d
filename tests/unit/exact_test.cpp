#include <doctest/doctest.h>

#include "core/exact.hpp"

using mkba::Exact;
using mkba::parse_decimal;
using mkba::to_plain;

namespace {
Exact dec(const char* text) { return *parse_decimal(text, 4, 12).value; }
}  // namespace

TEST_CASE("arithmetic is exact") {
  CHECK(dec("33") * Exact::integer(6) * Exact::integer(40) == Exact::integer(7920));
  CHECK(dec("0.1") + dec("0.2") == dec("0.3"));
  CHECK(Exact::integer(1100000) / Exact::integer(450) * Exact::integer(450) ==
        Exact::integer(1100000));
  CHECK(dec("2.5") - dec("3") == -dec("0.5"));
  CHECK((Exact::integer(1) / Exact::integer(3)) < (Exact::integer(1) / Exact::integer(2)));
}

TEST_CASE("fractions are kept in lowest terms") {
  Exact e = Exact::fraction(10, -4);
  CHECK(e.numerator() == -5);
  CHECK(e.denominator() == 2);
}

TEST_CASE("rounding is half away from zero, once") {
  auto cents = [](const Exact& e) { return to_plain(e, 2); };
  CHECK(cents(Exact::integer(1100000) / Exact::integer(450)) == "2444.44");
  CHECK(cents(dec("0.005")) == "0.01");
  CHECK(cents(dec("-0.005")) == "-0.01");
  CHECK(cents(dec("0.0049")) == "0");
  CHECK(cents(dec("2.675")) == "2.68");  // binary floating point gives 2.67
  CHECK(to_plain(dec("99.9999"), 2) == "100");
}

TEST_CASE("ceil rounds counts up") {
  CHECK(mkba::to_string((Exact::integer(180000) / Exact::integer(5775)).ceil()) == "32");
  CHECK(mkba::to_string(Exact::integer(4).ceil()) == "4");
  CHECK(mkba::to_string((-dec("1.5")).ceil()) == "-1");
}

TEST_CASE("exact_decimals tells how a value can be written") {
  CHECK(dec("2.5").exact_decimals(4) == 1);
  CHECK(Exact::integer(7).exact_decimals(4) == 0);
  CHECK_FALSE((Exact::integer(1) / Exact::integer(3)).exact_decimals(4).has_value());
  // a numerator near 2^126, as a ratio of discounted totals has: num x 10^d
  // would not fit in 128 bits
  const mkba::Int128 huge = (mkba::Int128(1) << 126) + 1;
  CHECK(Exact::fraction(huge, 4).exact_decimals(12) == 2);
  CHECK(Exact::fraction(-huge, 1).exact_decimals(12) == 0);
  CHECK_FALSE(Exact::fraction(huge, 3).exact_decimals(12).has_value());
}

TEST_CASE("overflow is an error, never a wrong number") {
  Exact big = Exact::fraction(mkba::Int128(1) << 100, 1);
  CHECK_THROWS_AS(big * big, mkba::OutOfRange);
  CHECK_THROWS_AS(Exact::integer(1) / Exact(), mkba::OutOfRange);
}

TEST_CASE("comparison never overflows, whatever the denominators") {
  using mkba::Int128;
  // Products of numerators and denominators of some 2^201: beyond 128 bits.
  Exact a = Exact::fraction((Int128(1) << 100) + 1, Int128(1) << 100);  // 1 + 2^-100
  Exact b = Exact::fraction((Int128(1) << 101) + 1, Int128(1) << 101);  // 1 + 2^-101
  CHECK(b < a);
  CHECK(-a < -b);
  CHECK(a > Exact::integer(1));
  CHECK(-a < Exact());
  CHECK((a <=> a) == std::strong_ordering::equal);
  Exact huge = Exact::fraction((Int128(1) << 126) - 1, 3),
        tiny = Exact::fraction(1, Int128(1) << 126);
  CHECK(tiny < huge);
  CHECK(-huge < -tiny);
  // Where the products fit, the order is that of the difference.
  for (long long n = -7; n <= 7; ++n)
    for (long long m = -7; m <= 7; ++m) {
      Exact x = Exact::fraction(n, 3), y = Exact::fraction(m, 5);
      CHECK((x < y) == (x - y).is_negative());
      CHECK((x == y) == (x - y).is_zero());
    }
}

TEST_CASE("a sum whose cross products outgrow 128 bits is computed when the result fits") {
  using mkba::Int128;
  // a = A / (D u), b = B / (D v) with A = u K + 1 and B = -K v: A v is some
  // 2^128, yet a + b = v / (D u v) = 1 / (D u).
  const Int128 D = (Int128(1) << 64) + 13, u = (1 << 20) + 7, v = (1 << 20) + 9;
  const Int128 K = Int128(1) << 88;
  Exact a = Exact::fraction(u * K + 1, D * u), b = Exact::fraction(-K * v, D * v);
  CHECK(a + b == Exact::fraction(1, D * u));
  CHECK(b + a == Exact::fraction(1, D * u));
  CHECK(a - (-b) == Exact::fraction(1, D * u));
  CHECK((-a) + (-b) == Exact::fraction(-1, D * u));
  // A result beyond 128 bits is still an error.
  Exact big = Exact::fraction(Int128(1) << 126, 1);
  CHECK_THROWS_AS(big + big, mkba::OutOfRange);
  CHECK_THROWS_AS(Exact::fraction(1, D * u) + Exact::fraction(1, (Int128(1) << 64) + 1),
                  mkba::OutOfRange);
}

TEST_CASE("the number parser is strict") {
  CHECK(parse_decimal("7920", 4, 12).value == Exact::integer(7920));
  CHECK(parse_decimal("0.25", 4, 12).value == Exact::fraction(1, 4));
  CHECK(parse_decimal("-3", 4, 12).value == Exact::integer(-3));
  CHECK(parse_decimal("0", 4, 12).value == Exact());
  for (const char* bad : {"", "1,5", "12abc", "1e400", ".nan", ".inf", "0x10", "010", "1_000", "+1",
                          ".5", "5.", "-0", "1.100.000", "1 000", "nan", "- 1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_decimal(bad, 4, 12).value.has_value());
  }
  CHECK_FALSE(parse_decimal("1.23456", 4, 12).value.has_value());
  CHECK_FALSE(parse_decimal("1234567890123", 4, 12).value.has_value());
  CHECK_FALSE(parse_decimal("2.5", 0, 12).value.has_value());
}

TEST_CASE("rejections explain themselves") {
  CHECK(parse_decimal("1,5", 4, 12).hint == "use a point as the decimal separator: 1.5");
  CHECK(parse_decimal("010", 4, 12).hint.find("leading zero") != std::string::npos);
  CHECK(parse_decimal("1e400", 4, 12).hint.find("exponent") != std::string::npos);
  CHECK(parse_decimal(".inf", 4, 12).hint.find("finite") != std::string::npos);
}

TEST_CASE("rounding never overflows on fractions with large denominators") {
  // numerator near 10^37: num x 100 would not fit in 128 bits
  Exact big = Exact::fraction(
      mkba::Int128(93'000'000'000'000'000LL) * 100 * 1'000'000'000'000'000'000LL + 7,
      mkba::Int128(1'000'000'000'000'000'000LL) * 3);
  CHECK(to_plain(big, 2) == "3100000000000000000");
  CHECK(to_plain(-big, 2) == "-3100000000000000000");
  Exact third = Exact::fraction(mkba::Int128(1) << 120, (mkba::Int128(1) << 120) * 3);
  CHECK(to_plain(third, 4) == "0.3333");
}
