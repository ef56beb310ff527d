#pragma once
// Parameter values from text (a YAML scalar of a scenario, the VALUE of
// `--set PATH=VALUE`), read once by the parameter's type; the core gets
// typed values only.

#include <optional>
#include <string>

#include "core/model.hpp"

namespace mkba::load {

// `text` as a value of `parameter`: a decimal of its type's decimals and
// range, or one of its choices. None, having reported at `where`, when it
// is not one.
std::optional<Value> read_value(const Parameter& parameter, const std::string& text,
                                const Origin& where, Diagnostics& d);

// `path` resolved in `analysis` (errors at `path_at`) with `text` as its
// value (errors at `value_at`): an override from `from`.
std::optional<Override> read_override(const Analysis& analysis, const std::string& path,
                                      const Origin& path_at, const std::string& text,
                                      const Origin& value_at, const std::string& from,
                                      Diagnostics& d);

}  // namespace mkba::load
