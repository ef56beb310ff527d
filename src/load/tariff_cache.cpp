#include "load/tariff_cache.hpp"

#include <fstream>

#include "load/loaders.hpp"

namespace mkba::load {

std::optional<TariffTable> TariffCache::get(const std::string& path, Sources& sources,
                                            Diagnostics& d) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(path);
  if (it == entries_.end()) {
    Entry e;
    e.table = load_tariff_table(path, sources, e.diagnostics);
    it = entries_.emplace(path, std::move(e)).first;
  } else if (!it->second.diagnostics.empty()) {
    Diagnostics ignored;
    sources.read(path, ignored);  // for the excerpts of the repeated diagnostics
  }
  d.append(it->second.diagnostics);
  return it->second.table;
}

bool looks_like_tariff_table(const std::string& path) {
  std::ifstream in(path);
  bool tariffs = false, payers = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("programme:", 0) == 0) return false;
    tariffs = tariffs || line.rfind("tariffs:", 0) == 0;
    payers = payers || line.rfind("payers:", 0) == 0;
  }
  return tariffs && payers;
}

}  // namespace mkba::load
