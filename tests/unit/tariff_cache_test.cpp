#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "load/tariff_cache.hpp"

using namespace mkba;
using mkba::load::Sources;
using mkba::load::TariffCache;

namespace {
std::string table(const std::string& name) {
  return "name: " + name +
         "\ncurrency: EUR\nprice_year: 2017\nsource: test\n"
         "payers:\n  - {id: gemeente, label: Gemeente}\n"
         "tariffs:\n  - {id: t, label: T, unit: uur, unit_plural: uur, price: 10, "
         "payer: gemeente, source: test}\n";
}

// Serves `count` tables t0.yaml ... and a bad one, bad.yaml, from memory.
void provide(Sources& sources, int count) {
  for (int i = 0; i < count; ++i)
    sources.provide("t" + std::to_string(i) + ".yaml", table("T" + std::to_string(i)));
  sources.provide("bad.yaml", "name: Bad\npayers: []\n");
  sources.provided_only();
}
}  // namespace

TEST_CASE("a table used by many files is parsed once, from any number of threads") {
  TariffCache cache;
  std::vector<int> found(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; k < 50; ++k) {
        Sources sources;  // one per file, as in a batch
        provide(sources, 3);
        Diagnostics d;
        auto got = cache.get("t" + std::to_string(k % 3) + ".yaml", sources, d);
        if (got && d.empty() && got->name == "T" + std::to_string(k % 3)) ++found[t];
      }
    });
  for (auto& t : threads) t.join();
  for (int f : found) CHECK(f == 50);
  CHECK(cache.parses() == 3);
}

TEST_CASE("a bad table's diagnostics are repeated on every use, with their excerpts") {
  TariffCache cache;
  for (int k = 0; k < 3; ++k) {
    Sources sources;
    provide(sources, 0);
    Diagnostics d;
    CHECK_FALSE(cache.get("bad.yaml", sources, d).has_value());
    REQUIRE_FALSE(d.empty());
    CHECK(d.items()[0].where.file == "bad.yaml");
    CHECK(sources.line("bad.yaml", 1) == std::optional<std::string>("name: Bad"));
  }
  CHECK(cache.parses() == 1);
}

TEST_CASE("the cache keeps shared tables and forgets old single ones") {
  TariffCache cache;
  Sources sources;
  const int singles = static_cast<int>(TariffCache::kept_single) + 10;
  provide(sources, singles + 1);
  Diagnostics d;
  const std::string shared = "t" + std::to_string(singles) + ".yaml";
  // The shared table is used between every two tables of its own.
  for (int i = 0; i < singles; ++i) {
    CHECK(cache.get("t" + std::to_string(i) + ".yaml", sources, d));
    CHECK(cache.get(shared, sources, d));
  }
  CHECK(d.empty());
  CHECK(cache.parses() == static_cast<std::size_t>(singles) + 1);
  // The latest single tables are still there; the first was dropped.
  CHECK(cache.get("t" + std::to_string(singles - 1) + ".yaml", sources, d));
  CHECK(cache.parses() == static_cast<std::size_t>(singles) + 1);
  CHECK(cache.get("t0.yaml", sources, d));
  CHECK(cache.parses() == static_cast<std::size_t>(singles) + 2);
}
