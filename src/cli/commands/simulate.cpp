// mkba simulate: Monte Carlo over the file's uncertain parameters, with a
// progress line (cli/progress.hpp).
#include <algorithm>
#include <cstdint>
#include <string>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/manifest.hpp"
#include "cli/messages.hpp"
#include "cli/progress.hpp"
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
  Diagnostics d;
  SimulationResult result;
  {
    Progress progress(o.progress, options.draws, ProgressUnit::draws, o.out.locale);
    options.progress = [&](std::size_t done, std::size_t) { progress.update(done); };
    result = simulate(a, options, d);
  }
  options.progress = nullptr;  // the renderers below keep the options, not the line
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
  add_progress_options(cmd, c);
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
