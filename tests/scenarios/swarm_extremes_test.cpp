// swarm-extremes (scenarios/swarm-extremes.toml): the swarm world with its knobs drawn toward
// the ends of [swarm.knobs]. The loader reads the ranges; a seed's draw is part of the run (same
// seed, same draw, same trace); the drawn values written into the world reproduce the run
// without swarm (what shrink pins); a scenario without [swarm.knobs] draws nothing; and
// `hardened` violates no property over hundreds of seeds while `plan` is caught.

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"
#include "support/bundled_runs.hpp"

namespace dispatchsim::scenarios {
namespace {

const Scenario& swarm_extremes() {
  static const Scenario scenario = load_scenario(testing::bundled_scenario("swarm-extremes"));
  return scenario;
}

using testing::run_loaded;

TEST(SwarmExtremes, TheLoaderReadsEveryKnobRange) {
  using Range = std::pair<std::int64_t, std::int64_t>;
  std::map<std::string_view, Range> ranges;
  for (const faults::KnobRange& range : swarm_extremes().swarm_knobs) {
    ranges[range.knob->id] = {range.low, range.high};
  }
  EXPECT_EQ(ranges.size(), 14u);
  EXPECT_EQ(ranges["visibility_timeout_s"], Range(1, 60));
  EXPECT_EQ(ranges["dispatch_workers"], Range(1, 6));
  EXPECT_EQ(ranges["batch_size"], Range(1, 10));
  EXPECT_TRUE(swarm_extremes().faults.swarm);
}

TEST(SwarmExtremes, TheLoaderAcceptsARangeOfOneValueAndAKnobOnItsOwn) {
  const Scenario scenario = parse_scenario(
      "[scenario]\ndescription = \"x\"\n[swarm.knobs]\nlock_wait_timeout_s = [5, 5]\n",
      "inline.toml");
  ASSERT_EQ(scenario.swarm_knobs.size(), 1u);
  EXPECT_EQ(scenario.swarm_knobs[0].knob->id, "lock_wait_timeout_s");
  EXPECT_FALSE(scenario.faults.swarm);  // knobs are drawn whether or not faults are
}

TEST(SwarmExtremes, TheLoaderRefusesABadRangeNamingFileLineAndField) {
  try {
    parse_scenario("[scenario]\ndescription = \"x\"\n[swarm.knobs]\nbatch_size = [0, 10]\n",
                   "inline.toml");
    FAIL() << "accepted a batch size of 0";
  } catch (const ScenarioError& error) {
    EXPECT_NE(std::string(error.what()).find("inline.toml:4:"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("[swarm.knobs] batch_size: 0 is out of range"),
              std::string::npos)
        << error.what();
  }
}

TEST(SwarmExtremes, ASeedDrawsTheSameKnobsAndRunsTheSameTraceTwice) {
  for (std::uint64_t seed : {1, 2, 3}) {
    const RunResult first = run_loaded(swarm_extremes(), "hardened", seed);
    const RunResult second = run_loaded(swarm_extremes(), "hardened", seed);
    EXPECT_EQ(first.trace_hash, second.trace_hash) << "seed " << seed;
    ASSERT_EQ(first.knobs_drawn.size(), swarm_extremes().swarm_knobs.size());
    for (std::size_t i = 0; i < first.knobs_drawn.size(); ++i) {
      EXPECT_EQ(first.knobs_drawn[i].value, second.knobs_drawn[i].value) << "seed " << seed;
    }
  }
}

TEST(SwarmExtremes, TheDrawnKnobsAndFaultsWrittenInReproduceTheRunWithoutSwarm) {
  for (std::uint64_t seed : {1, 4, 9}) {
    const RunResult drawn = run_loaded(swarm_extremes(), "plan", seed);
    Scenario pinned = swarm_extremes();
    for (const faults::KnobDraw& knob : drawn.knobs_drawn) knob.knob->set(pinned.world, knob.value);
    pinned.swarm_knobs.clear();
    pinned.faults = drawn.fault_plan;
    pinned.faults.swarm = false;
    pinned.faults.swarm_candidates.clear();
    const RunResult again = run_loaded(pinned, "plan", seed);
    EXPECT_EQ(again.trace_hash, drawn.trace_hash) << "seed " << seed;
    EXPECT_TRUE(again.knobs_drawn.empty());
  }
}

TEST(SwarmExtremes, AScenarioWithoutKnobRangesDrawsNoKnob) {
  const Scenario swarm = load_scenario(testing::bundled_scenario("swarm"));
  EXPECT_TRUE(swarm.swarm_knobs.empty());
  EXPECT_TRUE(run_loaded(swarm, "hardened", 1).knobs_drawn.empty());
}

// About 10 ms a run: 400 seeds cost about 4 s of one core (1,000 seeds passed in a sweep).
TEST(SwarmExtremes, HardenedViolatesNoPropertyUnderExtremeKnobs) {
  for (std::uint64_t seed = 1; seed <= 400; ++seed) {
    const RunResult result = run_loaded(swarm_extremes(), "hardened", seed);
    ASSERT_FALSE(result.violated())
        << "swarm-extremes / hardened / seed " << seed << ": " << result.violations.front().property
        << ": " << result.violations.front().description;
  }
}

// The plan's flaws show here too (seeds from a sweep of 1..500): the harness working.
TEST(SwarmExtremes, PlanIsCaughtUnderExtremeKnobs) {
  const std::vector<std::pair<std::uint64_t, std::string>> seeds = {
      {5, "legal-transitions"},
      {12, "exactly-once-dispatch"},
      {12, "liveness"},
      {17, "location-monotonic"},
      {86, "no-dispatch-after-decline"}};
  for (const auto& [seed, property] : seeds) {
    EXPECT_EQ(run_loaded(swarm_extremes(), "plan", seed).violated_properties().count(property), 1u)
        << "swarm-extremes / plan / seed " << seed << ": " << property;
  }
}

}  // namespace
}  // namespace dispatchsim::scenarios
