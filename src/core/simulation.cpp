#include "core/simulation.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

namespace mkba {
namespace {

constexpr std::size_t chunk_size = 1024;  // draws a thread takes at a time
constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

using graph::to_double;

// Which case each case of a resampled analysis is: n picks with replacement.
void draw_picks(uncertain::Rng& rng, std::vector<std::size_t>& picks) {
  const std::size_t n = picks.size();
  for (std::size_t c = 0; c < n; ++c) {
    auto pick = static_cast<std::size_t>(rng.uniform01() * static_cast<double>(n));
    picks[c] = std::min(pick, n - 1);
  }
}

// The cases of `a` resampled as `picks` says, with `overrides` applied: a
// case's parameters follow every copy of it (set_value_in_copies). Copies
// keep their case's id (what messages name), and bases fall back to the
// mean, since a case named by a basis may not be drawn.
Analysis bootstrap(const Analysis& a, const std::vector<std::size_t>& picks,
                   const std::vector<Override>& overrides, Diagnostics& d) {
  Analysis b = a;
  b.cases.clear();
  for (std::size_t pick : picks) b.cases.push_back(a.cases[pick]);
  d.append(apply_overrides_in_copies(b, picks, overrides));
  if (b.population) {
    b.population->default_basis.kind = Basis::Kind::mean;
    b.population->payer_basis.clear();
  }
  return b;
}

// Count, mean and sum of squared deviations from the mean, mergeable (Chan,
// Golub and LeVeque): stable for any number of draws.
struct Moments {
  std::size_t n = 0;
  double mean = 0, m2 = 0;
  // Of a chunk of values, in two passes; NaN left out.
  static Moments of(const double* values, std::size_t count) {
    Moments m;
    double sum = 0;
    for (std::size_t i = 0; i < count; ++i)
      if (!std::isnan(values[i])) {
        sum += values[i];
        ++m.n;
      }
    if (m.n == 0) return m;
    m.mean = sum / static_cast<double>(m.n);
    for (std::size_t i = 0; i < count; ++i)
      if (!std::isnan(values[i])) m.m2 += (values[i] - m.mean) * (values[i] - m.mean);
    return m;
  }
  void merge(const Moments& o) {
    if (o.n == 0) return;
    if (n == 0) {
      *this = o;
      return;
    }
    double total = static_cast<double>(n + o.n), delta = o.mean - mean;
    mean += delta * static_cast<double>(o.n) / total;
    m2 += o.m2 + delta * delta * static_cast<double>(n) * static_cast<double>(o.n) / total;
    n += o.n;
  }
};

// One draw's figures: net, ratio, then net per payer.
struct Row {
  std::vector<double> parameters, figures;
};

// Computes draws by either evaluator; one per thread.
class Drawer {
 public:
  Drawer(const Analysis& a, const SimulationOptions& o, const DrawModel* fast)
      : a_(a), o_(o), fast_(fast) {
    raw_.resize(a.uncertainty.size());
    for (const auto& u : a.uncertainty) samplers_.emplace_back(u.distribution);
    if (fast_) {
      memory_ = fast_->memory();
      picks_.resize(fast_->cases());
    }
  }

  // Draw i into `row`; false, with the reasons in `d`, when it cannot be computed.
  bool draw(std::size_t i, Row& row, Diagnostics& d) {
    uncertain::Rng rng = uncertain::Rng::stream(o_.seed, i);
    for (std::size_t k = 0; k < raw_.size(); ++k) raw_[k] = samplers_[k](rng);
    if (!fast_) return exact(rng, row, d);
    for (std::size_t k = 0; k < raw_.size(); ++k)
      row.parameters[k] = round_to_decimals(raw_[k], fast_->decimals(k));
    const uncertain::Rng before_picks = rng;
    if (o_.bootstrap_cases) draw_picks(rng, picks_);
    DrawModel::Figures f;
    f.by_payer = row.figures.data() + 2;
    if (!fast_->evaluate(row.parameters.data(), o_.bootstrap_cases ? picks_.data() : nullptr,
                         memory_, f)) {
      ++exact_draws;
      uncertain::Rng again = before_picks;
      return exact(again, row, d);
    }
    row.figures[0] = f.net;
    row.figures[1] = f.ratio;
    return true;
  }

