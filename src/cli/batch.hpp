#pragma once
// Many case files in one run: expanding folders, computing on several
// threads, and handing the outcomes back in input order, so that the output
// of `-j 4` is byte for byte that of `-j 1`.

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "cli/last_resort.hpp"
#include "cli/options.hpp"
#include "cli/progress.hpp"

namespace mkba::cli {

// Files as given; folders as every *.yaml and *.yml below them (sorted, tariff
// tables passed over, and added to `passed_over`); "-" is stdin. Reports
// folders or files that do not exist into `errors` (exit 4 in `code`).
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& errors,
                                       int& code, std::vector<std::string>* passed_over = nullptr);

// The start of every batch command: expands the inputs (reporting missing
// folders on stderr, their exit code in `code`) and refuses an output named
// as an input or as a file the folder scan read, or one whose name asks for
// no format (check_output). Non-zero: stop with that exit code.
int start_batch(const CaseOptions& o, std::vector<std::string>& files, int& code);

// Each outcome has `int code` (0 when the file was fine) and `std::string errors`.
// work(i) runs on o.jobs threads; `deliver` gets the outcomes one at a time, in
// input order, as soon as each and all before it are done. Workers run at most
// a few inputs ahead of delivery, so a batch of any size holds a bounded number
// of outcomes. With `fail_fast`, delivery ends with the first failing input.
// An exception thrown by `work` or `deliver` is rethrown here. Progress is
// shown on stderr as outcomes are delivered (o.progress, progress.hpp).
template <typename Outcome>
void for_each_in_order(std::size_t count, const CaseOptions& o,
                       const std::function<Outcome(std::size_t)>& work,
                       const std::function<void(Outcome&&)>& deliver) {
  std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, o.jobs)), count);
  const std::size_t window = 16 * std::max<std::size_t>(threads, 1);
  std::vector<std::optional<Outcome>> ready(window);  // input i waits in slot i % window
  std::mutex mutex;
  std::condition_variable room;
  std::size_t next = 0, delivered = 0;
  bool delivering = false, stop = false;
  std::exception_ptr failure;  // the first exception of any thread, rethrown below
  // Drawn by the thread that delivers.
  Progress progress(o.progress, count, ProgressUnit::files, o.out.locale);
  auto work_and_deliver = [&](std::unique_lock<std::mutex>& lock, bool& mine) {
    for (;;) {
      room.wait(lock, [&] { return stop || next >= count || next < delivered + window; });
      if (stop || next >= count) return;
      std::size_t i = next++;
      lock.unlock();
      test_fault_point("worker");
      Outcome outcome = work(i);
      lock.lock();
      ready[i % window] = std::move(outcome);
      if (delivering) continue;  // the thread that delivers picks it up
      delivering = mine = true;
      while (!stop && delivered < count && ready[delivered % window]) {
        Outcome done = std::move(*ready[delivered % window]);
        ready[delivered % window].reset();
        bool failed = done.code != 0;
        std::size_t number = delivered + 1;
        lock.unlock();
        progress.clear();  // the outcome may print to stderr
        deliver(std::move(done));
        progress.update(number);
        lock.lock();
        ++delivered;
        stop = stop || (failed && o.fail_fast);
        room.notify_all();
      }
      delivering = mine = false;
    }
  };
  // An exception in any thread stops the batch and is rethrown to the
  // caller once every thread has ended: none escapes a thread.
  auto worker = [&] {
    std::unique_lock lock(mutex);
    bool mine = false;  // whether this thread is the one delivering
    try {
      work_and_deliver(lock, mine);
    } catch (...) {
      if (!lock.owns_lock()) lock.lock();
      if (!failure) failure = std::current_exception();
      stop = true;
      if (mine) delivering = false;
      room.notify_all();
    }
  };
  std::vector<std::thread> pool;
  try {
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  } catch (const std::system_error&) {
    // no more threads to be had: the batch goes on with those it has
  }
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

// All outcomes, in input order (see for_each_in_order).
template <typename Outcome>
std::vector<Outcome> run_batch(std::size_t count, const CaseOptions& o,
                               const std::function<Outcome(std::size_t)>& work) {
  std::vector<Outcome> outcomes;
  for_each_in_order<Outcome>(count, o, work,
                             [&](Outcome&& outcome) { outcomes.push_back(std::move(outcome)); });
  return outcomes;
}

}  // namespace mkba::cli
