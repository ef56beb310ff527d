#pragma once
// The exit codes, documented in README and --help.

namespace mkba::cli {

enum Exit : int {
  exit_ok = 0,
  exit_check_failed = 1,  // a claim does not hold, or a tariff deviates from its reference
  exit_usage = 2,
  exit_invalid_input = 3,
  exit_io = 4,
  exit_internal = 5,  // out of memory, or a bug: an exception no command handled
};

}  // namespace mkba::cli
