// The database port: SQLite in memory shared by one connection per process, lock waits and lock
// wait timeouts in virtual time, crash = rollback, virtual time in SQL, nondeterministic SQL
// refused, the preupdate-hook ground truth (committed changes only, at commit time), and the
// plan's schema after its migration.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/base/coverage_probes.hpp"
#include "model/infra/database.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {
namespace {

using sim::Micros;
using sim::milliseconds;
using sim::seconds;

// One seeded run with a database and nothing else.
struct DatabaseWorld {
  explicit DatabaseWorld(DatabaseConfig config = {}, std::uint64_t seed = 1)
      : choices(seed),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        history(kernel),
        database(kernel, history, config) {}

  void insert_request(RequestId id, const char* status = "PENDING") {
    database.inspect(
        "INSERT INTO ride_requests (id, rider_id, status, version) VALUES (?, ?, ?, 1)",
        {id, id, std::string(status)});
  }
  std::vector<const HistoryEvent*> events_of(HistoryKind kind) const {
    std::vector<const HistoryEvent*> found;
    for (const auto& event : history.events()) {
      if (event.kind == kind) found.push_back(&event);
    }
    return found;
  }

  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  History history;
  Database database;
};

std::set<std::string> columns_of(Database& database, const char* table) {
  std::set<std::string> names;
  for (const Row& row :
       database.inspect("SELECT name FROM pragma_table_info(?)", {std::string(table)})) {
    names.insert(row.text(0));
  }
  return names;
}

void expect_columns(Database& database, const char* table,
                    std::initializer_list<const char*> wanted) {
  const std::set<std::string> present = columns_of(database, table);
  EXPECT_FALSE(present.empty()) << "no table " << table;
  for (const char* column : wanted) {
    EXPECT_EQ(present.count(column), 1u) << table << " lacks " << column;
  }
}

TEST(Database, ASecondBeginImmediateParksInVirtualTimeUntilTheFirstCommits) {
  DatabaseWorld w;
  w.insert_request(1);
  Micros b_got_lock = -1;
  std::string b_saw;
  w.kernel.spawn("a", [&] {
    auto connection = w.database.connect("a");
    Transaction transaction(*connection);
    connection->execute("UPDATE ride_requests SET status = 'SEARCHING' WHERE id = 1");
    w.kernel.sleep_for(seconds(3));
    transaction.commit();
  });
  w.kernel.spawn("b", [&] {
    auto connection = w.database.connect("b");
    w.kernel.sleep_for(seconds(1));
    Transaction transaction(*connection);  // the lock is held by a: this waits
    b_got_lock = w.kernel.now();
    b_saw = connection->query_one("SELECT status FROM ride_requests WHERE id = 1")->text(0);
    transaction.commit();
  });
  w.kernel.run(seconds(60));
  // The wait is visible as virtual time passing: b started waiting at 1 s and got the lock at the
  // instant a committed, 3 s; then it saw a's committed write.
  EXPECT_EQ(b_got_lock, seconds(3));
  EXPECT_EQ(b_saw, "SEARCHING");
}

TEST(Database, APlainReadWaitsForAnOpenWriteTransactionAndSeesOnlyCommittedData) {
  DatabaseWorld w;
  w.insert_request(1);
  Micros read_at = -1;
  std::string seen;
  w.kernel.spawn("writer", [&] {
    auto connection = w.database.connect("writer");
    Transaction transaction(*connection);
    connection->execute("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 1");
    w.kernel.sleep_for(seconds(2));
    transaction.commit();
  });
  w.kernel.spawn("reader", [&] {
    auto connection = w.database.connect("reader");
    w.kernel.sleep_for(milliseconds(500));
    seen = connection->query_one("SELECT status FROM ride_requests WHERE id = 1")->text(0);
    read_at = w.kernel.now();
  });
  w.kernel.run(seconds(60));
  EXPECT_EQ(read_at, seconds(2));
  EXPECT_EQ(seen, "DECLINED");
}

TEST(Database, AWaitPastTheLockWaitTimeoutThrowsLockWaitTimeout) {
  DatabaseConfig config;
  config.lock_wait_timeout = seconds(2);
  DatabaseWorld w(config);
  w.insert_request(1);
  std::optional<Micros> timed_out_at;
  bool b_left_in_transaction = true;
  w.kernel.spawn("a", [&] {
    auto connection = w.database.connect("a");
    Transaction transaction(*connection);
    w.kernel.sleep_for(seconds(10));
    transaction.commit();
  });
  w.kernel.spawn("b", [&] {
    auto connection = w.database.connect("b");
    w.kernel.sleep_for(seconds(1));
    try {
      connection->execute("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 1");
    } catch (const LockWaitTimeout& error) {
      timed_out_at = w.kernel.now();
      EXPECT_TRUE(error.busy());
      EXPECT_EQ(error.code(), LockWaitTimeout::mysql_error_number);
      EXPECT_NE(std::string(error.what()).find("Lock wait timeout exceeded"), std::string::npos);
    }
    b_left_in_transaction = connection->in_transaction();
  });
  w.kernel.run(seconds(60));
  ASSERT_TRUE(timed_out_at.has_value());
  EXPECT_EQ(*timed_out_at, seconds(3));  // 1 s + the 2 s lock wait timeout
  EXPECT_FALSE(b_left_in_transaction);
  EXPECT_EQ(w.database.inspect("SELECT status FROM ride_requests WHERE id = 1").front().text(0),
            "PENDING");
}

TEST(Database, DestroyingAConnectionMidTransactionRollsBackAndReleasesTheWaiters) {
  DatabaseWorld w;
  w.insert_request(1);
  Micros b_got_lock = -1;
  std::string b_saw;
  w.kernel.spawn("doomed", [&] {
    auto connection = w.database.connect("doomed");
    connection->execute("BEGIN IMMEDIATE");
    connection->execute("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 1");
    connection->execute(
        "INSERT INTO dispatch_log (request_id, driver_id, sent_at) VALUES (1, 7, sim_now())");
    w.kernel.sleep_for(seconds(2));
    throw sim::ProcessCrashed{};  // the process dies; its connection closes while unwinding
  });
  w.kernel.spawn("b", [&] {
    auto connection = w.database.connect("b");
    w.kernel.sleep_for(seconds(1));
    Transaction transaction(*connection);
    b_got_lock = w.kernel.now();
    b_saw = connection->query_one("SELECT status FROM ride_requests WHERE id = 1")->text(0);
    transaction.commit();
  });
  w.kernel.run(seconds(60));
  EXPECT_EQ(b_got_lock, seconds(2));  // released at the crash, not at some timeout
  EXPECT_EQ(b_saw, "PENDING");
  EXPECT_EQ(w.database.inspect("SELECT COUNT(*) FROM dispatch_log").front().integer(0), 0);
  // Ground truth: the rolled-back changes never happened.
  EXPECT_TRUE(w.events_of(HistoryKind::status_committed).empty());
  EXPECT_TRUE(w.events_of(HistoryKind::dispatch_logged).empty());
}

// A crash unwinds through the process's Transaction scope, which rolls back; a kill (SIGKILL,
// node loss) runs none of the process's own code, so the transaction is still open when the
// connection drops and the database rolls it back. Both release the lock at the same instant;
// only the kill reaches the transaction-open-at-crash probe.
struct EndedMidTransaction {
  Micros other_got_lock = -1;
  std::string other_saw;
  std::int64_t probe_hits = 0;
};

EndedMidTransaction end_mid_transaction(bool killed) {
  DatabaseWorld w;
  w.insert_request(1);
  EndedMidTransaction ended;
  w.kernel.spawn("doomed", [&] {
    auto connection = w.database.connect("doomed");
    Transaction transaction(*connection);
    connection->execute("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 1");
    w.kernel.sleep_for(seconds(2));
    if (killed) w.kernel.kill_current();
    throw sim::ProcessCrashed{};
  });
  w.kernel.spawn("other", [&] {
    auto connection = w.database.connect("other");
    w.kernel.sleep_for(seconds(1));
    Transaction transaction(*connection);
    ended.other_got_lock = w.kernel.now();
    ended.other_saw =
        connection->query_one("SELECT status FROM ride_requests WHERE id = 1")->text(0);
    transaction.commit();
  });
  w.kernel.run(seconds(60));
  const auto hits = w.kernel.probe_hits().find(probe::transaction_open_at_crash);
  ended.probe_hits = hits == w.kernel.probe_hits().end() ? 0 : hits->second;
  EXPECT_TRUE(w.events_of(HistoryKind::status_committed).empty());
  return ended;
}

TEST(Database, AKilledProcessLeavesItsTransactionOpenUntilTheConnectionDrops) {
  const EndedMidTransaction crashed = end_mid_transaction(false);
  const EndedMidTransaction killed = end_mid_transaction(true);
  EXPECT_EQ(crashed.probe_hits, 0);
  EXPECT_EQ(killed.probe_hits, 1);
  for (const EndedMidTransaction& ended : {crashed, killed}) {
    EXPECT_EQ(ended.other_got_lock, seconds(2));  // released as the process died
    EXPECT_EQ(ended.other_saw, "PENDING");        // rolled back, by the scope or by the drop
  }
}

TEST(Database, SimNowIsTheVirtualClockAsMysqlPrintsNow) {
  EXPECT_EQ(sql_timestamp(0), "2026-01-01 00:00:00");
  EXPECT_EQ(sql_timestamp(seconds(3723) + milliseconds(999)), "2026-01-01 01:02:03");
  EXPECT_EQ(sql_timestamp(seconds(86400 * 59)), "2026-03-01 00:00:00");  // 2026 is no leap year
  DatabaseWorld w;
  std::string now_text, created_at;
  std::int64_t now_us = 0;
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    w.kernel.sleep_until(seconds(3723) + 250);
    now_text = connection->query_one("SELECT sim_now()")->text(0);
    now_us = connection->query_one("SELECT sim_now_us()")->integer(0);
    connection->execute("INSERT INTO ride_requests (id, rider_id) VALUES (9, 9)");
    created_at =
        connection->query_one("SELECT created_at FROM ride_requests WHERE id = 9")->text(0);
  });
  w.kernel.run(seconds(7200));
  EXPECT_EQ(now_text, "2026-01-01 01:02:03");
  EXPECT_EQ(now_us, seconds(3723) + 250);
  EXPECT_EQ(created_at, "2026-01-01 01:02:03");  // column DEFAULT (sim_now())
}

