#include "core/exact.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <utility>

namespace mkba {
namespace {

Int128 abs128(Int128 v) { return v < 0 ? -v : v; }

Int128 gcd128(Int128 a, Int128 b) {
  a = abs128(a);
  b = abs128(b);
  // 128-bit division is a library call: only while a value needs it.
  while (b != 0 && ((a >> 64) != 0 || (b >> 64) != 0)) {
    Int128 t = a % b;
    a = b;
    b = t;
  }
  if (b == 0) return a;
  auto x = static_cast<unsigned long long>(a);
  auto y = static_cast<unsigned long long>(b);
  while (y != 0) {
    unsigned long long t = x % y;
    x = y;
    y = t;
  }
  return static_cast<Int128>(x);
}

[[noreturn]] void overflow() {
  throw OutOfRange("a result is too large to compute exactly (beyond 128-bit range)");
}

Int128 mul(Int128 a, Int128 b) {
  Int128 r;
  if (__builtin_mul_overflow(a, b, &r)) overflow();
  return r;
}

Int128 add(Int128 a, Int128 b) {
  Int128 r;
  if (__builtin_add_overflow(a, b, &r)) overflow();
  return r;
}

__extension__ typedef unsigned __int128 U128;

U128 magnitude(Int128 v) { return v < 0 ? static_cast<U128>(-(v + 1)) + 1 : static_cast<U128>(v); }

// The next decimal digit of rest / den (rest < den), leaving rest x 10 mod den
// in rest: by repeated addition, since rest x 10 could overflow.
int next_digit(U128& rest, U128 den) {
  U128 acc = 0;
  int digit = 0;
  for (int k = 0; k < 10; ++k) {
    acc += rest;  // acc, rest < den <= 2^127: no unsigned overflow
    if (acc >= den) {
      acc -= den;
      ++digit;
    }
  }
  rest = acc;
  return digit;
}

// a x b as 256 bits, high and low halves: products that compare fractions
// must not overflow, whatever the denominators.
struct Wide {
  U128 high, low;
  friend auto operator<=>(const Wide&, const Wide&) = default;
};

Wide wide_product(U128 a, U128 b) {
  constexpr U128 mask = (U128(1) << 64) - 1;
  U128 a0 = a & mask, a1 = a >> 64, b0 = b & mask, b1 = b >> 64;
  U128 low = a0 * b0, mid1 = a1 * b0, mid2 = a0 * b1, high = a1 * b1;
  U128 carry = ((low >> 64) + (mid1 & mask) + (mid2 & mask)) >> 64;
  return Wide{high + (mid1 >> 64) + (mid2 >> 64) + carry, low + (mid1 << 64) + (mid2 << 64)};
}

// A signed 256-bit integer as sign and magnitude, for the one sum whose
// intermediate products may outgrow 128 bits although the result does not.
struct WideSigned {
  bool negative;
  Wide magnitude;
};

WideSigned wide_signed_product(Int128 a, Int128 b) {
  return {(a < 0) != (b < 0) && a != 0 && b != 0, wide_product(magnitude(a), magnitude(b))};
}

Wide wide_add(Wide x, Wide y) {
  U128 low = x.low + y.low;
  return {x.high + y.high + (low < x.low ? 1 : 0), low};
}

Wide wide_subtract(Wide x, Wide y) {  // x >= y
  return {x.high - y.high - (x.low < y.low ? 1 : 0), x.low - y.low};
}

WideSigned wide_sum(WideSigned x, WideSigned y) {
  if (x.negative == y.negative) return {x.negative, wide_add(x.magnitude, y.magnitude)};
  if (x.magnitude < y.magnitude) std::swap(x, y);
  return {x.negative, wide_subtract(x.magnitude, y.magnitude)};
}

// x / d and x mod d, for 0 < d < 2^127: long division, one bit at a time.
std::pair<Wide, U128> wide_divide(Wide x, U128 d) {
  Wide q{0, 0};
  U128 rest = 0;
  for (int bit = 255; bit >= 0; --bit) {
    U128 next = bit >= 128 ? (x.high >> (bit - 128)) & 1 : (x.low >> bit) & 1;
    rest = (rest << 1) | next;  // rest < d < 2^127: no overflow
    if (rest >= d) {
      rest -= d;
      (bit >= 128 ? q.high : q.low) |= U128(1) << (bit % 128);
    }
  }
  return {q, rest};
}

Int128 pow10(int n) {
  Int128 r = 1;
  for (int i = 0; i < n; ++i) r = mul(r, 10);
  return r;
}

}  // namespace

Exact Exact::integer(long long value) { return fraction(value, 1); }

Exact Exact::fraction(Int128 numerator, Int128 denominator) {
  if (denominator == 0) throw OutOfRange("division by zero");
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  Exact e;
  Int128 g = gcd128(numerator, denominator);
  if (g > 1) {
    numerator /= g;
    denominator /= g;
  }
  e.num_ = numerator;
  e.den_ = denominator;
  return e;
}

Exact operator+(const Exact& a, const Exact& b) {
  const Int128 g = gcd128(a.den_, b.den_), ad = a.den_ / g, bd = b.den_ / g;
  Int128 x, y, n, den;
  if (!__builtin_mul_overflow(a.num_, bd, &x) && !__builtin_mul_overflow(b.num_, ad, &y) &&
      !__builtin_add_overflow(x, y, &n) && !__builtin_mul_overflow(ad, b.den_, &den))
    return Exact::fraction(n, den);
  // The same sum with 256-bit intermediates, reduced first (Knuth, TAOCP
  // 4.5.1): t = a.num x bd + b.num x ad, g2 = gcd(t, g), and the sum is
  // (t / g2) / (ad x b.den / g2) in lowest terms; only that must fit.
  WideSigned t = wide_sum(wide_signed_product(a.num_, bd), wide_signed_product(b.num_, ad));
  if (t.magnitude == Wide{0, 0}) return Exact();
  const Int128 g2 =
      gcd128(static_cast<Int128>(wide_divide(t.magnitude, static_cast<U128>(g)).second), g);
  const Wide q = wide_divide(t.magnitude, static_cast<U128>(g2)).first;
  if (q.high != 0 || q.low > static_cast<U128>(std::numeric_limits<Int128>::max())) overflow();
  const auto numerator = static_cast<Int128>(q.low);
  Exact e;
  e.num_ = t.negative ? -numerator : numerator;
  e.den_ = mul(ad, b.den_ / g2);
  return e;
}

Exact Exact::operator-() const { return fraction(-num_, den_); }

Exact operator-(const Exact& a, const Exact& b) { return a + (-b); }

Exact operator*(const Exact& a, const Exact& b) {
  Int128 g1 = std::max<Int128>(gcd128(a.num_, b.den_), 1);
  Int128 g2 = std::max<Int128>(gcd128(b.num_, a.den_), 1);
  return Exact::fraction(mul(a.num_ / g1, b.num_ / g2), mul(a.den_ / g2, b.den_ / g1));
}

Exact operator/(const Exact& a, const Exact& b) {
  if (b.num_ == 0) throw OutOfRange("division by zero");
  return a * Exact::fraction(b.den_, b.num_);
}

// Never throws: a comparison has an answer for every pair of values.
std::strong_ordering operator<=>(const Exact& a, const Exact& b) {
  const int sign_a = a.num_ < 0 ? -1 : a.num_ > 0, sign_b = b.num_ < 0 ? -1 : b.num_ > 0;
  if (sign_a != sign_b || sign_a == 0) return sign_a <=> sign_b;
  // Same sign: compare |a.num| x b.den with |b.num| x a.den, reversed when negative.
  Wide x = wide_product(magnitude(a.num_), static_cast<U128>(b.den_));
  Wide y = wide_product(magnitude(b.num_), static_cast<U128>(a.den_));
  return sign_a > 0 ? x <=> y : y <=> x;
}

Decimal Exact::round(int decimals) const {
  // Long division, one decimal at a time: the remainder stays below the
  // denominator, so no intermediate grows past it (num x 10^d could overflow
  // for fractions with large denominators).
  using U = U128;
  U den = static_cast<U>(den_);
  U whole = magnitude(num_) / den;
  U rest = magnitude(num_) % den;
  if (whole > static_cast<U>(std::numeric_limits<Int128>::max())) overflow();
  Int128 units = static_cast<Int128>(whole);
  for (int i = 0; i < decimals; ++i) units = add(mul(units, 10), next_digit(rest, den));
  if (rest >= den - rest) units = add(units, 1);  // half away from zero
  return Decimal{num_ < 0 ? -units : units, decimals};
}

Int128 Exact::ceil() const {
  Int128 q = num_ / den_;
  if (num_ % den_ != 0 && num_ > 0) q += 1;
  return q;
}

std::optional<int> Exact::exact_decimals(int max_decimals) const {
  // On the remainder, as round() does: num x 10^d overflows for large numerators.
  const U128 den = static_cast<U128>(den_);
  U128 rest = magnitude(num_) % den;
  for (int d = 0; d <= max_decimals; ++d) {
    if (rest == 0) return d;
    next_digit(rest, den);
  }
  return std::nullopt;
}

std::string to_string(Int128 value) {
  if (value == 0) return "0";
  bool negative = value < 0;
  std::string digits;
  while (value != 0) {
    int digit = static_cast<int>(value % 10);
    digits.push_back(static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    value /= 10;
  }
  if (negative) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

std::string to_plain(const Exact& value, int decimals) {
  Decimal d = value.round(decimals);
  while (d.scale > 0 && d.units % 10 == 0) {
    d.units /= 10;
    --d.scale;
  }
  std::string digits = to_string(d.units < 0 ? -d.units : d.units);
  if (d.scale > 0) {
    if (static_cast<int>(digits.size()) <= d.scale)
      digits.insert(0, static_cast<std::size_t>(d.scale) - digits.size() + 1, '0');
    digits.insert(digits.size() - static_cast<std::size_t>(d.scale), ".");
  }
  return (d.units < 0 ? "-" : "") + digits;
}

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

ParsedDecimal reject(std::string_view text, std::string hint) {
  return ParsedDecimal{std::nullopt, "expected a number, got '" + std::string(text) + "'",
                       std::move(hint)};
}

// Explains the common ways a number is written that we refuse.
ParsedDecimal explain_rejection(std::string_view text) {
  std::string l = lower(text);
  std::string_view body = text;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) body.remove_prefix(1);
  if (l.find("nan") != std::string::npos || l.find("inf") != std::string::npos)
    return reject(text, "only finite decimal numbers are accepted");
  if (l.rfind("0x", 0) == 0 || l.rfind("-0x", 0) == 0 || l.rfind("0o", 0) == 0)
    return reject(text, "write the number in decimal digits");
  if (text.find(',') != std::string_view::npos) {
    if (std::count(text.begin(), text.end(), ',') == 1 && text.find('.') == std::string_view::npos)
      return reject(text, "use a point as the decimal separator: " +
                              std::string(text.substr(0, text.find(','))) + "." +
                              std::string(text.substr(text.find(',') + 1)));
    return reject(text, "write numbers without thousands separators and with a decimal point");
  }
  if (text.find('_') != std::string_view::npos || text.find(' ') != std::string_view::npos ||
      std::count(text.begin(), text.end(), '.') > 1)
    return reject(text, "write numbers without thousands separators, e.g. 1100000");
  if (l.find('e') != std::string::npos && all_digits(std::string(1, l[0])))
    return reject(text, "exponents are not accepted; write the number out");
  if (!text.empty() && text[0] == '+') return reject(text, "leave out the '+' sign");
  if (!body.empty() && body[0] == '.')
    return reject(text, "write a digit before the point, e.g. 0.5");
  if (!body.empty() && body.back() == '.')
    return reject(text, "write a digit after the point, or leave the point out");
  if (text.size() > 1 && text.find('%') == text.size() - 1) {
    ParsedDecimal percent = parse_decimal(text.substr(0, text.size() - 1), 4, 6);
    if (percent.value)
      return reject(text, "write " + to_plain(*percent.value / Exact::integer(100), 6) + " for " +
                              std::string(text) + ": a percentage is written as a decimal");
  }
  if (!body.empty() && std::isdigit(static_cast<unsigned char>(body[0])))
    return reject(text, "write only the number, without units or other text");
  return reject(text, "");
}

}  // namespace

ParsedDecimal parse_decimal(std::string_view text, int max_decimals, int max_integer_digits) {
  if (text.empty()) return ParsedDecimal{std::nullopt, "expected a number, got nothing", ""};
  bool negative = text[0] == '-';
  std::string_view body = negative ? text.substr(1) : text;
  std::string_view int_part = body.substr(0, body.find('.'));
  std::string_view frac_part;
  bool has_point = body.find('.') != std::string_view::npos;
  if (has_point) frac_part = body.substr(body.find('.') + 1);
  if (!all_digits(int_part) || (has_point && !all_digits(frac_part)))
    return explain_rejection(text);
  if (int_part.size() > 1 && int_part[0] == '0')
    return reject(text, "leave out the leading zero (YAML tools read 010 as octal 8)");
  if (max_decimals == 0 && has_point)
    return ParsedDecimal{std::nullopt, "expected a whole number, got '" + std::string(text) + "'",
                         ""};
  if (static_cast<int>(frac_part.size()) > max_decimals)
    return ParsedDecimal{
        std::nullopt,
        "'" + std::string(text) + "' has more than " + std::to_string(max_decimals) + " decimals",
        "round it to at most " + std::to_string(max_decimals) + " decimals"};
  if (static_cast<int>(int_part.size()) > max_integer_digits)
    return ParsedDecimal{
        std::nullopt, "'" + std::string(text) + "' is out of range",
        "at most " + std::to_string(max_integer_digits) + " digits before the decimal point"};
  Int128 units = 0;
  for (char c : int_part) units = units * 10 + (c - '0');
  for (char c : frac_part) units = units * 10 + (c - '0');
  if (negative && units == 0) return reject(text, "write 0 without a sign");
  Int128 scale = pow10(static_cast<int>(frac_part.size()));
  return ParsedDecimal{Exact::fraction(negative ? -units : units, scale), "", ""};
}

}  // namespace mkba
