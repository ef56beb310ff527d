#pragma once
// YAML files -> the input model. Every problem of a file is reported (all at
// once, located); nothing is returned when there was any.

#include <optional>
#include <string>

#include "core/model.hpp"
#include "load/source_file.hpp"

namespace mkba::load {

std::optional<TariffTable> load_tariff_table(const std::string& path, Sources& sources,
                                             Diagnostics& diagnostics);

class TariffCache;

// Loads a case file and the tariff table it names (relative to the case
// file), or `tariffs_override` when given; through `cache` when given.
std::optional<Analysis> load_analysis(const std::string& path,
                                      const std::optional<std::string>& tariffs_override,
                                      Sources& sources, Diagnostics& diagnostics,
                                      TariffCache* cache = nullptr);

}  // namespace mkba::load
