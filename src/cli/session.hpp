#pragma once
// What every command shares: loading a case file, applying a scenario and
// --set overrides, computing, and writing output in the chosen format.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "core/claims.hpp"
#include "core/result.hpp"
#include "load/source_file.hpp"
#include "load/tariff_cache.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"
#include "report/summary.hpp"
#include "report/svg.hpp"
#include "report/writer.hpp"

namespace mkba::cli {

// An analysis with its overrides applied, and its result (which shares it).
struct Computed {
  std::shared_ptr<const Analysis> analysis;
  std::optional<Result> result;
};

struct Session {
  load::Sources sources;
  std::optional<Analysis> base;  // as loaded
  Computed computed;             // base with the scenario and --set applied
  std::string errors;            // diagnostics, rendered; the caller prints them
  int code = 0;                  // their exit code
  const Result& result() const { return *computed.result; }
};

// May change a loaded analysis before it is checked, or refuse it with an exit code.
using Adjust = std::function<int(Analysis&)>;

// Loads `file` into s.base; false (with s.errors and s.code) when it cannot.
bool load_case(Session& s, const std::string& file, const CaseOptions& o,
               load::TariffCache* cache = nullptr);
// A copy of s.base with `scenario` (none when empty) and o.set applied,
// adjusted, validated (claims too) and computed into `out`.
bool compute_variant(Session& s, const std::string& scenario, const CaseOptions& o, Computed& out,
                     const Adjust& adjust = {});
// load_case, then compute_variant with o.scenario into s.computed.
bool load_and_calculate(Session& s, const std::string& file, const CaseOptions& o,
                        const Adjust& adjust = {}, load::TariffCache* cache = nullptr);
// The claims of s.computed's file, each checked on its own figures: a claim
// that names a scenario on s.base computed with that scenario and o.set.
// Nothing (with s.errors and s.code) when such a scenario cannot be computed.
std::optional<std::vector<ClaimCheck>> check_file_claims(Session& s, const CaseOptions& o);
// Prints s.errors to stderr; returns s.code.
int print_errors(const Session& s);

// The files a command read (as the loader records them: case file, tariff
// table, index series, ...), which an output must never replace.
std::vector<std::string> inputs_of(const Session& s);

// One way to produce each format; `table` is the one table a CSV file holds.
struct Renderers {
  std::function<std::string(report::Locale)> text;
  std::function<std::string(report::Locale)> markdown;
  std::function<std::string(report::Locale)> html;
  std::function<report::Table()> table;
  std::function<std::string()> json;
  // A chart, where the command draws one; a refused chart is an error about `file`.
  std::function<report::svg::Chart(report::Locale)> svg;
  std::string file;
  // CSV written directly, where a command's rows are too many for a Table.
  std::function<std::string(report::CsvDialect)> csv;
};

// The file as it is ("base") and each of its scenarios in order, computed
// from s.base with `o` (whose own scenario is not applied), without their
// differences; `origins`: where each scenario stands in the file. False,
// with s.errors, when one cannot be computed.
bool scenario_variants(Session& s, const CaseOptions& o, std::vector<report::Variant>& variants,
                       std::vector<Origin>& origins);
// Each variant's difference to the first, the first's own (zeros) too, for
// a variant from origins[i - 1]; an exit code when one is too large to
// compute exactly, else 0.
int differences_to_base(std::vector<report::Variant>& variants, const std::vector<Origin>& origins,
                        const Session& s);

// Text, Markdown and HTML from one Document builder.
Renderers document_renderers(std::function<report::Document(report::Locale)> document,
                             std::function<report::Table()> table,
                             std::function<std::string()> json);

// Renders in the chosen format and writes to stdout or -o. The format is one
// the command offers (a chart only where it draws one).
int emit(const Renderers& renderers, const OutputOptions& out,
         const std::vector<std::string>& inputs);

// "Programme (file)": the heading of a file's figures.
std::string programme_title(const Result& r);
// Loads and computes the file of `command`, which follows the net result;
// an exit code when it cannot, else 0.
int load_with_outcome(Session& s, const CaseOptions& o, const std::string& command);

}  // namespace mkba::cli
