// mkba run: computes case files and prints their figures.
#include <algorithm>
#include <iostream>

#include "cli/batch.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/manifest.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "cli/workbook_output.hpp"
#include "report/build.hpp"
#include "report/charts.hpp"
#include "report/json_builder.hpp"

namespace mkba::cli {
namespace {

// One file's share of a run's output: its document, or for CSV its table.
struct Piece {
  int code = 0;
  std::string errors;
  std::string text;              // table, md, json
  report::Table table;           // csv
  std::optional<Result> result;  // xlsx
  std::string file;
  std::vector<std::string> inputs;
};

void render_run(const Result& r, const OutputOptions& out, const std::vector<std::string>& inputs,
                Piece& p) {
  report::Locale l = out.locale;
  switch (out.format) {
    case Format::table:
      p.text = report::render_text(report::run_document(r, l), l, text_line_width());
      break;
    case Format::md:
      p.text = report::render_markdown(report::run_document(r, l), l);
      break;
    case Format::json:
      p.text = with_manifest(report::render_json(r), inputs);
      break;
    case Format::csv:
      p.table = report::csv_table(r, out.table);
      p.file = r.analysis->file;
      break;
    case Format::xlsx:
    case Format::svg:
      p.result = r;
      p.file = r.analysis->file;
      break;
    case Format::jsonl:
    case Format::html:
      break;  // not offered
  }
}

// Several files' CSV tables as one: a `file` column first, then the columns
// of all of them in order of appearance (files with other payers have
// other ones); a file's rows are empty in a column it lacks.
report::Table file_table(const std::vector<const Piece*>& pieces) {
  report::Table joined{{"file"}, {}, {}};
  for (const auto* p : pieces)
    for (const auto& c : p->table.columns)
      if (std::find(joined.columns.begin(), joined.columns.end(), c) == joined.columns.end())
        joined.columns.push_back(c);
  for (const auto* p : pieces) {
    std::vector<std::size_t> at;  // where each of the file's columns goes
    for (const auto& c : p->table.columns)
      at.push_back(std::find(joined.columns.begin(), joined.columns.end(), c) -
                   joined.columns.begin());
    for (const auto& row : p->table.rows) {
      std::vector<report::Cell> cells(joined.columns.size(), report::Cell::missing());
      cells[0] = report::Cell::of(p->file);
      for (std::size_t i = 0; i < row.size(); ++i) cells[at[i]] = row[i];
      joined.rows.push_back(std::move(cells));
    }
  }
  return joined;
}

// The files' outputs as one: documents one after another, CSV tables as
// one table, JSON documents as an array; one file's output as it is.
std::string join_pieces(const std::vector<Piece>& pieces, const OutputOptions& out, bool many) {
  std::vector<const Piece*> good;
  for (const auto& p : pieces)
    if (p.code == 0) good.push_back(&p);
  if (out.format == Format::csv && !good.empty())
    return report::render_csv(many ? file_table(good) : good[0]->table, out.csv_dialect);
  if (out.format == Format::json && many) {
    report::Json array;
    array.open('[');
    for (const auto* p : good) array.value(p->text);
    return array.close(']').str();
  }
  std::string text;
  for (std::size_t i = 0; i < good.size(); ++i) text += (i ? "\n" : "") + good[i]->text;
  return text;
}

std::vector<report::WorkbookPart> workbook_parts(const std::vector<Piece>& pieces) {
  std::vector<report::WorkbookPart> parts;
  for (const auto& p : pieces)
    if (p.code == 0 && p.result) parts.push_back({&*p.result, p.file, ""});
  return parts;
}

// The chart of one file's result; a chart that would be empty is refused
// with the reason, about the file.
int write_chart(const Piece& p, const OutputOptions& out) {
  report::svg::Chart chart = out.chart == ChartKind::years
                                 ? report::render_time_profile_svg(*p.result, out.locale)
                                 : report::render_payer_waterfall_svg(*p.result, out.locale);
  if (!chart.refusal.empty())
    return file_error(p.file, Message::chart_refused, {{"reason", chart.refusal}});
  return write_output(chart.svg, out.output, p.inputs);
}

int run_run(const CaseOptions& o) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  if (o.out.format == Format::svg && files.size() != 1)
    return usage_error(Message::chart_of_one_file, {{"count", std::to_string(files.size())}});
  load::TariffCache cache;
  bool many = files.size() > 1;
  std::vector<Piece> pieces = run_batch<Piece>(files.size(), o, [&](std::size_t i) {
    Session s;
    Piece p;
    bool computed = load_and_calculate(s, files[i], o, {}, &cache);
    p.inputs = inputs_of(s);
    if (computed) render_run(s.result(), o.out, p.inputs, p);
    p.code = s.code;
    p.errors = s.errors;
    return p;
  });
  std::vector<std::string> inputs;
  for (const auto& p : pieces) {
    std::cerr << p.errors;
    code = std::max(code, p.code);
    inputs.insert(inputs.end(), p.inputs.begin(), p.inputs.end());
  }
  std::cerr << std::flush;
  if (o.out.format == Format::svg)
    return pieces[0].code ? pieces[0].code : write_chart(pieces[0], o.out);
  int written =
      o.out.format == Format::xlsx
          ? write_workbook_output(workbook_parts(pieces), report::WorkbookKind::run, o.out, inputs)
          : write_output(join_pieces(pieces, o.out, many), o.out.output, inputs);
  return std::max(code, written);
}

}  // namespace

void setup_run(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "run",
      "Compute case files: per-case costs and benefits, population, payer balance, break-even, "
      "reach",
      "run FILE|DIR... [-j N] [--fail-fast] [case options] [output options]",
      {{"run cases/stadskamer.yaml", "tables on the terminal"},
       {"run cases/stadskamer.yaml -o out.md", "format from the extension"},
       {"run cases/stadskamer-meerjarig.yaml -o years.svg --chart years",
        "a chart: who pays, who gains (payers, the default) or the horizon's years"},
       {"run cases/stadskamer.yaml -o model.xlsx", "a workbook whose figures are live formulas"},
       {"run cases/ --format csv --table cases", "one row per case of every file below cases/"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::many);
  OutputDeclaration out = add_output_options(
      cmd, {Format::table, Format::csv, Format::json, Format::md, Format::xlsx, Format::svg}, true);
  add_chart_option(cmd, out);
  commands.push_back({cmd, with_case_options(cmd, c, out, run_run)});
}

}  // namespace mkba::cli