TEST(Database, NondeterministicSqlFunctionsAreRefused) {
  DatabaseWorld w;
  int refused = 0;
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    for (const char* sql : {"SELECT random()", "SELECT randomblob(8)"}) {
      try {
        connection->execute(sql);
      } catch (const SqlError& error) {
        EXPECT_NE(std::string(error.what()).find("nondeterministic"), std::string::npos)
            << error.what();
        ++refused;
      }
    }
  });
  w.kernel.run(seconds(1));
  EXPECT_EQ(refused, 2);
  EXPECT_THROW(w.database.inspect("SELECT random()"), SqlError);
}

TEST(Database, GroundTruthRecordsCommittedChangesAtCommitTimeOnly) {
  DatabaseWorld w;
  w.insert_request(1);
  w.insert_request(2);
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    {
      Transaction rolled_back(*connection);
      connection->execute(
          "UPDATE ride_requests SET status = 'DECLINED', declined_by = 5 WHERE id = 1");
      w.kernel.sleep_for(seconds(1));
    }  // left without commit(): ROLLBACK
    connection->execute("BEGIN IMMEDIATE");
    connection->execute("UPDATE ride_requests SET status = 'CANCELLED' WHERE id = 2");
    connection->execute("ROLLBACK");  // an explicit ROLLBACK statement discards them too
    w.kernel.sleep_until(seconds(5));
    Transaction committed(*connection);
    connection->execute(
        "UPDATE ride_requests SET status = 'DECLINED', declined_by = 7 WHERE id = 1");
    connection->execute(
        "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) "
        "VALUES (1, 7, sim_now(), 'k')");
    // A failed statement inside the transaction leaves no trace of its own.
    EXPECT_THROW(connection->execute("INSERT INTO dispatch_log (request_id, driver_id, sent_at, "
                                     "idempotency_key) VALUES (1, 8, sim_now(), 'k')"),
                 SqlError);
    w.kernel.sleep_until(seconds(6));
    committed.commit();
    w.kernel.sleep_until(seconds(8));
    // Autocommit: committed by the statement itself, at its own instant.
    connection->execute("UPDATE ride_requests SET status = 'SEARCHING' WHERE id = 2");
  });
  w.kernel.run(seconds(60));
  const auto statuses = w.events_of(HistoryKind::status_committed);
  ASSERT_EQ(statuses.size(), 2u);
  EXPECT_EQ(statuses[0]->request, 1);
  EXPECT_EQ(statuses[0]->driver, 7);  // declined_by of the committed change, not the rolled-back 5
  EXPECT_EQ(statuses[0]->time, seconds(6));  // the commit's instant, not the UPDATE's (5 s)
  EXPECT_EQ(statuses[0]->old_status(), RequestStatus::pending);
  EXPECT_EQ(statuses[0]->new_status(), RequestStatus::declined);
  EXPECT_EQ(statuses[1]->request, 2);
  EXPECT_EQ(statuses[1]->time, seconds(8));
  EXPECT_EQ(statuses[1]->new_status(), RequestStatus::searching);
  const auto logged = w.events_of(HistoryKind::dispatch_logged);
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0]->driver, 7);
  EXPECT_EQ(logged[0]->time, seconds(6));
}

