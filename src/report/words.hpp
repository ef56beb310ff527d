#pragma once

#include <map>
#include <string>

#include "report/number_format.hpp"

namespace mkba::report {

// The words of the human-facing reports, in English or Dutch. Unknown
// phrases come back unchanged.
std::string tr(Locale locale, const std::string& english);
// The name of the figure sensitivity and simulation follow ("npv" or
// "net.net_benefit"): "NCW", "Netto resultaat".
std::string figure_name(const std::string& figure, Locale locale);

// The Dutch of the first page and of figures in words (brief_words.cpp),
// which tr() also reads.
const std::map<std::string, std::string>& brief_dutch();

}  // namespace mkba::report
