#pragma once
// Reviewer outputs: figure lists, explain trees and claim checks.

#include <string>
#include <vector>

#include "core/claims.hpp"
#include "core/findings.hpp"
#include "core/tariff_check.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// "EUR 7.920,00", "6,58", "450", "2,5" by the figure's kind.
std::string format_figure(FigureKind kind, const Exact& value, Locale locale);

// The indented audit trail of figures, as text or as Markdown. With `levels`
// above 0, only that many levels below each figure are expanded (JSON: a
// figure not expanded has `operands: null`).
std::string render_traces_text(const std::vector<Trace>& traces, Locale locale, int levels = 0);
std::string render_traces_markdown(const std::vector<Trace>& traces, Locale locale, int levels = 0);
std::string render_traces_json(const std::vector<Trace>& traces, int levels = 0);
// "The full tree of a figure: mkba explain FILE FIGURE", below trees cut short.
std::string full_tree_hint(const std::string& file, Locale locale, bool markdown);

// Every figure path with its value; `plain` gives machine columns for CSV
// and JSON, else headings in the locale.
Table figures_table(const Result& result, bool plain, Locale locale = Locale::en);

// One row per claim; `plain` gives machine columns for CSV.
Table checks_table(const std::vector<ClaimCheck>& checks, Locale locale, bool plain);
// "holds" (saying how the source rounded, when not to the nearest) or not.
std::string check_verdict(const ClaimCheck& check, Locale locale);
// Why a claim does not hold, or how the source rounded when the claim says
// down or up, as a sentence; empty otherwise.
std::string check_explanation(const ClaimCheck& check, Locale locale);
Section checks_section(const std::vector<ClaimCheck>& checks, Locale locale);
// With `tariffs`, the check of the file's tariffs against its reference table
// too; with `findings`, those (README, "Findings"). `file`: the case file, as named.
std::string render_checks_json(const std::string& file, const std::vector<ClaimCheck>& checks,
                               const TariffCheck* tariffs = nullptr,
                               const std::vector<Finding>* findings = nullptr);

// A finding as a sentence with its arithmetic and the lines it rests on.
std::string finding_text(const Finding& finding, Locale locale);
// The findings beside the claims: each as an item, or that there are none.
Section findings_section(const std::vector<Finding>& findings, Locale locale);
class Json;
// An array of {kind, case, payer, message, where: [{file, line}]}.
void findings_json(Json& j, const std::vector<Finding>& findings);

// The explain trees flattened for CSV: one row per node with its depth.
Table traces_table(const std::vector<Trace>& traces, int levels = 0);

// The run report with stories, the claims check, assumptions and sources.
// It opens with the first page (brief.hpp), from the result and `spread`.
// The details add `scenarios` side by side (the first is the base; left out
// when it is alone), the sensitivity with its tornado, the simulation with
// its histogram and leave-one-out, each where `spread` holds it.
struct Spread;
struct Variant;
Document report_document(const Result& result, const std::vector<ClaimCheck>& checks,
                         const std::vector<Finding>& findings, const Spread& spread,
                         const std::vector<Variant>& scenarios, Locale locale);

// What made a report, as the manifest of a JSON output names it: mkba's
// version and revision, the command, each input with its SHA-256.
struct Provenance {
  std::string version;
  std::string revision;  // empty when not built from git
  std::string command;   // the arguments after `mkba`, as one line
  std::vector<std::pair<std::string, std::string>> inputs;  // file, SHA-256
};
Section provenance_section(const Provenance& p, Locale locale);

}  // namespace mkba::report
