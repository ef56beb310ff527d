#pragma once
// Many case files in one run: expanding folders, computing on several
// threads, and handing the outcomes back in input order, so that the output
// of `-j 4` is byte for byte that of `-j 1`.

#include <algorithm>
#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.hpp"

namespace mkba::cli {

// Files as given; folders as every *.yaml and *.yml below them (sorted, tariff
// tables passed over); "-" is stdin. Reports folders or files that do not
// exist into `errors` (exit 4 in `code`).
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& errors,
                                       int& code);

// The start of every batch command: checks the --set syntax, expands the
// inputs (reporting missing folders on stderr, their exit code in `code`) and
// refuses an output named as an input. Non-zero: stop with that exit code.
int start_batch(const CaseOptions& o, std::vector<std::string>& files, int& code);

// Each outcome has `int code` (0 when the file was fine) and `std::string errors`.
// Outcomes come back in input order; with `fail_fast`, the list ends at the
// first failing input.
template <typename Outcome>
std::vector<Outcome> run_batch(std::size_t count, const CaseOptions& o,
                               const std::function<Outcome(std::size_t)>& work) {
  std::vector<Outcome> outcomes(count);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> first_failure{count};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < count;) {
      if (o.fail_fast && i > first_failure) break;
      outcomes[i] = work(i);
      if (outcomes[i].code != 0) {
        std::size_t seen = first_failure;
        while (i < seen && !first_failure.compare_exchange_weak(seen, i)) {
        }
      }
    }
  };
  std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, o.jobs)), count);
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (o.fail_fast && first_failure < count) outcomes.resize(first_failure + 1);
  return outcomes;
}

}  // namespace mkba::cli
