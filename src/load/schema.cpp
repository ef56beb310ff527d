#include "load/schema.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/suggest.hpp"
#include "core/text.hpp"

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

// No number mkba accepts is longer: a longer text is not parsed, nor quoted whole.
constexpr std::size_t max_number_length = 40;

// -?digits(.digits)?
bool plain_decimal(std::string_view s) {
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  std::size_t point = s.find('.');
  auto part = [&](std::string_view p) { return digits(std::string(p)); };
  return point == std::string_view::npos ? part(s)
                                         : part(s.substr(0, point)) && part(s.substr(point + 1));
}

// The first character of `text` that an id may not hold.
std::string first_non_id_character(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
        c == '-')
      continue;
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    return text.substr(i, n);
  }
  return "";
}

}  // namespace

std::string in_quotes(const std::string& text) { return "'" + shorten(text) + "'"; }

std::optional<Node> parse_file(const std::string& path, Sources& sources, Diagnostics& d) {
  const std::string* text = sources.read(path, d);
  if (!text) return std::nullopt;
  return parse_yaml(*text, path, d);
}

MapReader::MapReader(const Node& node, const MapKeys& keys, Diagnostics& d)
    : MapReader(node, keys, keys.what, d) {}

MapReader::MapReader(const Node& node, const MapKeys& keys, std::string what, Diagnostics& d)
    : node_(node), keys_(keys), what_(std::move(what)), d_(d) {
  if (node.kind != Node::Kind::map) {
    d.error(node.origin, what_ + " must be a map of keys and values, got " + describe(node),
            node.kind == Node::Kind::sequence
                ? "remove the '- ' before its keys: they are not list items"
            : node.kind == Node::Kind::null ? "write its keys on the lines below it, indented"
                                            : "");
    ok_ = false;
    return;
  }
  std::vector<std::string> names;
  for (const auto& k : keys.keys) names.push_back(k.name);
  const Entry* previous = nullptr;
  for (const auto& e : node.entries) {
    if (!keys.find(e.key)) {
      d.error(e.key_origin, "unknown key " + in_quotes(e.key) + " in " + what_,
              decimal_comma(previous, e) ? "a ',' separates the entries of a {...} map; write "
                                           "the number with a decimal point: " +
                                               previous->value.text + "." + e.key
                                         : did_you_mean(e.key, names));
      ok_ = false;
    }
    previous = &e;
  }
  for (const auto& k : keys.keys)
    if (k.need == Need::required && !node.find(k.name))
      d.error(node.origin, what_ + " is missing the key '" + std::string(k.name) + "'");
}

void append_in_file_order(Diagnostics& to, const Diagnostics& from) {
  std::vector<Diagnostic> items = from.items();
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.where.line < b.where.line;
  });
  for (auto& i : items)
    (i.problem == Problem::unreadable ? to.unreadable(i.where, i.message, i.hint)
                                      : to.error(i.where, i.message, i.hint));
}

bool is_root_map(const Node& root, const MapKeys& keys, Diagnostics& d) {
  std::vector<std::string> known;
  for (const auto& k : keys.keys) known.push_back(k.name);
  const std::string what = keys.what;
  std::string check =
      "check that this is the file meant: " + what + " starts with '" + known.front() + ":'";
  // Nothing of the file is quoted: it may be no input at all, named by mistake.
  if (root.kind != Node::Kind::map) {
    bool list = root.kind == Node::Kind::sequence;
    d.error(root.origin,
            what + " must be a map of keys and values, got " +
                (list                              ? "a list"
                 : root.kind == Node::Kind::scalar ? "text"
                                                   : "nothing"),
            list ? "remove the '- ' before its keys: they are not list items" : check);
    return false;
  }
  // Nor is a map of which no key is, or is close to, one of `keys`.
  if (root.entries.empty()) return true;
  for (const auto& e : root.entries)
    if (std::find(known.begin(), known.end(), e.key) != known.end() || closest_name(e.key, known))
      return true;
  std::string list;
  for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  d.error(Origin{root.origin.file, 0, 0},
          "is not " + what + ": it has none of its keys (" + list + ")", check);
  return false;
}

const Key& MapReader::declared(const char* key) const {
  const Key* k = keys_.find(key);
  // A key read that the table does not declare is a bug of the loader.
  if (!k) throw std::logic_error(std::string("undeclared key ") + key + " of " + keys_.name);
  return *k;
}

const Node* MapReader::get(const char* key) const {
  declared(key);
  return node_.kind == Node::Kind::map ? node_.find(key) : nullptr;
}

