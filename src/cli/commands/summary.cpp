// mkba summary: one row of headline figures per programme, or per scenario.
#include <iostream>
#include <stdexcept>

#include "cli/batch.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/manifest.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "cli/workbook_output.hpp"
#include "core/headline.hpp"
#include "load/tariff_cache.hpp"
#include "report/summary.hpp"

namespace mkba::cli {
namespace {

struct SummaryOptions {
  CaseOptions c;
  bool with_scenarios = false;
};

struct Summarised {
  int code = 0;
  std::string errors;
  std::vector<report::SummaryRow> rows;
  std::vector<Result> results;  // for a workbook: each row's figures
  std::vector<std::string> inputs;
};

// A workbook's part: a row's figures with its file and scenario.
struct Modelled {
  Result result;
  std::string file, scenario;
};

// The base (or o.scenario) and, with `with_scenarios`, every scenario of the file.
Summarised summarise(const std::string& file, const CaseOptions& o, bool with_scenarios,
                     bool keep_results, load::TariffCache& cache) {
  Summarised out;
  Session s;
  if (load_case(s, file, o, &cache)) {
    std::vector<std::string> names{o.scenario.value_or("")};
    if (with_scenarios)
      for (const auto& sc : s.base->scenarios) names.push_back(sc.name);
    for (const auto& name : names) {
      Computed c;
      if (!compute_variant(s, name, o, c)) break;
      out.rows.push_back(
          {file, c.analysis->programme.name, name, c.analysis->overrides, headline(*c.result)});
      if (keep_results) out.results.push_back(std::move(*c.result));
    }
  }
  out.code = s.code;
  out.errors = s.errors;
  if (s.code != 0) {
    out.rows.clear();
    out.results.clear();
  }
  out.inputs = inputs_of(s);
  return out;
}

// The writer's format for the one the command line chose.
report::SummaryFormat summary_format(Format format) {
  switch (format) {
    case Format::table:
      return report::SummaryFormat::table;
    case Format::md:
      return report::SummaryFormat::markdown;
    case Format::csv:
      return report::SummaryFormat::csv;
    case Format::json:
      return report::SummaryFormat::json;
    case Format::jsonl:
      return report::SummaryFormat::jsonl;
    case Format::xlsx:  // the workbook has its own rows: this writer is left empty
      return report::SummaryFormat::csv;
    case Format::html:
    case Format::svg:
      break;  // not offered
  }
  throw std::logic_error("summary draws no chart");
}

// Rows are added to the writer as each file is done, in input order, and the
// file's figures dropped: memory holds the output's text, not the batch.
int run_summary(const CaseOptions& o, bool with_scenarios) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  report::SummaryWriter writer(summary_format(o.out.format), o.out.locale, o.out.csv_dialect);
  const bool workbook = o.out.format == Format::xlsx;
  std::vector<Modelled> modelled;   // a workbook holds every row's figures
  int refused = exit_ok;            // the output names a tariff table read on the way
  std::vector<std::string> inputs;  // for the manifest of a JSON output
  {                                 // the cache is gone before the output is written
    load::TariffCache cache;
    for_each_in_order<Summarised>(
        files.size(), o,
        [&](std::size_t i) { return summarise(files[i], o, with_scenarios, workbook, cache); },
        [&](Summarised&& part) {
          std::cerr << part.errors;
          code = std::max(code, part.code);
          for (std::size_t k = 0; k < part.rows.size(); ++k) {
            if (!workbook)
              writer.add(part.rows[k]);
            else
              modelled.push_back(
                  {std::move(part.results[k]), part.rows[k].file, part.rows[k].scenario});
          }
          if (refused == exit_ok) refused = check_output_target(o.out.output, part.inputs);
          if (o.out.format == Format::json)
            inputs.insert(inputs.end(), part.inputs.begin(), part.inputs.end());
        });
  }
  std::cerr << std::flush;
  if (refused != exit_ok) return std::max(code, refused);
  if (workbook) {
    std::vector<report::WorkbookPart> parts;
    for (const auto& m : modelled) parts.push_back({&m.result, m.file, m.scenario});
    return std::max(code, write_workbook_output(parts, report::WorkbookKind::summary, o.out, {}));
  }
  std::vector<std::string> pieces = writer.finish();
  if (o.out.format == Format::json) pieces.front() = with_manifest(pieces.front(), inputs);
  return std::max(code, write_output(Pieces(pieces.begin(), pieces.end()), o.out.output, {}));
}

}  // namespace

void setup_summary(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "summary",
      "One row of headline figures per programme (and per scenario with --scenarios)",
      "summary FILE|DIR... [--scenarios] [-j N] [--fail-fast] [case options] [output options]",
      {{"summary cases/ --format csv", "one row per programme below cases/"},
       {"summary cases/ --scenarios -o rows.jsonl", "and one per scenario, as JSON Lines"},
       {"summary cases/ -o programmes.xlsx", "a workbook of every programme, in live formulas"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::many);
  CLI::Option* scenarios =
      add_switch(cmd, "--scenarios", "Add a row for each named scenario of each file");
  OutputDeclaration out = add_output_options(
      cmd, {Format::table, Format::csv, Format::json, Format::jsonl, Format::md, Format::xlsx});
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        SummaryOptions o;
                        o.c = r.case_options(c);
                        o.with_scenarios = r.flag(scenarios);
                        o.c.out = r.output(out);
                        return r.code() ? r.code() : run_summary(o.c, o.with_scenarios);
                      }});
}

}  // namespace mkba::cli
