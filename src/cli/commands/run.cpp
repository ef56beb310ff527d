// mkba run: computes case files and prints their figures.
#include <algorithm>
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
std::string render_run(const Result& r, report::Format format, const OutputOptions& out,
                       bool many) {
  report::Locale l = locale_of(out);
  switch (format) {
    case report::Format::table:
      return report::render_text(report::run_document(r, l), l);
    case report::Format::md:
      return report::render_markdown(report::run_document(r, l), l);
    case report::Format::json:
      return report::render_json(r);
    case report::Format::svg:
      break;  // refused before any file is computed
    case report::Format::csv: {
      const auto& names = report::csv_table_names();
      auto table = std::find(names.begin(), names.end(), out.table) - names.begin();
      report::Table t = report::csv_table(r, static_cast<report::CsvTable>(table));
      if (many) {
        t.columns.insert(t.columns.begin(), "file");
        for (auto& row : t.rows) row.insert(row.begin(), report::Cell::of(r.analysis->file));
      }
      return report::render_csv(t, *report::csv_dialect_named(out.csv_dialect));
    }
  }
  return {};
}

std::string join_pieces(const std::vector<Piece>& pieces, report::Format format) {
  std::vector<const std::string*> texts;
  for (const auto& p : pieces)
    if (p.code == 0) texts.push_back(&p.text);
  std::string out;
  if (format == report::Format::json && texts.size() != 1) {
    out = "[";
    for (std::size_t i = 0; i < texts.size(); ++i)
      out += (i ? ",\n" : "\n") + texts[i]->substr(0, texts[i]->size() - 1);
    return out + "\n]\n";
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (format == report::Format::csv)
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
  auto format = resolve_format(o.out);
  if (!format) return exit_usage;
  if (*format == report::Format::svg)
    return usage_error("run draws no chart", "choose --format table, csv, json or md");
  load::TariffCache cache;
  bool many = files.size() > 1;
  std::vector<Piece> pieces = run_batch<Piece>(files.size(), o, [&](std::size_t i) {
    Session s;
    Piece p;
    if (load_and_calculate(s, files[i], o, {}, &cache))
      p.text = render_run(s.result(), *format, o.out, many);
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
  int written = write_output(join_pieces(pieces, *format), o.out.output, inputs);
  return std::max(code, written);
}

}  // namespace

void setup_run(CLI::App& app, Commands& commands) {
  auto o = std::make_shared<CaseOptions>();
  auto* cmd = add_case_command(app, "run",
                               "Compute case files: per-case costs and benefits, population, "
                               "payer balance, break-even, reach",
                               *o, Inputs::many);
  add_output_options(cmd, o->out, true);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_run(*o); }});
}

}  // namespace mkba::cli
