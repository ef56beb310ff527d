#pragma once
// Headline figures of many runs: one row per programme (summary), or one
// column per scenario with the difference to the base (compare).

#include <string>
#include <vector>

#include "core/headline.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

struct SummaryRow {
  std::string file;
  std::string programme;
  std::string scenario;   // empty for the base
  std::string overrides;  // "path=value; ..." as applied
  Headline headline;
};

// Payer columns are the union of the rows' payers, in order of appearance.
Table summary_table(const std::vector<SummaryRow>& rows, Locale locale, bool plain);
// A JSON array, or one object per line (`lines`: JSON Lines).
std::string render_summary_json(const std::vector<SummaryRow>& rows, bool lines);

struct Variant {
  std::string name;  // "base" for the file as it is
  std::string description;
  std::string overrides;
  Headline headline;
};

// Rows: headline figures; columns: each variant, and after each scenario its
// difference to the base.
Table compare_table(const std::vector<Variant>& variants, Locale locale, bool plain);
std::string render_compare_json(const std::vector<Variant>& variants);

}  // namespace mkba::report
