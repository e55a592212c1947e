// PCT (Burckhardt et al., ASPLOS 2010) guarantees that a bug of depth d among n processes and k
// scheduling steps is found with probability at least 1 / (n * k^(d-1)) per run. These tests plant
// bugs of known depth and check that the measured detection rate over many seeds meets the bound.

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "sim/kernel.hpp"

namespace dispatchsim::sim {
namespace {

constexpr int steps_per_process = 10;

struct Outcome {
  bool bug_found = false;
  double bound = 0;
};

// Two processes, each takes `steps_per_process` steps, yielding between steps. The depth-2 bug:
// process B's first step runs after A's step 5 and before A's step 6 — one preemption of A at
// exactly the right place (two ordering constraints).
Outcome run_depth_two(std::uint64_t seed, const std::string& strategy_name) {
  PrngChoiceSource choices(seed);
  auto strategy = make_strategy(strategy_name, choices, 2, 2 * steps_per_process);
  Kernel kernel(choices, std::move(strategy));
  std::vector<std::string> order;
  for (const char* name : {"A", "B"}) {
    kernel.spawn(name, [&kernel, &order, name] {
      for (int step = 1; step <= steps_per_process; ++step) {
        order.push_back(std::string(name) + std::to_string(step));
        kernel.yield_point("step");
      }
    });
  }
  const RunSummary summary = kernel.run(seconds(1));
  auto position = [&](const std::string& event) {
    return std::find(order.begin(), order.end(), event) - order.begin();
  };
  Outcome outcome;
  outcome.bug_found = position("A5") < position("B1") && position("B1") < position("A6");
  if (auto* pct = dynamic_cast<PctStrategy*>(&kernel.strategy())) {
    outcome.bound = pct->detection_bound(kernel.strategy().steps());
  }
  (void)summary;
  return outcome;
}

// Depth 1: B's first step runs before A's first step (one ordering constraint).
bool depth_one_bug(std::uint64_t seed) {
  PrngChoiceSource choices(seed);
  Kernel kernel(choices, make_strategy("pct", choices, 1, 2 * steps_per_process));
  std::vector<char> order;
  for (char name : {'A', 'B'}) {
    kernel.spawn(std::string(1, name), [&kernel, &order, name] {
      for (int step = 1; step <= steps_per_process; ++step) {
        order.push_back(name);
        kernel.yield_point("step");
      }
    });
  }
  kernel.run(seconds(1));
  return order.front() == 'B';
}

TEST(Pct, DepthOneBugIsFoundAtLeastAsOftenAsTheBound) {
  constexpr int runs = 2000;
  int found = 0;
  for (std::uint64_t seed = 1; seed <= runs; ++seed) found += depth_one_bug(seed) ? 1 : 0;
  const double rate = static_cast<double>(found) / runs;
  std::cout << "PCT depth 1: measured " << rate << " >= bound 1/n = 0.5\n";
  // 1/n = 0.5, less three standard deviations of a 2,000-run estimate.
  EXPECT_GE(rate, 0.5 - 3 * 0.0112);
}

TEST(Pct, DepthTwoBugIsFoundAtLeastAsOftenAsTheBound) {
  constexpr int runs = 4000;
  int found = 0;
  double bound = 1.0;
  for (std::uint64_t seed = 1; seed <= runs; ++seed) {
    const Outcome outcome = run_depth_two(seed, "pct");
    found += outcome.bug_found ? 1 : 0;
    bound = std::min(bound, outcome.bound);
  }
  const double rate = static_cast<double>(found) / runs;
  std::cout << "PCT depth 2: measured " << rate << " over " << runs
            << " runs; bound 1/(n k) = " << bound << "\n";
  ASSERT_GT(bound, 0.0);
  EXPECT_GE(rate, bound);
}

TEST(Pct, ItFindsTheDepthTwoBugMoreOftenThanARandomWalk) {
  constexpr int runs = 4000;
  int pct = 0;
  int random = 0;
  for (std::uint64_t seed = 1; seed <= runs; ++seed) {
    pct += run_depth_two(seed, "pct").bug_found ? 1 : 0;
    random += run_depth_two(seed, "random").bug_found ? 1 : 0;
  }
  std::cout << "depth-2 bug found: pct " << pct << ", random walk " << random << " of " << runs
            << "\n";
  // A random walk preempts at every step with probability 1/2, so landing B1 exactly between
  // A5 and A6 with B not having run before is rare; PCT keeps A running until its change point.
  EXPECT_GT(pct, random);
}

TEST(Pct, TheBoundFollowsThePaper) {
  PrngChoiceSource choices(1);
  PctStrategy strategy(choices, 3, 100);
  for (ProcessId id = 1; id <= 4; ++id) strategy.on_spawn(id);
  EXPECT_DOUBLE_EQ(strategy.detection_bound(100), 1.0 / (4.0 * 100.0 * 100.0));
}

}  // namespace
}  // namespace dispatchsim::sim
