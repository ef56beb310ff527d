// mkba reproduce: reads the manifest of a JSON output, checks that its inputs
// still have their SHA-256, recomputes it by running the same command again,
// and reports every value that differs.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>
#include <map>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
#include "load/output_reader.hpp"
#include "load/sha256.hpp"
#include "load/source_file.hpp"

extern char** environ;

namespace mkba::cli {
namespace {

// Runs this program with `args` and returns its standard output; `code` is
// its exit code (or 5 when it cannot be run). Its stderr is ours; its stdin
// is empty, so a command that read standard input fails instead of waiting.
std::string run_again(const std::vector<std::string>& args, int& code) {
  int out[2];
  code = exit_internal;
  if (pipe(out) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv{const_cast<char*>("mkba")};
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  std::string text;
  char buffer[1 << 16];
  for (ssize_t n; spawned == 0 && (n = read(out[0], buffer, sizeof buffer)) != 0;) {
    if (n < 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  close(out[0]);
  int status = 0;
  if (spawned == 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status))
    code = WEXITSTATUS(status);
  return text;
}

// Prints what changed; the number of values that differ.
std::size_t compare(const std::vector<load::OutputValue>& before,
                    const std::vector<load::OutputValue>& now) {
  std::map<std::string, const std::string*> was, is;
  for (const auto& v : before) was.emplace(v.path, &v.text);
  for (const auto& v : now) is.emplace(v.path, &v.text);
  std::size_t differ = 0;
  for (const auto& v : before) {
    auto it = is.find(v.path);
    if (it == is.end())
      std::cout << message_text(Message::value_absent_now, {{"path", v.path}, {"was", v.text}});
    else if (*it->second != v.text)
      std::cout << message_text(Message::value_differs,
                                {{"path", v.path}, {"now", *it->second}, {"was", v.text}});
    else
      continue;
    std::cout << "\n";
    ++differ;
  }
  for (const auto& v : now)
    if (!was.count(v.path)) {
      std::cout << message_text(Message::value_absent_before, {{"path", v.path}, {"now", v.text}})
                << "\n";
      ++differ;
    }
  return differ;
}

int run_reproduce(const std::string& file) {
  load::Sources sources;
  Diagnostics d;
  const std::string* text = sources.read(file, d);
  if (!text) return report_diagnostics(d, sources);
  std::string problem;
  auto recorded = load::read_output(*text, problem);
  if (recorded && (recorded->command.empty() || recorded->command[0] == "reproduce")) {
    recorded.reset();
    problem = "its manifest names no command to run again";
  }
  if (!recorded) return file_error(file, Message::not_an_output, {{"problem", problem}});
  for (const auto& input : recorded->inputs) {
    auto hash = load::file_sha256(input.file);
    if (!hash) {
      file_error(file, Message::input_missing, {{"input", input.file}});
      return exit_io;
    }
    if (*hash != input.sha256)
      std::cout << message_text(Message::input_changed,
                                {{"input", input.file}, {"now", *hash}, {"was", input.sha256}})
                << "\n";
  }
  std::vector<std::string> args = recorded->command;
  args.insert(args.end(), {"--format", "json"});
  std::cout << std::flush;
  int code = exit_ok;
  std::string again = run_again(args, code);
  if (code != exit_ok && code != exit_check_failed) return code;  // it said why on stderr
  auto now = load::output_values(again, problem);
  if (!now) return file_error(file, Message::not_an_output, {{"problem", problem}});
  std::size_t differ = compare(recorded->values, *now);
  std::size_t total = recorded->values.size();
  if (differ == 0) {
    std::cout << message_text(Message::reproduced_same,
                              {{"count", std::to_string(total)}, {"file", file}})
              << "\n";
    return exit_ok;
  }
  std::cout << message_text(Message::reproduced_differs, {{"count", std::to_string(differ)},
                                                          {"total", std::to_string(total)},
                                                          {"file", file}})
            << "\n";
  return exit_check_failed;
}

}  // namespace

void setup_reproduce(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "reproduce",
      "Check a JSON output against its manifest: that its inputs still have their SHA-256, and "
      "that running its command again gives the same values. Exit 1 when a value differs",
      "reproduce OUTPUT.json",
      {{"reproduce figures.json", "from the folder the output was made in"}},
      "Exit codes: 0 all values the same, 1 a value differs, 2 usage, 3 not an output of mkba "
      "or an input that is no longer valid, 4 cannot read an input, 5 out of memory or "
      "internal error.");
  CLI::Option* output = add_argument(cmd, "output", "OUTPUT.json", "A JSON output of mkba");
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        std::string file = r.required(output, "a JSON output of mkba");
                        return r.code() ? r.code() : run_reproduce(file);
                      }});
}

}  // namespace mkba::cli
