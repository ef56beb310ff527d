// mkba figures: every figure path of a file with its value.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "report/audit.hpp"
#include "report/json_builder.hpp"
#include "report/words.hpp"

namespace mkba::cli {
namespace {

int run_figures(const CaseOptions& o) {
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = programme_title(r);
    d.sections.push_back({report::tr(l, "Figures"), {}, {report::figures_table(r, false, l)}, {}});
    return d;
  };
  auto json = [&] {
    report::Table t = report::figures_table(r, true);
    report::Json j;
    j.open('{');
    for (const auto& row : t.rows) j.key(row[0].text).raw(report::cell_plain(row[1]));
    j.close('}');
    return j.str();
  };
  return emit(document_renderers(
                  document, [&] { return report::figures_table(r, true); }, json),
              o.out, inputs_of(s));
}

}  // namespace

void setup_figures(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "figures", "List every figure path of a file with its value: what claims can name",
      "figures FILE [case options] [output options]",
      {{"figures cases/stadskamer.yaml", "every path a claim or explain can name"},
       {"figures cases/stadskamer.yaml --format json", "the same as one JSON object"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, with_case_options(cmd, c, out, run_figures)});
}

}  // namespace mkba::cli
