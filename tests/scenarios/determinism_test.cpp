// The one rule: a run is a pure function of (scenario, variant, seed, strategy). Same seed, same
// trace hash, in the same process (twice) and across processes (see tests/cli); different seeds,
// different runs.

#include <gtest/gtest.h>

#include <set>

#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::scenarios {
namespace {

constexpr std::uint64_t seeds = 200;

class Determinism : public ::testing::TestWithParam<std::string> {};

TEST_P(Determinism, SameSeedTwiceInOneProcessGivesTheSameTraceHash) {
  const Scenario scenario = load_scenario(testing::bundled_scenario("decline-race"));
  std::set<std::uint64_t> distinct_hashes;
  for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
    RunOptions options;
    options.variant = GetParam();
    options.seed = seed;
    const RunResult first = run_scenario(scenario, options);
    const RunResult second = run_scenario(scenario, options);
    ASSERT_EQ(first.trace_hash, second.trace_hash) << GetParam() << " seed " << seed;
    ASSERT_EQ(first.events, second.events) << GetParam() << " seed " << seed;
    ASSERT_EQ(first.violations.size(), second.violations.size()) << GetParam() << " seed " << seed;
    distinct_hashes.insert(first.trace_hash);
  }
  EXPECT_EQ(distinct_hashes.size(), seeds) << "different seeds must explore different runs";
}

TEST_P(Determinism, TheSameChoiceTapeReproducesTheSeededRun) {
  const Scenario scenario = load_scenario(testing::bundled_scenario("decline-race"));
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    RunOptions recorded;
    recorded.variant = GetParam();
    recorded.seed = seed;
    std::vector<std::uint64_t> tape;
    recorded.record_tape = &tape;
    const RunResult original = run_scenario(scenario, recorded);
    RunOptions replayed;
    replayed.variant = GetParam();
    replayed.tape = &tape;
    EXPECT_EQ(run_scenario(scenario, replayed).trace_hash, original.trace_hash) << "seed " << seed;
  }
}

TEST_P(Determinism, PctRunsAreDeterministicToo) {
  const Scenario scenario = load_scenario(testing::bundled_scenario("decline-race"));
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    RunOptions options;
    options.variant = GetParam();
    options.seed = seed;
    options.strategy = "pct";
    options.pct_depth = 3;
    EXPECT_EQ(run_scenario(scenario, options).trace_hash, run_scenario(scenario, options).trace_hash)
        << "seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryVariant, Determinism,
                         ::testing::Values("legacy", "plan", "hardened"));

}  // namespace
}  // namespace dispatchsim::scenarios
