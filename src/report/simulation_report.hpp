#pragma once
// Reports of `mkba simulate`: summary statistics (estimates, in binary
// floating point, and labelled so), the draws for use elsewhere, and a
// histogram of the net figure as SVG.

#include <string>

#include "core/simulation.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

Document simulation_document(const Analysis& analysis, const SimulationResult& s,
                             const SimulationOptions& o, Locale locale);
Table simulation_draws_table(const Analysis& analysis,
                             const SimulationResult& s);  // CSV: one row per draw
std::string render_simulation_json(const SimulationResult& s, const SimulationOptions& o);
std::string render_histogram_svg(const Analysis& analysis, const SimulationResult& s,
                                 Locale locale);

}  // namespace mkba::report
