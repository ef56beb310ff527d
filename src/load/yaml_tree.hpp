#pragma once
// A small located document tree built in one pass over yaml-cpp's event
// stream. It refuses what yaml-cpp would silently accept or choke on:
// duplicate keys, non-text keys, anchors and aliases, a second document,
// nesting beyond a limit and overly large documents.

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace mkba::load {

struct Entry;

struct Node {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  std::string text;     // scalars only
  bool quoted = false;  // a quoted scalar is always text, never a number
  Origin origin;
  std::vector<Node> items;     // sequences
  std::vector<Entry> entries;  // maps, in file order

  const Node* find(const std::string& key) const;
};

struct Entry {
  std::string key;
  Origin key_origin;
  Node value;
};

inline constexpr int max_depth = 64;
inline constexpr std::size_t max_nodes = 1'000'000;

// Parses one YAML document; `file` names it in origins.
std::optional<Node> parse_yaml(const std::string& text, const std::string& file,
                               Diagnostics& diagnostics);

// "a map", "a list", "text", "nothing": for messages.
std::string describe(const Node& node);

}  // namespace mkba::load
