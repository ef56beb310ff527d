#pragma once
// The commands, one file each in commands/ (setup and run): setup_NAME adds
// the subcommand and its options to `app` and registers what runs it. The
// run functions take options already read, and know nothing of CLI11.

#include <functional>
#include <vector>

namespace CLI {
class App;
}

namespace mkba::cli {

struct Command {
  CLI::App* app;             // the subcommand; true when it is the one given
  std::function<int()> run;  // runs it; an exit code
};
using Commands = std::vector<Command>;

void setup_run(CLI::App& app, Commands& commands);
void setup_validate(CLI::App& app, Commands& commands);
void setup_tariffs(CLI::App& app, Commands& commands);  // with its list, check and diff
void setup_tariffs_list(CLI::App& tariffs, Commands& commands);
void setup_tariffs_check(CLI::App& tariffs, Commands& commands);
void setup_tariffs_diff(CLI::App& tariffs, Commands& commands);
void setup_breakeven(CLI::App& app, Commands& commands);
void setup_check(CLI::App& app, Commands& commands);
void setup_explain(CLI::App& app, Commands& commands);
void setup_figures(CLI::App& app, Commands& commands);
void setup_report(CLI::App& app, Commands& commands);
void setup_summary(CLI::App& app, Commands& commands);
void setup_compare(CLI::App& app, Commands& commands);
void setup_sensitivity(CLI::App& app, Commands& commands);
void setup_simulate(CLI::App& app, Commands& commands);
void setup_reproduce(CLI::App& app, Commands& commands);
void setup_completion(CLI::App& app, Commands& commands);
void setup_schema(CLI::App& app, Commands& commands);
void setup_init(CLI::App& app, Commands& commands);

}  // namespace mkba::cli
