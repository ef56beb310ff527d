#pragma once
// Exact rational numbers: the one numeric type behind every amount, quantity
// and ratio. Nothing here ever goes through binary floating point; values are
// rounded only when they are presented, by Exact::round (see README, "Rounding").

#include <compare>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mkba {

__extension__ typedef __int128 Int128;

// Thrown when a result leaves the representable range; the caller turns it
// into a located input error.
class OutOfRange : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A rounded value ready for display: units / 10^scale.
struct Decimal {
  Int128 units = 0;
  int scale = 0;
};

class Exact {
 public:
  constexpr Exact() = default;
  static Exact integer(long long value);
  // numerator / denominator; denominator must be positive.
  static Exact fraction(Int128 numerator, Int128 denominator);

  Int128 numerator() const { return num_; }
  Int128 denominator() const { return den_; }
  bool is_zero() const { return num_ == 0; }
  bool is_negative() const { return num_ < 0; }
  bool is_integer() const { return den_ == 1; }

  friend Exact operator+(const Exact& a, const Exact& b);
  friend Exact operator-(const Exact& a, const Exact& b);
  friend Exact operator*(const Exact& a, const Exact& b);
  friend Exact operator/(const Exact& a, const Exact& b);  // throws on zero divisor
  Exact operator-() const;
  Exact& operator+=(const Exact& other) { return *this = *this + other; }

  friend bool operator==(const Exact& a, const Exact& b) = default;
  friend std::strong_ordering operator<=>(const Exact& a, const Exact& b);

  // Round to `decimals` places, halves away from zero (the README's rule).
  Decimal round(int decimals) const;
  // Smallest integer not below this value.
  Int128 ceil() const;
  // The number of decimals needed to write this value exactly, if it is a
  // terminating decimal with at most `max_decimals` places.
  std::optional<int> exact_decimals(int max_decimals) const;

 private:
  Int128 num_ = 0;
  Int128 den_ = 1;
};

// Why a text is not a plain decimal number; empty when it is one.
struct ParsedDecimal {
  std::optional<Exact> value;
  std::string error;  // what is wrong, for the user
  std::string hint;   // how to fix it, may be empty
};

// Strict decimal syntax: optional '-', digits without leading zeros, optional
// '.' and at most `max_decimals` digits. No exponent, no '+', no separators,
// no hex or octal, no nan/inf. Magnitude limited to `max_integer_digits`.
ParsedDecimal parse_decimal(std::string_view text, int max_decimals, int max_integer_digits);

// Plain '-'?digits text of a 128-bit integer (fmt cannot print __int128 under -pedantic).
std::string to_string(Int128 value);

// Locale-free text of a value rounded to at most `decimals` places, without
// trailing zeros: "0.9", "21", "-2.5". For messages, not for reports.
std::string to_plain(const Exact& value, int decimals);

}  // namespace mkba
