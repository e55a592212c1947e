#include <gtest/gtest.h>

#include "explore/input_error.hpp"
#include "explore/scenario_writer.hpp"
#include "explore/shrinker.hpp"
#include "support/known_seeds.hpp"
#include "support/bundled_runs.hpp"

namespace dispatchsim::explore {
namespace {

RunSpec legacy_decline_race() {
  RunSpec spec;
  spec.scenario = "decline-race";
  spec.variant = "legacy";
  spec.seed = testing::decline_race_legacy_seed;
  return spec;
}

using testing::load_bundled;

// The legacy decline race needs only two requests: one offered to several drivers, declined by
// one, then dispatched from the cache the decline never invalidated.
TEST(Shrinker, DeclineRaceInLegacyShrinksToTwoRequestsAndStillFails) {
  ShrinkOptions options;
  options.run_budget = 600;
  options.seeds_per_candidate = 40;
  const ShrinkReport report =
      shrink(load_bundled("decline-race"), legacy_decline_race(), std::nullopt, "", options);
  EXPECT_EQ(report.property, "no-dispatch-after-decline");
  EXPECT_LE(report.runs, options.run_budget);
  ASSERT_EQ(report.input.size.size(), report.minimal.size.size());
  for (std::size_t i = 0; i < report.input.size.size(); ++i) {
    EXPECT_LE(report.minimal.size[i].value, report.input.size[i].value)
        << report.minimal.size[i].name;
  }
  EXPECT_LE(report.minimal.scenario.world.workload.requests, 2);

  // What a user gets is the written file (and tape): it must reproduce on its own.
  const scenarios::Scenario written =
      scenarios::parse_scenario(scenario_toml(report.minimal.scenario, ""), "minimal.toml");
  scenarios::RunOptions options_run = report.minimal.spec.run_options();
  if (report.minimal.tape) options_run.tape = &*report.minimal.tape;
  const scenarios::RunResult result = scenarios::run_scenario(written, options_run);
  EXPECT_EQ(result.violated_properties().count("no-dispatch-after-decline"), 1u);
  EXPECT_LE(result.metrics.requests, 2);
}

TEST(Shrinker, IsDeterministic) {
  ShrinkOptions options;
  options.run_budget = 80;
  options.seeds_per_candidate = 4;
  const auto first =
      shrink(load_bundled("decline-race"), legacy_decline_race(), std::nullopt, "", options);
  const auto second =
      shrink(load_bundled("decline-race"), legacy_decline_race(), std::nullopt, "", options);
  EXPECT_EQ(first.steps, second.steps);
  EXPECT_EQ(first.minimal.spec.seed, second.minimal.spec.seed);
  EXPECT_EQ(first.minimal.tape, second.minimal.tape);
  EXPECT_EQ(first.runs, 80u);
  EXPECT_TRUE(first.budget_exhausted);
}

// swarm-extremes' seed 86 draws six workers where the file says two: the first step writes the
// drawn knobs and faults in (it is not "larger" than the input: the input ran with six), and the
// written minimal scenario reproduces with neither swarm faults nor [swarm.knobs].
TEST(Shrinker, PinsTheKnobsASwarmSeedDrewIntoTheScenarioItWrites) {
  RunSpec spec;
  spec.scenario = "swarm-extremes";
  spec.variant = "plan";
  spec.seed = 86;
  ShrinkOptions options;
  options.run_budget = 2;  // the input and the pinned run
  options.shrink_schedule = false;
  const ShrinkReport report = shrink(load_bundled("swarm-extremes"), spec, std::nullopt,
                                     "no-dispatch-after-decline", options);
  ASSERT_FALSE(report.steps.empty());
  EXPECT_EQ(report.steps.front(), "swarm faults and knobs pinned to what the seed drew");
  const scenarios::Scenario written =
      scenarios::parse_scenario(scenario_toml(report.minimal.scenario, ""), "minimal.toml");
  EXPECT_TRUE(written.swarm_knobs.empty());
  EXPECT_FALSE(written.faults.swarm);
  EXPECT_EQ(written.world.processes.dispatch_workers, 6);
  const scenarios::RunResult result =
      scenarios::run_scenario(written, report.minimal.spec.run_options());
  EXPECT_TRUE(result.knobs_drawn.empty());
  EXPECT_EQ(result.violated_properties().count("no-dispatch-after-decline"), 1u);
}

TEST(Shrinker, RefusesARunThatDoesNotFail) {
  RunSpec spec = legacy_decline_race();
  spec.variant = "hardened";
  EXPECT_THROW(shrink(load_bundled("decline-race"), spec, std::nullopt, "", ShrinkOptions{}),
               InputError);
  EXPECT_THROW(shrink(load_bundled("decline-race"), legacy_decline_race(), std::nullopt,
                      "no-such-property", ShrinkOptions{}),
               InputError);
}

}  // namespace
}  // namespace dispatchsim::explore
