// Many programmes and scenarios side by side: `summary` (a row per programme,
// or per scenario) and `compare` (a column per scenario of one file).
#include <iostream>

#include "cli/app.hpp"
#include "cli/batch.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "core/headline.hpp"
#include "load/tariff_cache.hpp"
#include "report/summary.hpp"
#include "report/words.hpp"

namespace mkba::cli {
namespace {

std::string overrides_text(const Analysis& a) {
  std::string out;
  for (const auto& o : a.overrides) out += (out.empty() ? "" : "; ") + o.path + "=" + o.value;
  return out;
}

struct Summarised {
  int code = 0;
  std::string errors;
  std::vector<report::SummaryRow> rows;
  std::vector<std::string> inputs;
};

// The base (or o.scenario) and, with `with_scenarios`, every scenario of the file.
Summarised summarise(const std::string& file, const CaseOptions& o, bool with_scenarios,
                     load::TariffCache& cache) {
  Summarised out;
  Session s;
  if (load_case(s, file, o, &cache)) {
    std::vector<std::string> names{o.scenario.value_or("")};
    if (with_scenarios)
      for (const auto& sc : s.base->scenarios) names.push_back(sc.name);
    for (const auto& name : names) {
      Computed c;
      if (!compute_variant(s, name, o, c)) break;
      out.rows.push_back({file, c.analysis->programme.name, name, overrides_text(*c.analysis),
                          headline(*c.result)});
    }
  }
  out.code = s.code;
  out.errors = s.errors;
  if (s.code != 0) out.rows.clear();
  out.inputs = inputs_of(s);
  return out;
}

// The format summary writes: --format (jsonl besides the common ones), else
// -o's extension, else the table. Prints a usage error when it has none.
std::optional<report::SummaryFormat> summary_format(const OutputOptions& o) {
  bool named_jsonl = !o.format && report::extension_of(o.output.value_or("")) == ".jsonl";
  if (o.format == std::optional<std::string>("jsonl") || named_jsonl)
    return report::SummaryFormat::jsonl;
  auto format = resolve_format(o);
  if (!format) return std::nullopt;
  switch (*format) {
    case report::Format::table:
      return report::SummaryFormat::table;
    case report::Format::md:
      return report::SummaryFormat::markdown;
    case report::Format::csv:
      return report::SummaryFormat::csv;
    case report::Format::json:
      return report::SummaryFormat::json;
    case report::Format::svg:
      break;
  }
  usage_error("this command draws no chart", "choose --format table, csv, json, jsonl or md");
  return std::nullopt;
}

}  // namespace

// Rows are added to the writer as each file is done, in input order, and the
// file's figures dropped: memory holds the output's text, not the batch.
int run_summary(const CaseOptions& o, bool with_scenarios) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  auto format = summary_format(o.out);
  if (!format) return exit_usage;
  report::SummaryWriter writer(*format, locale_of(o.out),
                               *report::csv_dialect_named(o.out.csv_dialect));
  int refused = exit_ok;  // the output names a tariff table read on the way
  {                       // the cache is gone before the output is written
    load::TariffCache cache;
    for_each_in_order<Summarised>(
        files.size(), o,
        [&](std::size_t i) { return summarise(files[i], o, with_scenarios, cache); },
        [&](Summarised&& part) {
          std::cerr << part.errors;
          code = std::max(code, part.code);
          for (const auto& row : part.rows) writer.add(row);
          if (refused == exit_ok) refused = check_output_target(o.out.output, part.inputs);
        });
  }
  std::cerr << std::flush;
  if (refused != exit_ok) return std::max(code, refused);
  std::vector<std::string> pieces = writer.finish();
  return std::max(code, write_output(Pieces(pieces.begin(), pieces.end()), o.out.output, {}));
}

int run_compare(const CaseOptions& o) {
  if (int code = check_set_syntax(o.set)) return code;
  if (o.scenario)
    return usage_error(
        "--scenario does not apply to compare, which shows the base case and every scenario",
        "leave --scenario out; to see one scenario, use 'mkba run FILE --scenario " + *o.scenario +
            "'");
  Session s;
  if (!load_case(s, o.files.at(0), o)) return print_errors(s);
  std::vector<report::Variant> variants;
  std::vector<std::pair<std::string, std::string>> names{{"", ""}};
  for (const auto& sc : s.base->scenarios) names.emplace_back(sc.name, sc.description);
  for (const auto& [name, description] : names) {
    Computed c;
    if (!compute_variant(s, name, o, c)) return print_errors(s);
    variants.push_back({name.empty() ? "base" : name, description, overrides_text(*c.analysis),
                        headline(*c.result), std::nullopt});
  }
  Diagnostics d;  // each difference to the base, the base's own (zeros) too
  for (std::size_t i = 0; i < variants.size(); ++i) {
    Origin where = i ? s.base->scenarios[i - 1].origin : Origin{s.base->file, 0, 0};
    variants[i].change =
        difference(variants[i].headline, variants[0].headline, variants[i].name, where, d);
  }
  if (!d.empty()) return report_diagnostics(d, s.sources);
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = s.base->programme.name + ": " + report::tr(l, "scenarios");
    report::Section sec{
        report::tr(l, "Headline figures"), {}, {report::compare_table(variants, l, false)}, {}};
    for (const auto& v : variants)
      if (v.name != "base")
        sec.notes.push_back(v.name + ": " + (v.description.empty() ? "" : v.description + " ") +
                            "(" + v.overrides + ")");
    if (variants.size() == 1) sec.notes.push_back(report::tr(l, "The file defines no scenarios."));
    d.sections.push_back(sec);
    return d;
  };
  return emit(
      document_renderers(
          document, [&] { return report::compare_table(variants, report::Locale::en, true); },
          [&] { return report::render_compare_json(variants); }),
      o.out, inputs_of(s));
}

}  // namespace mkba::cli
