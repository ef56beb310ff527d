// Fuzzes sensitivity and simulation on multi-year programmes. The bytes do
// not hold a file: they steer tests/unit/programme_generator.hpp, which
// builds a valid programme (horizon, discount preset or rate, recurring lines
// and costs with drop-off and lag, shares at every level, an index, bases,
// uncertain parameters). Then one-way sensitivity with switching values,
// leave-one-out and a short simulation by both evaluators, with and without
// bootstrap over the cases, and every writer of their results. Findings: an
// exception that escapes, a refusal without a location or that does not name
// what it could not compute, a figure that is not finite, an output that is
// not UTF-8.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <exception>

#include "core/calculate.hpp"
#include "core/draw_model.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "fuzz_common.hpp"
#include "programme_generator.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"
#include "report/writer.hpp"

using namespace mkba;

namespace {

// A chart is drawn, or refused with a sentence: never both, never neither.
void require_chart(const report::svg::Chart& chart, const char* what) {
  if (chart.svg.empty() == chart.refusal.empty()) {
    std::fprintf(stderr, "fuzz: %s is %s\n", what,
                 chart.svg.empty() ? "neither drawn nor refused" : "drawn and refused");
    std::abort();
  }
  fuzz::require_utf8(chart.svg + chart.refusal, what);
}

// The generator's choices, from the fuzz bytes; the lowest once they run out.
class ByteSource {
 public:
  explicit ByteSource(FuzzedDataProvider& bytes) : bytes_(bytes) {}
  long long between(long long lo, long long hi) {
    return bytes_.ConsumeIntegralInRange<long long>(lo, hi);
  }
  bool chance(int percent) { return between(1, 100) <= percent; }

 private:
  FuzzedDataProvider& bytes_;
};

[[noreturn]] void finding(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz: %s: %s\n", what, detail.c_str());
  std::abort();
}

// Every refusal is located in the generated file and, when an exact value is
// out of range, names the figure.
void require_located(const Diagnostics& d) {
  for (const auto& item : d.items()) {
    if (item.where.file != "generated.yaml" || item.where.line <= 0)
      finding("an error without a location", item.message);
    if (item.message.find("too large to compute exactly") != std::string::npos &&
        item.message.rfind("a result", 0) == 0)
      finding("an out-of-range error that names no figure", item.message);
    fuzz::require_utf8(item.message + item.hint, "a diagnostic");
  }
}

void sensitivity(const Analysis& a) {
  Diagnostics d;
  Sensitivity s = one_way(a, d);
  std::vector<LeftOut> left_out = leave_one_out(a, d);
  require_located(d);
  if (!d.empty()) return;
  for (auto locale : {report::Locale::nl, report::Locale::en}) {
    report::Document doc = report::sensitivity_document(a, s, left_out, locale);
    fuzz::require_utf8(report::render_text(doc, locale), "sensitivity text");
    fuzz::require_utf8(report::render_markdown(doc, locale), "sensitivity Markdown");
    require_chart(report::render_tornado_svg(a, s, locale), "tornado SVG");
  }
  fuzz::require_utf8(report::render_csv(report::sensitivity_table(s)), "sensitivity CSV");
  fuzz::require_utf8(report::render_sensitivity_json(s, left_out), "sensitivity JSON");
}

void simulation(const Analysis& a, bool bootstrap, bool fast, std::uint64_t seed) {
  SimulationOptions o;
  o.seed = seed;
  o.draws = 12;
  o.bootstrap_cases = bootstrap;
  o.keep_draws = o.keep_net = true;
  Diagnostics d;
  std::optional<DrawModel> model;
  if (fast) model = DrawModel::compile(a, bootstrap);
  SimulationResult s = simulate_with(a, model ? &*model : nullptr, o, d);
  require_located(d);
  if (!d.empty()) return;
  for (const auto& summary : s.summaries)
    for (double v : {summary.mean, summary.sd, summary.p5, summary.p50, summary.p95})
      if (!std::isfinite(v)) finding("a simulated figure is not finite", summary.name);
  if (!(s.p_net_positive >= 0 && s.p_net_positive <= 1 && s.p_ratio_above_one >= 0 &&
        s.p_ratio_above_one <= 1))
    finding("a probability outside [0, 1]", s.figure);
  fuzz::require_utf8(report::render_text(report::simulation_document(a, s, o, report::Locale::en),
                                         report::Locale::en),
                     "simulation text");
  fuzz::require_utf8(report::render_draws_csv(a, s, report::CsvDialect::nl), "draws CSV");
  fuzz::require_utf8(report::render_simulation_json(s, o), "simulation JSON");
  require_chart(report::render_histogram_svg(a, s, report::Locale::nl), "histogram SVG");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider bytes(data, size);
  const auto seed = bytes.ConsumeIntegral<std::uint64_t>();
  ByteSource source(bytes);
  Analysis a = test::ProgrammeGenerator<ByteSource>(source).programme();
  try {
    Diagnostics d = validate(a);
    if (!d.empty()) finding("the generator wrote an invalid programme", d.items()[0].message);
    std::optional<Result> r = calculate(a, d);
    if (r) d = validate_uncertainty(a);
    require_located(d);
    if (!r || !d.empty() || !outcome_of(*r)) return 0;
    sensitivity(a);
    if (a.uncertainty.empty()) return 0;
    for (bool bootstrap : {false, true})
      for (bool fast : {false, true}) simulation(a, bootstrap, fast, seed);
  } catch (const std::exception& e) {
    finding("an exception escaped", e.what());
  }
  return 0;
}
