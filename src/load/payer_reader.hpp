#pragma once
// A payer as a tariff table declares it, and an actor as a case file does:
// {id, label}.

#include <optional>

#include "core/diagnostic.hpp"
#include "core/model.hpp"
#include "load/yaml_tree.hpp"

namespace mkba::load {

std::optional<Payer> read_payer(const Node& node, Diagnostics& d);

}  // namespace mkba::load
