// mkba sensitivity: one-way sensitivity, switching values, leave-one-out and
// the tornado chart.
#include "core/sensitivity.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "report/sensitivity_report.hpp"

namespace mkba::cli {
namespace {

int run_sensitivity(const CaseOptions& o) {
  Session s;
  if (int code = load_with_outcome(s, o, "sensitivity")) return code;
  const Analysis& a = *s.computed.analysis;
  Diagnostics d;
  Sensitivity result;
  {
    Progress progress(o.progress, a.uncertainty.size(), ProgressUnit::parameters, o.out.locale);
    result = one_way(s.result(), d, [&](std::size_t done) { progress.update(done); });
  }
  std::vector<LeftOut> left_out = leave_one_out(s.result(), d);
  if (!d.empty()) return report_diagnostics(d, s.sources);
  Renderers renderers = document_renderers(
      [&](report::Locale l) { return report::sensitivity_document(a, result, left_out, l); },
      [&] { return report::sensitivity_table(result); },
      [&] { return report::render_sensitivity_json(result, left_out); });
  renderers.svg = [&](report::Locale l) { return report::render_tornado_svg(a, result, l); };
  renderers.file = a.file;
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace

void setup_sensitivity(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "sensitivity",
      "One-way sensitivity over the file's `uncertainty` parameters (each at its low and high), "
      "switching values, leave-one-out over the cases; -o tornado.svg draws the tornado chart",
      "sensitivity FILE [case options] [output options]",
      {{"sensitivity cases/stadskamer.yaml", "swings, switching values, leave-one-out"},
       {"sensitivity cases/stadskamer.yaml -o tornado.svg", "the tornado chart"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  add_progress_options(cmd, c);
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md, Format::svg});
  commands.push_back({cmd, with_case_options(cmd, c, out, run_sensitivity)});
}

}  // namespace mkba::cli