  // Draws the fast evaluator left to the exact model.
  std::size_t exact_draws = 0;

 private:
  bool exact(uncertain::Rng& rng, Row& row, Diagnostics& d) {
    std::vector<Override> overrides;
    for (std::size_t k = 0; k < raw_.size(); ++k) {
      const Parameter& p = a_.uncertainty[k].parameter;
      std::optional<Value> v = value_of(p, raw_[k]);
      if (!v) {
        d.error(p.path_origin, p.path + ": a value drawn is not a number it takes");
        return false;
      }
      row.parameters[k] = nearest_double(v->number);
      overrides.push_back({p, *v, p.path_origin, "simulation"});
    }
    std::optional<Outcome> outcome;
    if (o_.bootstrap_cases) {
      std::vector<std::size_t> picks(a_.cases.size());
      draw_picks(rng, picks);
      Diagnostics refused;
      Analysis b = bootstrap(a_, picks, overrides, refused);
      d.append(refused);
      if (refused.empty()) outcome = evaluate_applied(b, d);
    } else {
      outcome = evaluate(a_, overrides, d);
    }
    if (!outcome || outcome->net_by_payer.size() + 2 != row.figures.size()) return false;
    row.figures[0] = to_double(outcome->net.exact());
    row.figures[1] = outcome->ratio ? to_double(outcome->ratio->exact())
                                    : std::numeric_limits<double>::quiet_NaN();
    for (std::size_t p = 0; p < outcome->net_by_payer.size(); ++p)
      row.figures[p + 2] = to_double(outcome->net_by_payer[p].amount.exact());
    return true;
  }

  const Analysis& a_;
  const SimulationOptions& o_;
  const DrawModel* fast_;
  std::vector<uncertain::Sampler> samplers_;  // of the parameters, in order
  std::vector<double> raw_;
  std::vector<std::size_t> picks_;
  DrawModel::Memory memory_;
};

// The nearest-rank percentiles reported, and how they are found without
// keeping every draw: the first `pilot_draws` draws are kept, and around each
// percentile of theirs a window of values wide enough to hold the
// percentile of all draws (by some 6 standard errors of the pilot's rank); of
// the later draws only those inside a window are kept, and the others
// counted below or above it. The percentile is then selected among the kept
// values. Should it fall outside its window after all (about never), the run
// is repeated keeping every draw.
constexpr double percentiles[3] = {0.05, 0.50, 0.95};
constexpr std::size_t pilot_draws = 64 * chunk_size;

std::size_t rank_of(double p, std::size_t count) {  // 0-based nearest rank
  return static_cast<std::size_t>(std::ceil(p * static_cast<double>(count))) - 1;
}

// Values of one figure in [low, high], and how many were below low.
struct Window {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  std::size_t below = 0;
  std::vector<double> kept;
  void add(double v) {
    if (v < low)
      ++below;
    else if (v <= high)
      kept.push_back(v);
  }
};

// The windows of one figure, from its pilot values (NaN left out, sorted).
std::vector<Window> windows_from(const std::vector<double>& sorted) {
  std::vector<Window> out(3);
  const auto m = static_cast<double>(sorted.size());
  for (std::size_t w = 0; w < 3 && !sorted.empty(); ++w) {
    const double p = percentiles[w];
    const double margin = 6 * std::sqrt(m * p * (1 - p)) + 16;
    const double at = p * m;
    if (at - margin >= 0) out[w].low = sorted[static_cast<std::size_t>(at - margin)];
    if (at + margin < m - 1) out[w].high = sorted[static_cast<std::size_t>(at + margin)];
  }
  return out;
}

// The state of one figure over a run.
struct Figure {
  std::vector<Moments> chunks;  // in chunk order
  std::size_t count = 0;        // values that are not NaN
  std::vector<Window> windows;  // one per percentile, or one for all when every value is kept
};

// Summary of a figure; false when a percentile fell outside its window.
bool summarise(Figure& f, Summary& s) {
  Moments total;
  for (const auto& m : f.chunks) total.merge(m);
  if (f.count == 0) return true;
  s.mean = total.mean;
  s.sd = total.n > 1 ? std::sqrt(total.m2 / static_cast<double>(total.n - 1)) : 0;
  double* results[3] = {&s.p5, &s.p50, &s.p95};
  std::size_t from = 0;  // in a window shared by all: each selection leaves
                         // what is below it before it, so the next needs only the rest
  for (std::size_t w = 0; w < 3; ++w) {
    Window& window = f.windows[f.windows.size() == 1 ? 0 : w];
    std::size_t k = rank_of(percentiles[w], f.count);
    if (k < window.below || k - window.below >= window.kept.size()) return false;
    auto nth = window.kept.begin() + static_cast<long>(k - window.below);
    if (f.windows.size() != 1) from = 0;
    std::nth_element(window.kept.begin() + static_cast<long>(from), nth, window.kept.end());
    from = k - window.below;
    *results[w] = *nth;
  }
  return true;
}

// Runs `task(t)` for t in [0, count) on up to `jobs` threads.
template <class Task>
void in_parallel(std::size_t count, int jobs, Task task) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t t; (t = next++) < count;) task(t);
  };
  std::vector<std::thread> pool;
  for (int j = 1; j < std::max(1, jobs) && static_cast<std::size_t>(j) < count; ++j)
    pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

