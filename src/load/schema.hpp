#pragma once
// Strict reading of the located tree: every map declares its keys, unknown
// keys are errors with "did you mean", values are checked for their type and
// range, and every problem is reported at the value's position.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/units.hpp"
#include "load/key_tables.hpp"
#include "load/source_file.hpp"
#include "load/yaml_tree.hpp"

namespace mkba::load {

// Reads and parses a YAML file; reports into `d` and returns nothing when it
// cannot.
std::optional<Node> parse_file(const std::string& path, Sources& sources, Diagnostics& d);

// Adds the diagnostics of one file to `to` in the order of their lines (on
// one line, as found): a file is read key by key, not line by line.
void append_in_file_order(Diagnostics& to, const Diagnostics& from);

// Whether the top level of a file is a map with at least one of `keys`
// (or a key close to one); reports, without quoting the file,
// when it is not: it may have been named by mistake. Its message starts
// with the first key.
bool is_root_map(const Node& root, const MapKeys& keys, Diagnostics& d);

// A map read by its declared keys (key_tables.hpp).
class MapReader {
 public:
  // Reports when `node` is not a map, has keys `keys` does not declare, or
  // lacks one it requires (in the order the table lists them). `what`
  // replaces the table's name of the map in messages.
  MapReader(const Node& node, const MapKeys& keys, Diagnostics& d);
  MapReader(const Node& node, const MapKeys& keys, std::string what, Diagnostics& d);
  // A map without unknown keys.
  bool ok() const { return ok_; }
  // A map: its keys can be read, known or not.
  bool is_map() const { return node_.kind == Node::Kind::map; }
  const Node& node() const { return node_; }
  // The value of a declared key, when present.
  const Node* get(const char* key) const;
  // The value of a key the table requires (reported missing when it is not there).
  const Node* require(const char* key) const;
  // The value of `key` read as a number by its declared rule (a share from
  // 0 to 1, a rate, a whole number's range): nothing when absent or wrong
  // (reported).
  std::optional<Exact> number(const char* key) const;
  std::optional<long long> whole(const char* key, const std::string& range_hint = {}) const;
  // The words `key` may be (a choice).
  const std::vector<std::string>& choices(const char* key) const {
    return declared(key).value.choices;
  }

 private:
  const Key& declared(const char* key) const;

  const Node& node_;
  const MapKeys& keys_;
  std::string what_;
  Diagnostics& d_;
  bool ok_ = true;
};

// `text` in single quotes, cut to a line, for messages.
std::string in_quotes(const std::string& text);

// Each returns nothing (having reported) when the value is not what is asked.
std::optional<std::string> read_text(const Node& node, const std::string& key, Diagnostics& d);
// An optional text key of `m` into `out`; false when it is there but not text.
bool optional_text(const MapReader& m, const char* key, std::string& out, Diagnostics& d);
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
// A number as `value` declares it: a number, share or whole number.
std::optional<Exact> read_number(const Node& node, const std::string& key, const Value& value,
                                 Diagnostics& d);
// A list; reports when `node` is not one.
const std::vector<Node>* read_list(const Node& node, const std::string& key, Diagnostics& d);

// Reads each item of the list `node` with `read_item(item, d)`, which returns
// an optional and reports its own problems, and hands each value read to
// `keep(value, item)`, which returns false when it rejects it (having
// reported). Every item is read even after a wrong one, so that all problems
// are reported at once. False when `node` is no list or anything was wrong.
template <typename ReadItem, typename Keep>
bool read_items(const Node& node, const std::string& key, Diagnostics& d, ReadItem read_item,
                Keep keep) {
  const std::vector<Node>* list = read_list(node, key, d);
  if (!list) return false;
  bool ok = true;
  for (const Node& item : *list) {
    auto value = read_item(item, d);
    if (!value) {
      ok = false;
      continue;
    }
    ok = keep(std::move(*value), item) && ok;
  }
  return ok;
}

// The same, appending each value read to `out`.
template <typename T, typename ReadItem>
bool read_items(const Node& node, const std::string& key, std::vector<T>& out, Diagnostics& d,
                ReadItem read_item) {
  return read_items(node, key, d, read_item, [&out](T&& value, const Node&) {
    out.push_back(std::move(value));
    return true;
  });
}

}  // namespace mkba::load
