#include "cli/commands.hpp"

#include <iostream>

#include "cli/batch.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "core/calculate.hpp"
#include "core/suggest.hpp"
#include "load/loaders.hpp"
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
      report::Table t = report::csv_table(r, out.table);
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

}  // namespace

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

int run_validate(const CaseOptions& o) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  load::TariffCache cache;
  for_each_in_order<Piece>(
      files.size(), o,
      [&](std::size_t i) {
        Session s;
        load_and_calculate(s, files[i], o, {}, &cache);
        return Piece{s.code, s.errors, {}, {}};
      },
      [&](Piece&& p) {  // reported as they come, in input order
        std::cerr << p.errors;
        code = std::max(code, p.code);
      });
  return code;
}

int run_tariffs(const std::string& file, const OutputOptions& out) {
  if (file.empty())
    return usage_error("tariffs: give a tariff table, or 'list' or 'check'",
                       "run 'mkba tariffs --help' for usage");
  load::Sources sources;
  Diagnostics d;
  auto table = load::load_tariff_table(file, sources, d);
  if (table) d = validate(*table);
  if (!d.empty()) return report_diagnostics(d, sources);
  return emit(
      document_renderers([&](report::Locale l) { return report::tariffs_document(*table, l); },
                         [&] { return report::tariffs_csv_table(*table); },
                         [&] { return report::render_tariffs_json(*table); }),
      out, sources.paths());
}

int run_breakeven(const BreakevenOptions& o) {
  if (int code = check_set_syntax(o.c.set)) return code;
  std::optional<Quantity> quantity;
  if (o.quantity) {
    ParsedDecimal parsed = parse_decimal(*o.quantity, 4, 9);
    if (!parsed.value || !(parsed.value > Exact()))
      return usage_error("--quantity: " + (parsed.value ? "must be more than 0" : parsed.error),
                         parsed.hint);
    quantity = Quantity(*parsed.value);
  }
  // Without a --tariff, a file's own break-even units are used, or else every tariff.
  auto adjust = [&](Analysis& a) {
    if (o.tariff) {
      if (!a.tariffs.find_tariff(*o.tariff))
        return usage_error("--tariff: unknown tariff '" + *o.tariff + "' in " + a.tariffs.file,
                           did_you_mean(*o.tariff, a.tariffs.tariff_ids()));
      a.breakeven_units = {BreakevenUnit{*o.tariff, quantity.value_or(Quantity::of(1)), "", {}}};
    } else if (a.breakeven_units.empty()) {
      for (const auto& t : a.tariffs.tariffs)
        a.breakeven_units.push_back(BreakevenUnit{t.id, Quantity::of(1), "", t.origin});
    }
    return int{exit_ok};
  };
  Session s;
  if (!load_and_calculate(s, o.c.files.at(0), o.c, adjust)) return print_errors(s);
  const Result& r = s.result();
  return emit(document_renderers([&](report::Locale l) { return report::breakeven_document(r, l); },
                                 [&] { return report::csv_table(r, "breakeven"); },
                                 [&] { return report::render_json(r); }),
              o.c.out, inputs_of(s));
}

}  // namespace mkba::cli
