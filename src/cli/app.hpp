#pragma once

namespace mkba::cli {

// Exit codes, documented in README and --help.
enum Exit : int {
  exit_ok = 0,
  exit_check_failed = 1,  // a claim does not hold, or a tariff deviates from its reference
  exit_usage = 2,
  exit_invalid_input = 3,
  exit_io = 4,
  exit_internal = 5,  // out of memory, or a bug: an exception no command handled
};

// Parses the command line, runs the command and publishes its -o file. No
// exception escapes it: one that no command handled ends the run with exit 5
// and nothing written to -o.
int main(int argc, char** argv);

// For fault tests only: throws here when MKBA_TEST_THROW is "WHERE:KIND"
// (KIND: error, bad_alloc, unknown, or thread, an exception that escapes a
// thread of its own).
void test_fault_point(const char* where);

}  // namespace mkba::cli
