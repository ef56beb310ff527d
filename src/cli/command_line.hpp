#pragma once
// Reading the command line once. CLI11 only splits it: options are declared
// without variables, and after parsing a Reader reads each value, checks it
// once, and turns it into the type the command takes (options.hpp). What
// CLI11 could not place (an unknown command or option, an argument too
// many, an option without its value) is reported here too, in the user's
// terms (messages.hpp).

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/messages.hpp"
#include "cli/options.hpp"

namespace mkba::cli {

// An example in a command's --help: the command line and what it shows.
struct Example {
  const char* command;
  const char* what;  // may be empty
};

// A subcommand of `parent` with its usage line (after "mkba "), examples and
// exit codes in its --help.
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& help,
                      const std::string& usage, const std::vector<Example>& examples,
                      const std::string& exit_codes);
// The exit codes of a command that has no findings of its own.
extern const char* const plain_exit_codes;

// An option that takes one value (given at most once, unless read with
// Reader::texts); `value` names it in --help ("FILE").
CLI::Option* add_value(CLI::App* cmd, const std::string& names, const std::string& value,
                       const std::string& help);
// A positional argument; `many` takes any number of them.
CLI::Option* add_argument(CLI::App* cmd, const std::string& name, const std::string& value,
                          const std::string& help, bool many = false);
CLI::Option* add_switch(CLI::App* cmd, const std::string& names, const std::string& help);

enum class Inputs { one, many };

// The options of a command on case files: the files, --tariffs, --set,
// --scenario, --price-year, and for batches -j, --fail-fast, --progress
// and --quiet.
struct CaseDeclaration {
  Inputs inputs = Inputs::one;
  CLI::Option* files = nullptr;
  CLI::Option* jobs = nullptr;
  CLI::Option* fail_fast = nullptr;
  CLI::Option* progress = nullptr;
  CLI::Option* quiet = nullptr;
  CLI::Option* tariffs = nullptr;
  CLI::Option* set = nullptr;
  CLI::Option* scenario = nullptr;
  CLI::Option* price_year = nullptr;
};
CaseDeclaration add_case_options(CLI::App* cmd, Inputs inputs);
// --progress and --quiet, for a command on one file that shows progress.
void add_progress_options(CLI::App* cmd, CaseDeclaration& d);

// --format, -o, --locale, --csv-dialect and, for run, --table; `formats`
// are those the command writes, `fallback` the one without --format or -o.
struct OutputDeclaration {
  std::vector<Format> formats;
  Format fallback = Format::table;
  CLI::Option* format = nullptr;
  CLI::Option* output = nullptr;
  CLI::Option* locale = nullptr;
  CLI::Option* csv_dialect = nullptr;
  CLI::Option* table = nullptr;
  CLI::Option* chart = nullptr;
};
OutputDeclaration add_output_options(CLI::App* cmd, std::vector<Format> formats,
                                     bool with_table = false, Format fallback = Format::table);
// --chart: which of the result's charts an SVG output holds (run).
void add_chart_option(CLI::App* cmd, OutputDeclaration& d);

// What runs a command that takes only case and output options: reads them,
// then calls `run` unless a value was not good.
std::function<int()> with_case_options(const CLI::App* cmd, const CaseDeclaration& c,
                                       const OutputDeclaration& out,
                                       int (*run)(const CaseOptions&));

// Reads the values of one command's options after parsing. The first value
// that is not good is reported (exit 2, or 4 for an output named as an
// input); later reads then return their defaults quietly.
class Reader {
 public:
  explicit Reader(const CLI::App& command);
  // 0 while every value read was good, else the exit code of the first that was not.
  int code() const { return code_; }
  // Records a usage error (the first only is printed).
  void fail(Message id, Args args = {});

  // The value of an option given at most once; nothing when not given.
  std::optional<std::string> text(const CLI::Option* option);
  // Every value of a repeatable option, in order.
  std::vector<std::string> texts(const CLI::Option* option);
  // A positional argument the command needs; `what` says what it is.
  std::string required(const CLI::Option* argument, const std::string& what);
  std::optional<std::uint64_t> whole_number(const CLI::Option* option, std::uint64_t low,
                                            std::uint64_t high);
  bool flag(const CLI::Option* option);

  CaseOptions case_options(const CaseDeclaration& declared);
  OutputOptions output(const OutputDeclaration& declared);

 private:
  void format_of(const std::string& path, OutputOptions& out);

  std::string command_;  // "run", "tariffs check"
  std::string usage_;
  int code_ = 0;
};

// Exit 4 when -o names an input (check_output_target), else exit 2 when its
// name asks for no format mkba knows; 0 when the output may be written.
int check_output(const OutputOptions& out, const std::vector<std::string>& inputs);

// Exit 2 with a message when the command line holds what no command takes:
// no command, an unknown command or option, or an argument too many. 0
// otherwise. `command` is the command given (none: nullptr).
int check_leftovers(const CLI::App& app, const CLI::App* command);
// The message for an option given last without its value (CLI11's
// ArgumentMismatch); exit 2.
int missing_value(const CLI::App& app, const std::vector<std::string>& args);

// What a shell completes a value with (`mkba completion`): names of files,
// of YAML files, of case files and folders, the scenarios of the case file
// on the line, or a closed list.
enum class Completion { none, files, yaml_files, case_inputs, scenarios, choices };
struct ValueCompletion {
  Completion kind = Completion::none;
  std::vector<std::string> choices;  // Completion::choices
};
// Sets how the value of `option` (of `cmd`) is completed.
void set_completion(const CLI::App& cmd, const CLI::Option* option, ValueCompletion how);
// How it is completed: as set, else YAML files for a value named FILE,
// TABLE, REFERENCE or SERIES, else not at all.
ValueCompletion completion_of(const CLI::App& cmd, const CLI::Option* option);
// The usage line of `cmd` as its --help shows it ("mkba run FILE|DIR...").
std::string usage_line(const CLI::App& cmd);

// The --help layout, for the app before its commands are added (they take
// it over): each command's usage line as set_usage gave it.
std::shared_ptr<CLI::Formatter> help_formatter();
// The usage line of `app` (after "mkba "), in its --help and in messages.
void set_usage(const CLI::App& app, const std::string& usage);

}  // namespace mkba::cli
