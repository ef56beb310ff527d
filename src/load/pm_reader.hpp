#pragma once
// Reading the `pm` list (effects named but not valued), the `assumptions`
// register, and the assumption ids that items cite.

#include <vector>

#include "core/model.hpp"
#include "load/schema.hpp"

namespace mkba::load {

bool read_pm(const Node& list, std::vector<PmItem>& out, Diagnostics& d);
bool read_assumptions(const Node& list, std::vector<Assumption>& out, Diagnostics& d);

// The optional `assumptions: [ID, ...]` key of the map `m` into `out`.
bool read_citations(const MapReader& m, Citations& out, Diagnostics& d);

// Every id of `c` is in the register; each that is not is reported where it
// is written, with the closest known id.
bool check_cited(const Citations& c, const std::vector<Assumption>& known, Diagnostics& d);
// The same for every line, case, cost and uncertain parameter of `a`.
bool check_citations(const Analysis& a, Diagnostics& d);

}  // namespace mkba::load
