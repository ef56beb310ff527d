#pragma once
// Parameter handles for tests that name inputs by path (core only: the
// fuzz targets share it). A test names paths that exist, so a path that does
// not resolve is the test's own mistake and throws.

#include <stdexcept>
#include <string>

#include "core/model.hpp"

namespace mkba::test {

inline Parameter handle(const Analysis& a, const std::string& path, const Origin& where = {}) {
  Diagnostics d;
  auto p = resolve_parameter(a, path, where, d);
  if (!p) throw std::logic_error("a test names an unknown path: " + path);
  return *p;
}

inline UncertainParameter uncertain(const Analysis& a, const std::string& path,
                                    const uncertain::Distribution& d, const Origin& where = {}) {
  return {handle(a, path, where), d, {}};
}

// An override of `path` to `value`, which must be of the path's type.
inline Override set_to(const Analysis& a, const std::string& path, const Value& value,
                       const Origin& where = {"--set", 0, 0}, const std::string& from = "--set") {
  return {handle(a, path, where), value, where, from};
}

}  // namespace mkba::test
