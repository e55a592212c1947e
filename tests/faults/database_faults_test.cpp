// db-busy: someone else (a migration, a long report) holds the lock past the lock wait timeout,
// so a statement fails with MySQL's error 1205 after waiting for it.

#include <gtest/gtest.h>

#include "fault_harness.hpp"
#include "faults/fault_decorators.hpp"
#include "model/infra/database.hpp"

namespace dispatchsim::faults::testing {
namespace {

using sim::seconds;

TEST(DbBusyFault, AStatementFailsWithLockWaitTimeoutAfterTheLockWaitTimeout) {
  FaultHarness h(only(Fault::db_busy, 1.0), seconds(10));
  model::History history(h.kernel);
  model::Database database(h.kernel, history, model::DatabaseConfig{seconds(50), 0, 0});
  BusyOtherSessions other_sessions(database.other_sessions(), h.injector, h.kernel, seconds(50));
  database.share_with(other_sessions);
  bool timed_out = false;
  sim::Micros failed_at = -1;
  std::int64_t after_window = 0;
  h.kernel.spawn("api-1", [&] {
    const auto connection = database.connect("api-1");
    try {
      connection->execute("SELECT COUNT(*) FROM ride_requests");
    } catch (const model::LockWaitTimeout& error) {
      timed_out = true;
      failed_at = h.kernel.now();
      EXPECT_STREQ(error.what(), "Lock wait timeout exceeded; try restarting transaction");
    }
    // 50 s later the window is over: the same statement runs.
    after_window = connection->query_one("SELECT 41 + 1")->integer(0);
  });
  h.kernel.run(seconds(100));
  EXPECT_TRUE(timed_out);
  EXPECT_EQ(failed_at, seconds(50));
  EXPECT_EQ(after_window, 42);
  EXPECT_EQ(h.fired(Fault::db_busy), 1);
}

TEST(DbBusyFault, ATransactionCannotStartAndLeavesNothingBehind) {
  FaultHarness h(only(Fault::db_busy, 1.0), seconds(10));
  model::History history(h.kernel);
  model::Database database(h.kernel, history, model::DatabaseConfig{seconds(5), 0, 0});
  BusyOtherSessions other_sessions(database.other_sessions(), h.injector, h.kernel, seconds(5));
  database.share_with(other_sessions);
  bool failed = false;
  h.kernel.spawn("api-1", [&] {
    const auto connection = database.connect("api-1");
    try {
      model::Transaction transaction(*connection);  // BEGIN IMMEDIATE waits, then fails
      connection->execute(
          "INSERT INTO event_log (request_id, event_type, sequence_number, created_at) "
          "VALUES (1, 'x', 1, '2026-01-01 00:00:00')");
      transaction.commit();
    } catch (const model::LockWaitTimeout&) {
      failed = true;
      EXPECT_FALSE(connection->in_transaction());
    }
  });
  h.kernel.run(seconds(30));
  EXPECT_TRUE(failed);
  EXPECT_EQ(database.inspect("SELECT COUNT(*) FROM event_log").front().integer(0), 0);
}

}  // namespace
}  // namespace dispatchsim::faults::testing

namespace dispatchsim::faults::testing {
namespace {

TEST(DbBusyFault, AWorldUnderDbBusyKeepsRunningAndItsServersRestart) {
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    model::WorldConfig config;
    config.variant.variant = variant;
    WorldHarness h(only(Fault::db_busy, 0.05), seconds(30), config);
    h.world.start();
    EXPECT_NO_THROW(h.kernel.run(h.world.horizon())) << variant;
    int died = 0;
    for (const auto& line : h.world.log.lines()) died += line.event_type == "process_died" ? 1 : 0;
    EXPECT_GT(h.fired(Fault::db_busy), 0) << variant;
    EXPECT_GT(died, 0) << variant << ": some lock wait timeout went unhandled and killed a server";
    EXPECT_EQ(h.count("SELECT COUNT(*) FROM ride_requests"), config.workload.requests) << variant;
  }
}

}  // namespace
}  // namespace dispatchsim::faults::testing
