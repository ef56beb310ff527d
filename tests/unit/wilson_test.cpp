#include <doctest/doctest.h>

#include "core/exact.hpp"
#include "core/wilson.hpp"

using mkba::Exact;
using mkba::to_plain;
using mkba::wilson_interval;

namespace {

Exact percent(long long p) { return Exact::fraction(p, 100); }

}  // namespace

// The six goals of the Stadskamer deck, each measured among n = 35
// respondents, and their total (the mean, 80.5%). By hand, with z = 1.96:
//   z^2/n = 3.8416/35 = 0.10976, so every denominator 1 + z^2/n = 1.10976;
//   centre = (p + z^2/2n) / 1.10976 = (p + 0.05488) / 1.10976;
//   half   = 1.96/1.10976 x sqrt(p(1-p)/35 + 3.8416/4900)
//          = 1.766148 x sqrt(p(1-p)/35 + 0.000784).
// Regie, p = 0.72: centre = 0.77488/1.10976 = 0.698241;
//   p(1-p)/35 = 0.2016/35 = 0.00576, + 0.000784 = 0.006544, sqrt = 0.080895;
//   half = 1.766148 x 0.080895 = 0.142873; bounds 0.555369 and 0.841114.
// The others the same way:
//   p      centre    sqrt      half      low       high
//   0.85   0.815384  0.066535  0.117510  0.697874  0.932893   doel in het leven
//   0.80   0.770329  0.073181  0.129248  0.641081  0.899577   leren en ontwikkelen
//   0.79   0.761318  0.074324  0.131266  0.630051  0.892584   waardering
//   0.86   0.824394  0.064992  0.114786  0.709608  0.939180   interactie
//   0.81   0.779340  0.071980  0.127128  0.652212  0.906467   structuur
//   0.805  0.774834  0.072588  0.128201  0.646633  0.903035   totaal (mean)
TEST_CASE("wilson: the Stadskamer scores of 35 questionnaires") {
  struct Row {
    Exact share;
    const char *low, *high;
  };
  const Row rows[] = {
      {percent(72), "0.555369", "0.841114"},
      {percent(85), "0.697874", "0.932893"},
      {percent(80), "0.641081", "0.899577"},
      {percent(79), "0.630051", "0.892584"},
      {percent(86), "0.709608", "0.93918"},
      {percent(81), "0.652212", "0.906467"},
      {Exact::fraction(805, 1000), "0.646633", "0.903035"},
  };
  for (const auto& row : rows) {
    const auto w = wilson_interval(row.share, 35);
    CAPTURE(to_plain(row.share, 3));
    CHECK(to_plain(w.low, 6) == row.low);
    CHECK(to_plain(w.high, 6) == row.high);
  }
  // The deck's total, 81% of 35: about 65% to 91%.
  const auto total = wilson_interval(percent(81), 35);
  CHECK(to_plain(total.low, 2) == "0.65");
  CHECK(to_plain(total.high, 2) == "0.91");
}

// At a share of 0 or 1 one bound is exact and the other rational:
// f(w) = w (a w - z^2/n), so the upper bound of 0 is z^2/(n + z^2).
TEST_CASE("wilson: the edges are exact") {
  const auto none = wilson_interval(Exact(), 35);
  CHECK(none.low == Exact());
  const Exact upper = Exact::fraction(38416, 388416);  // 3.8416 / 38.8416
  CHECK(to_plain(none.high, 8) == to_plain(upper, 8));
  CHECK(none.high != upper);  // not on the grid: the middle of its grid cell
  const auto all = wilson_interval(Exact::integer(1), 35);
  CHECK(all.high == Exact::integer(1));
  CHECK(to_plain(all.low, 8) == to_plain(Exact::integer(1) - upper, 8));
}

// The bound is within 10^-9 of the root, never on a rounding midpoint:
// one respondent of one gives a lower bound of 1/(1 + 3.8416) = 0.206543...
TEST_CASE("wilson: a bound stays within its grid cell") {
  const auto one = wilson_interval(Exact::integer(1), 1);
  const Exact root = Exact::fraction(10000, 48416);
  const Exact gap = one.low > root ? one.low - root : root - one.low;
  CHECK(gap < Exact::fraction(1, 1'000'000'000));
  CHECK(to_plain(one.low, 8) == to_plain(root, 8));
}
