// The plan's monitoring queries, ported to SQLite (model/infra/sql/monitoring_*.sql), on hand-made
// final databases: what each one sees, and what the one-second TIMESTAMP precision hides.

#include <gtest/gtest.h>

#include <memory>

#include "model/observe/monitoring_oracles.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {
namespace {

// A database on a kernel that has not run: NOW() is 2026-01-01 00:00:00 (the simulation epoch),
// and rows are written at a few seconds past it.
struct OracleDatabase {
  OracleDatabase()
      : choices(1),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        history(kernel),
        database(kernel, history) {}
  void sql(std::string_view text, std::initializer_list<SqlValue> parameters = {}) {
    database.inspect(text, parameters);
  }
  void request(std::int64_t id, const char* status, const char* updated_at) {
    sql("INSERT INTO ride_requests (id, rider_id, status, version, pickup_lat, pickup_lng, "
        "created_at, "
        "updated_at) VALUES (?, ?, ?, 1, 40.7, -74.0, '2026-01-01 00:00:00', ?)",
        {id, id, std::string(status), std::string(updated_at)});
  }
  void dispatch(std::int64_t request, std::int64_t driver, const char* sent_at) {
    sql("INSERT INTO dispatch_log (request_id, driver_id, sent_at, created_at) VALUES (?, ?, ?, ?)",
        {request, driver, std::string(sent_at), std::string(sent_at)});
  }
  OracleResult run(std::string_view id) {
    for (OracleResult& result : run_monitoring_oracles(database)) {
      if (result.id == id) return result;
    }
    ADD_FAILURE() << "no oracle " << id;
    return {};
  }
  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  History history;
  Database database;
};

TEST(MonitoringOracles, EveryQueryRunsOnAnEmptyDatabaseAndStaysSilent) {
  OracleDatabase db;
  const auto results = run_monitoring_oracles(db.database);
  ASSERT_EQ(results.size(), monitoring_oracle_catalogue().size());
  for (const OracleResult& result : results) {
    EXPECT_FALSE(result.fired) << result.id;
    EXPECT_EQ(result.rows, 0) << result.id;
  }
}

TEST(MonitoringOracles, Step1AndMetric2SeeADispatchSecondsAfterTheDecline) {
  OracleDatabase db;
  db.request(1, "DECLINED", "2026-01-01 00:00:05");
  db.dispatch(1, 2, "2026-01-01 00:00:08");
  const OracleResult step_1 = db.run("step-1");
  EXPECT_TRUE(step_1.fired);
  EXPECT_EQ(step_1.requests, std::set<RequestId>{1});
  const auto row = db.database.inspect(embedded_sql("monitoring_step_1")).front();
  EXPECT_EQ(row.integer(5), 3) << "seconds_after_decline, from julianday arithmetic";
  EXPECT_EQ(db.run("metric-2").rows, 1);
}

TEST(MonitoringOracles, ADispatchInTheSameSecondAsTheDeclineIsInvisibleToStep1AndMetric2) {
  // MySQL TIMESTAMP has one-second precision: 00:00:05.100 and 00:00:05.900 are both 00:00:05,
  // and `d.sent_at > r.updated_at` is false. The race of the incident lives in that second.
  OracleDatabase db;
  db.request(1, "DECLINED", "2026-01-01 00:00:05");
  db.dispatch(1, 2, "2026-01-01 00:00:05");
  EXPECT_FALSE(db.run("step-1").fired);
  EXPECT_FALSE(db.run("metric-2").fired);
}

TEST(MonitoringOracles, Step1LooksOnlyTenSecondsAfterTheDeclineMetric2Further) {
  OracleDatabase db;
  db.request(1, "DECLINED", "2026-01-01 00:00:05");
  db.dispatch(1, 2, "2026-01-01 00:00:40");  // a redelivery after the visibility timeout
  EXPECT_FALSE(db.run("step-1").fired);
  EXPECT_EQ(db.run("metric-2").rows, 1);
}

TEST(MonitoringOracles, Step2AndMetric1CountDuplicateDispatchLogRows) {
  OracleDatabase db;
  db.request(1, "SEARCHING", "2026-01-01 00:00:01");
  db.dispatch(1, 2, "2026-01-01 00:00:09");
  db.dispatch(1, 2, "2026-01-01 00:00:03");
  db.dispatch(1, 3, "2026-01-01 00:00:03");
  const OracleResult step_2 = db.run("step-2");
  EXPECT_EQ(step_2.rows, 1);
  EXPECT_EQ(step_2.requests, std::set<RequestId>{1});
  const auto row = db.database.inspect(embedded_sql("monitoring_step_2")).front();
  EXPECT_EQ(row.integer(1), 2);
  EXPECT_EQ(row.integer(2), 2);
  EXPECT_EQ(row.text(3), "2026-01-01 00:00:03,2026-01-01 00:00:09")
      << "GROUP_CONCAT ... ORDER BY sent_at";
  EXPECT_EQ(db.run("metric-1").rows, 1);
}

TEST(MonitoringOracles, Step4SeesAPendingOfferOfADeclinedRequest) {
  OracleDatabase db;
  db.request(1, "DECLINED", "2026-01-01 00:00:05");
  db.request(2, "SEARCHING", "2026-01-01 00:00:05");
  db.sql(
      "INSERT INTO dispatch_queue (request_id, driver_id, sequence_number, version) VALUES "
      "(1, 2, 1, 1), (2, 2, 1, 1)");
  const OracleResult step_4 = db.run("step-4");
  EXPECT_EQ(step_4.rows, 1);
  EXPECT_EQ(step_4.requests, std::set<RequestId>{1});
}

TEST(MonitoringOracles, Step5FiresForAnyRequestWhosePickupMovedTwiceEvenWhenNothingIsStale) {
  OracleDatabase db;
  db.request(1, "SEARCHING", "2026-01-01 00:00:05");
  db.sql("UPDATE ride_requests SET pickup_lat = 40.702, pickup_lng = -74.002 WHERE id = 1");
  db.sql(
      "INSERT INTO request_location_log (request_id, lat, lng, sequence, updated_at) VALUES "
      "(1, 40.701, -74.001, 1, '2026-01-01 00:00:02'), (1, 40.702, -74.002, 2, '2026-01-01 "
      "00:00:03')");
  // The stored pickup is update #2, the newest: correct. Step 5 still reports update #1's row.
  const OracleResult step_5 = db.run("step-5");
  EXPECT_EQ(step_5.rows, 1);
  EXPECT_EQ(step_5.requests, std::set<RequestId>{1});
}

TEST(MonitoringOracles, Step6ReportsGapsAndOutOfOrderProcessingAcrossSecondsOnly) {
  OracleDatabase db;
  auto event = [&](std::int64_t request, std::int64_t sequence, const char* processed_at) {
    db.sql(
        "INSERT INTO event_log (request_id, event_type, sequence_number, created_at, processed_at) "
        "VALUES (?, 'location.updated', ?, '2026-01-01 00:00:00', ?)",
        {request, sequence, std::string(processed_at)});
  };
  event(1, 1, "2026-01-01 00:00:01");  // request 1: in order, no gap
  event(1, 2, "2026-01-01 00:00:02");
  event(2, 1, "2026-01-01 00:00:01");  // request 2: #2 never applied
  event(2, 3, "2026-01-01 00:00:02");
  event(3, 2, "2026-01-01 00:00:03");  // request 3: #1 processed a second after #2
  event(3, 1, "2026-01-01 00:00:04");
  event(4, 2, "2026-01-01 00:00:05");  // request 4: #1 after #2 in the same second: invisible
  event(4, 1, "2026-01-01 00:00:05");
  EXPECT_EQ(db.run("step-6").requests, (std::set<RequestId>{2, 3}));
}

Violation violation(const char* property, RequestId request, const char* description = "") {
  return Violation{property, request, 1, 0, description, {}};
}

TEST(MonitoringVerdict, AViolationIsCaughtWhenItsAlertFiresAboutItsRequest) {
  std::vector<OracleResult> oracles;
  for (const auto& info : monitoring_oracle_catalogue()) {
    oracles.emplace_back();
    oracles.back().id = std::string(info.id);
  }
  oracles[0].fired = true;  // step-1, about request 7
  oracles[0].rows = 1;
  oracles[0].requests = {7};
  oracles[3].fired = true;  // step-5, although location-monotonic held
  oracles[3].rows = 4;
  oracles[3].requests = {2};
  const std::vector<Violation> violations = {
      violation("no-dispatch-after-decline", 7),
      violation("no-dispatch-after-decline", 8),
      violation("exactly-once-dispatch", 3, "the offer of request 3 to driver 1 was never shown"),
      violation("liveness", 3),
  };
  const MonitoringVerdict verdict = judge_monitoring(
      oracles, violations,
      {"no-dispatch-after-decline", "exactly-once-dispatch", "location-monotonic", "liveness"});
  ASSERT_EQ(verdict.coverage.size(), 4u);
  EXPECT_TRUE(verdict.coverage[0].caught);
  EXPECT_TRUE(verdict.coverage[1].alert_fired);
  EXPECT_FALSE(verdict.coverage[1].caught) << "Step 1 fired about another request";
  EXPECT_TRUE(verdict.coverage[2].alerts.empty()) << "no alert of the plan looks for a lost offer";
  EXPECT_TRUE(verdict.coverage[3].alerts.empty());
  EXPECT_EQ(verdict.caught(), 1u);
  EXPECT_EQ(verdict.missed(), 1u);
  EXPECT_EQ(verdict.uncovered(), 2u);
  EXPECT_EQ(verdict.false_positives, std::vector<std::string>{"step-5"});
  EXPECT_EQ(
      summarize_monitoring(verdict),
      "monitoring: fired Step 1 (1 row), Step 5 (4 rows); silent Step 2, Step 4, Step 6, "
      "Metric 1, Metric 2 -- caught 1 of 4 violations, missed 1, 2 with no alert in the plan; "
      "false alarm: Step 5");
}

TEST(MonitoringVerdict, AnOracleIsNoFalseAlarmForAPropertyTheRunDidNotCheck) {
  std::vector<OracleResult> oracles = {OracleResult{"step-5", true, 3, {1}, ""}};
  EXPECT_TRUE(judge_monitoring(oracles, {}, {"no-dispatch-after-decline"}).false_positives.empty());
}

}  // namespace
}  // namespace dispatchsim::model
