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
#include "cli/manifest.hpp"
#include "cli/messages.hpp"
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
    return file_error(a.file, Message::no_uncertainty);
  SimulationOptions options;
  options.seed = sim.seed;
  options.draws = sim.draws;
  record_simulation(sim.seed, static_cast<long long>(sim.draws));
  options.jobs = o.jobs;
  options.bootstrap_cases = sim.bootstrap_cases;
  // The draws themselves only for the CSV that lists them or the histogram.
  options.keep_draws = o.out.format == Format::csv;
  options.keep_net = o.out.format == Format::svg;
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
  renderers.file = a.file;
  renderers.csv = [&](report::CsvDialect dialect) {
    return report::render_draws_csv(a, result, dialect);
  };
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace

void setup_simulate(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "simulate",
      "Monte Carlo over the file's `uncertainty` parameters: mean, sd and percentiles of the net "
      "result, P(net > 0); estimates in floating point. -o histogram.svg draws a histogram, "
      "--format csv writes the draws",
      "simulate FILE [-n N] [--seed N] [-j N] [--bootstrap-cases] [case options] [output "
      "options]",
      {{"simulate cases/stadskamer.yaml -n 100000 --seed 42", "mean, percentiles, P(net > 0)"},
       {"simulate cases/stadskamer.yaml -o histogram.svg", "a histogram of the net result"},
       {"simulate cases/stadskamer.yaml --format csv -o draws.csv", "every draw, one per row"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  CLI::Option* draws =
      add_value(cmd, "-n,--draws", "N", "Number of draws, 1 to 100000000 (default: 1000)");
  CLI::Option* seed = add_value(
      cmd, "--seed", "N", "Seed: the same seed gives the same numbers, for any -j (default: 42)");
  CLI::Option* jobs =
      add_value(cmd, "-j,--jobs", "N", "Threads, 1 to 256; the numbers do not change");
  CLI::Option* bootstrap = add_switch(cmd, "--bootstrap-cases",
                                      "Also resample the cases with replacement in every draw");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md, Format::svg});
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        CaseOptions o = r.case_options(c);
                        SimulateOptions sim;
                        sim.draws = r.whole_number(draws, 1, 100'000'000).value_or(sim.draws);
                        sim.seed = r.whole_number(seed, 0, UINT64_MAX).value_or(sim.seed);
                        o.jobs = static_cast<int>(r.whole_number(jobs, 1, 256).value_or(1));
                        sim.bootstrap_cases = r.flag(bootstrap);
                        o.out = r.output(out);
                        return r.code() ? r.code() : run_simulate(o, sim);
                      }});
}

}  // namespace mkba::cli
