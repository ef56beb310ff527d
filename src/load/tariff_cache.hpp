#pragma once
// Many programme files share one tariff table; in a batch it is parsed once.
// Safe to use from several threads: a table is parsed outside the cache's own
// lock, so other files go on meanwhile; a file that needs the table being
// parsed waits for that one table only.
//
// Memory stays bounded however many files a batch has: the cache keeps the
// tables used more than once (up to `kept_shared`, the least recently used go
// first) and the last `kept_single` tables used only once. A table is parsed
// again only when it was dropped before its next use.

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/model.hpp"
#include "load/source_file.hpp"

namespace mkba::load {

class TariffCache {
 public:
  static constexpr std::size_t kept_shared = 64;
  static constexpr std::size_t kept_single = 16;

  // The table at `path`, parsed on first use; its diagnostics are repeated on
  // every use, and its text is added to `sources` for their excerpts.
  std::optional<TariffTable> get(const std::string& path, Sources& sources, Diagnostics& d);

  // How many times a table was parsed, in all.
  std::size_t parses() const;

 private:
  struct Slot {
    std::mutex mutex;  // held while the table is parsed
    bool loaded = false;
    std::optional<TariffTable> table;
    Diagnostics diagnostics;
  };
  struct Entry {
    std::shared_ptr<Slot> slot;
    bool shared = false;                     // used more than once: in shared_, else in single_
    std::list<std::string>::iterator where;  // its place in that list
  };
  void trim(std::list<std::string>& order, std::size_t keep);

  mutable std::mutex mutex_;  // guards all below
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> shared_;  // most recently used first
  std::list<std::string> single_;  // most recently added first
  std::size_t parses_ = 0;
};

// What a file of a folder holds, by a cheap look at its top-level keys,
// without parsing it: a tariff table has `tariffs:` and `payers:`, an index
// series `values:`, and neither has `programme:` at the start of a line.
// Used to pass over tables and series when a folder of case files is scanned.
enum class FileKind { case_file, tariff_table, index_series };
FileKind file_kind(const std::string& path);

}  // namespace mkba::load
