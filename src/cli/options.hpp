#pragma once
// What the commands on case files and their outputs take, read from the
// command line (command_line.cpp).

#include <optional>
#include <string>
#include <vector>

namespace mkba::cli {

struct OutputOptions {
  std::optional<std::string> format;  // as given; inferred from `output` when absent
  std::optional<std::string> output;
  std::string locale = "nl";
  std::string table = "lines";  // for CSV
  std::string csv_dialect = "rfc4180";
};

// What every command on case files takes.
struct CaseOptions {
  std::vector<std::string> files;  // files, folders, "-" (stdin); one for single-file commands
  std::optional<std::string> tariffs;
  std::vector<std::string> set;         // PATH=VALUE overrides
  std::optional<std::string> scenario;  // a named scenario of the file
  int jobs = 1;
  bool fail_fast = false;
  OutputOptions out;
};

}  // namespace mkba::cli
