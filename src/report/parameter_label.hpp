#pragma once
// A parameter in words, for charts, where a reader looks for what was varied
// rather than the path that names it ("Dagbesteding: prijs", not
// `tariffs.dagbesteding.price`). Tables keep the path: it is what a user
// types in --set and the uncertainty block.

#include <string>

#include "core/model.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// The labels of the inputs the parameter changes in `analysis`; its path
// where the analysis does not hold them.
std::string parameter_label(const Analysis& analysis, const Parameter& parameter, Locale locale);

}  // namespace mkba::report
