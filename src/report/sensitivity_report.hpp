#pragma once
// Reports of `mkba sensitivity`: the one-way table sorted by swing, switching
// values, leave-one-out over the cases, and a tornado chart as SVG.

#include <string>
#include <vector>

#include "core/sensitivity.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"
#include "report/svg.hpp"

namespace mkba::report {

// An analyst's table names each parameter by the path typed in --set and
// shows the ratios too; a council's (the report's) names it in words and
// keeps to what fits the width of a page.
enum class Reader { analyst, council };
Document sensitivity_document(const Analysis& analysis, const Sensitivity& s,
                              const std::vector<LeftOut>& left_out, Locale locale,
                              Reader reader = Reader::analyst);
// "Leave one case out": the outcome with each case dropped in turn; `left_out` is not empty.
Section left_out_section(const std::vector<LeftOut>& left_out, Locale locale);
Table sensitivity_table(const Sensitivity& s);  // machine columns, for CSV
std::string render_sensitivity_json(const Sensitivity& s, const std::vector<LeftOut>& left_out);
// The tornado chart; refused (Chart::refusal) when no parameter is uncertain.
svg::Chart render_tornado_svg(const Analysis& analysis, const Sensitivity& s, Locale locale);

}  // namespace mkba::report
