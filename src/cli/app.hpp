#pragma once

#include "cli/commands.hpp"

namespace mkba::cli {

// What `mkba --version` prints.
extern const char* const version;

// The whole command line on `app`: its help, version and commands, as
// mkba parses it (and as its man page and completions describe it).
void declare(CLI::App& app, Commands& commands);

// Parses the command line, runs the command and publishes its -o file. No
// exception escapes it: one that no command handled ends the run with exit 5
// and nothing written to -o.
int main(int argc, char** argv);

}  // namespace mkba::cli
