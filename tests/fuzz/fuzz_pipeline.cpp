// Fuzzes the whole pipeline: a case file with the bundled tariff table is
// loaded, validated and computed, and every writer renders the result: text,
// Markdown, CSV of every table, JSON, and the check, explain and figures
// outputs.
#include <algorithm>

#include "core/calculate.hpp"
#include "core/claims.hpp"
#include "core/trace.hpp"
#include "fuzz_common.hpp"
#include "load/loaders.hpp"
#include "report/audit.hpp"
#include "report/brief.hpp"
#include "report/build.hpp"
#include "report/summary.hpp"
#include "report/writer.hpp"

using namespace mkba;

namespace {

void render_documents(const Result& r, const std::vector<ClaimCheck>& checks,
                      report::Locale locale) {
  for (const report::Document& document :
       {report::run_document(r, locale), report::run_document(r, locale, true),
        report::breakeven_document(r, locale),
        report::report_document(r, checks, find_findings(r), report::Spread{}, {}, locale)}) {
    fuzz::require_utf8(report::render_text(document, locale), "text");
    fuzz::require_utf8(report::render_markdown(document, locale), "Markdown");
    fuzz::require_utf8(report::render_html(document, locale), "HTML");
  }
  for (const auto& check : checks)
    fuzz::require_utf8(report::check_explanation(check, locale), "a check explanation");
  fuzz::require_utf8(report::render_csv(report::checks_table(checks, locale, false)), "checks");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = "cases/fuzz.yaml";
  const std::string tariffs = "tariffs/stadskamer-2017.yaml";
  load::Sources sources = fuzz::sources_with(path, data, size);
  sources.provide(tariffs, fuzz::bundled_tariffs());
  Diagnostics d;
  auto analysis = load::load_analysis(path, tariffs, sources, d);
  std::optional<Result> result;
  if (analysis) {
    d = validate(*analysis);
    if (d.empty()) result = calculate(*analysis, d);
    if (result) d = validate_claims(*result);
  }
  fuzz::format_all(d, sources);
  if (!result || !d.empty()) return 0;
  const Result& r = *result;

  std::vector<ClaimCheck> checks = check_claims(r);
  render_documents(r, checks, report::Locale::nl);
  render_documents(r, checks, report::Locale::en);
  for (std::size_t t = 0; t < report::csv_table_names().size(); ++t) {
    report::Table table = report::csv_table(r, static_cast<report::CsvTable>(t));
    fuzz::require_utf8(report::render_csv(table), "CSV");
    fuzz::require_utf8(report::render_csv(table, report::CsvDialect::nl), "CSV (nl)");
  }
  fuzz::require_utf8(report::render_json(r), "JSON");
  fuzz::require_utf8(report::render_checks_json("case.yaml", checks), "checks JSON");
  fuzz::require_utf8(report::render_csv(report::checks_table(checks, report::Locale::en, true)),
                     "checks CSV");

  // figures: every path; explain: the headline, and each figure (at most 200).
  std::vector<std::string> paths = figure_paths(r);
  fuzz::require_utf8(report::render_csv(report::figures_table(r, true)), "figures CSV");
  fuzz::require_utf8(
      report::render_markdown({"figures", {}, {{"", {}, {report::figures_table(r, false)}, {}}}},
                              report::Locale::nl),
      "figures");
  std::vector<Trace> traces;
  for (const auto& p : headline_paths(r))
    if (auto t = trace_figure(r, p)) traces.push_back(*t);
  for (std::size_t i = 0; i < std::min<std::size_t>(paths.size(), 200); ++i) {
    auto t = trace_figure(r, paths[i]);
    if (!t) {
      std::fprintf(stderr, "fuzz: figure '%s' is listed but has no trace\n", paths[i].c_str());
      std::abort();
    }
    traces.push_back(*t);
  }
  for (auto locale : {report::Locale::nl, report::Locale::en}) {
    fuzz::require_utf8(report::render_traces_text(traces, locale), "explain text");
    fuzz::require_utf8(report::render_traces_markdown(traces, locale), "explain Markdown");
  }
  fuzz::require_utf8(report::render_traces_json(traces), "explain JSON");
  fuzz::require_utf8(report::render_csv(report::traces_table(traces)), "explain CSV");
  return 0;
}