TEST(Database, GroundTruthSeesPickupChangesAndQueueRows) {
  DatabaseWorld w;
  w.insert_request(1);
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    connection->execute(
        "UPDATE ride_requests SET pickup_lat = 40.5, location_sequence = 3 WHERE id = 1");
    connection->execute(
        "INSERT INTO dispatch_queue (request_id, driver_id, sequence_number, version) VALUES (1, "
        "4, 2, 1)");
  });
  w.kernel.run(seconds(1));
  const auto locations = w.events_of(HistoryKind::location_committed);
  ASSERT_EQ(locations.size(), 1u);
  EXPECT_EQ(locations[0]->location_sequence(), 3);
  EXPECT_EQ(locations[0]->lat_micro_degrees(), 40'500'000);
  const auto queued = w.events_of(HistoryKind::queue_row_added);
  ASSERT_EQ(queued.size(), 1u);
  EXPECT_EQ(queued[0]->driver, 4);
  EXPECT_EQ(queued[0]->queue_sequence(), 2);
}

TEST(Database, StatementLatencyIsDrawnFromTheConfiguredRange) {
  DatabaseConfig config;
  config.statement_latency_min = milliseconds(2);
  config.statement_latency_max = milliseconds(2);
  DatabaseWorld w(config);
  Micros finished = -1;
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    connection->execute("SELECT 1");
    connection->execute("SELECT 2");
    connection->execute("SELECT 3");
    finished = w.kernel.now();
  });
  w.kernel.run(seconds(1));
  EXPECT_EQ(finished, milliseconds(6));
}

