#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "sim/kernel.hpp"

namespace dispatchsim::sim {
namespace {

// Three processes interleave at yield points; the order is a function of the seed alone.
std::string interleaving(std::uint64_t seed) {
  PrngChoiceSource choices(seed);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  std::string order;
  for (char name : {'a', 'b', 'c'}) {
    kernel.spawn(std::string(1, name), [&kernel, &order, name] {
      for (int step = 0; step < 4; ++step) {
        order += name;
        kernel.yield_point("step");
      }
    });
  }
  kernel.run(seconds(1));
  return order;
}

TEST(Kernel, SeededInterleavingIsReproducedExactly) {
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    EXPECT_EQ(interleaving(seed), interleaving(seed)) << "seed " << seed;
  }
}

TEST(Kernel, DifferentSeedsExploreDifferentInterleavings) {
  std::set<std::string> seen;
  for (std::uint64_t seed = 1; seed <= 50; ++seed) seen.insert(interleaving(seed));
  EXPECT_GT(seen.size(), 20u);
}

TEST(Kernel, TimersFireInTimeThenInsertionOrder) {
  PrngChoiceSource choices(7);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  std::vector<int> fired;
  kernel.at(300, [&] { fired.push_back(3); });
  kernel.at(100, [&] { fired.push_back(1); });
  kernel.at(200, [&] { fired.push_back(2); });
  kernel.at(200, [&] { fired.push_back(22); });
  const RunSummary summary = kernel.run(seconds(1));
  EXPECT_EQ(fired, (std::vector<int>{1, 2, 22, 3}));
  EXPECT_EQ(summary.end_time, 300);
}

TEST(Kernel, SleepAdvancesVirtualTimeOnly) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  std::vector<Micros> woke_at;
  kernel.spawn("sleeper", [&] {
    kernel.sleep_for(seconds(3600));
    woke_at.push_back(kernel.now());
    kernel.sleep_until(seconds(7200) + 5);
    woke_at.push_back(kernel.now());
  });
  kernel.run(seconds(10'000));
  EXPECT_EQ(woke_at, (std::vector<Micros>{seconds(3600), seconds(7200) + 5}));
}

TEST(Kernel, WaitReturnsTrueWhenNotifiedAndFalseOnTimeout) {
  PrngChoiceSource choices(3);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  WaitQueue queue;
  std::vector<std::pair<bool, Micros>> results;
  kernel.spawn("waiter", [&] {
    for (Micros deadline : {milliseconds(50), milliseconds(500)}) {
      const bool notified = kernel.wait(queue, deadline);
      results.emplace_back(notified, kernel.now());
    }
  });
  kernel.spawn("notifier", [&] {
    kernel.sleep_for(milliseconds(80));
    kernel.notify_all(queue);
  });
  kernel.run(seconds(1));
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0], std::make_pair(false, milliseconds(50)));
  EXPECT_EQ(results[1], std::make_pair(true, milliseconds(80)));
}

TEST(Kernel, CrashedProcessRestartsWithFreshState) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  std::vector<std::pair<int, Micros>> starts;
  kernel.spawn(
      "worker",
      [&] {
        int local_counter = 0;  // in-memory state: lost on crash
        starts.emplace_back(local_counter, kernel.now());
        ++local_counter;
        if (starts.size() < 3) {
          kernel.sleep_for(milliseconds(10));
          throw ProcessCrashed{};
        }
      },
      milliseconds(100));
  kernel.run(seconds(1));
  ASSERT_EQ(starts.size(), 3u);
  EXPECT_EQ(starts[1], std::make_pair(0, milliseconds(110)));
  EXPECT_EQ(starts[2], std::make_pair(0, milliseconds(220)));
}

// A killed process unwinds like a crashed one and restarts, but while it unwinds its cleanup code
// can tell it was killed (and skip what a dead process cannot do); the next incarnation is alive.
TEST(Kernel, AKilledProcessKnowsItWhileUnwindingAndRestartsAlive) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  struct Cleanup {
    Kernel& kernel;
    std::vector<bool>& seen;
    ~Cleanup() { seen.push_back(kernel.current_killed()); }
  };
  std::vector<bool> killed_while_unwinding;
  std::vector<bool> killed_at_start;
  kernel.spawn(
      "worker",
      [&] {
        killed_at_start.push_back(kernel.current_killed());
        Cleanup cleanup{kernel, killed_while_unwinding};
        kernel.sleep_for(milliseconds(10));
        if (killed_at_start.size() == 1) kernel.kill_current();
        if (killed_at_start.size() == 2) throw ProcessCrashed{};
      },
      milliseconds(100));
  kernel.run(seconds(1));
  EXPECT_EQ(killed_at_start, (std::vector<bool>{false, false, false}));
  EXPECT_EQ(killed_while_unwinding, (std::vector<bool>{true, false, false}));
  EXPECT_FALSE(kernel.current_killed());  // the kernel's own loop is never killed
}

TEST(Kernel, RunStopsEveryProcessAtTheHorizon) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  int iterations = 0;
  bool unwound = false;
  kernel.spawn("forever", [&] {
    struct Guard {
      bool& flag;
      ~Guard() { flag = true; }
    } guard{unwound};
    for (;;) {
      ++iterations;
      kernel.sleep_for(seconds(1));
    }
  });
  const RunSummary summary = kernel.run(seconds(10));
  EXPECT_EQ(iterations, 11);
  EXPECT_TRUE(unwound);
  EXPECT_EQ(summary.end_time, seconds(10));
}

TEST(Kernel, ProcessesBlockedForeverAreReported) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  WaitQueue never_notified;
  kernel.spawn("stuck", [&] { kernel.wait(never_notified, never); });
  const RunSummary summary = kernel.run(seconds(10));
  EXPECT_EQ(summary.blocked_at_end, (std::vector<std::string>{"stuck"}));
}

TEST(Kernel, AnExceptionInAProcessStopsTheRunLoudly) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  kernel.spawn("broken", [&] { throw std::logic_error("impossible state"); });
  kernel.spawn("bystander", [&] { kernel.sleep_for(seconds(5)); });
  EXPECT_THROW(
      {
        try {
          kernel.run(seconds(10));
        } catch (const std::runtime_error& error) {
          EXPECT_NE(std::string(error.what()).find("impossible state"), std::string::npos);
          throw;
        }
      },
      std::runtime_error);
}

TEST(Kernel, BusyLoopWithoutBlockingHitsTheStepBudget) {
  PrngChoiceSource choices(1);
  Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
  for (int i = 0; i < 2; ++i) {
    kernel.spawn("spinner", [&] {
      for (;;) kernel.yield();
    });
  }
  const RunSummary summary = kernel.run(seconds(10), 1000);
  EXPECT_TRUE(summary.step_budget_exhausted);
}

}  // namespace
}  // namespace dispatchsim::sim
