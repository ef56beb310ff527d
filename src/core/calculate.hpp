#pragma once

#include <memory>
#include <optional>

#include "core/diagnostic.hpp"
#include "core/result.hpp"

namespace mkba {

// Cross-checks that a loader cannot make alone: tariff, payer and case ids
// resolve, weights are shares or counts, amounts stay within range.
Diagnostics validate(const Analysis& analysis);
// The same checks for a tariff table on its own: every tariff's payer exists.
Diagnostics validate(const TariffTable& table);

// Every figure of a valid analysis; the result shares the analysis and
// keeps the evaluated figure graph. Reports (and returns nothing) when a
// figure leaves the representable range.
std::optional<Result> calculate(std::shared_ptr<const Analysis> analysis, Diagnostics& diagnostics);
// The same for a copy of `analysis`.
std::optional<Result> calculate(const Analysis& analysis, Diagnostics& diagnostics);

// Reports `e` at `where` as an error naming the figure (a path, or a pattern
// such as "case.ID.*") that could not be computed exactly.
void report_out_of_range(Diagnostics& d, const Origin& where, const std::string& figure,
                         const OutOfRange& e);

// Whether a population's benefit or cost total leaves the money range; then
// no figure of the file is trusted.
bool population_exceeds_limit(const PopulationResult& population);

// The largest amount mkba accepts anywhere: EUR 10^15.
Money money_limit();

}  // namespace mkba
