#pragma once
// Reading the `uncertainty` block: override paths mapped to distributions.

#include <vector>

#include "core/model.hpp"
#include "load/yaml_tree.hpp"

namespace mkba::load {

// A path of the block as written, with its distribution; the path is
// resolved (core/parameter.hpp) once the tariff tables are loaded.
struct WrittenUncertainty {
  std::string path;
  uncertain::Distribution distribution;
  Origin origin;  // of the path key
  Citations assumptions;
};

bool read_uncertainty(const Node& node, std::vector<WrittenUncertainty>& out, Diagnostics& d);

}  // namespace mkba::load
