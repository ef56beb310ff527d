#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.hpp"

using namespace mkba;

namespace {

struct Outcome {
  int code = 0;
  std::string errors;
  std::size_t input = 0;
};

// Uneven work: later inputs often finish before earlier ones.
void nap(std::size_t i) {
  std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 400));
}

}  // namespace

TEST_CASE("batch outcomes arrive in input order, on any number of threads, a bounded few ahead") {
  for (int jobs : {1, 2, 4}) {
    cli::CaseOptions o;
    o.jobs = jobs;
    const std::size_t count = 300;
    std::vector<std::size_t> order;
    std::atomic<std::size_t> delivered{0}, furthest_ahead{0};
    cli::for_each_in_order<Outcome>(
        count, o,
        [&](std::size_t i) {
          std::size_t ahead = i - std::min(i, delivered.load());
          for (std::size_t seen = furthest_ahead; ahead > seen;)
            furthest_ahead.compare_exchange_weak(seen, ahead);
          nap(i);
          return Outcome{0, "", i};
        },
        [&](Outcome&& out) {
          order.push_back(out.input);
          ++delivered;
        });
    REQUIRE(order.size() == count);
    for (std::size_t i = 0; i < count; ++i) CHECK(order[i] == i);
    CHECK(furthest_ahead.load() <= 16 * static_cast<std::size_t>(jobs));
  }
}

TEST_CASE("with fail-fast, delivery ends with the first failing input") {
  for (int jobs : {1, 2, 4}) {
    cli::CaseOptions o;
    o.jobs = jobs;
    o.fail_fast = true;
    std::vector<std::size_t> order;
    auto outcomes = cli::run_batch<Outcome>(200, o, [&](std::size_t i) {
      nap(i);
      return Outcome{i == 37 || i == 90 ? 3 : 0, "", i};
    });
    REQUIRE(outcomes.size() == 38);
    CHECK(outcomes.back().input == 37);
    CHECK(outcomes.back().code == 3);
    CHECK(outcomes[36].code == 0);
  }
  cli::CaseOptions keep_going;
  keep_going.jobs = 2;
  auto all = cli::run_batch<Outcome>(200, keep_going, [](std::size_t i) {
    return Outcome{i == 37 ? 3 : 0, "", i};
  });
  CHECK(all.size() == 200);
}

TEST_CASE("an empty batch delivers nothing") {
  cli::CaseOptions o;
  o.jobs = 2;
  int delivered = 0;
  cli::for_each_in_order<Outcome>(
      0, o,
      [](std::size_t i) {
        return Outcome{0, "", i};
      },
      [&](Outcome&&) { ++delivered; });
  CHECK(delivered == 0);
}

TEST_CASE("an exception in any thread stops the batch and reaches the caller") {
  for (int jobs : {1, 2, 4}) {
    cli::CaseOptions o;
    o.jobs = jobs;
    std::atomic<std::size_t> worked{0};
    auto work = [&](std::size_t i) {
      ++worked;
      nap(i);
      if (i == 41) throw std::runtime_error("work 41");
      return Outcome{0, "", i};
    };
    std::vector<std::size_t> order;
    auto deliver = [&](Outcome&& out) { order.push_back(out.input); };
    CHECK_THROWS_WITH_AS(cli::for_each_in_order<Outcome>(300, o, work, deliver), "work 41",
                         std::runtime_error);
    CHECK(order.size() <= 41);  // in order, so never past the input that failed
    CHECK(worked.load() < 300);
    // One that `deliver` throws, too.
    CHECK_THROWS_AS(cli::for_each_in_order<Outcome>(
                        300, o,
                        [](std::size_t i) {
                          return Outcome{0, "", i};
                        },
                        [](Outcome&& out) {
                          if (out.input == 7) throw std::bad_alloc();
                        }),
                    std::bad_alloc);
  }
}
