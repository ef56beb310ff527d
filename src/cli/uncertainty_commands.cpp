// Uncertainty: one-way sensitivity with switching values, leave-one-out and
// a tornado chart; Monte Carlo simulation with a progress line.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"
#include "report/writer.hpp"

namespace mkba::cli {
namespace {

// A progress line on stderr, only when stderr is a terminal and the work has
// taken more than a second; cleared when done. Output files never see it.
class Progress {
 public:
  Progress(std::string what, std::string unit)
      : what_(std::move(what)),
        unit_(std::move(unit)),
        terminal_(isatty(STDERR_FILENO) == 1),
        start_(Clock::now()) {}

  void update(std::size_t done, std::size_t total) {
    if (!terminal_) return;
    auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(100))
      return;
    last_ = now;
    std::string line = "mkba: " + what_ + ": " + std::to_string(done) + " of " +
                       std::to_string(total) + " " + unit_ + " (" +
                       std::to_string(total ? done * 100 / total : 100) + "%)";
    width_ = std::max(width_, line.size());
    std::cerr << '\r' << line << std::flush;
  }

  void finish() {
    if (width_) std::cerr << '\r' << std::string(width_, ' ') << '\r' << std::flush;
    width_ = 0;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::string what_, unit_;
  bool terminal_;
  Clock::time_point start_, last_{};
  std::size_t width_ = 0;
};

// Loads and computes the file of `command`, which follows the net result;
// an exit code when it cannot, else 0.
int load_with_outcome(Session& s, const CaseOptions& o, const std::string& command) {
  if (int code = check_set_syntax(o.set)) return code;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  if (!outcome_of(s.result()))
    return usage_error_in(
        s.base->file,
        command + " needs a population block or a horizon: there is no net result to follow");
  return exit_ok;
}

}  // namespace

int run_sensitivity(const CaseOptions& o) {
  Session s;
  if (int code = load_with_outcome(s, o, "sensitivity")) return code;
  const Analysis& a = *s.computed.analysis;
  Diagnostics d;
  Sensitivity result = one_way(a, d);
  std::vector<LeftOut> left_out = leave_one_out(a, d);
  if (!d.empty()) return report_diagnostics(d, s.sources);
  Renderers renderers = document_renderers(
      [&](report::Locale l) { return report::sensitivity_document(a, result, left_out, l); },
      [&] { return report::sensitivity_table(result); },
      [&] { return report::render_sensitivity_json(result, left_out); });
  renderers.svg = [&](report::Locale l) { return report::render_tornado_svg(a, result, l); };
  return emit(renderers, o.out, inputs_of(s));
}

int run_simulate(const CaseOptions& o, const SimulateOptions& sim) {
  Session s;
  if (int code = load_with_outcome(s, o, "simulate")) return code;
  const Analysis& a = *s.computed.analysis;
  if (a.uncertainty.empty() && !sim.bootstrap_cases)
    return usage_error_in(a.file, "the file declares no uncertain parameters",
                          "add an 'uncertainty' block, or pass --bootstrap-cases");
  SimulationOptions options;
  options.seed = sim.seed;
  options.draws = sim.draws;
  options.jobs = o.jobs;
  options.bootstrap_cases = sim.bootstrap_cases;
  // The draws themselves only for the CSV that lists them or the histogram.
  std::optional<report::Format> format = report::Format::table;
  if (o.out.format)
    format = report::format_named(*o.out.format);
  else if (o.out.output && *o.out.output != "-")
    format = report::format_for_path(*o.out.output);
  options.keep_draws = format == report::Format::csv;
  options.keep_net = format == report::Format::svg;
  Progress progress("simulate", "draws");
  options.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
  Diagnostics d;
  SimulationResult result = simulate(a, options, d);
  progress.finish();
  if (!d.empty()) return report_diagnostics(d, s.sources);
  Renderers renderers = document_renderers(
      [&](report::Locale l) { return report::simulation_document(a, result, options, l); }, nullptr,
      [&] { return report::render_simulation_json(result, options); });
  renderers.svg = [&](report::Locale l) { return report::render_histogram_svg(a, result, l); };
  renderers.csv = [&](report::CsvDialect dialect) {
    return report::render_draws_csv(a, result, dialect);
  };
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace mkba::cli
