#pragma once
// The command line as the commands take it: read once, each value checked
// and turned into its type where it is read (command_line.cpp). The run
// functions see only these, never the text of an option.

#include <optional>
#include <string>
#include <vector>

#include "cli/progress.hpp"
#include "report/build.hpp"
#include "report/number_format.hpp"
#include "report/writer.hpp"

namespace mkba::cli {

// What a command can write; each command offers some of them.
enum class Format { table, csv, json, jsonl, md, html, svg, xlsx };
// The chart `run -o FILE.svg` draws.
enum class ChartKind { payers, years };

struct OutputOptions {
  Format format = Format::table;
  std::optional<std::string> output;  // -o; none or "-": standard output
  report::Locale locale = report::Locale::nl;
  report::CsvTable table = report::CsvTable::lines;
  report::CsvDialect csv_dialect = report::CsvDialect::rfc4180;
  ChartKind chart = ChartKind::payers;
  std::vector<Format> offered;  // the formats the command writes
  // -o's name asks for no format and --format is not given: refused by
  // check_output, after the check that -o names no input, which comes first.
  bool unknown_extension = false;
};

// A change to an input before computing: --set PATH=VALUE, or --price-year
// YEAR (programme.price_year). `option` is where it was written, for
// messages and outputs.
struct Setting {
  std::string path;
  std::string value;
  std::string option;
};

// What every command on case files takes.
struct CaseOptions {
  std::vector<std::string> files;  // files, folders, "-" (stdin); one for single-file commands
  std::optional<std::string> tariffs;
  std::vector<Setting> set;             // in the order applied
  std::optional<std::string> scenario;  // a named scenario of the file
  int jobs = 1;                         // threads, 1 to 256
  bool fail_fast = false;
  ProgressMode progress = ProgressMode::automatic;  // --progress, --quiet
  OutputOptions out;
};

}  // namespace mkba::cli
