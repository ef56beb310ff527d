#include "core/wilson.hpp"

namespace mkba {
namespace {

constexpr long long grid = 1'000'000'000;  // 10^9: the bounds' resolution

// The quadratic whose roots are the bounds: f(w) = a w^2 - b w + c, with its
// minimum at `centre` (the interval's midpoint).
struct Quadratic {
  Exact a, b, c, centre;
  Exact at(const Exact& w) const { return w * (a * w - b) + c; }
};

Quadratic of(const Exact& p, long long n) {
  const Exact z2 = Exact::fraction(49 * 49, 25 * 25);  // 1.96^2
  const Exact z2n = z2 / Exact::integer(n);
  Quadratic q{Exact::integer(1) + z2n, Exact::integer(2) * p + z2n, p * p, {}};
  q.centre = q.b / (Exact::integer(2) * q.a);
  return q;
}

// The largest whole t in [0, grid] with t / grid <= the root; `upper` picks
// the root above the centre. f falls to the lower root and rises from the
// upper one, so w <= root reads off the sign of f(w) on each side.
long long floor_of_root(const Quadratic& q, bool upper) {
  auto at_or_below = [&](long long t) {
    const Exact w = Exact::fraction(t, grid);
    if (w <= q.centre) return upper || q.at(w) >= Exact();
    return upper && q.at(w) <= Exact();
  };
  long long lo = 0, hi = grid;  // at_or_below(lo) holds; both roots lie in [0, 1]
  if (at_or_below(hi)) return hi;
  while (hi - lo > 1) {
    const long long mid = lo + (hi - lo) / 2;
    (at_or_below(mid) ? lo : hi) = mid;
  }
  return lo;
}

// The midpoint of the grid cell that holds the root; a root on a grid point
// is that point (a share of 0 or 1 gives a bound of exactly 0 or 1).
Exact bound(const Quadratic& q, bool upper) {
  const long long t = floor_of_root(q, upper);
  const Exact w = Exact::fraction(t, grid);
  if (q.at(w).is_zero()) return w;
  return Exact::fraction(2 * static_cast<Int128>(t) + 1, 2 * static_cast<Int128>(grid));
}

}  // namespace

Interval wilson_interval(const Exact& share, long long n) {
  const Quadratic q = of(share, n);
  return {bound(q, false), bound(q, true)};
}

}  // namespace mkba
