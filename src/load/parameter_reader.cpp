#include "load/parameter_reader.hpp"

namespace mkba::load {

std::optional<Value> read_value(const Parameter& p, const std::string& text, const Origin& where,
                                Diagnostics& d) {
  Value v = Value::named(text);
  if (p.type != ValueType::choice) {
    ParsedDecimal parsed = parse_decimal(text, decimals_of(p.type), p.limits.integer_digits);
    if (!parsed.value) {
      d.error(where, p.path + ": " + parsed.error, parsed.hint);
      return std::nullopt;
    }
    v = Value::of(p.type, *parsed.value);
  }
  if (!check_value(p, v, where, d, text)) return std::nullopt;
  return v;
}

std::optional<Override> read_override(const Analysis& a, const std::string& path,
                                      const Origin& path_at, const std::string& text,
                                      const Origin& value_at, const std::string& from,
                                      Diagnostics& d) {
  std::optional<Parameter> p = resolve_parameter(a, path, path_at, d);
  if (!p) return std::nullopt;
  std::optional<Value> v = read_value(*p, text, value_at, d);
  if (!v) return std::nullopt;
  return Override{std::move(*p), std::move(*v), path_at, from};
}

}  // namespace mkba::load
