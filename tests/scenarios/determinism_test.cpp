// The one rule: a run is a pure function of (scenario, variant, seed, strategy). Same seed, same
// trace hash, in the same process (twice) and across processes (see tests/cli); different seeds,
// different runs.

#include <gtest/gtest.h>

#include <set>

#include "scenarios/runner.hpp"
#include "sim/current_run.hpp"
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
    EXPECT_EQ(run_scenario(scenario, options).trace_hash,
              run_scenario(scenario, options).trace_hash)
        << "seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryVariant, Determinism,
                         ::testing::Values("legacy", "plan", "hardened"));

}  // namespace
}  // namespace dispatchsim::scenarios

namespace dispatchsim::scenarios {
namespace {

// An assertion failure mid-run (here a deliberate abort at 1 s, as `assert` would) first prints
// the run it happened in and the command that replays it; the description is gone after the run.
TEST(AbortDuringARun, PrintsTheScenarioVariantSeedAndReplayCommand) {
  const Scenario scenario = load_scenario(testing::bundled_scenario("decline-race"));
  RunOptions options;
  options.variant = "legacy";
  options.seed = 7;
  options.abort_mid_run = true;
  EXPECT_DEATH(run_scenario(scenario, options),
               "aborted during a run: scenario decline-race, variant legacy, seed 7\n"
               "  replay: dispatchsim run -s decline-race -v legacy --seed 7");
  options.abort_mid_run = false;
  EXPECT_TRUE(sim::current_run_description().empty());
  run_scenario(scenario, options);
  EXPECT_TRUE(sim::current_run_description().empty())
      << "a finished run leaves no description behind";
}

TEST(AbortDuringARun, NestedDescriptionsRestoreTheOuterOne) {
  const sim::CurrentRun outer("outer run");
  {
    const sim::CurrentRun inner("inner run");
    EXPECT_EQ(sim::current_run_description(), "inner run");
  }
  EXPECT_EQ(sim::current_run_description(), "outer run");
}

}  // namespace
}  // namespace dispatchsim::scenarios
