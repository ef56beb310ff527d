#pragma once
// What every command shares: loading and computing a case file, and writing
// its output in the chosen format to stdout or a file.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "core/result.hpp"
#include "load/source_file.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::cli {

struct Session {
  load::Sources sources;
  std::unique_ptr<Analysis> analysis;  // the result points into it
  std::optional<Result> result;
};

// May change a loaded analysis before it is checked, or refuse it with an exit code.
using Adjust = std::function<int(Analysis&)>;

// Loads, validates (claims too) and computes; 0 when `s.result` is set,
// otherwise the diagnostics are printed and their exit code returned.
int load_and_calculate(Session& s, const std::string& file,
                       const std::optional<std::string>& tariffs, const Adjust& adjust = {});

// The files a command read, which an output must never replace.
std::vector<std::string> inputs_of(const Session& s);

int usage_error(const std::string& message, const std::string& hint = {});
report::Locale locale_of(const OutputOptions& out);

// One way to produce each format; `table` is the one table a CSV file holds.
struct Renderers {
  std::function<std::string(report::Locale)> text;
  std::function<std::string(report::Locale)> markdown;
  std::function<report::Table()> table;
  std::function<std::string()> json;
};

// Text and Markdown from one Document builder.
Renderers document_renderers(std::function<report::Document(report::Locale)> document,
                             std::function<report::Table()> table,
                             std::function<std::string()> json);

// Picks the format (--format, else -o's extension, else table) and writes.
int emit(const Renderers& renderers, const OutputOptions& out,
         const std::vector<std::string>& inputs);

}  // namespace mkba::cli
