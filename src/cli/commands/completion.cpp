// mkba completion: the shell completion scripts, written from the command
// line's own definition (shell/completion_scripts.cpp).
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "cli/shell/completion_scripts.hpp"
#include "core/suggest.hpp"

namespace mkba::cli {
namespace {

const std::vector<std::string> shells{"bash", "zsh", "fish"};

int run_completion(const CLI::App& app, const std::string& shell) {
  std::vector<CommandOutline> commands = outline(app);
  std::string script = shell == "bash"  ? bash_completion(commands)
                       : shell == "zsh" ? zsh_completion(commands)
                                        : fish_completion(commands);
  return write_output(script, std::nullopt, {});
}

// The names of a case file's scenarios, one a line: what the scripts
// complete --scenario with.
int run_scenarios_of(const std::string& file) {
  Session s;
  if (!load_case(s, file, CaseOptions{})) return print_errors(s);
  std::string names;
  for (const auto& sc : s.base->scenarios) names += sc.name + "\n";
  return write_output(names, std::nullopt, {});
}

}  // namespace

void setup_completion(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "completion", "Print the completion script of a shell: bash, zsh or fish",
      "completion SHELL|--scenarios-of FILE",
      {{"completion bash", "source it, or install it (README: Install)"},
       {"completion --scenarios-of cases/stadskamer.yaml", "what --scenario completes"}},
      plain_exit_codes);
  CLI::Option* shell = add_argument(cmd, "shell", "SHELL", "bash, zsh or fish");
  set_completion(*cmd, shell, {Completion::choices, shells});
  CLI::Option* scenarios_of =
      add_value(cmd, "--scenarios-of", "FILE",
                "Instead: the names of the case file's scenarios, one a line (what the scripts "
                "complete --scenario with)");
  commands.push_back({cmd, [&app, cmd, shell, scenarios_of] {
                        Reader r(*cmd);
                        auto file = r.text(scenarios_of);
                        if (file && !r.code()) return run_scenarios_of(*file);
                        std::string name = r.required(shell, "a shell: bash, zsh or fish");
                        if (!r.code() &&
                            std::find(shells.begin(), shells.end(), name) == shells.end())
                          r.fail(Message::unknown_choice,
                                 {{"kind", "shell"},
                                  {"value", name},
                                  {"option", "completion"},
                                  {"suggestion", closest_name(name, shells, SIZE_MAX).value_or("")},
                                  {"choices", one_of(shells)}});
                        return r.code() ? r.code() : run_completion(app, name);
                      }});
}

}  // namespace mkba::cli
