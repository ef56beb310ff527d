#pragma once
// "What if": changing inputs before computing, from `--set PATH=VALUE` or a
// named scenario. Each override is a typed value for a parameter handle
// (parameter.hpp, which also lists the paths), resolved and read when the
// file or the command line is; applying it cannot fail on its path.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/model.hpp"

namespace mkba {

// Applies each override in order; a value its parameter does not take
// (check_value) is reported at the override's origin and not applied.
// Applied overrides are recorded in `analysis.overrides`.
Diagnostics apply_overrides(Analysis& analysis, const std::vector<Override>& overrides);

// The same in an analysis whose cases were resampled (case i is case
// picks[i] of the analysis the parameters were resolved in): an override of
// a case sets every copy of it. Not recorded.
Diagnostics apply_overrides_in_copies(Analysis& resampled, const std::vector<std::size_t>& picks,
                                      const std::vector<Override>& overrides);

// "a.b.c" -> {"a", "b", "c"}: the segments of an override or figure path
// (ids cannot contain dots).
std::vector<std::string> split_path(const std::string& path);

}  // namespace mkba