// Computes every draw into `out` (its figure and payers set); false when a
// percentile fell outside its window, and the run must keep every draw.
bool run(const Analysis& a, const DrawModel* fast, const SimulationOptions& o, bool keep_all,
         SimulationResult& out, Diagnostics& d) {
  const std::size_t n = o.draws, parameters = a.uncertainty.size();
  const std::size_t figures = out.payers.size() + 2;
  const std::size_t chunks = (n + chunk_size - 1) / chunk_size;
  keep_all = keep_all || o.keep_net || n <= pilot_draws;
  // Every value while keep_all, else those of the pilot draws.
  std::vector<std::vector<double>> values(figures, std::vector<double>(keep_all ? n : pilot_draws));
  if (o.keep_draws) {
    out.row_width = parameters + figures;
    out.rows.resize(n * out.row_width);
  }
  std::vector<Figure> state(figures);
  for (auto& f : state) f.chunks.resize(chunks);
  std::atomic<std::size_t> positive{0}, above_one{0}, done{0}, failed_at{none}, exact_draws{0};
  std::mutex mutex;
  Diagnostics failure;

  // Chunks [from, to); in the second phase values go into the windows.
  auto phase = [&](std::size_t from, std::size_t to, bool windowed) {
    std::atomic<std::size_t> next{from};
    auto worker = [&](bool reports_progress) {
      Drawer drawer(a, o, fast);
      Row row{std::vector<double>(parameters), std::vector<double>(figures)};
      std::vector<double> chunk(chunk_size * figures);
      std::vector<Figure> local(windowed ? figures : 0);
      for (std::size_t f = 0; f < local.size(); ++f) {
        local[f].windows = state[f].windows;
        for (auto& w : local[f].windows) w.kept.clear();
      }
      for (std::size_t c; (c = next++) < to && failed_at == none;) {
        std::size_t first = c * chunk_size, last = std::min(n, first + chunk_size);
        std::size_t chunk_positive = 0, chunk_above_one = 0;
        for (std::size_t i = first; i < last; ++i) {
          Diagnostics diagnostics;
          if (!drawer.draw(i, row, diagnostics)) {
            // The first failing draw reports, whichever thread meets it.
            std::lock_guard<std::mutex> lock(mutex);
            if (i < failed_at) {
              failed_at = i;
              failure = diagnostics;
            }
            return;
          }
          for (std::size_t f = 0; f < figures; ++f)
            chunk[f * chunk_size + (i - first)] = row.figures[f];
          chunk_positive += row.figures[0] > 0 ? 1 : 0;
          chunk_above_one += row.figures[1] > 1 ? 1 : 0;
          if (o.keep_draws) {
            double* r = &out.rows[i * out.row_width];
            std::copy(row.parameters.begin(), row.parameters.end(), r);
            std::copy(row.figures.begin(), row.figures.end(), r + parameters);
          }
        }
        for (std::size_t f = 0; f < figures; ++f) {
          const double* v = &chunk[f * chunk_size];
          state[f].chunks[c] = Moments::of(v, last - first);
          if (windowed)
            for (std::size_t j = 0; j < last - first; ++j) {
              if (std::isnan(v[j])) continue;
              for (auto& w : local[f].windows) w.add(v[j]);
            }
          else
            std::copy(v, v + (last - first), values[f].begin() + static_cast<long>(first));
        }
        positive += chunk_positive;
        above_one += chunk_above_one;
        exact_draws += drawer.exact_draws;
        drawer.exact_draws = 0;
        std::size_t so_far = done += last - first;
        if (reports_progress && o.progress) o.progress(so_far, n);
      }
      if (!windowed) return;
      std::lock_guard<std::mutex> lock(mutex);  // the order of merging changes no count or set
      for (std::size_t f = 0; f < figures; ++f)
        for (std::size_t w = 0; w < local[f].windows.size(); ++w) {
          Window& into = state[f].windows[w];
          into.below += local[f].windows[w].below;
          into.kept.insert(into.kept.end(), local[f].windows[w].kept.begin(),
                           local[f].windows[w].kept.end());
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(1, o.jobs); ++t) pool.emplace_back(worker, false);
    worker(true);
    for (auto& t : pool) t.join();
  };

  const std::size_t pilot_chunks = keep_all ? chunks : pilot_draws / chunk_size;
  phase(0, pilot_chunks, false);
  if (failed_at == none && !keep_all) {
    for (std::size_t f = 0; f < figures; ++f) {
      std::vector<double> sorted;
      for (double v : values[f])
        if (!std::isnan(v)) sorted.push_back(v);
      std::sort(sorted.begin(), sorted.end());
      state[f].windows = windows_from(sorted);
    }
    phase(pilot_chunks, chunks, true);
    for (std::size_t f = 0; f < figures; ++f)  // the pilot's own values
      for (double v : values[f])
        if (!std::isnan(v))
          for (auto& w : state[f].windows) w.add(v);
  }
  if (failed_at != none) {
    d.append(failure);
    out.rows.clear();
    out.row_width = 0;
    return true;
  }
  for (std::size_t f = 0; f < figures; ++f) {
    for (const auto& m : state[f].chunks) state[f].count += m.n;
    if (!keep_all) continue;
    Window all;
    all.kept = f == 0 && o.keep_net ? values[f] : std::move(values[f]);
    all.kept.erase(
        std::remove_if(all.kept.begin(), all.kept.end(), [](double v) { return std::isnan(v); }),
        all.kept.end());
    state[f].windows.assign(1, std::move(all));
  }
  if (keep_all && o.keep_net) out.net = std::move(values[0]);
  values.clear();
  out.summaries.resize(figures);
  std::atomic<bool> inside{true};
  in_parallel(figures, o.jobs, [&](std::size_t f) {
    out.summaries[f].name = f == 0   ? out.figure
                            : f == 1 ? "ratio"
                                     : out.figure + "." + out.payers[f - 2];
    if (!summarise(state[f], out.summaries[f])) inside = false;
  });
  if (!inside) return false;
  out.draws = n;
  out.exact_draws = exact_draws;
  double count = static_cast<double>(std::max<std::size_t>(1, n));
  out.p_net_positive = static_cast<double>(positive) / count;
  out.p_ratio_above_one = static_cast<double>(above_one) / count;
  return true;
}

}  // namespace

SimulationResult simulate(const Analysis& a, const SimulationOptions& o, Diagnostics& d) {
  std::optional<DrawModel> model = DrawModel::compile(a, o.bootstrap_cases);
  return simulate_with(a, model ? &*model : nullptr, o, d);
}

SimulationResult simulate_with(const Analysis& a, const DrawModel* fast, const SimulationOptions& o,
                               Diagnostics& d) {
  SimulationResult out;
  Diagnostics base_diagnostics;
  auto base = evaluate(a, {}, base_diagnostics);
  if (!base) {
    d.append(base_diagnostics);
    return out;
  }
  out.figure = base->figure;
  for (const auto& p : base->net_by_payer) out.payers.push_back(p.payer);
  out.evaluator = fast ? Evaluator::fast : Evaluator::exact;
  SimulationResult attempt = out;
  if (run(a, fast, o, o.keep_all, attempt, d)) return attempt;
  run(a, fast, o, true, out, d);
  return out;
}

}  // namespace mkba
