#pragma once

namespace mkba::cli {

// Parses the command line, runs the command and publishes its -o file. No
// exception escapes it: one that no command handled ends the run with exit 5
// and nothing written to -o.
int main(int argc, char** argv);

}  // namespace mkba::cli
