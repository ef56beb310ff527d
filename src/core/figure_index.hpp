#pragma once
// What the nodes of the model graph are called where people read them, and
// which figure path names which node: the one place that says that
// `case.casus-1.avoided_total` is that case's sum of lines. `explain`,
// `figures` and claims (trace.cpp) walk the graph itself with these labels,
// so an explanation shows the formula the figure was computed with.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model_graph.hpp"
#include "core/trace.hpp"

namespace mkba {

struct NodeLabel {
  std::string name;  // a figure path or a step ("tariff dagbesteding", "quantity"); empty: none
  FigureKind kind = FigureKind::amount;
  std::string unit, source;
  int price_year = 0;
  Origin origin;
  std::optional<std::size_t> tariff;  // a tariff's price: shown as a division when from a total
  bool omit = false;                  // a factor that changes nothing here: left out of its product
  bool leaf = false;                  // shown by its value: how it is computed another table shows
  bool collapse = false;              // shown as its one operand when the others are omitted
  bool hidden = false;                // a constant of a formula, not a line of its own
};

// A figure path: the node it names, or for the Wilson bounds and the payback
// year a figure computed beside the graph from nodes of it.
struct FigurePath {
  enum class Derived : std::uint8_t { none, wilson_low, wilson_high, payback };
  std::string path;
  graph::Id node = 0;
  FigureKind kind = FigureKind::amount;
  Derived derived = Derived::none;
  std::size_t of = 0;  // wilson bounds: the effect
  bool listed = true;  // in `mkba figures`; other names of a figure are not
};

struct FigureIndex {
  std::vector<NodeLabel> labels;  // per node
  std::vector<FigurePath> paths;  // in report order
  std::unordered_map<std::string, std::size_t> by_path;
};

FigureIndex index_figures(const Analysis& a, const ModelGraph& m);

}  // namespace mkba
