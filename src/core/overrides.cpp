#include "core/overrides.hpp"

namespace mkba {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot; (dot = path.find('.', start)) != std::string::npos; start = dot + 1)
    parts.push_back(path.substr(start, dot - start));
  parts.push_back(path.substr(start));
  return parts;
}

Diagnostics apply_overrides(Analysis& a, const std::vector<Override>& overrides) {
  Diagnostics d;
  for (const auto& o : overrides) {
    if (!check_value(o.parameter, o.value, o.origin, d)) continue;
    set_value(a, o.parameter, o.value, o.origin);
    a.overrides.push_back({o.parameter.path, o.value, o.from});
  }
  return d;
}

Diagnostics apply_overrides_in_copies(Analysis& a, const std::vector<std::size_t>& picks,
                                      const std::vector<Override>& overrides) {
  Diagnostics d;
  for (const auto& o : overrides)
    if (check_value(o.parameter, o.value, o.origin, d))
      set_value_in_copies(a, picks, o.parameter, o.value, o.origin);
  return d;
}

}  // namespace mkba
