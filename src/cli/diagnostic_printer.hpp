#pragma once

#include <string>

#include "core/diagnostic.hpp"
#include "load/source_file.hpp"

namespace mkba::cli {

// "mkba: FILE:LINE:COL: error: MESSAGE", the source line with a caret under
// the column, and "note: HINT".
std::string format_diagnostic(const Diagnostic& d, const load::Sources& sources);

// Prints all diagnostics to stderr; returns the exit code they call for.
int report_diagnostics(const Diagnostics& diagnostics, const load::Sources& sources);

}  // namespace mkba::cli
