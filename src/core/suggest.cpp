#include "core/suggest.hpp"

#include <algorithm>
#include <cstddef>

namespace mkba {
namespace {

// Optimal string alignment distance (Levenshtein plus adjacent swaps).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::size_t suggestion_reach(std::string_view wrong) {
  return std::max<std::size_t>(2, wrong.size() / 3);
}

std::optional<std::string> closest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates,
                                        std::size_t reach) {
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& c : candidates) {
    // The distance is at least the difference in length: a candidate that
    // cannot come within reach is not measured (a 10 MB value would take
    // seconds and gigabytes).
    std::size_t longer = std::max(wrong.size(), c.size()),
                shorter = std::min(wrong.size(), c.size());
    if (longer - shorter > reach) continue;
    std::size_t d = edit_distance(wrong, c);
    if (!best || d < best_distance) {
      best = &c;
      best_distance = d;
    }
  }
  if (best && best_distance <= reach) return *best;
  return std::nullopt;
}

std::optional<std::string> closest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates) {
  return closest_name(wrong, candidates, suggestion_reach(wrong));
}

std::string did_you_mean_hint(const std::optional<std::string>& word) {
  return word ? "did you mean '" + *word + "'?" : std::string();
}

std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates) {
  if (candidates.empty()) return {};
  if (auto best = closest_name(wrong, candidates)) return did_you_mean_hint(best);
  if (candidates.size() > 12) return {};  // a long list helps nobody; callers say where to look
  std::string list;
  for (const auto& c : candidates) list += (list.empty() ? "" : ", ") + c;
  return "expected one of: " + list;
}

}  // namespace mkba
