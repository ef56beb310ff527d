#include "core/simulation.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

namespace mkba {
namespace {

double to_double(const Money& m) {
  return static_cast<double>(m.exact().numerator()) / static_cast<double>(m.exact().denominator());
}

// Resamples the cases with replacement; copies get distinct ids so that the
// model treats them as separate vignettes, and bases that name a case fall
// back to the mean.
Analysis bootstrap(const Analysis& a, uncertain::Rng& rng) {
  Analysis b = a;
  b.cases.clear();
  for (std::size_t i = 0; i < a.cases.size(); ++i) {
    auto pick = static_cast<std::size_t>(rng.uniform01() * static_cast<double>(a.cases.size()));
    Case c = a.cases[std::min(pick, a.cases.size() - 1)];
    c.id += "~" + std::to_string(i + 1);
    b.cases.push_back(std::move(c));
  }
  if (b.population) {
    b.population->default_basis.kind = Basis::Kind::mean;
    b.population->payer_basis.clear();
  }
  return b;
}

Summary summarise(std::string name, std::vector<double> values) {
  Summary s;
  s.name = std::move(name);
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
               values.end());
  if (values.empty()) return s;
  double mean = 0, m2 = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {  // Welford: stable for large n
    double delta = values[i] - mean;
    mean += delta / static_cast<double>(i + 1);
    m2 += delta * (values[i] - mean);
  }
  s.mean = mean;
  s.sd = values.size() > 1 ? std::sqrt(m2 / static_cast<double>(values.size() - 1)) : 0;
  auto percentile = [&](double p) {  // nearest rank, by selection
    std::size_t k = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    std::nth_element(values.begin(), values.begin() + static_cast<long>(k), values.end());
    return values[k];
  };
  s.p5 = percentile(0.05);
  s.p50 = percentile(0.50);
  s.p95 = percentile(0.95);
  return s;
}

}  // namespace

SimulationResult simulate(const Analysis& a, const SimulationOptions& o, Diagnostics& d) {
  SimulationResult out;
  out.draws.resize(o.draws);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex diagnostics_mutex;
  auto worker = [&] {
    for (std::size_t i; !failed && (i = next++) < o.draws;) {
      uncertain::Rng rng = uncertain::Rng::stream(o.seed, i);
      Draw& draw = out.draws[i];
      std::vector<Override> overrides;
      for (const auto& p : a.uncertainty) {
        double v = uncertain::sample(p.distribution, rng);
        std::string text = override_text(p.path, v);
        draw.parameters.push_back(std::strtod(text.c_str(), nullptr));
        overrides.push_back({p.path, text, p.origin, "simulation"});
      }
      Diagnostics local;
      auto outcome = o.bootstrap_cases ? evaluate(bootstrap(a, rng), overrides, local)
                                       : evaluate(a, overrides, local);
      if (!outcome) {
        std::lock_guard<std::mutex> lock(diagnostics_mutex);
        if (!failed.exchange(true)) d.append(local);
        return;
      }
      draw.net = to_double(outcome->net);
      draw.ratio = outcome->ratio ? static_cast<double>(outcome->ratio->exact().numerator()) /
                                        static_cast<double>(outcome->ratio->exact().denominator())
                                  : std::numeric_limits<double>::quiet_NaN();
      for (const auto& p : outcome->net_by_payer) draw.net_by_payer.push_back(to_double(p.amount));
      if (i == 0) {
        std::lock_guard<std::mutex> lock(diagnostics_mutex);
        out.figure = outcome->figure;
        for (const auto& p : outcome->net_by_payer) out.payers.push_back(p.payer);
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(1, o.jobs); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failed) {
    out.draws.clear();
    return out;
  }
  std::vector<double> net, ratio;
  std::vector<std::vector<double>> by_payer(out.payers.size());
  std::size_t positive = 0, above_one = 0;
  for (const auto& draw : out.draws) {
    net.push_back(draw.net);
    ratio.push_back(draw.ratio);
    for (std::size_t p = 0; p < draw.net_by_payer.size() && p < by_payer.size(); ++p)
      by_payer[p].push_back(draw.net_by_payer[p]);
    positive += draw.net > 0 ? 1 : 0;
    above_one += draw.ratio > 1 ? 1 : 0;
  }
  out.summaries.push_back(summarise(out.figure, net));
  out.summaries.push_back(summarise("ratio", ratio));
  for (std::size_t p = 0; p < out.payers.size(); ++p)
    out.summaries.push_back(summarise(out.figure + "." + out.payers[p], by_payer[p]));
  double n = static_cast<double>(std::max<std::size_t>(1, out.draws.size()));
  out.p_net_positive = static_cast<double>(positive) / n;
  out.p_ratio_above_one = static_cast<double>(above_one) / n;
  return out;
}

}  // namespace mkba
