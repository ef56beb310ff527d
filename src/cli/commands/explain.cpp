// mkba explain: the audit trail of a figure, down to tariffs and quantities.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
#include "cli/session.hpp"
#include "core/trace.hpp"
#include "report/audit.hpp"

namespace mkba::cli {
namespace {

struct ExplainOptions {
  CaseOptions c;
  std::optional<std::string> figure;
};

int run_explain(const CaseOptions& o, const std::optional<std::string>& figure) {
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
  std::vector<Trace> traces;
  int levels = figure ? 0 : 1;  // the headline figures: each with its first level
  if (figure) {
    auto t = trace_figure(r, *figure);
    if (!t)
      return usage_error(Message::unknown_figure,
                         {{"figure", *figure}, {"hint", unknown_figure_hint(r, *figure)}});
    traces.push_back(*t);
  } else {
    for (auto& t : trace_figures(r, headline_paths(r))) traces.push_back(std::move(*t));
  }
  Renderers renderers;
  // Below trees cut short, how to see one whole: the file as it was given.
  auto hint = [&](report::Locale l, bool markdown) {
    return levels ? report::full_tree_hint(o.files.at(0), l, markdown) : std::string();
  };
  renderers.text = [&](report::Locale l) {
    return report::render_traces_text(traces, l, levels) + (levels ? "\n" : "") + hint(l, false);
  };
  renderers.markdown = [&](report::Locale l) {
    return "# " + report::markdown_text(programme_title(r)) + "\n\n" +
           report::render_traces_markdown(traces, l, levels) + hint(l, true);
  };
  renderers.table = [&] { return report::traces_table(traces, levels); };
  renderers.json = [&] { return report::render_traces_json(traces, levels); };
  return emit(renderers, o.out, inputs_of(s));
}

}  // namespace

void setup_explain(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "explain",
      "The audit trail of a figure (default: the headline figures), down to tariffs, quantities "
      "and where each is written",
      "explain FILE [FIGURE] [case options] [output options]",
      {{"explain cases/stadskamer.yaml", "the headline figures, step by step"},
       {"explain cases/stadskamer.yaml population.benefit_total", "one figure, down to tariffs"},
       {"explain cases/stadskamer.yaml case.casus-3.line.poh_uur --format json", ""}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  CLI::Option* figure =
      add_argument(cmd, "figure", "FIGURE", "A figure path, e.g. population.benefit_total");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        ExplainOptions o;
                        o.c = r.case_options(c);
                        o.figure = r.text(figure);
                        o.c.out = r.output(out);
                        return r.code() ? r.code() : run_explain(o.c, o.figure);
                      }});
}

}  // namespace mkba::cli
