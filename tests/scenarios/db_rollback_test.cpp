// The plan's rollback as a scenario step (scenarios/db-rollback.toml, [rollback] at_ms): the flag
// goes off and rollback.sql drops the migration's columns while events are in flight. What the
// deployed code does afterwards is pinned here.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"
#include "support/bundled_runs.hpp"

namespace dispatchsim::scenarios {
namespace {

// db-rollback plan seed 1: a worker took request 4's event on Fix 2's path before the DDL and
// ran its SELECT ... version after it.
constexpr std::uint64_t dispatch_failed_seed = 1;

RunResult run_rollback(const std::string& variant, std::uint64_t seed) {
  RunOptions options;
  options.keep_trace = true;
  return testing::run_bundled("db-rollback", variant, seed, options);
}

std::size_t count_lines(const RunResult& result, std::string_view event_type,
                        std::string_view text = "") {
  std::size_t found = 0;
  for (const model::LogLine& line : result.log) {
    if (line.event_type == event_type && line.message.find(text) != std::string::npos) ++found;
  }
  return found;
}

TEST(DbRollback, TheScenarioSchedulesTheRollbackInsideTheBurst) {
  const Scenario scenario = load_scenario(testing::bundled_scenario("db-rollback"));
  ASSERT_TRUE(scenario.world.rollback.at.has_value());
  EXPECT_EQ(*scenario.world.rollback.at, sim::seconds(2));
  EXPECT_LT(*scenario.world.rollback.at, scenario.world.workload.request_arrival.max);
}

TEST(DbRollback, ABadRollbackTimeNamesTheFileLineAndField) {
  const auto directory = testing::fresh_test_directory("db-rollback-malformed");
  for (const char* value : {"-5", "\"soon\""}) {
    const std::string path = (directory / "bad.toml").string();
    std::ofstream(path) << "[scenario]\ndescription = \"x\"\n\n[rollback]\nat_ms = " << value
                        << "\n";
    try {
      load_scenario(path);
      ADD_FAILURE() << "accepted at_ms = " << value;
    } catch (const ScenarioError& error) {
      EXPECT_NE(std::string(error.what()).find(path + ":5:"), std::string::npos) << error.what();
      EXPECT_NE(std::string(error.what()).find("[rollback] at_ms"), std::string::npos)
          << error.what();
    }
  }
}

TEST(DbRollback, InFlightFix2DispatchesFailOnTheDroppedColumnAndComeBackOnTheLegacyPath) {
  const RunResult result = run_rollback("plan", dispatch_failed_seed);
  EXPECT_EQ(count_lines(result, "rollback_flag_disabled"), 1u);
  EXPECT_EQ(count_lines(result, "rollback_applied"), 2u);  // the two transactions of rollback.sql
  // Events were in the broker when the flag went off.
  bool in_flight = false;
  for (const model::BrokerSample& sample : result.broker_samples) {
    in_flight |= sample.time <= sim::seconds(2) && sample.time >= sim::seconds(1) &&
                 sample.visible + sample.not_visible > 0;
  }
  EXPECT_TRUE(in_flight);
  EXPECT_GE(count_lines(result, "dispatch_failed", "no such column: version"), 1u);
  // Dispatching continues after the rollback (legacy path: dispatch_log rows and pushes).
  std::int64_t dispatched_after = 0;
  for (const model::HistoryEvent& event : result.history) {
    if (event.kind == model::HistoryKind::dispatch_logged && event.time > sim::seconds(3))
      ++dispatched_after;
  }
  EXPECT_GT(dispatched_after, 0);
  // The plan's own Step 4 query names r.version: after the rollback it no longer runs.
  const auto step_4 =
      std::find_if(result.monitoring.oracles.begin(), result.monitoring.oracles.end(),
                   [](const model::OracleResult& oracle) { return oracle.id == "step-4"; });
  ASSERT_NE(step_4, result.monitoring.oracles.end());
  EXPECT_NE(step_4->error.find("no such column"), std::string::npos);
}

// The app release keeps Fix 5's client dedup: every legacy payload (no notification_id) is filed
// under one id, so offers made after the flip are never shown and requests stay open; the
// matcher's re-offers are what Metric 1 pages about.
TEST(DbRollback, AfterTheRollbackPlanLosesOffersAndLeavesRequestsOpen) {
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const RunResult result = run_rollback("plan", seed);
    const auto violated = result.violated_properties();
    EXPECT_EQ(violated.count("liveness"), 1u) << "seed " << seed;
    EXPECT_EQ(violated.count("exactly-once-dispatch"), 1u) << "seed " << seed;
    EXPECT_EQ(violated.count("no-dispatch-after-decline"), 0u) << "seed " << seed;
    EXPECT_GT(result.metrics.still_open, 0) << "seed " << seed;
    EXPECT_LT(result.metrics.shown, result.metrics.pushes_sent) << "seed " << seed;
    bool metric_1_fired = false;
    for (const auto& evaluation : result.alert_evaluations)
      metric_1_fired |= evaluation.alert == "metric-1" && evaluation.fired;
    EXPECT_TRUE(metric_1_fired) << "seed " << seed;
  }
}

TEST(DbRollback, LegacyAndHardenedHoldThroughTheRollback) {
  for (const char* variant : {"legacy", "hardened"}) {
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      const RunResult result = run_rollback(variant, seed);
      EXPECT_FALSE(result.violated())
          << variant << " seed " << seed << ": " << result.violations.front().description;
      EXPECT_EQ(count_lines(result, "rollback_applied"), 2u);
      EXPECT_GT(result.metrics.shown, 0);
    }
  }
}

}  // namespace
}  // namespace dispatchsim::scenarios
