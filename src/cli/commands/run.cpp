// mkba run: computes case files and prints their figures.
#include <iostream>

#include "cli/batch.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

struct Piece {
  int code = 0;
  std::string errors;
  std::string text;
  std::vector<std::string> inputs;
};

// One file's share of a run's output. Several files' CSV rows get a `file`
// column (and, when joined, one header); their JSON becomes an array.
std::string render_run(const Result& r, const OutputOptions& out, bool many) {
  report::Locale l = out.locale;
  switch (out.format) {
    case Format::table:
      return report::render_text(report::run_document(r, l), l);
    case Format::md:
      return report::render_markdown(report::run_document(r, l), l);
    case Format::json:
      return report::render_json(r);
    case Format::jsonl:
    case Format::svg:
      break;  // not offered
    case Format::csv: {
      report::Table t = report::csv_table(r, out.table);
      if (many) {
        t.columns.insert(t.columns.begin(), "file");
        for (auto& row : t.rows) row.insert(row.begin(), report::Cell::of(r.analysis->file));
      }
      return report::render_csv(t, out.csv_dialect);
    }
  }
  return {};
}

std::string join_pieces(const std::vector<Piece>& pieces, Format format) {
  std::vector<const std::string*> texts;
  for (const auto& p : pieces)
    if (p.code == 0) texts.push_back(&p.text);
  std::string out;
  if (format == Format::json && texts.size() != 1) {
    out = "[";
    for (std::size_t i = 0; i < texts.size(); ++i)
      out += (i ? ",\n" : "\n") + texts[i]->substr(0, texts[i]->size() - 1);
    return out + "\n]\n";
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (format == Format::csv)
      out += i ? texts[i]->substr(texts[i]->find("\r\n") + 2) : *texts[i];
    else
      out += (i ? "\n" : "") + *texts[i];
  }
  return out;
}

int run_run(const CaseOptions& o) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  load::TariffCache cache;
  bool many = files.size() > 1;
  std::vector<Piece> pieces = run_batch<Piece>(files.size(), o, [&](std::size_t i) {
    Session s;
    Piece p;
    if (load_and_calculate(s, files[i], o, {}, &cache))
      p.text = render_run(s.result(), o.out, many);
    p.code = s.code;
    p.errors = s.errors;
    p.inputs = inputs_of(s);
    return p;
  });
  std::vector<std::string> inputs;
  for (const auto& p : pieces) {
    std::cerr << p.errors;
    code = std::max(code, p.code);
    inputs.insert(inputs.end(), p.inputs.begin(), p.inputs.end());
  }
  std::cerr << std::flush;
  int written = write_output(join_pieces(pieces, o.out.format), o.out.output, inputs);
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
       {"run cases/ --format csv --table cases", "one row per case of every file below cases/"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::many);
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md}, true);
  commands.push_back({cmd, with_case_options(cmd, c, out, run_run)});
}

}  // namespace mkba::cli
