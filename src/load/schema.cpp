#include "load/schema.hpp"

#include "core/suggest.hpp"

namespace mkba::load {
namespace {

bool digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Whether `e` is the decimals of a number written with a comma in a flow
// map, as in {quantity: 1,5}, which YAML reads as a key '5'.
bool decimal_comma(const Entry* previous, const Entry& e) {
  return previous && digits(e.key) && e.value.kind == Node::Kind::null &&
         previous->value.kind == Node::Kind::scalar && !previous->value.quoted &&
         digits(previous->value.text) && previous->value.origin.line == e.key_origin.line;
}

}  // namespace

std::optional<Node> parse_file(const std::string& path, Sources& sources, Diagnostics& d) {
  const std::string* text = sources.read(path, d);
  if (!text) return std::nullopt;
  return parse_yaml(*text, path, d);
}

MapReader::MapReader(const Node& node, std::string what, std::initializer_list<const char*> allowed,
                     Diagnostics& d)
    : node_(node), what_(std::move(what)), d_(d) {
  if (node.kind != Node::Kind::map) {
    d.error(node.origin, what_ + " must be a map of keys and values, got " + describe(node),
            node.kind == Node::Kind::sequence
                ? "remove the '- ' before its keys: they are not list items"
            : node.kind == Node::Kind::null ? "write its keys on the lines below it, indented"
                                            : "");
    ok_ = false;
    return;
  }
  std::vector<std::string> keys(allowed.begin(), allowed.end());
  const Entry* previous = nullptr;
  for (const auto& e : node.entries) {
    bool known = false;
    for (const auto& k : keys) known = known || k == e.key;
    if (!known) {
      d.error(e.key_origin, "unknown key '" + e.key + "' in " + what_,
              decimal_comma(previous, e) ? "a ',' separates the entries of a {...} map; write "
                                           "the number with a decimal point: " +
                                               previous->value.text + "." + e.key
                                         : did_you_mean(e.key, keys));
      ok_ = false;
    }
    previous = &e;
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
    d.error(node.origin, key + ": expected text, got " + describe(node),
            node.kind == Node::Kind::null ? "" : "if it is meant as text, put it in quotes");
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
    d.error(node.origin, key + ": expected a number, got " + describe(node),
            "write one number, e.g. " + key + ": 12.5");
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
  if (parsed.value->is_negative() && !rule.allow_negative) {
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
                                    long long max, Diagnostics& d, const std::string& range_hint) {
  auto value = read_number(node, key, NumberRule{0, 18, true}, d);
  if (!value) return std::nullopt;
  if (*value < Exact::integer(min) || *value > Exact::integer(max)) {
    d.error(node.origin,
            key + ": must be a whole number from " + std::to_string(min) + " to " +
                std::to_string(max) + ", got " + node.text,
            range_hint);
    return std::nullopt;
  }
  return static_cast<long long>(value->numerator());
}

std::optional<Exact> read_share(const Node& node, const std::string& key, Diagnostics& d) {
  auto v = read_number(node, key, NumberRule{6, 1, true, false}, d);
  if (v && *v > Exact::integer(1)) {
    d.error(node.origin, key + ": a share must be from 0 to 1, got " + node.text,
            "write a share as a decimal: 10% is 0.1");
    return std::nullopt;
  }
  return v;
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