const Node* MapReader::require(const char* key) const {
  if (declared(key).need != Need::required)
    throw std::logic_error(std::string("key ") + key + " of " + keys_.name + " is not required");
  return get(key);
}

std::optional<Exact> MapReader::number(const char* key) const {
  const Node* n = get(key);
  return n ? read_number(*n, key, declared(key).value, d_) : std::nullopt;
}

std::optional<long long> MapReader::whole(const char* key, const std::string& range_hint) const {
  const Value& v = declared(key).value;
  const Node* n = get(key);
  return n ? read_whole(*n, key, v.min, v.max, d_, range_hint) : std::nullopt;
}

std::optional<std::string> read_text(const Node& node, const std::string& key, Diagnostics& d) {
  if (node.kind != Node::Kind::scalar) {
    d.error(node.origin, key + ": expected text, got " + describe(node),
            node.kind == Node::Kind::null ? "" : "if it is meant as text, put it in quotes");
    return std::nullopt;
  }
  return node.text;
}

bool optional_text(const MapReader& m, const char* key, std::string& out, Diagnostics& d) {
  const Node* n = m.get(key);
  if (!n) return true;
  auto v = read_text(*n, key, d);
  if (v) out = *v;
  return v.has_value();
}

std::optional<std::string> read_path(const Node& node, const std::string& key, Diagnostics& d) {
  auto text = read_text(node, key, d);
  if (!text) return std::nullopt;
  // The system would read the path only up to the NUL: another file.
  if (std::size_t nul = text->find('\0'); nul != std::string::npos) {
    d.error(node.origin,
            key + ": a file path cannot hold a NUL character, and this one has one after " +
                in_quotes(text->substr(0, nul)),
            "remove the escape (\\0, \\x00 or \\u0000) and what follows it");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> read_id(const Node& node, const std::string& key, Diagnostics& d) {
  auto text = read_text(node, key, d);
  if (!text) return std::nullopt;
  std::string bad = first_non_id_character(*text);
  if (text->empty() || !bad.empty()) {
    d.error(node.origin, key + ": " + in_quotes(*text) + " is not a valid id",
            "an id holds only ASCII letters (a-z, A-Z), digits, '_' and '-', e.g. seh_bezoek" +
                (bad.empty() ? std::string() : "; '" + bad + "' is none of them"));
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
    d.error(node.origin,
            key + ": expected a number, got the quoted text \"" + shorten(node.text) + "\"",
            "remove the quotes");
    return std::nullopt;
  }
  if (node.text.size() > max_number_length) {
    d.error(node.origin,
            key + ": expected a number, got " + in_quotes(node.text) + " (" +
                std::to_string(node.text.size()) + " characters)",
            "write a number with at most " + std::to_string(rule.max_integer_digits) +
                " digits before the decimal point and " + std::to_string(rule.max_decimals) +
                " after it");
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
  const std::string& t = node.text;
  auto out_of_range = [&]() -> std::optional<Exact> {
    ParsedDecimal percent = parse_decimal(t, 4, 3);
    bool is_percent = percent.value && *percent.value >= Exact::integer(2) &&
                      *percent.value <= Exact::integer(100);
    d.error(node.origin, key + ": a share must be from 0 to 1, got " + t,
            "write a share as a decimal: " +
                (is_percent ? t + "% is " + to_plain(*percent.value / Exact::integer(100), 6)
                            : std::string("10% is 0.1")));
    return std::nullopt;
  };
  // 23 is a share out of range, whatever its number of digits.
  std::size_t sign = t.rfind('-', 0) == 0 ? 1 : 0;
  if (node.kind == Node::Kind::scalar && !node.quoted && t.size() <= max_number_length &&
      plain_decimal(t) && t[sign] != '0' && std::min(t.find('.'), t.size()) - sign > 1)
    return out_of_range();
  auto v = read_number(node, key, NumberRule{6, 1, true, true}, d);
  if (v && (v->is_negative() || *v > Exact::integer(1))) return out_of_range();
  return v;
}

std::optional<Exact> read_number(const Node& node, const std::string& key, const Value& value,
                                 Diagnostics& d) {
  switch (value.kind) {
    case Value::Kind::share:
      return read_share(node, key, d);
    case Value::Kind::whole: {
      auto v = read_whole(node, key, value.min, value.max, d);
      if (!v) return std::nullopt;
      return Exact::integer(*v);
    }
    default:
      return read_number(node, key, value.rule, d);
  }
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