TEST(Database, TheSchemaHasEveryColumnThePlanNames) {
  DatabaseWorld w;
  Database& db = w.database;
  expect_columns(
      db, "ride_requests",
      {"status", "version", "declined_by", "decline_reason", "pickup_lat", "pickup_lng",
       "pickup_address", "location_sequence", "location_updated_at", "created_at", "updated_at"});
  expect_columns(db, "dispatch_log",
                 {"request_id", "driver_id", "idempotency_key", "sent_at", "created_at"});
  expect_columns(db, "dispatch_queue",
                 {"request_id", "driver_id", "status", "sequence_number", "version"});
  expect_columns(db, "driver_notifications",
                 {"driver_id", "request_id", "notification_id", "version", "status"});
  expect_columns(
      db, "request_state_audit",
      {"request_id", "old_status", "new_status", "old_version", "new_version", "changed_at"});
  expect_columns(db, "request_location_log",
                 {"request_id", "lat", "lng", "address", "sequence", "updated_at"});
  expect_columns(db, "event_log",
                 {"request_id", "event_type", "sequence_number", "created_at", "processed_at"});
  // The migration's defaults: version and location_sequence start at 0 (backfill pending).
  EXPECT_EQ(
      db.inspect("SELECT dflt_value FROM pragma_table_info('ride_requests') WHERE name = 'version'")
          .front()
          .text(0),
      "0");
  EXPECT_EQ(
      db.inspect(
            "SELECT \"notnull\" FROM pragma_table_info('ride_requests') WHERE name = 'version'")
          .front()
          .integer(0),
      1);
  // The plan's indexes.
  EXPECT_EQ(db.inspect("SELECT COUNT(*) FROM pragma_index_list('ride_requests') "
                       "WHERE name IN ('idx_status_version', 'idx_location_seq')")
                .front()
                .integer(0),
            2);
}

