// mkba simulate: Monte Carlo over the file's uncertain parameters, with a
// progress line.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "core/simulation.hpp"
#include "report/simulation_report.hpp"

namespace mkba::cli {
namespace {

struct SimulateOptions {
  std::size_t draws = 1000;
  std::uint64_t seed = 42;
  bool bootstrap_cases = false;
};

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

}  // namespace

void setup_simulate(CLI::App& app, Commands& commands) {
  auto o = std::make_shared<CaseOptions>();
  auto sim = std::make_shared<SimulateOptions>();
  auto* cmd = add_case_command(
      app, "simulate",
      "Monte Carlo over the file's `uncertainty` parameters: mean, sd and percentiles of the net "
      "result, P(net > 0); estimates in floating point. -o histogram.svg draws a histogram, "
      "--format csv writes the draws",
      *o, Inputs::one);
  cmd->add_option("-n,--draws", sim->draws, "Number of draws")
      ->check(whole_number(1, 100'000'000))
      ->capture_default_str();
  cmd->add_option("--seed", sim->seed, "Seed: the same seed gives the same numbers, for any -j")
      ->check(whole_number(0, UINT64_MAX))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", o->jobs, "Threads; the numbers do not change")
      ->check(whole_number(1, 256));
  cmd->add_flag("--bootstrap-cases", sim->bootstrap_cases,
                "Also resample the cases with replacement in every draw");
  add_output_options(cmd, o->out, false, Extra::svg);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o, sim] { return run_simulate(*o, *sim); }});
}

}  // namespace mkba::cli
