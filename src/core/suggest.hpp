#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mkba {

// "did you mean 'x'?" for the closest candidate by edit distance, or the list
// of valid names when nothing is close and there are few; empty otherwise.
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace mkba