TEST(Database, IdempotencyKeyIsUniqueButMayBeNullForLegacyRows) {
  DatabaseWorld w;
  Database& db = w.database;
  const auto unique_on_key = db.inspect(
      "SELECT COUNT(*) FROM pragma_index_list('dispatch_log') l "
      "JOIN pragma_index_info(l.name) i WHERE l.\"unique\" = 1 AND i.name = 'idempotency_key'");
  EXPECT_EQ(unique_on_key.front().integer(0), 1);
  db.inspect(
      "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) VALUES (1, 1, "
      "'x', 'k')");
  try {
    db.inspect(
        "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) VALUES (1, 2, "
        "'x', 'k')");
    ADD_FAILURE() << "a duplicate idempotency_key was accepted";
  } catch (const SqlError& error) {
    EXPECT_EQ(error.code() & 0xff, SQLITE_CONSTRAINT);
  }
  // Rows written by the legacy path carry no key; any number of them may exist.
  db.inspect("INSERT INTO dispatch_log (request_id, driver_id, sent_at) VALUES (1, 3, 'x')");
  db.inspect("INSERT INTO dispatch_log (request_id, driver_id, sent_at) VALUES (1, 3, 'x')");
  EXPECT_EQ(db.inspect("SELECT COUNT(*) FROM dispatch_log").front().integer(0), 3);
}

TEST(Database, TheAuditTrailIsFilledByTriggersWhateverCodeChangesTheStatus) {
  DatabaseWorld w;
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    w.kernel.sleep_until(seconds(1));
    connection->execute(
        "INSERT INTO ride_requests (id, rider_id, status, version) VALUES (1, 1, 'PENDING', 1)");
    w.kernel.sleep_until(seconds(2));
    connection->execute("UPDATE ride_requests SET status = 'SEARCHING' WHERE id = 1");
    connection->execute(
        "UPDATE ride_requests SET pickup_lat = 1.0 WHERE id = 1");  // no status change
    w.kernel.sleep_until(seconds(3));
    connection->execute(
        "UPDATE ride_requests SET status = 'DECLINED', version = version + 1 WHERE id = 1");
  });
  w.kernel.run(seconds(10));
  const auto audit = w.database.inspect(
      "SELECT old_status, new_status, old_version, new_version, changed_at FROM "
      "request_state_audit "
      "WHERE request_id = 1 ORDER BY id");
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_TRUE(audit[0].is_null(0));
  EXPECT_EQ(audit[0].text(1), "PENDING");
  EXPECT_EQ(audit[0].text(4), "2026-01-01 00:00:01");
  EXPECT_EQ(audit[1].text(0), "PENDING");
  EXPECT_EQ(audit[1].text(1), "SEARCHING");
  EXPECT_EQ(audit[2].text(1), "DECLINED");
  EXPECT_EQ(audit[2].integer(2), 1);
  EXPECT_EQ(audit[2].integer(3), 2);
  EXPECT_EQ(audit[2].text(4), "2026-01-01 00:00:03");
}

TEST(Database, EventLogStampsProcessedAtWithTheVirtualClock) {
  DatabaseWorld w;
  w.kernel.spawn("p", [&] {
    auto connection = w.database.connect("p");
    w.kernel.sleep_until(seconds(61));
    connection->execute(
        "INSERT INTO event_log (request_id, event_type, sequence_number, created_at) "
        "VALUES (1, 'location.updated', 4, ?)",
        {sql_timestamp(seconds(60))});
  });
  w.kernel.run(seconds(100));
  const auto row =
      w.database.inspect("SELECT sequence_number, created_at, processed_at FROM event_log").front();
  EXPECT_EQ(row.integer(0), 4);
  EXPECT_EQ(row.text(1), "2026-01-01 00:01:00");
  EXPECT_EQ(row.text(2), "2026-01-01 00:01:01");
}

TEST(Database, TheStatusColumnRejectsStatesOutsideTheStateMachine) {
  DatabaseWorld w;
  EXPECT_THROW(w.insert_request(1, "DISPATCHED"), SqlError);
}

TEST(Database, ManyConnectionsContendingCommitInOneOrderPerSeed) {
  // Ten processes each increment a counter in a transaction: no update is lost, and the commit
  // order is a function of the seed alone.
  auto commit_order = [](std::uint64_t seed) {
    DatabaseConfig config;
    config.statement_latency_min = 0;
    config.statement_latency_max = milliseconds(1);
    DatabaseWorld w(config, seed);
    w.insert_request(1);
    std::vector<int> order;
    for (int index = 0; index < 10; ++index) {
      w.kernel.spawn("p" + std::to_string(index), [&w, &order, index] {
        auto connection = w.database.connect("p");
        Transaction transaction(*connection);
        const auto version =
            connection->query_one("SELECT version FROM ride_requests WHERE id = 1")->integer(0);
        connection->execute("UPDATE ride_requests SET version = ? WHERE id = 1", {version + 1});
        transaction.commit();
        order.push_back(index);
      });
    }
    w.kernel.run(seconds(10));
    EXPECT_EQ(
        w.database.inspect("SELECT version FROM ride_requests WHERE id = 1").front().integer(0),
        11);
    return order;
  };
  EXPECT_EQ(commit_order(3), commit_order(3));
  std::set<std::vector<int>> orders;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) orders.insert(commit_order(seed));
  EXPECT_GT(orders.size(), 1u) << "the schedule should depend on the seed";
}

