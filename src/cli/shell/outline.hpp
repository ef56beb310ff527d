#pragma once
// The command line as data: every command with its usage line, help text,
// options and arguments, read from the same CLI11 definition that parses
// and prints --help, so that the man page and the shell completions
// written from it cannot disagree with --help.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/command_line.hpp"

namespace mkba::cli {

struct OptionOutline {
  std::vector<std::string> names;  // "-f", "--format"; an argument: its name
  std::string value;               // "FORMAT"; empty for a switch
  std::string help;
  std::string group;  // "Options", "Case options", "Output options"
  bool many = false;  // an argument that takes any number of values
  ValueCompletion completion;
};

struct CommandOutline {
  std::string path;   // as typed after "mkba": "", "run", "tariffs list"
  std::string help;   // what --help shows first
  std::string usage;  // "mkba run FILE|DIR... [-j N] ..."
  std::string footer;
  std::vector<OptionOutline> options;    // in --help order, -h first
  std::vector<OptionOutline> arguments;  // positional
  std::vector<std::string> commands;     // the paths of its own commands
};

// mkba and every command below it, each before its own commands, in the
// order of --help.
std::vector<CommandOutline> outline(const CLI::App& app);

}  // namespace mkba::cli
