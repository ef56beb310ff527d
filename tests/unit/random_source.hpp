#pragma once
// Seeded random choices for tests that generate programmes in code: the same
// seed gives the same programme on every machine (mt19937_64 is fully
// specified; only uniform_int_distribution is used).

#include <cstdint>
#include <random>

#include "core/exact.hpp"

namespace mkba::test {

class RandomSource {
 public:
  explicit RandomSource(std::uint64_t seed) : rng_(seed) {}

  long long between(long long lo, long long hi) {
    return std::uniform_int_distribution<long long>(lo, hi)(rng_);
  }
  bool chance(int percent) { return between(1, 100) <= percent; }

  // A decimal in [0, whole] with exactly `places` decimal places.
  Exact decimal_places(long long whole, int places) {
    long long scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    return Exact::fraction(between(0, whole * scale), scale);
  }
  // A decimal in [0, whole] with at most `max_places`, as an input would write it.
  Exact decimal_up_to(long long whole, int max_places) {
    return decimal_places(whole, static_cast<int>(between(0, max_places)));
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace mkba::test
