// Fuzzes the case file loader: YAML text -> Analysis, with the tariff table
// the file names (the bundled table, served from memory) and the checks that
// follow loading.
#include "core/calculate.hpp"
#include "fuzz_common.hpp"
#include "load/loaders.hpp"

using namespace mkba;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The seeds name "../tariffs/stadskamer-2017.yaml", as cases/ does.
  const std::string path = "cases/fuzz.yaml";
  load::Sources sources = fuzz::sources_with(path, data, size);
  sources.provide("tariffs/stadskamer-2017.yaml", fuzz::bundled_tariffs());
  Diagnostics d;
  auto analysis = load::load_analysis(path, std::nullopt, sources, d);
  if (analysis) d = validate(*analysis);
  fuzz::format_all(d, sources);
  return 0;
}
