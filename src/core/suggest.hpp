#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mkba {

// How far a name may be from another to be suggested for it: a third of its
// length in edits, at least 2.
std::size_t suggestion_reach(std::string_view wrong);

// The candidate closest to `wrong` by edit distance (the first of equals),
// when it is at most `reach` edits away; nothing otherwise. The word only, so
// that callers can use it without taking a sentence apart.
std::optional<std::string> closest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates,
                                        std::size_t reach);
// Within suggestion_reach(wrong).
std::optional<std::string> closest_name(std::string_view wrong,
                                        const std::vector<std::string>& candidates);

// The hint "did you mean 'x'?" for a word; empty for none.
std::string did_you_mean_hint(const std::optional<std::string>& word);

// The hint for an unknown name: did_you_mean_hint of the closest candidate,
// or the list of valid names when nothing is close and there are few; empty
// otherwise.
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace mkba
