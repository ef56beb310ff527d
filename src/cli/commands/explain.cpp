// mkba explain: the audit trail of a figure, down to tariffs and quantities.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "core/suggest.hpp"
#include "report/audit.hpp"

namespace mkba::cli {
namespace {

struct ExplainOptions {
  CaseOptions c;
  std::optional<std::string> figure;
};

int run_explain(const CaseOptions& o, const std::optional<std::string>& figure) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
  std::vector<Trace> traces;
  if (figure) {
    auto t = trace_figure(r, *figure);
    if (!t) return usage_error("unknown figure '" + *figure + "'", unknown_figure_hint(r, *figure));
    traces.push_back(*t);
  } else {
    for (const auto& path : headline_paths(r)) traces.push_back(*trace_figure(r, path));
  }
  Renderers renderers;
  renderers.text = [&](report::Locale l) { return report::render_traces_text(traces, l); };
  renderers.markdown = [&](report::Locale l) {
    return "# " + programme_title(r) + "\n\n" + report::render_traces_markdown(traces, l);
  };
  renderers.table = [&] { return report::traces_table(traces); };
  renderers.json = [&] { return report::render_traces_json(traces); };
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace

void setup_explain(CLI::App& app, Commands& commands) {
  auto o = std::make_shared<ExplainOptions>();
  auto* cmd = add_case_command(
      app, "explain",
      "The audit trail of a figure (default: the headline figures), down to tariffs, quantities "
      "and where each is written",
      o->c, Inputs::one);
  cmd->add_option("figure", o->figure, "A figure path, e.g. population.benefit_total")
      ->type_name("FIGURE");
  add_output_options(cmd, o->c.out, false);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_explain(o->c, o->figure); }});
}

}  // namespace mkba::cli
