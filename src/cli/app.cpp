// The wiring: the app, its commands (commands/, one file each), parsing, and
// the one command given run.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/last_resort.hpp"
#include "cli/manifest.hpp"
#include "cli/messages.hpp"
#include "cli/output.hpp"
#include "report/words.hpp"

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
  mkba report cases/stadskamer.yaml -o report.md
                                                 the document for a council or reviewer
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

}  // namespace

const char* const version = "mkba " MKBA_VERSION;

void declare(CLI::App& app, Commands& commands) {
  app.name("mkba");
  app.description(
      "mkba: social cost-benefit analysis (MKBA) from tariff tables and case files.\n"
      "Every amount is exact and can be traced to tariff x quantity.");
  app.footer(footer);
  app.set_version_flag("--version", version);
  app.formatter(help_formatter());  // before the commands, which take it over
  set_usage(app, "COMMAND [OPTIONS]");
  app.allow_extras();  // reported by check_leftovers, in the user's terms
  app.require_subcommand(0, 1);
  for (auto* setup :
       {setup_run, setup_validate, setup_tariffs, setup_breakeven, setup_check, setup_explain,
        setup_figures, setup_report, setup_summary, setup_compare, setup_sensitivity,
        setup_simulate, setup_reproduce, setup_completion, setup_schema, setup_init})
    setup(app, commands);
}

namespace {

// Parses the command line and runs the command; its exit code.
int run_command(int argc, char** argv) {
  // Write errors are reported as exit 4 (or a quiet end on a closed pipe), not signals.
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app;
  Commands commands;
  declare(app, commands);

  record_command_line(argc, argv);  // for the manifest of a JSON output
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ArgumentMismatch&) {
    // The options are read by the commands, so CLI11 only finds an option
    // given last, without its value.
    return missing_value(app, std::vector<std::string>(argv + 1, argv + argc));
  } catch (const CLI::ParseError&) {
    return usage_error(Message::command_line_unreadable);
  }

  // The command given: a subcommand given none of its own (`tariffs list`, not `tariffs`).
  const Command* given = nullptr;
  for (const auto& command : commands)
    if (*command.app && command.app->get_subcommands().empty()) given = &command;
  if (int code = check_leftovers(app, given ? given->app : nullptr)) return code;
  return given->run();
}

}  // namespace

int main(int argc, char** argv) {
  end_on_terminate();
  // The catalogue's test: Dutch output with a phrase that has no Dutch fails.
  report::require_dutch(std::getenv("MKBA_TEST_STRICT_WORDS") != nullptr);
  try {
    int code = run_command(argc, argv);
    test_fault_point("before-publish");
    return finish_output(code);
  } catch (...) {
    return internal_error(std::current_exception());
  }
}

}  // namespace mkba::cli
