// Many programmes and scenarios side by side: `summary` (a row per programme,
// or per scenario) and `compare` (a column per scenario of one file).
#include <iostream>
#include <iterator>

#include "cli/app.hpp"
#include "cli/batch.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "core/headline.hpp"
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

}  // namespace

int run_summary(const CaseOptions& o, bool with_scenarios) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  bool lines = o.out.format == std::optional<std::string>("jsonl");
  OutputOptions out = o.out;
  if (lines) out.format = "json";
  if (!resolve_format(out)) return exit_usage;
  std::vector<report::SummaryRow> rows;
  std::vector<std::string> inputs;
  {
    // The cache and the parts are gone before the output is rendered: rows
    // and inputs are moved out, not copied.
    load::TariffCache cache;
    auto parts = run_batch<Summarised>(files.size(), o, [&](std::size_t i) {
      return summarise(files[i], o, with_scenarios, cache);
    });
    rows.reserve(parts.size());
    inputs.reserve(2 * parts.size());
    for (auto& p : parts) {
      std::cerr << p.errors;
      code = std::max(code, p.code);
      rows.insert(rows.end(), std::make_move_iterator(p.rows.begin()),
                  std::make_move_iterator(p.rows.end()));
      inputs.insert(inputs.end(), std::make_move_iterator(p.inputs.begin()),
                    std::make_move_iterator(p.inputs.end()));
      p = Summarised();
    }
  }
  std::cerr << std::flush;
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = report::tr(l, "Summary");
    d.sections.push_back(
        {report::tr(l, "Programmes"), {}, {report::summary_table(rows, l, false)}, {}});
    return d;
  };
  int written =
      emit(document_renderers(
               document, [&] { return report::summary_table(rows, report::Locale::en, true); },
               [&] { return report::render_summary_json(rows, lines); }),
           out, inputs);
  return std::max(code, written);
}

int run_compare(const CaseOptions& o) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_case(s, o.files.at(0), o)) return print_errors(s);
  std::vector<report::Variant> variants;
  std::vector<std::pair<std::string, std::string>> names{{"", ""}};
  for (const auto& sc : s.base->scenarios) names.emplace_back(sc.name, sc.description);
  for (const auto& [name, description] : names) {
    Computed c;
    if (!compute_variant(s, name, o, c)) return print_errors(s);
    variants.push_back({name.empty() ? "base" : name, description, overrides_text(*c.analysis),
                        headline(*c.result)});
  }
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
