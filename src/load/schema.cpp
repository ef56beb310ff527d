#include "load/schema.hpp"

#include "core/suggest.hpp"

namespace mkba::load {

MapReader::MapReader(const Node& node, std::string what, std::initializer_list<const char*> allowed,
                     Diagnostics& d)
    : node_(node), what_(std::move(what)), d_(d) {
  if (node.kind != Node::Kind::map) {
    d.error(node.origin, what_ + " must be a map of keys and values, got " + describe(node));
    ok_ = false;
    return;
  }
  std::vector<std::string> keys(allowed.begin(), allowed.end());
  for (const auto& e : node.entries) {
    bool known = false;
    for (const auto& k : keys) known = known || k == e.key;
    if (!known) {
      d.error(e.key_origin, "unknown key '" + e.key + "' in " + what_, did_you_mean(e.key, keys));
      ok_ = false;
    }
  }
}

const Node* MapReader::get(const char* key) const {
  return node_.kind == Node::Kind::map ? node_.find(key) : nullptr;
}

const Node* MapReader::require(const char* key) const {
  const Node* n = get(key);
  if (!n && node_.kind == Node::Kind::map)
    d_.error(node_.origin, what_ + " is missing the key '" + std::string(key) + "'");
  return n;
}

std::optional<std::string> read_text(const Node& node, const std::string& key, Diagnostics& d) {
  if (node.kind != Node::Kind::scalar) {
    d.error(node.origin, key + ": expected text, got " + describe(node));
    return std::nullopt;
  }
  return node.text;
}

std::optional<std::string> read_id(const Node& node, const std::string& key, Diagnostics& d) {
  auto text = read_text(node, key, d);
  if (!text) return std::nullopt;
  bool valid = !text->empty();
  for (char c : *text)
    valid = valid && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '-');
  if (!valid) {
    d.error(node.origin, key + ": '" + *text + "' is not a valid id",
            "use letters, digits, '_' and '-' only, e.g. seh_bezoek");
    return std::nullopt;
  }
  return text;
}

std::optional<Exact> read_number(const Node& node, const std::string& key, NumberRule rule,
                                 Diagnostics& d) {
  if (node.kind != Node::Kind::scalar) {
    d.error(node.origin, key + ": expected a number, got " + describe(node));
    return std::nullopt;
  }
  if (node.quoted) {
    d.error(node.origin, key + ": expected a number, got the quoted text \"" + node.text + "\"",
            "remove the quotes");
    return std::nullopt;
  }
  ParsedDecimal parsed = parse_decimal(node.text, rule.max_decimals, rule.max_integer_digits);
  if (!parsed.value) {
    d.error(node.origin, key + ": " + parsed.error, parsed.hint);
    return std::nullopt;
  }
  if (parsed.value->is_negative()) {
    d.error(node.origin, key + ": must not be negative, got " + node.text);
    return std::nullopt;
  }
  if (!rule.allow_zero && parsed.value->is_zero()) {
    d.error(node.origin, key + ": must be more than 0");
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<long long> read_whole(const Node& node, const std::string& key, long long min,
                                    long long max, Diagnostics& d) {
  auto value = read_number(node, key, NumberRule{0, 18, true}, d);
  if (!value) return std::nullopt;
  if (*value < Exact::integer(min) || *value > Exact::integer(max)) {
    d.error(node.origin, key + ": must be a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max) + ", got " + node.text);
    return std::nullopt;
  }
  return static_cast<long long>(value->numerator());
}

const std::vector<Node>* read_list(const Node& node, const std::string& key, Diagnostics& d) {
  if (node.kind != Node::Kind::sequence) {
    d.error(node.origin, key + ": expected a list, got " + describe(node),
            "write each item on its own line starting with '- '");
    return nullptr;
  }
  return &node.items;
}

}  // namespace mkba::load
