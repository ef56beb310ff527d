#pragma once

#include <map>
#include <string>

#include "report/number_format.hpp"

namespace mkba::report {

// The words of the human-facing reports, in English or Dutch. Unknown
// phrases come back unchanged.
std::string tr(Locale locale, const std::string& english);

// The Dutch of the first page and of figures in words (brief_words.cpp),
// which tr() also reads.
const std::map<std::string, std::string>& brief_dutch();

}  // namespace mkba::report