// The process keeps each database's connections across runs (model/infra/database_store.hpp). What
// the next run sees must be what a fresh database shows: empty tables, the template's schema, and
// connections whose change counters start at 0.
TEST(DatabaseStoreReuse, TheNextDatabaseIsEmptyAndHasTheTemplatesSchemaAndFreshCounters) {
  {
    DatabaseWorld w;
    w.insert_request(1);
    w.kernel.spawn("writer", [&] {
      auto connection = w.database.connect("writer");
      connection->execute("INSERT INTO ride_requests (id, rider_id) VALUES (2, 2)");
      EXPECT_EQ(connection->execute("UPDATE ride_requests SET status = 'SEARCHING'").changes, 2);
    });
    w.kernel.run(seconds(10));
    EXPECT_EQ(w.database.inspect("SELECT COUNT(*) FROM ride_requests").front().integer(0), 2);
  }
  {
    DatabaseWorld w;
    EXPECT_EQ(w.database.inspect("SELECT COUNT(*) FROM ride_requests").front().integer(0), 0);
    int begin_changes = -1, first_select_changes = -1;
    std::int64_t inserted_rowid = 0;
    w.kernel.spawn("reader", [&] {
      auto connection = w.database.connect("reader");  // possibly the writer's pooled connection
      begin_changes = connection->execute("BEGIN IMMEDIATE").changes;
      first_select_changes = connection->execute("SELECT COUNT(*) FROM ride_requests").changes;
      connection->execute("COMMIT");
      inserted_rowid =
          connection->execute("INSERT INTO ride_requests (rider_id) VALUES (5)").last_insert_rowid;
    });
    w.kernel.run(seconds(10));
    EXPECT_EQ(begin_changes, 0) << "a reused connection must not show the last run's change count";
    EXPECT_EQ(first_select_changes, 0)
        << "a reused connection must not show the last run's change count";
    EXPECT_EQ(inserted_rowid, 1) << "rowids start again at 1";
  }
}

TEST(DatabaseStoreReuse, AChangedSchemaIsNotHandedToTheNextRun) {
  {
    DatabaseWorld w;
    w.kernel.spawn("operator", [&] {
      auto connection = w.database.connect("operator");
      connection->execute("ALTER TABLE ride_requests ADD COLUMN scratch_note TEXT");
    });
    w.kernel.run(seconds(10));
    EXPECT_TRUE(w.database.has_column("ride_requests", "scratch_note"));
    // DDL outside any connection is caught too (the store compares schema versions).
    w.database.inspect("CREATE TABLE scratch (x INTEGER)");
  }
  DatabaseWorld w;
  EXPECT_FALSE(w.database.has_column("ride_requests", "scratch_note"));
  EXPECT_EQ(columns_of(w.database, "ride_requests").count("scratch_note"), 0u);
  EXPECT_TRUE(w.database.inspect("SELECT name FROM sqlite_schema WHERE name = 'scratch'").empty());
}

TEST(DatabaseStoreReuse, AConnectionDroppedMidTransactionComesBackRolledBack) {
  {
    DatabaseWorld w;
    w.kernel.spawn("doomed", [&] {
      auto connection = w.database.connect("doomed");
      connection->execute("BEGIN IMMEDIATE");
      connection->execute("INSERT INTO ride_requests (id, rider_id) VALUES (3, 3)");
      throw sim::ProcessCrashed{};
    });
    w.kernel.run(seconds(10));
  }
  DatabaseWorld w;
  bool in_transaction = true;
  w.kernel.spawn("next", [&] {
    auto connection = w.database.connect("next");
    in_transaction = connection->in_transaction();
    Transaction transaction(*connection);  // would wait forever on a leaked lock
    transaction.commit();
  });
  w.kernel.run(seconds(10));
  EXPECT_FALSE(in_transaction);
  EXPECT_EQ(w.database.inspect("SELECT COUNT(*) FROM ride_requests").front().integer(0), 0);
}

}  // namespace
}  // namespace dispatchsim::model
