#include "load/uncertainty_reader.hpp"

#include <cstdlib>

#include "core/suggest.hpp"
#include "load/pm_reader.hpp"
#include "load/schema.hpp"

namespace mkba::load {
namespace {

using uncertain::Distribution;

// Distributions are for estimates, so their parameters become doubles; they
// are still read with the strict parser (no 1,5, no .nan).
std::optional<double> real(const Node& node, const std::string& key, Diagnostics& d) {
  auto v = read_number(node, key, keys::parameter, d);
  if (!v) return std::nullopt;
  return std::strtod(to_plain(*v, 6).c_str(), nullptr);
}

bool read_list_of(const Node& node, const std::string& key, std::size_t n, std::vector<double>& out,
                  Diagnostics& d) {
  const auto* list = read_list(node, key, d);
  if (!list) return false;
  if (list->size() != n) {
    d.error(
        node.origin,
        key + ": expected " + std::to_string(n) + " numbers, got " + std::to_string(list->size()),
        n == 3 ? "e.g. " + key + ": [7, 21, 42] (min, mode, max)"
               : "e.g. " + key + ": [28, 40] (low, high)");
    return false;
  }
  bool ok = true;
  for (const auto& item : *list) {
    auto v = real(item, key, d);
    ok = ok && v;
    if (v) out.push_back(*v);
  }
  return ok;
}

bool read_mean_sd(const Node& node, const std::string& key, Distribution& dist, Diagnostics& d) {
  MapReader m(node, keys::mean_sd, key, d);
  if (!m.is_map()) return false;
  const Node* mean = m.require("mean");
  const Node* sd = m.require("sd");
  auto a = mean ? real(*mean, "mean", d) : std::nullopt;
  auto b = sd ? real(*sd, "sd", d) : std::nullopt;
  if (!m.ok() || !a || !b) return false;
  dist.a = *a;
  dist.b = *b;
  return true;
}

std::optional<Distribution> read_distribution(const Node& node, Citations& cited, Diagnostics& d) {
  static const char* kinds[] = {"uniform",   "triangular", "pert", "normal",
                                "lognormal", "gamma",      "beta"};
  MapReader m(node, keys::distribution, d);
  if (!m.is_map()) return std::nullopt;
  bool ok = read_citations(m, cited, d) && m.ok();
  Distribution dist;
  const Node* kind_node = nullptr;
  std::string kind;
  for (const char* k : kinds)
    if (const Node* n = m.get(k)) {
      if (kind_node) {
        d.error(n->origin, "give one distribution, not '" + kind + "' and '" + k + "'");
        return std::nullopt;
      }
      kind_node = n;
      kind = k;
    }
  const Node* low = m.get("low");
  const Node* high = m.get("high");
  if (low) dist.low = real(*low, "low", d);
  if (high) dist.high = real(*high, "high", d);
  if ((low && !dist.low) || (high && !dist.high)) return std::nullopt;
  std::vector<double> v;
  if (!kind_node) {
    if (!dist.low || !dist.high) {
      d.error(node.origin, "a parameter needs a distribution, or both low and high",
              "e.g. {low: 28, high: 40} or {triangular: [350, 450, 550]}");
      return std::nullopt;
    }
    dist.kind = Distribution::Kind::range;
    dist.a = *dist.low;
    dist.b = *dist.high;
  } else if (kind == "uniform" || kind == "triangular" || kind == "pert") {
    std::size_t n = kind == "uniform" ? 2 : 3;
    ok = read_list_of(*kind_node, kind, n, v, d) && ok;
    if (ok) {
      dist.kind = kind == "uniform"      ? Distribution::Kind::uniform
                  : kind == "triangular" ? Distribution::Kind::triangular
                                         : Distribution::Kind::pert;
      dist.a = v[0];
      dist.b = v[1];
      if (n == 3) dist.c = v[2];
    }
  } else {
    ok = read_mean_sd(*kind_node, kind, dist, d) && ok;
    dist.kind = kind == "normal"      ? Distribution::Kind::normal
                : kind == "lognormal" ? Distribution::Kind::lognormal
                : kind == "gamma"     ? Distribution::Kind::gamma
                                      : Distribution::Kind::beta;
  }
  if (!ok) return std::nullopt;
  std::string problem = uncertain::check(dist);
  if (!problem.empty()) {
    d.error(kind_node ? kind_node->origin : node.origin, problem);
    return std::nullopt;
  }
  return dist;
}

}  // namespace

bool read_uncertainty(const Node& node, std::vector<WrittenUncertainty>& out, Diagnostics& d) {
  if (node.kind != Node::Kind::map) {
    d.error(node.origin,
            "uncertainty: expected a map of override paths to distributions, got " + describe(node),
            "e.g. uncertainty: {tariffs.dagbesteding.price: {low: 28, high: 40}}");
    return false;
  }
  bool ok = true;
  for (const auto& e : node.entries) {
    Citations cited;
    auto dist = read_distribution(e.value, cited, d);
    ok = ok && dist;
    if (dist) out.push_back({e.key, *dist, e.key_origin, std::move(cited)});
  }
  return ok;
}

}  // namespace mkba::load
