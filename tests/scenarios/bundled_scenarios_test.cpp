// Every bundled scenario loads, says what it is for, runs for every variant, exercises the faults
// it enables, and `hardened` holds every property it checks (seed 1; the sweep covers more).
// The load test runs once: it is the slowest scenario by far.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <iostream>

#include "model/dispatch/variant_catalogue.hpp"
#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"
#include "support/bundled_runs.hpp"

namespace dispatchsim::scenarios {
namespace {

constexpr const char* slow_scenario = "load-test";

using testing::run_loaded;

TEST(BundledScenarios, TheIssuesScenariosAreAllThere) {
  const auto names = bundled_scenarios();
  for (const char* wanted : {"decline-race", "duplicate-delivery", "redelivery-storm",
                             "location-reorder", "worker-crash-restart", "cache-failover",
                             "push-chaos", "migration-mid-backfill", "flag-flip", "load-test"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), wanted), names.end()) << wanted;
  }
}

TEST(BundledScenarios, EachRunsForEachVariantExercisesItsFaultsAndHardenedHolds) {
  for (const std::string& name : bundled_scenarios()) {
    if (name == slow_scenario) continue;
    const Scenario scenario = load_scenario(testing::bundled_scenario(name));
    EXPECT_FALSE(scenario.description.empty()) << name;
    std::array<std::int64_t, faults::fault_count> fired{};
    for (const model::VariantInfo& info : model::variant_catalogue()) {
      const std::string variant(info.id);
      const RunResult result = run_loaded(scenario, variant, 1);
      for (std::size_t index = 0; index < fired.size(); ++index)
        fired[index] += result.faults_fired[index];
      EXPECT_GT(result.metrics.requests, 0) << name << " / " << variant;
      if (info.role == model::VariantRole::reference) {
        EXPECT_FALSE(result.violated()) << name << ": " << result.violations.front().description
                                        << "\n  replay: " << replay_command(scenario, result);
        EXPECT_GT(result.metrics.shown, 0) << name << ": hardened must still dispatch";
      }
    }
    if (scenario.faults.swarm) continue;  // a swarm run draws its own subset
    for (faults::Fault fault : scenario.faults.enabled()) {
      EXPECT_GT(fired[static_cast<std::size_t>(fault)], 0)
          << name << " enables " << faults::fault_info(fault).id
          << " but it never fired with seed 1";
    }
  }
}

TEST(BundledScenarios, TheLoadTestRunsAThousandRequestsToTheEnd) {
  const Scenario scenario = load_scenario(testing::bundled_scenario(slow_scenario));
  ASSERT_EQ(scenario.world.workload.requests, 1000);
  const auto started = std::chrono::steady_clock::now();
  const RunResult result = run_loaded(scenario, "hardened", 1);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "load-test / hardened / seed 1: " << result.events << " events in " << seconds
            << " s\n";
  EXPECT_FALSE(result.violated()) << result.violations.front().description;
  EXPECT_EQ(result.metrics.requests, 1000);
  EXPECT_EQ(result.metrics.still_open, 0);
  EXPECT_GT(result.metrics.shown, 1000);
}

}  // namespace
}  // namespace dispatchsim::scenarios
