#pragma once
// The options many commands share, declared on a CLI11 subcommand.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>

#include "cli/options.hpp"

namespace mkba::cli {

// A whole number from `low` to `high` in decimal digits: not "0x10", "-1",
// " 5" or "1e3", which the option parser would otherwise take as numbers
// (and -1 as the largest unsigned one).
CLI::Validator whole_number(std::uint64_t low, std::uint64_t high);

// The formats beyond table, csv, json and md that a command writes.
enum class Extra { none, jsonl, svg };

// --format, -o, --locale, --csv-dialect and, `with_table`, --table.
void add_output_options(CLI::App* cmd, OutputOptions& out, bool with_table,
                        Extra extra = Extra::none);

enum class Inputs { one, many };

// A command on case files: the files, --tariffs, --set, --scenario, and for
// batches -j and --fail-fast.
CLI::App* add_case_command(CLI::App& app, const char* name, const std::string& help, CaseOptions& o,
                           Inputs inputs);

// The exit codes of a command that has no findings of its own.
extern const char* const exit_codes_footer;

}  // namespace mkba::cli
