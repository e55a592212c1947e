// full-world exercises every component at once (pickup updates and readers, cancellations,
// several workers and handlers, the running backfill, a few faults of each family). A run must
// work on it for every variant, every combination of the plan's fixes and every rollout phase:
// it completes, creates every request, still dispatches, and reports what it found. hardened
// must find nothing.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::scenarios {
namespace {

const Scenario& full_world() {
  static const Scenario scenario = load_scenario(testing::bundled_scenario("full-world"));
  return scenario;
}

RunResult run_full_world(const std::string& variant, std::uint64_t seed,
                         std::optional<std::set<int>> fixes = std::nullopt,
                         std::optional<int> flag_percent = std::nullopt) {
  RunOptions options;
  options.variant = variant;
  options.seed = seed;
  options.fixes = std::move(fixes);
  options.flag_percent = flag_percent;
  return run_scenario(full_world(), options);
}

// What "the run works" means, whatever it found: it ran to an end, every rider's request
// exists, the world dispatched and showed offers, and no run was cut short by a livelock.
void expect_a_working_run(const RunResult& result, const std::string& what) {
  const auto& workload = full_world().world.workload;
  EXPECT_EQ(result.metrics.requests, workload.requests) << what;
  EXPECT_GT(result.metrics.offers, 0) << what;
  EXPECT_GT(result.metrics.shown, 0) << what;
  EXPECT_GT(result.events, 0u) << what;
  for (const auto& violation : result.violations) {
    EXPECT_EQ(violation.description.find("livelock"), std::string::npos)
        << what << ": " << violation.description;
  }
}

TEST(FullWorld, TheScenarioEnablesEveryComponent) {
  const Scenario& scenario = full_world();
  const auto& world = scenario.world;
  EXPECT_GT(world.workload.location_updates_per_request, 0);
  EXPECT_GT(world.workload.location_readers, 0);
  EXPECT_GT(world.workload.cancel_probability, 0);
  EXPECT_GT(world.workload.decline_probability, 0);
  EXPECT_LT(world.workload.decline_probability, 1);  // some accept
  EXPECT_GE(world.processes.dispatch_workers, 2);
  EXPECT_GE(world.processes.api_handlers, 2);
  EXPECT_TRUE(world.migration.backfill_pending);
  EXPECT_GE(scenario.faults.enabled().size(), 4u);
  EXPECT_EQ(scenario.properties.size(), model::property_catalogue().size());  // all checked
}

TEST(FullWorld, EveryVariantRunsAndHardenedFindsNothing) {
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    const RunResult result = run_full_world(variant, 1);
    expect_a_working_run(result, variant);
    EXPECT_EQ(result.variant, variant);
  }
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const RunResult result = run_full_world("hardened", seed);
    EXPECT_FALSE(result.violated())
        << "hardened seed " << seed << ": " << result.violations.front().description
        << "\nreplay: " << replay_command(full_world(), result);
  }
}

TEST(FullWorld, LegacyIsCaughtOnTheFirstSeed) {
  // The incident's three symptoms at once: re-dispatch after decline, duplicates, stale pickups.
  const RunResult result = run_full_world("legacy", 1);
  const auto found = result.violated_properties();
  EXPECT_EQ(found.count("no-dispatch-after-decline"), 1u);
  EXPECT_EQ(found.count("exactly-once-dispatch"), 1u);
  EXPECT_EQ(found.count("location-monotonic"), 1u);
}

TEST(FullWorld, PlanRunsWithEveryCombinationOfItsFixes) {
  for (int mask = 0; mask < 32; ++mask) {
    std::set<int> fixes;
    for (int fix = 1; fix <= 5; ++fix) {
      if ((mask & (1 << (fix - 1))) != 0) fixes.insert(fix);
    }
    const RunResult result = run_full_world("plan", 1, fixes);
    std::string what = "plan --fix ";
    for (int fix : fixes) what += std::to_string(fix);
    expect_a_working_run(result, what);
    EXPECT_EQ(result.fixes, fixes) << what;
  }
}

TEST(FullWorld, PlanRunsAtEveryRolloutPhase) {
  for (int percent : {0, 10, 50, 100}) {
    const RunResult result = run_full_world("plan", 1, std::nullopt, percent);
    expect_a_working_run(result, "plan at " + std::to_string(percent) + "%");
    EXPECT_EQ(result.flag_percent, percent);
  }
}

TEST(FullWorld, ARunIsAPureFunctionOfItsInputs) {
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    EXPECT_EQ(run_full_world(variant, 7).trace_hash, run_full_world(variant, 7).trace_hash)
        << variant;
  }
  EXPECT_NE(run_full_world("plan", 7).trace_hash, run_full_world("plan", 8).trace_hash);
}

}  // namespace
}  // namespace dispatchsim::scenarios
