#pragma once
// Reading the `uncertainty` block: override paths mapped to distributions.

#include <vector>

#include "core/model.hpp"
#include "load/yaml_tree.hpp"

namespace mkba::load {

bool read_uncertainty(const Node& node, std::vector<UncertainParameter>& out, Diagnostics& d);

}  // namespace mkba::load
