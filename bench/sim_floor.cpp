// The simulation benchmark's floor (bench/simulate.sh): a bare loop that
// draws the 15 parameters of bench/stadskamer-15.yaml with mkba's own
// samplers and generator streams, and evaluates the Stadskamer model written
// out by hand. No rounding of the draws, no file, no statistics beyond a sum
// and a count: what any Monte Carlo of this model must at least do.
//
//   mkba_sim_floor [DRAWS] [SEED]      (default 1000000 42)
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/distributions.hpp"

using mkba::uncertain::Distribution;
using Kind = Distribution::Kind;

int main(int argc, char** argv) {
  const unsigned long long draws = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  const unsigned long long seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 42;
  // In the order of the file's uncertainty block.
  const std::vector<Distribution> d{
      Distribution::of(Kind::triangular, 28, 33, 40),     // dagbesteding price
      Distribution::of(Kind::pert, 200, 250, 350),        // seh_bezoek price
      Distribution::of(Kind::normal, 2200, 300),          // dagopname price
      Distribution::of(Kind::lognormal, 3900, 800),       // gebroken_arm price
      Distribution::of(Kind::uniform, 250, 300),          // ggz_opname_dag price
      Distribution::of(Kind::lognormal, 8000, 2000),      // ggz_deeltijd price
      Distribution::of(Kind::range, 12, 18),              // huisarts_telefonisch price
      Distribution::of(Kind::gamma, 80, 10),              // poh_uur price
      Distribution::of(Kind::triangular, 350, 450, 550),  // participants
      Distribution::of(Kind::normal, 1100000, 50000),     // programme cost
      Distribution::of(Kind::pert, 4, 6, 8),              // casus-1 dagbesteding quantity
      Distribution::of(Kind::pert, 7, 21, 42),            // casus-2 ggz_opname_dag quantity
      Distribution::of(Kind::triangular, 30, 40, 48),     // casus-3 huisarts_telefonisch for
      Distribution::of(Kind::beta, 0.1, 0.05),            // deadweight
      Distribution::of(Kind::beta, 0.6, 0.15),            // attribution
  };
  double sum = 0;
  unsigned long long positive = 0;
  double v[15];
  for (unsigned long long i = 0; i < draws; ++i) {
    auto rng = mkba::uncertain::Rng::stream(seed, i);
    for (std::size_t k = 0; k < d.size(); ++k) v[k] = mkba::uncertain::sample(d[k], rng);
    const double dag = v[0], seh = v[1], dagopname = v[2], arm = v[3], ggz_dag = v[4],
                 deeltijd = v[5], huisarts = v[6], poh = v[7], participants = v[8], cost = v[9],
                 q1 = v[10], q2 = v[11], for3 = v[12];
    const double net_factor = (1 - v[13]) * v[14];
    // gemeente: every participant like casus-1; zorgverzekeraar: the mean of the cases.
    const double gemeente = dag * q1 * 40 * net_factor;
    const double zorg =
        ((seh + dagopname + arm) + (ggz_dag * q2 + deeltijd) + (huisarts * 2 * for3 + poh * 40)) /
        3 * net_factor;
    const double net_gemeente = gemeente * participants - cost;
    const double net_zorg = zorg * participants;
    const double net = net_gemeente + net_zorg;
    sum += net;
    positive += net > 0 ? 1 : 0;
  }
  std::printf("draws %llu, seed %llu: mean net %.0f, P(net > 0) = %.4f\n", draws, seed,
              sum / static_cast<double>(draws),
              static_cast<double>(positive) / static_cast<double>(draws));
  return 0;
}
