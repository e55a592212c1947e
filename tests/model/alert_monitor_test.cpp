// The plan's alerts evaluated like on-call's cron: every interval of virtual time over a 5-minute
// window, later while a write transaction holds the database, and once at the end of the run.

#include <gtest/gtest.h>

#include "model/observe/alert_monitor.hpp"
#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

const AlertEvaluation& find(const std::vector<AlertEvaluation>& evaluations, std::string_view alert,
                            sim::Micros scheduled) {
  for (const AlertEvaluation& evaluation : evaluations) {
    if (evaluation.alert == alert && evaluation.scheduled == scheduled) return evaluation;
  }
  ADD_FAILURE() << "no evaluation of " << alert << " scheduled at " << scheduled;
  static const AlertEvaluation none;
  return none;
}

TEST(AlertMonitor, TheLogPatternCountsItsLinesInTheLastFiveVirtualMinutes) {
  testing::SmallWorld small(testing::small_world_config("legacy"));
  model::World& world = small.world;
  world.spawn_server("push-server", [&](ServerPorts& ports) {
    world.kernel.sleep_until(sim::seconds(10));
    ports.log.error("dispatch_after_decline", 7, 2,
                    "Dispatch sent for DECLINED request request_id=7 driver_id=2");
    world.kernel.sleep_until(sim::seconds(400));
    ports.log.error("dispatch_after_decline", 8, 3,
                    "Dispatch sent for DECLINED request request_id=8 driver_id=3");
    world.kernel.sleep_until(sim::seconds(1000));
  });
  AlertMonitor monitor(small.kernel, world.database, world.log, alert_window);
  monitor.start();
  small.run(sim::seconds(2000));
  monitor.finish();

  const auto& evaluations = monitor.evaluations();
  const AlertEvaluation& first = find(evaluations, log_pattern_alert, sim::seconds(300));
  EXPECT_EQ(first.value, 1);
  EXPECT_TRUE(first.fired);
  EXPECT_EQ(first.requests, (std::set<RequestId>{7}));
  // 600 s: the line at 10 s left the window, the one at 400 s is in it.
  const AlertEvaluation& second = find(evaluations, log_pattern_alert, sim::seconds(600));
  EXPECT_EQ(second.requests, (std::set<RequestId>{8}));
  EXPECT_FALSE(find(evaluations, log_pattern_alert, sim::seconds(900)).fired);
  // The end of the run (1000 s) is evaluated too; nothing fires on a database without dispatches.
  const AlertEvaluation& last = evaluations.back();
  EXPECT_TRUE(last.at_end);
  EXPECT_EQ(last.time, sim::seconds(1000));
  for (const AlertEvaluation& evaluation : evaluations) {
    if (evaluation.alert != log_pattern_alert) {
      EXPECT_FALSE(evaluation.fired) << evaluation.alert;
    }
    EXPECT_TRUE(evaluation.error.empty()) << evaluation.error;
  }
  // Three alerts per cron run: 300, 600, 900 s and the end.
  EXPECT_EQ(evaluations.size(), 4u * alert_catalogue().size());
}

TEST(AlertMonitor, AnEvaluationWaitsForAnOpenWriteTransaction) {
  testing::SmallWorld small(testing::small_world_config("legacy"));
  model::World& world = small.world;
  world.spawn_server("writer", [&](ServerPorts& ports) {
    world.kernel.sleep_until(sim::seconds(299));
    Transaction transaction(ports.db);
    world.kernel.sleep_until(sim::milliseconds(300'025));  // holds the lock across the cron time
    transaction.commit();
    world.kernel.sleep_until(sim::seconds(310));
  });
  AlertMonitor monitor(small.kernel, world.database, world.log, alert_window);
  monitor.start();
  small.run(sim::seconds(400));
  monitor.finish();
  const AlertEvaluation& metric = find(monitor.evaluations(), "metric-2", sim::seconds(300));
  EXPECT_EQ(metric.time, sim::milliseconds(300'030));  // retried every 10 ms
  EXPECT_TRUE(metric.error.empty());
}

TEST(AlertMonitor, DetectionLatencyIsFromTheViolationToTheFirstEvaluationThatNamesIt) {
  std::vector<AlertEvaluation> evaluations(3);
  evaluations[0] = {"log-pattern", sim::seconds(300), sim::seconds(300), 1, true, false, {9}, ""};
  evaluations[1] = {"log-pattern", sim::seconds(600), sim::seconds(600), 1, true, false, {4}, ""};
  evaluations[2] = {"metric-1", sim::seconds(600), sim::seconds(600), 1, true, false, {}, ""};
  const std::vector<Violation> violations = {
      {"no-dispatch-after-decline", 4, 2, sim::seconds(100), "dispatched after decline", {}},
      {"exactly-once-dispatch", 5, 1, sim::seconds(700), "shown twice", {}},
      {"location-monotonic", 6, 0, sim::seconds(1), "older location", {}}};
  const std::vector<Detection> detections = detect_violations(violations, evaluations);
  ASSERT_EQ(detections.size(), 3u);
  // The log pattern at 300 s named another request; the one at 600 s names request 4.
  EXPECT_EQ(detections[0].paged_by, "log-pattern");
  EXPECT_EQ(detections[0].latency(), sim::seconds(500));
  // Metric 1 fired before the duplicate happened: not about it.
  EXPECT_EQ(detections[1].alerts, (std::vector<std::string>{"metric-1"}));
  EXPECT_FALSE(detections[1].paged_at.has_value());
  EXPECT_TRUE(detections[2].alerts.empty());  // the plan pages for no stale location
  const std::string summary = summarize_detection(violations, detections, evaluations);
  EXPECT_NE(summary.find("2 of 3 violations never paged"), std::string::npos) << summary;
}

}  // namespace
}  // namespace dispatchsim::model
