#include "cli/command_line.hpp"

#include "report/build.hpp"

namespace mkba::cli {
namespace {

// Refuses an empty value, saying what to write instead.
CLI::Validator non_empty(const std::string& message) {
  return CLI::Validator(
      [message](std::string& text) { return text.empty() ? message : std::string(); }, "");
}

}  // namespace

const char* const exit_codes_footer =
    "Exit codes: 0 ok, 2 usage, 3 invalid input, 4 cannot read or write, 5 out of memory or "
    "internal error.";

CLI::Validator whole_number(std::uint64_t low, std::uint64_t high) {
  std::string range = std::to_string(low) + " to " + std::to_string(high);
  auto check = [low, high, range](std::string& text) -> std::string {
    std::uint64_t value = 0;
    bool ok = !text.empty();
    for (char c : text) {
      auto digit = static_cast<std::uint64_t>(c - '0');
      ok = ok && c >= '0' && c <= '9' && value <= (UINT64_MAX - digit) / 10;
      if (!ok) break;
      value = value * 10 + digit;
    }
    if (ok && value >= low && value <= high) return {};
    return "expected a whole number from " + range + " in decimal digits, not '" + text + "'";
  };
  return CLI::Validator(check, range);
}

void add_output_options(CLI::App* cmd, OutputOptions& out, bool with_table, Extra extra) {
  std::vector<std::string> formats{"table", "csv", "json", "md"};
  if (extra == Extra::jsonl) formats.push_back("jsonl");
  if (extra == Extra::svg) formats.push_back("svg");
  cmd->add_option(
         "--format,-f", out.format,
         "Output format: " + CLI::detail::join(formats, ", ") + " (default: from -o, else table)")
      ->check(CLI::IsMember(formats));
  cmd->add_option("-o,--output", out.output,
                  "Write to FILE (only when the command succeeds, atomically) instead of stdout; "
                  "never over an input")
      ->type_name("FILE")
      ->check(non_empty("the file name is empty; name a file, or - for standard output"));
  cmd->add_option("--locale", out.locale,
                  "Language and number format of table and md: nl (1.234,56) or en (1,234.56)")
      ->check(CLI::IsMember({"nl", "en"}))
      ->capture_default_str();
  cmd->add_option("--csv-dialect", out.csv_dialect,
                  "CSV flavour: rfc4180 (',' and decimal point) or nl (';' and decimal comma, "
                  "for Dutch Excel)")
      ->check(CLI::IsMember({"rfc4180", "nl"}))
      ->capture_default_str();
  if (with_table)
    cmd->add_option("--table", out.table, "The table a CSV file holds")
        ->check(CLI::IsMember(report::csv_table_names()))
        ->capture_default_str();
}

CLI::App* add_case_command(CLI::App& app, const char* name, const std::string& help, CaseOptions& o,
                           Inputs inputs) {
  auto* cmd = app.add_subcommand(name, help);
  if (inputs == Inputs::many) {
    cmd->add_option("files", o.files, "Case files, folders (every *.yaml below) or - for stdin")
        ->required()
        ->type_name("FILE...");
    cmd->add_option("-j,--jobs", o.jobs, "Compute N files at a time; the output does not change")
        ->check(whole_number(1, 256))
        ->type_name("N");
    cmd->add_flag("--fail-fast", o.fail_fast, "Stop at the first file that cannot be computed");
  } else {
    cmd->add_option_function<std::string>(
           "file", [&o](const std::string& file) { o.files = {file}; },
           "Case file (YAML), or - for stdin")
        ->required()
        ->type_name("FILE");
  }
  cmd->add_option("--tariffs", o.tariffs, "Use this tariff table instead of the one a file names")
      ->type_name("FILE")
      ->check(non_empty("the file name is empty; name a tariff table, or leave --tariffs out"));
  cmd->add_option("--set", o.set,
                  "Change an input before computing, e.g. tariffs.dagbesteding.price=35 "
                  "(repeatable; see README for paths)")
      ->type_name("PATH=VALUE")
      ->allow_extra_args(false);  // one PATH=VALUE per --set, so files may follow
  cmd->add_option("--scenario", o.scenario, "Apply one of the file's named scenarios first")
      ->type_name("NAME")
      ->check(non_empty(
          "the scenario name is empty; name one of the file's scenarios ('mkba compare FILE' "
          "shows them), or leave --scenario out for the base case"));
  cmd->add_option_function<std::string>(
         "--price-year",
         [&o](const std::string& year) { o.set.push_back("programme.price_year=" + year); },
         "Convert every price to this year's price level with the file's index series "
         "(same as --set programme.price_year=YEAR)")
      ->type_name("YEAR");
  return cmd;
}

}  // namespace mkba::cli
