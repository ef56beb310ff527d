#pragma once
// Many programme files share one tariff table; in a batch it is parsed once.
// Safe to use from several threads.

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/model.hpp"
#include "load/source_file.hpp"

namespace mkba::load {

class TariffCache {
 public:
  // The table at `path`, parsed on first use; its diagnostics are repeated on
  // every use, and its text is added to `sources` for their excerpts.
  std::optional<TariffTable> get(const std::string& path, Sources& sources, Diagnostics& d);

 private:
  struct Entry {
    std::optional<TariffTable> table;
    Diagnostics diagnostics;
  };
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

// A cheap look at a file's top-level keys, without parsing it: true when it
// has `tariffs:` and `payers:` and no `programme:` at the start of a line.
// Used to pass over tariff tables when a folder of case files is scanned.
bool looks_like_tariff_table(const std::string& path);

}  // namespace mkba::load
