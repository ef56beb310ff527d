#pragma once

namespace mkba::cli {

// Exit codes, documented in README and --help.
enum Exit : int {
  exit_ok = 0,
  exit_check_failed = 1,  // a claim does not hold, or a tariff deviates from its reference
  exit_usage = 2,
  exit_invalid_input = 3,
  exit_io = 4,
};

int main(int argc, char** argv);

}  // namespace mkba::cli
