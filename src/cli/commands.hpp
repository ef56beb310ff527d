#pragma once
// The subcommands, free of CLI11: each takes resolved options and returns an
// exit code.

#include <optional>
#include <string>
#include <vector>

#include "report/writer.hpp"

namespace mkba::cli {

struct OutputOptions {
  std::optional<std::string> format;  // as given; inferred from `output` when absent
  std::optional<std::string> output;
  std::string locale = "nl";
  std::string table = "lines";  // for CSV
  std::string csv_dialect = "rfc4180";
};

struct RunOptions {
  std::string file;
  std::optional<std::string> tariffs;
  OutputOptions out;
};

struct BreakevenOptions {
  RunOptions run;
  std::optional<std::string> tariff;
  std::optional<std::string> quantity;
};

int run_run(const RunOptions& options);
int run_validate(const std::vector<std::string>& files, const std::optional<std::string>& tariffs);
int run_tariffs(const std::string& file, const OutputOptions& out);
int run_breakeven(const BreakevenOptions& options);

// Reviewer commands (review_commands.cpp).
struct ReviewOptions {
  std::vector<std::string> files;  // check
  std::string file;                // explain, figures, report
  std::optional<std::string> tariffs;
  std::optional<std::string> figure;  // explain: one figure; default the headline figures
  OutputOptions out;
};

int run_check(const ReviewOptions& options);
int run_explain(const ReviewOptions& options);
int run_figures(const ReviewOptions& options);
int run_report(const ReviewOptions& options);

}  // namespace mkba::cli
