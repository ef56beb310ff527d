// Uncertainty: one-way sensitivity with switching values, leave-one-out and
// a tornado chart.
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/session.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"

namespace mkba::cli {

int run_sensitivity(const CaseOptions& o) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Analysis& a = *s.computed.analysis;
  if (!outcome_of(s.result()))
    return usage_error(
        "sensitivity needs a population block or a horizon: there is no net result to follow");
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
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Analysis& a = *s.computed.analysis;
  if (!outcome_of(s.result()))
    return usage_error(
        "simulate needs a population block or a horizon: there is no net result to follow");
  if (a.uncertainty.empty() && !sim.bootstrap_cases)
    return usage_error("the file declares no uncertain parameters",
                       "add an 'uncertainty' block, or pass --bootstrap-cases");
  SimulationOptions options{sim.seed, sim.draws, o.jobs, sim.bootstrap_cases};
  Diagnostics d;
  SimulationResult result = simulate(a, options, d);
  if (!d.empty()) return report_diagnostics(d, s.sources);
  Renderers renderers = document_renderers(
      [&](report::Locale l) { return report::simulation_document(a, result, options, l); },
      [&] { return report::simulation_draws_table(a, result); },
      [&] { return report::render_simulation_json(result, options); });
  renderers.svg = [&](report::Locale l) { return report::render_histogram_svg(a, result, l); };
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace mkba::cli
