#pragma once
// The workbook (xlsx): the model as a spreadsheet whose figures are live
// formulas. Tariffs, programme costs and the quantities of each line are
// values; every amount, total, average and balance is a formula over them,
// so that a changed price in the tariff sheet moves every figure that uses
// it. Each formula also stores mkba's exact figure, rounded as shown, as its
// value: a reader that does not recalculate shows mkba's figures.

#include <string>
#include <vector>

#include "core/result.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// One computed file (or one scenario of it) in the workbook.
struct WorkbookPart {
  const Result* result = nullptr;
  std::string file;      // as the command line named it
  std::string scenario;  // empty for the file as it is
};

// What the workbook holds besides the model's sheets: a summary sheet with
// one row of headline figures per part, as `mkba summary` prints them.
enum class WorkbookKind { run, summary };

// Writes the workbook of `parts` to `path`, a file the caller provides (the
// command line gives a file that is not yet its output: see cli/output.hpp).
// Empty when written, else the reason it could not be.
std::string write_workbook(const std::vector<WorkbookPart>& parts, WorkbookKind kind, Locale locale,
                           const std::string& path);

}  // namespace mkba::report
