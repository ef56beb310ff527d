#include "cli/commands.hpp"

#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/output.hpp"
#include "core/calculate.hpp"
#include "core/suggest.hpp"
#include "load/loaders.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

struct Session {
  load::Sources sources;
  std::unique_ptr<Analysis> analysis;  // results point into it
  std::optional<Result> result;
};

int usage_error(const std::string& message, const std::string& hint = {}) {
  std::cerr << "mkba: error: " << message << "\n";
  if (!hint.empty()) std::cerr << "  note: " << hint << "\n";
  return exit_usage;
}

// Format from --format, else from the output's extension, else the table.
std::optional<report::Format> resolve_format(const OutputOptions& out) {
  if (out.format) return report::format_named(*out.format);
  if (out.output && *out.output != "-") return report::format_for_path(*out.output);
  return report::Format::table;
}

report::Locale locale_of(const OutputOptions& out) {
  return out.locale == "en" ? report::Locale::en : report::Locale::nl;
}

// Loads, validates and computes; returns an exit code (0 when `s.result` is set).
// `adjust` may change the loaded analysis, or refuse it with a nonzero exit code.
int load_and_calculate(Session& s, const std::string& file,
                       const std::optional<std::string>& tariffs,
                       int (*adjust)(Analysis&, const void*) = nullptr,
                       const void* context = nullptr) {
  Diagnostics d;
  auto analysis = load::load_analysis(file, tariffs, s.sources, d);
  if (!analysis) return report_diagnostics(d, s.sources);
  s.analysis = std::make_unique<Analysis>(std::move(*analysis));
  if (adjust)
    if (int code = adjust(*s.analysis, context)) return code;
  d = validate(*s.analysis);
  if (d.empty()) s.result = calculate(*s.analysis, d);
  if (!d.empty()) return report_diagnostics(d, s.sources);
  return exit_ok;
}

std::vector<std::string> inputs_of(const Session& s, const std::string& file) {
  std::vector<std::string> inputs{file};
  if (s.analysis) inputs.push_back(s.analysis->tariffs.file);
  return inputs;
}

int render_result(const Session& s, const OutputOptions& out, bool breakeven_only) {
  auto format = resolve_format(out);
  if (!format)
    return usage_error("cannot tell the output format from '" + *out.output + "'",
                       "name the file .csv, .json, .md or .txt, or pass --format");
  const Result& r = *s.result;
  std::string text;
  switch (*format) {
    case report::Format::table:
      text = report::render_text(breakeven_only ? report::breakeven_document(r, locale_of(out))
                                                : report::run_document(r, locale_of(out)),
                                 locale_of(out));
      break;
    case report::Format::md:
      text = report::render_markdown(breakeven_only ? report::breakeven_document(r, locale_of(out))
                                                    : report::run_document(r, locale_of(out)),
                                     locale_of(out));
      break;
    case report::Format::csv:
      text = report::render_csv(report::csv_table(r, breakeven_only ? "breakeven" : out.table));
      break;
    case report::Format::json:
      text = report::render_json(r);
      break;
  }
  return write_output(text, out.output, inputs_of(s, s.analysis->file));
}

}  // namespace

int run_run(const RunOptions& o) {
  Session s;
  if (int code = load_and_calculate(s, o.file, o.tariffs)) return code;
  return render_result(s, o.out, false);
}

int run_validate(const std::vector<std::string>& files, const std::optional<std::string>& tariffs) {
  int code = exit_ok;
  for (const auto& file : files) {
    Session s;
    code = std::max(code, load_and_calculate(s, file, tariffs));
  }
  return code;
}

int run_tariffs(const std::string& file, const OutputOptions& out) {
  load::Sources sources;
  Diagnostics d;
  auto table = load::load_tariff_table(file, sources, d);
  if (table) d = validate(*table);
  if (!d.empty()) return report_diagnostics(d, sources);
  auto format = resolve_format(out);
  if (!format)
    return usage_error("cannot tell the output format from '" + *out.output + "'",
                       "name the file .csv, .json, .md or .txt, or pass --format");
  std::string text;
  switch (*format) {
    case report::Format::table:
      text = report::render_text(report::tariffs_document(*table, locale_of(out)), locale_of(out));
      break;
    case report::Format::md:
      text =
          report::render_markdown(report::tariffs_document(*table, locale_of(out)), locale_of(out));
      break;
    case report::Format::csv:
      text = report::render_csv(report::tariffs_csv_table(*table));
      break;
    case report::Format::json:
      text = report::render_tariffs_json(*table);
      break;
  }
  return write_output(text, out.output, {file});
}

int run_breakeven(const BreakevenOptions& o) {
  std::optional<Quantity> quantity;
  if (o.quantity) {
    ParsedDecimal parsed = parse_decimal(*o.quantity, 4, 9);
    if (!parsed.value || !(parsed.value > Exact()))
      return usage_error("--quantity: " + (parsed.value ? "must be more than 0" : parsed.error),
                         parsed.hint);
    quantity = Quantity(*parsed.value);
  }
  struct Ask {
    const BreakevenOptions* options;
    std::optional<Quantity> quantity;
  } ask{&o, quantity};
  Session s;
  // Without a --tariff, a file's own break-even units are used, or else every tariff.
  auto adjust = [](Analysis& a, const void* context) {
    const Ask& ask = *static_cast<const Ask*>(context);
    if (ask.options->tariff) {
      const std::string& id = *ask.options->tariff;
      if (!a.tariffs.find_tariff(id))
        return usage_error("--tariff: unknown tariff '" + id + "' in " + a.tariffs.file,
                           did_you_mean(id, a.tariffs.tariff_ids()));
      Origin where{"--tariff", 0, 0};
      a.breakeven_units = {BreakevenUnit{id, ask.quantity.value_or(Quantity::of(1)), "", where}};
    } else if (a.breakeven_units.empty()) {
      for (const auto& t : a.tariffs.tariffs)
        a.breakeven_units.push_back(BreakevenUnit{t.id, Quantity::of(1), "", t.origin});
    }
    return int{exit_ok};
  };
  if (int code = load_and_calculate(s, o.run.file, o.run.tariffs, adjust, &ask)) return code;
  return render_result(s, o.run.out, true);
}

}  // namespace mkba::cli
