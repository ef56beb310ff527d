// CLI11 wiring: one setup function per kind of subcommand; the commands
// themselves live in *_commands.cpp and know nothing of CLI11.
#include "cli/app.hpp"
#include "cli/exit.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdint>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/last_resort.hpp"
#include "cli/output.hpp"
#include "core/text.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

constexpr const char* footer = R"(Examples:
  mkba run cases/stadskamer.yaml                 tables on the terminal
  mkba run cases/stadskamer.yaml --format csv    one row per line item (also json, md)
  mkba run cases/stadskamer.yaml -o out.md       format from the extension
  mkba run cases/stadskamer.yaml --set tariffs.dagbesteding.price=35
  mkba run cases/stadskamer.yaml --scenario deadweight
  mkba compare cases/stadskamer.yaml             the file's scenarios side by side
  mkba summary cases/ -j 2 --format csv          one row per programme below cases/
  mkba validate cases/*.yaml                     silent; exit 0 when all is well
  mkba tariffs tariffs/stadskamer-2017.yaml      list a tariff table
  mkba tariffs list --search seh                 find a price in the bundled tariff library
  mkba tariffs check tariffs/stadskamer-2017.yaml --against kostenhandleiding-2024
                                                 each tariff against its reference price
  mkba breakeven cases/ggz-in-de-wijk-zuid.yaml --tariff ggz_opname_dag --quantity 21
  mkba check cases/stadskamer.yaml               the deck's claims against mkba's figures
  mkba explain cases/stadskamer.yaml population.benefit_total
                                                 the audit trail down to tariffs
  mkba figures cases/stadskamer.yaml             every figure path a claim can name
  mkba report cases/stadskamer.yaml -o report.md the document for a council or reviewer
  mkba sensitivity cases/stadskamer.yaml -o tornado.svg
                                                 one-way swings, switching values, leave-one-out
  mkba simulate cases/stadskamer.yaml -n 100000 --seed 42
                                                 Monte Carlo: mean, percentiles, P(net > 0)

Exit codes:
  0  ok
  1  check: a claimed figure does not hold, or a tariff deviates from its reference
  2  usage error (unknown option, bad argument)
  3  invalid input data (the message says file:line:column)
  4  cannot read an input or write an output
  5  out of memory, or an internal error (a bug); nothing written to -o

Amounts are exact; figures are rounded once, when shown, to the cent (ratios
to two decimals), halves away from zero. See README.md.)";

// A whole number from `low` to `high` in decimal digits: not "0x10", "-1",
// " 5" or "1e3", which the option parser would otherwise take as numbers
// (and -1 as the largest unsigned one).
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

// Refuses an empty value, saying what to write instead.
CLI::Validator non_empty(const std::string& message) {
  return CLI::Validator(
      [message](std::string& text) { return text.empty() ? message : std::string(); }, "");
}

enum class Extra { none, jsonl, svg };

void add_output_options(CLI::App* cmd, OutputOptions& out, bool with_table,
                        Extra extra = Extra::none) {
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

enum class Inputs { one, many };

// A command on case files: the files, --tariffs, --set, --scenario, and for
// batches -j and --fail-fast.
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

// `tariffs TABLE` lists one table; `tariffs list` and `tariffs check` work
// with the tariff library (tariff_commands.cpp).
struct TariffCommands {
  std::string file;
  OutputOptions out;
  TariffListOptions list;
  TariffCheckCommand check;
  CLI::App* table_cmd = nullptr;
  CLI::App* list_cmd = nullptr;
  CLI::App* check_cmd = nullptr;
};

void add_tariffs_command(CLI::App& app, TariffCommands& t) {
  t.table_cmd = app.add_subcommand(
      "tariffs",
      "List a tariff table: prices, units, payers, sources. 'tariffs list' searches the bundled "
      "tariff library, 'tariffs check' compares a table with a reference table");
  t.table_cmd->add_option("file", t.file, "Tariff table (YAML)")->type_name("FILE");
  add_output_options(t.table_cmd, t.out, false);
  t.list_cmd = t.table_cmd->add_subcommand(
      "list", "List the tariffs of the bundled library, or of the tables given");
  t.list_cmd->add_option("tables", t.list.tables, "Tables: paths, or names of the library")
      ->type_name("TABLE...");
  t.list_cmd
      ->add_option("--search,-s", t.list.search,
                   "Only tariffs whose id, label, group, chapter or paragraph holds WORD, in any "
                   "case")
      ->type_name("WORD");
  add_output_options(t.list_cmd, t.list.out, false);
  t.check_cmd = t.table_cmd->add_subcommand(
      "check",
      "Compare each tariff with the reference price it names (reference: ID), both indexed to "
      "one price year; a deviation beyond the threshold without a deviation_reason is a "
      "finding. Exit 1 when there is any");
  t.check_cmd->add_option("table", t.check.table, "Tariff table to check")
      ->required()
      ->type_name("TABLE");
  t.check_cmd
      ->add_option("--against", t.check.against,
                   "Reference table: a path, or a name of the library (kostenhandleiding-2024)")
      ->required()
      ->type_name("REFERENCE");
  t.check_cmd
      ->add_option("--index", t.check.index,
                   "Index series (default: the one the reference table names), e.g. cbs-cpi")
      ->type_name("SERIES");
  t.check_cmd
      ->add_option("--price-year", t.check.price_year,
                   "Compare in prices of this year (default: the reference table's)")
      ->check(CLI::Range(1900, 2200))
      ->type_name("YEAR");
  t.check_cmd
      ->add_option("--threshold", t.check.threshold,
                   "Deviation in percent beyond which a tariff is a finding")
      ->capture_default_str()
      ->type_name("PERCENT");
  add_output_options(t.check_cmd, t.check.out, false);
}

// Parses the command line and runs the command; its exit code.
int run_command(int argc, char** argv) {
  // Write errors are reported as exit 4 (or a quiet end on a closed pipe), not signals.
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app{
      "mkba: social cost-benefit analysis (MKBA) from tariff tables and case files.\n"
      "Every amount is exact and can be traced to tariff x quantity.",
      "mkba"};
  app.footer(footer);
  app.set_version_flag("--version", "mkba 0.1.0");
  app.require_subcommand(1);

  CaseOptions run;
  auto* run_cmd = add_case_command(app, "run",
                                   "Compute case files: per-case costs and benefits, population, "
                                   "payer balance, break-even, reach",
                                   run, Inputs::many);
  add_output_options(run_cmd, run.out, true);

  CaseOptions validate;
  auto* validate_cmd = add_case_command(
      app, "validate", "Check case files; prints nothing and exits 0 when all is well", validate,
      Inputs::many);

  TariffCommands tariffs;
  add_tariffs_command(app, tariffs);
  auto* tariffs_cmd = tariffs.table_cmd;

  BreakevenOptions be;
  auto* be_cmd = add_case_command(app, "breakeven",
                                  "How many participants like each case, or how many avoided units "
                                  "of a tariff, pay for the programme (counts rounded up)",
                                  be.c, Inputs::one);
  add_output_options(be_cmd, be.c.out, false);
  be_cmd
      ->add_option("--tariff", be.tariff,
                   "Only this tariff (default: the file's breakeven list, else every tariff)")
      ->type_name("ID");
  be_cmd->add_option("--quantity", be.quantity, "Units of --tariff per avoided event, e.g. 21 days")
      ->type_name("N")
      ->needs("--tariff");

  CaseOptions check;
  auto* check_cmd = add_case_command(
      app, "check",
      "Check the figures a file's `claims` state against mkba's, each rounded as the source "
      "rounded it; explains a claim that does not hold. Exit 1 when any does not hold",
      check, Inputs::many);
  add_output_options(check_cmd, check.out, false);

  CaseOptions explain;
  std::optional<std::string> figure;
  auto* explain_cmd = add_case_command(
      app, "explain",
      "The audit trail of a figure (default: the headline figures), down to tariffs, quantities "
      "and where each is written",
      explain, Inputs::one);
  explain_cmd->add_option("figure", figure, "A figure path, e.g. population.benefit_total")
      ->type_name("FIGURE");
  add_output_options(explain_cmd, explain.out, false);

  CaseOptions figures;
  auto* figures_cmd = add_case_command(
      app, "figures", "List every figure path of a file with its value: what claims can name",
      figures, Inputs::one);
  add_output_options(figures_cmd, figures.out, false);

  CaseOptions report_options;
  auto* report_cmd = add_case_command(
      app, "report",
      "One readable document: programme, cases with their stories, population, payer balance, "
      "claims check, assumptions and sources (Markdown unless -o or --format says otherwise)",
      report_options, Inputs::one);
  add_output_options(report_cmd, report_options.out, false);

  CaseOptions summary;
  bool with_scenarios = false;
  auto* summary_cmd = add_case_command(
      app, "summary",
      "One row of headline figures per programme (and per scenario with --scenarios)", summary,
      Inputs::many);
  summary_cmd->add_flag("--scenarios", with_scenarios,
                        "Add a row for each named scenario of each file");
  add_output_options(summary_cmd, summary.out, false, Extra::jsonl);

  CaseOptions compare;
  auto* compare_cmd = add_case_command(
      app, "compare",
      "The headline figures of a file and each of its named scenarios side by side, with the "
      "difference to the base (--set applies to all of them)",
      compare, Inputs::one);
  add_output_options(compare_cmd, compare.out, false);

  CaseOptions sensitivity;
  auto* sensitivity_cmd = add_case_command(
      app, "sensitivity",
      "One-way sensitivity over the file's `uncertainty` parameters (each at its low and high), "
      "switching values, leave-one-out over the cases; -o tornado.svg draws the tornado chart",
      sensitivity, Inputs::one);
  add_output_options(sensitivity_cmd, sensitivity.out, false, Extra::svg);

  CaseOptions simulate;
  SimulateOptions simulate_options;
  auto* simulate_cmd = add_case_command(
      app, "simulate",
      "Monte Carlo over the file's `uncertainty` parameters: mean, sd and percentiles of the net "
      "result, P(net > 0); estimates in floating point. -o histogram.svg draws a histogram, "
      "--format csv writes the draws",
      simulate, Inputs::one);
  simulate_cmd->add_option("-n,--draws", simulate_options.draws, "Number of draws")
      ->check(whole_number(1, 100'000'000))
      ->capture_default_str();
  simulate_cmd
      ->add_option("--seed", simulate_options.seed,
                   "Seed: the same seed gives the same numbers, for any -j")
      ->check(whole_number(0, UINT64_MAX))
      ->capture_default_str();
  simulate_cmd->add_option("-j,--jobs", simulate.jobs, "Threads; the numbers do not change")
      ->check(whole_number(1, 256));
  simulate_cmd->add_flag("--bootstrap-cases", simulate_options.bootstrap_cases,
                         "Also resample the cases with replacement in every draw");
  add_output_options(simulate_cmd, simulate.out, false, Extra::svg);

  for (auto* cmd :
       {run_cmd, validate_cmd, tariffs_cmd, tariffs.list_cmd, be_cmd, explain_cmd, figures_cmd,
        report_cmd, summary_cmd, compare_cmd, sensitivity_cmd, simulate_cmd})
    cmd->footer(
        "Exit codes: 0 ok, 2 usage, 3 invalid input, 4 cannot read or write, 5 out of memory or "
        "internal error.");
  check_cmd->footer(
      "Exit codes: 0 every claim holds, 1 a claim does not hold or a tariff deviates from the "
      "reference table the file names, 2 usage, 3 invalid input, 4 cannot read or write, 5 out of "
      "memory or internal error.");
  tariffs.check_cmd->footer(
      "Exit codes: 0 no finding, 1 a finding, 2 usage, 3 invalid input, 4 cannot read or write, "
      "5 out of memory or internal error.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "mkba: error: " << escape_controls(e.what())
              << "\n  note: run 'mkba --help' for usage\n";
    return exit_usage;
  }

  if (*run_cmd) return run_run(run);
  if (*validate_cmd) return run_validate(validate);
  if (*tariffs.list_cmd) return run_tariffs_list(tariffs.list);
  if (*tariffs.check_cmd) return run_tariffs_check(tariffs.check);
  if (*tariffs_cmd) return run_tariffs(tariffs.file, tariffs.out);
  if (*be_cmd) return run_breakeven(be);
  if (*check_cmd) return run_check(check);
  if (*explain_cmd) return run_explain(explain, figure);
  if (*figures_cmd) return run_figures(figures);
  if (*report_cmd) return run_report(report_options);
  if (*summary_cmd) return run_summary(summary, with_scenarios);
  if (*compare_cmd) return run_compare(compare);
  if (*sensitivity_cmd) return run_sensitivity(sensitivity);
  if (*simulate_cmd) return run_simulate(simulate, simulate_options);
  return exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  end_on_terminate();
  try {
    int code = run_command(argc, argv);
    test_fault_point("before-publish");
    return finish_output(code);
  } catch (...) {
    return internal_error(std::current_exception());
  }
}

}  // namespace mkba::cli
