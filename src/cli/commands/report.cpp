// mkba report: one readable document for a council or a reviewer.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "core/claims.hpp"
#include "report/audit.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

int run_report(const CaseOptions& o) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
  std::vector<ClaimCheck> checks = check_claims(r);
  OutputOptions out = o.out;
  if (!out.format && !out.output) out.format = "md";  // a report is a document
  Renderers renderers =
      document_renderers([&](report::Locale l) { return report::report_document(r, checks, l); },
                         [&] { return report::checks_table(checks, report::Locale::en, true); },
                         [&] { return report::render_checks_json(checks); });
  return emit(renderers, out, inputs_of(s));
}

}  // namespace

void setup_report(CLI::App& app, Commands& commands) {
  auto o = std::make_shared<CaseOptions>();
  auto* cmd = add_case_command(
      app, "report",
      "One readable document: programme, cases with their stories, population, payer balance, "
      "claims check, assumptions and sources (Markdown unless -o or --format says otherwise)",
      *o, Inputs::one);
  add_output_options(cmd, o->out, false);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_report(*o); }});
}

}  // namespace mkba::cli
