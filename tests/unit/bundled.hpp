#pragma once
// A bundled case file (cases/NAME), loaded as the command line loads it; a
// test of it fails at once when it does not load cleanly.
#include <doctest/doctest.h>

#include <string>

#include "load/loaders.hpp"

namespace mkba::test {

inline Analysis load_bundled(const std::string& name) {
  load::Sources sources;
  Diagnostics d;
  auto a = load::load_analysis(std::string(MKBA_SOURCE_DIR) + "/cases/" + name, std::nullopt,
                               sources, d);
  REQUIRE(d.empty());
  REQUIRE(a.has_value());
  return *a;
}

}  // namespace mkba::test
