#include "load/tariff_cache.hpp"

#include <fstream>

#include "load/loaders.hpp"

namespace mkba::load {

std::optional<TariffTable> TariffCache::get(const std::string& path, Sources& sources,
                                            Diagnostics& d) {
  sources.note(path);  // read, if only by another file of the batch
  std::shared_ptr<Slot> slot;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(path);
    if (it == entries_.end()) {
      slot = std::make_shared<Slot>();
      single_.push_front(path);
      entries_.emplace(path, Entry{slot, false, single_.begin()});
      trim(single_, kept_single);
    } else {
      Entry& e = it->second;
      slot = e.slot;
      shared_.splice(shared_.begin(), e.shared ? shared_ : single_, e.where);
      e.shared = true;
      trim(shared_, kept_shared);
    }
  }
  {
    std::lock_guard<std::mutex> lock(slot->mutex);
    if (!slot->loaded) {
      slot->table = load_tariff_table(path, sources, slot->diagnostics);
      slot->loaded = true;
      std::lock_guard<std::mutex> count(mutex_);
      ++parses_;
    } else if (!slot->diagnostics.empty()) {
      Diagnostics ignored;
      sources.read(path, ignored);  // for the excerpts of the repeated diagnostics
    }
  }
  // Loaded tables are not changed again: copied without holding the lock.
  d.append(slot->diagnostics);
  return slot->table;
}

std::size_t TariffCache::parses() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return parses_;
}

void TariffCache::trim(std::list<std::string>& order, std::size_t keep) {
  while (order.size() > keep) {
    entries_.erase(order.back());  // a file still using the table keeps its slot alive
    order.pop_back();
  }
}

FileKind file_kind(const std::string& path) {
  std::ifstream in(path);
  bool tariffs = false, payers = false, values = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("programme:", 0) == 0) return FileKind::case_file;
    tariffs = tariffs || line.rfind("tariffs:", 0) == 0;
    payers = payers || line.rfind("payers:", 0) == 0;
    values = values || line.rfind("values:", 0) == 0;
  }
  if (tariffs && payers) return FileKind::tariff_table;
  return values ? FileKind::index_series : FileKind::case_file;
}

}  // namespace mkba::load
