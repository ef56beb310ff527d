#pragma once
// Reports of `mkba simulate`: summary statistics (estimates, in binary
// floating point, and labelled so), the draws for use elsewhere, and a
// histogram of the net figure as SVG.

#include <string>

#include "core/simulation.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"
#include "report/svg.hpp"
#include "report/writer.hpp"

namespace mkba::report {

Document simulation_document(const Analysis& analysis, const SimulationResult& s,
                             const SimulationOptions& o, Locale locale);
// CSV: one row per draw. Written straight to text, without a Table of cells:
// a million draws would otherwise take gigabytes.
std::string render_draws_csv(const Analysis& analysis, const SimulationResult& s,
                             CsvDialect dialect);
std::string render_simulation_json(const SimulationResult& s, const SimulationOptions& o);
// The histogram of the net figure's draws, with P5, P50, P95 and zero
// marked; refused (Chart::refusal) when no draw was kept.
svg::Chart render_histogram_svg(const Analysis& analysis, const SimulationResult& s, Locale locale);

}  // namespace mkba::report
