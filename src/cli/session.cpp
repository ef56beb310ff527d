#include "cli/session.hpp"

#include <iostream>

#include "cli/app.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/output.hpp"
#include "core/calculate.hpp"
#include "core/claims.hpp"
#include "load/loaders.hpp"
#include "report/writer.hpp"

namespace mkba::cli {

int load_and_calculate(Session& s, const std::string& file,
                       const std::optional<std::string>& tariffs, const Adjust& adjust) {
  Diagnostics d;
  auto analysis = load::load_analysis(file, tariffs, s.sources, d);
  if (!analysis) return report_diagnostics(d, s.sources);
  s.analysis = std::make_unique<Analysis>(std::move(*analysis));
  if (adjust)
    if (int code = adjust(*s.analysis)) return code;
  d = validate(*s.analysis);
  if (d.empty()) s.result = calculate(*s.analysis, d);
  if (s.result) d = validate_claims(*s.result);
  if (!d.empty()) {
    s.result.reset();
    return report_diagnostics(d, s.sources);
  }
  return exit_ok;
}

std::vector<std::string> inputs_of(const Session& s) {
  std::vector<std::string> inputs;
  if (s.analysis) inputs = {s.analysis->file, s.analysis->tariffs.file};
  return inputs;
}

int usage_error(const std::string& message, const std::string& hint) {
  std::cerr << "mkba: error: " << message << "\n";
  if (!hint.empty()) std::cerr << "  note: " << hint << "\n";
  return exit_usage;
}

report::Locale locale_of(const OutputOptions& out) {
  return out.locale == "en" ? report::Locale::en : report::Locale::nl;
}

Renderers document_renderers(std::function<report::Document(report::Locale)> document,
                             std::function<report::Table()> table,
                             std::function<std::string()> json) {
  Renderers r;
  r.text = [document](report::Locale l) { return report::render_text(document(l), l); };
  r.markdown = [document](report::Locale l) { return report::render_markdown(document(l), l); };
  r.table = std::move(table);
  r.json = std::move(json);
  return r;
}

int emit(const Renderers& renderers, const OutputOptions& out,
         const std::vector<std::string>& inputs) {
  if (int code = check_output_target(out.output, inputs)) return code;
  std::optional<report::Format> format = report::Format::table;
  if (out.format)
    format = report::format_named(*out.format);
  else if (out.output && *out.output != "-")
    format = report::format_for_path(*out.output);
  if (!format)
    return usage_error("cannot tell the output format from '" + *out.output + "'",
                       "name the file .csv, .json, .md or .txt, or pass --format");
  std::string text;
  switch (*format) {
    case report::Format::table:
      text = renderers.text(locale_of(out));
      break;
    case report::Format::md:
      text = renderers.markdown(locale_of(out));
      break;
    case report::Format::json:
      text = renderers.json();
      break;
    case report::Format::csv:
      text = report::render_csv(renderers.table(), *report::csv_dialect_named(out.csv_dialect));
      break;
  }
  return write_output(text, out.output, inputs);
}

}  // namespace mkba::cli
