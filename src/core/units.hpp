#pragma once
// Strong types over Exact, so that money and plain numbers cannot be mixed by
// accident: Money * Money and Money + Quantity do not compile.

#include <compare>

#include "core/exact.hpp"

namespace mkba {

// A dimensionless number: a quantity, a count of periods, a share, a weight.
class Quantity {
 public:
  constexpr Quantity() = default;
  explicit Quantity(Exact value) : value_(value) {}
  static Quantity of(long long n) { return Quantity(Exact::integer(n)); }
  const Exact& exact() const { return value_; }
  friend Quantity operator*(const Quantity& a, const Quantity& b) {
    return Quantity(a.value_ * b.value_);
  }
  friend Quantity operator+(const Quantity& a, const Quantity& b) {
    return Quantity(a.value_ + b.value_);
  }
  friend bool operator==(const Quantity&, const Quantity&) = default;
  friend auto operator<=>(const Quantity& a, const Quantity& b) { return a.value_ <=> b.value_; }

 private:
  Exact value_;
};

// An amount of money in the table's currency, exact.
class Money {
 public:
  constexpr Money() = default;
  explicit Money(Exact value) : value_(value) {}
  static Money euros(long long n) { return Money(Exact::integer(n)); }
  const Exact& exact() const { return value_; }
  bool is_zero() const { return value_.is_zero(); }
  bool is_negative() const { return value_.is_negative(); }

  friend Money operator+(const Money& a, const Money& b) { return Money(a.value_ + b.value_); }
  friend Money operator-(const Money& a, const Money& b) { return Money(a.value_ - b.value_); }
  Money operator-() const { return Money(-value_); }
  Money& operator+=(const Money& other) { return *this = *this + other; }
  friend Money operator*(const Money& m, const Quantity& q) { return Money(m.value_ * q.exact()); }
  friend Money operator*(const Quantity& q, const Money& m) { return m * q; }
  friend Money operator/(const Money& m, const Quantity& q) { return Money(m.value_ / q.exact()); }
  // How many times `b` fits in `a`: a plain number.
  friend Quantity operator/(const Money& a, const Money& b) {
    return Quantity(a.value_ / b.value_);
  }

  friend bool operator==(const Money&, const Money&) = default;
  friend auto operator<=>(const Money& a, const Money& b) { return a.value_ <=> b.value_; }

 private:
  Exact value_;
};

}  // namespace mkba
