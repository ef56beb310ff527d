#pragma once
// The result's own charts: who pays and who gains as a waterfall, and the
// horizon as a time profile. Each is drawn from the exact Result (in whole
// euros) or refused with a sentence saying why.

#include "core/result.hpp"
#include "report/number_format.hpp"
#include "report/svg.hpp"

namespace mkba::report {

// From zero: each payer's share of the programme cost down, what it avoids
// (net of additionality, whole population) up, to the net result; then each
// payer's net, and after the transfer between payers where there is one.
// Refused without a population.
svg::Chart render_payer_waterfall_svg(const Result& r, Locale l);

// Each year's net (nominal) as a bar, the cumulative discounted net as a
// line, and the payback year marked. Refused without a horizon of two years
// or more.
svg::Chart render_time_profile_svg(const Result& r, Locale l);

}  // namespace mkba::report
