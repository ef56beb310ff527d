// mkba report: one readable document for a council or a reviewer.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/manifest.hpp"
#include "cli/session.hpp"
#include "core/claims.hpp"
#include "core/findings.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "report/audit.hpp"
#include "report/brief.hpp"
#include "report/build.hpp"
#include "report/summary.hpp"

namespace mkba::cli {
namespace {

// The range and the largest sensitivity of the first page, when the file
// declares uncertain parameters: a simulation with simulate's default seed
// and a modest number of draws, so that the same file gives the same report.
// What cannot be computed is left out; `mkba sensitivity` and `mkba
// simulate` say why.
report::Spread spread_of(const Result& base) {
  const Analysis& a = *base.analysis;
  report::Spread spread;
  Diagnostics ld;
  std::vector<LeftOut> left_out = leave_one_out(base, ld);
  if (ld.empty()) spread.left_out = std::move(left_out);
  if (a.uncertainty.empty()) return spread;
  Diagnostics d;
  Sensitivity sensitivity = one_way(base, d);
  if (d.empty()) spread.sensitivity = std::move(sensitivity);
  spread.options.draws = 1000;
  spread.options.keep_net = true;  // for the histogram
  Diagnostics sd;
  SimulationResult simulation = simulate(a, spread.options, sd);
  if (sd.empty()) spread.simulation = std::move(simulation);
  spread.failed = !d.empty() || !sd.empty();
  return spread;
}

int run_report(const CaseOptions& o) {
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
  auto claimed = check_file_claims(s, o);
  if (!claimed) return print_errors(s);
  const std::vector<ClaimCheck>& checks = *claimed;
  std::vector<Finding> findings = find_findings(r);
  const report::Spread spread = spread_of(r);
  std::vector<report::Variant> scenarios;
  std::vector<Origin> origins;
  if (!scenario_variants(s, o, scenarios, origins)) return print_errors(s);
  Renderers renderers = document_renderers(
      [&](report::Locale l) {
        report::Document d = report::report_document(r, checks, findings, spread, scenarios, l);
        d.sections.push_back(report::provenance_section(provenance(inputs_of(s)), l));
        return d;
      },
      [&] { return report::checks_table(checks, report::Locale::en, true); },
      [&] { return report::render_checks_json(o.files.at(0), checks, nullptr, &findings); });
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace

void setup_report(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "report",
      "One readable document: a first page that stands alone, then cases, population, payer "
      "balance, scenarios, sensitivity, simulation, claims, assumptions and sources (Markdown "
      "unless -o or --format says otherwise; HTML with its charts, printable to A4)",
      "report FILE [case options] [output options]",
      {{"report cases/stadskamer.yaml -o report.md", "the document for a council or reviewer"},
       {"report cases/stadskamer.yaml -o report.html", "one self-contained page with the charts"},
       {"report cases/stadskamer.yaml --format table --locale en", "on the terminal, in English"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  // A report is a document: Markdown unless -o or --format says otherwise.
  OutputDeclaration out = add_output_options(
      cmd, {Format::table, Format::csv, Format::json, Format::md, Format::html}, false, Format::md);
  commands.push_back({cmd, with_case_options(cmd, c, out, run_report)});
}

}  // namespace mkba::cli
