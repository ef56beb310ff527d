#pragma once

#include <string>

#include "report/number_format.hpp"

namespace mkba::report {

// The words of the human-facing reports, in English or Dutch. Unknown
// phrases come back unchanged.
std::string tr(Locale locale, const std::string& english);

}  // namespace mkba::report
