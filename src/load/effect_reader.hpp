#pragma once
// Reading the `effects` list of a case file: outcomes measured among
// respondents, and composites that are the mean of some of them.

#include <vector>

#include "core/model.hpp"
#include "load/schema.hpp"

namespace mkba::load {

// Every effect of the list into `out`; false when any is wrong (reported).
// Ids are checked unique here; the parts of a composite by validate().
bool read_effects(const Node& list, std::vector<Effect>& out, Diagnostics& d);

}  // namespace mkba::load
