#pragma once
// The subcommands, free of CLI11: each takes resolved options and returns an
// exit code.

#include <cstdint>
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

struct BreakevenOptions {
  CaseOptions c;
  std::optional<std::string> tariff;
  std::optional<std::string> quantity;
};

int run_run(const CaseOptions& options);
int run_validate(const CaseOptions& options);
int run_tariffs(const std::string& file, const OutputOptions& out);

// The tariff library (tariff_commands.cpp).
struct TariffListOptions {
  std::vector<std::string> tables;  // paths or bare names; empty: the bundled library
  std::optional<std::string> search;
  OutputOptions out;
};
int run_tariffs_list(const TariffListOptions& options);
struct TariffCheckCommand {
  std::string table;
  std::string against;
  std::optional<std::string> index;
  std::optional<int> price_year;
  std::string threshold = "10";  // percent
  OutputOptions out;
};
int run_tariffs_check(const TariffCheckCommand& options);
int run_breakeven(const BreakevenOptions& options);

// Reviewer commands (review_commands.cpp).
int run_check(const CaseOptions& options);
int run_explain(const CaseOptions& options, const std::optional<std::string>& figure);
int run_figures(const CaseOptions& options);
int run_report(const CaseOptions& options);

// Scenario and batch commands (summary_commands.cpp).
int run_summary(const CaseOptions& options, bool with_scenarios);
int run_compare(const CaseOptions& options);

// Uncertainty (uncertainty_commands.cpp).
int run_sensitivity(const CaseOptions& options);

struct SimulateOptions {
  std::size_t draws = 1000;
  std::uint64_t seed = 42;
  bool bootstrap_cases = false;
};
int run_simulate(const CaseOptions& options, const SimulateOptions& simulate);

}  // namespace mkba::cli
