#pragma once
// The workbook (report/workbook.hpp) as an output like any other: its bytes
// go to standard output, or to -o's file only when the whole command
// succeeded (output.hpp).

#include <string>
#include <vector>

#include "cli/options.hpp"
#include "report/workbook.hpp"

namespace mkba::cli {

// Renders the workbook of `parts` and writes it as write_output does. An
// exit code; on failure the reason is printed to stderr.
int write_workbook_output(const std::vector<report::WorkbookPart>& parts, report::WorkbookKind kind,
                          const OutputOptions& out, const std::vector<std::string>& inputs);

}  // namespace mkba::cli
