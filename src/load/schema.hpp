#pragma once
// Strict reading of the located tree: every map declares its keys, unknown
// keys are errors with "did you mean", values are checked for their type and
// range, and every problem is reported at the value's position.

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/units.hpp"
#include "load/source_file.hpp"
#include "load/yaml_tree.hpp"

namespace mkba::load {

// Reads and parses a YAML file; reports into `d` and returns nothing when it
// cannot.
std::optional<Node> parse_file(const std::string& path, Sources& sources, Diagnostics& d);

// Adds the diagnostics of one file to `to` in the order of their lines (on
// one line, as found): a file is read key by key, not line by line.
void append_in_file_order(Diagnostics& to, const Diagnostics& from);

// Whether the top level of a file is a map with at least one of `keys` (or
// a key close to one); reports, without quoting the file, when it is not: it
// may have been named by mistake. `what` is "a case file"; it starts with the
// first of `keys`.
bool is_root_map(const Node& root, const std::string& what, std::initializer_list<const char*> keys,
                 Diagnostics& d);

// A map with a fixed set of allowed keys.
class MapReader {
 public:
  // Reports when `node` is not a map, or has keys outside `allowed`.
  MapReader(const Node& node, std::string what, std::initializer_list<const char*> allowed,
            Diagnostics& d);
  // A map without unknown keys.
  bool ok() const { return ok_; }
  // A map: its keys can be read, known or not.
  bool is_map() const { return node_.kind == Node::Kind::map; }
  const Node& node() const { return node_; }
  const Node* get(const char* key) const;
  // Reports a missing key at the map.
  const Node* require(const char* key) const;

 private:
  const Node& node_;
  std::string what_;
  Diagnostics& d_;
  bool ok_ = true;
};

struct NumberRule {
  int max_decimals = 4;
  int max_integer_digits = 12;
  bool allow_zero = true;
  bool allow_negative = false;
};

// `text` in single quotes, cut to a line, for messages.
std::string in_quotes(const std::string& text);

// Each returns nothing (having reported) when the value is not what is asked.
std::optional<std::string> read_text(const Node& node, const std::string& key, Diagnostics& d);
// A file path (text without NUL).
std::optional<std::string> read_path(const Node& node, const std::string& key, Diagnostics& d);
std::optional<std::string> read_id(const Node& node, const std::string& key, Diagnostics& d);
std::optional<Exact> read_number(const Node& node, const std::string& key, NumberRule rule,
                                 Diagnostics& d);
// `range_hint` is shown when the number is outside [min, max].
std::optional<long long> read_whole(const Node& node, const std::string& key, long long min,
                                    long long max, Diagnostics& d,
                                    const std::string& range_hint = {});
// A share from 0 to 1 (at most 6 decimals); any other number is told as out of range.
std::optional<Exact> read_share(const Node& node, const std::string& key, Diagnostics& d);
// A list; reports when `node` is not one.
const std::vector<Node>* read_list(const Node& node, const std::string& key, Diagnostics& d);

// Money has at most 4 decimals; quantities at most 4 and 9 integer digits.
inline constexpr NumberRule price_rule{4, 12, true};
inline constexpr NumberRule quantity_rule{4, 9, true};

}  // namespace mkba::load
