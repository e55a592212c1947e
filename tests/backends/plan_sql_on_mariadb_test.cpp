// The plan's SQL on a real MariaDB 10.11: its schema and migration load as the plan writes them,
// and its diagnosis and alert queries (Steps 1, 2, 4, 5, 6; Metrics 1, 2), run verbatim on the
// final database of a simulated run copied in through the real client, return the same rows as
// the SQLite ports the harness runs as monitoring oracles (model/infra/sql/monitoring_*.sql).

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "backends/mariadb_client.hpp"
#include "backends/mariadb_connection.hpp"
#include "backends/plan_sql.hpp"
#include "explore/confirmation.hpp"
#include "explore/results_file.hpp"
#include "faults/fault_catalogue.hpp"
#include "model/infra/database.hpp"
#include "scenarios/runner.hpp"
#include "scenarios/scenario.hpp"
#include "support/real_servers.hpp"
#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"

namespace dispatchsim::backends {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string cell(const model::SqlValue& value) {
  if (std::holds_alternative<std::nullptr_t>(value)) return "NULL";
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return fmt::format("{:.17g}", *real);
  return std::get<std::string>(value);
}

// Rows as text, sorted: the engines may order ties differently.
Rows sorted(Rows rows) {
  std::sort(rows.begin(), rows.end());
  return rows;
}

Rows mariadb_rows(const MariadbResult& result) {
  Rows rows;
  for (const model::Row& row : result.rows) {
    rows.emplace_back();
    for (std::size_t column = 0; column < row.size(); ++column)
      rows.back().push_back(cell(row.value(column)));
  }
  return sorted(rows);
}

// A saved run database opened with sim_now() returning the run's end, as the oracles saw it.
class SavedRun {
 public:
  SavedRun(const std::string& path, sim::Micros end) : now_(model::sql_timestamp(end)) {
    EXPECT_EQ(sqlite3_open_v2(path.c_str(), &handle_, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_create_function(
        handle_, "sim_now", 0, SQLITE_UTF8, &now_,
        [](sqlite3_context* context, int, sqlite3_value**) {
          const auto* now = static_cast<const std::string*>(sqlite3_user_data(context));
          sqlite3_result_text(context, now->c_str(), -1, SQLITE_TRANSIENT);
        },
        nullptr, nullptr);
  }
  ~SavedRun() { sqlite3_close(handle_); }
  SavedRun(const SavedRun&) = delete;
  SavedRun& operator=(const SavedRun&) = delete;

  Rows query(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(handle_, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << sqlite3_errmsg(handle_) << "\n"
        << sql;
    Rows rows;
    while (statement != nullptr && sqlite3_step(statement) == SQLITE_ROW) {
      rows.emplace_back();
      for (int column = 0; column < sqlite3_column_count(statement); ++column) {
        switch (sqlite3_column_type(statement, column)) {
          case SQLITE_NULL:
            rows.back().push_back(cell(nullptr));
            break;
          case SQLITE_INTEGER:
            rows.back().push_back(cell(std::int64_t{sqlite3_column_int64(statement, column)}));
            break;
          case SQLITE_FLOAT:
            rows.back().push_back(cell(sqlite3_column_double(statement, column)));
            break;
          default:
            rows.back().push_back(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
        }
      }
    }
    sqlite3_finalize(statement);
    return sorted(rows);
  }

 private:
  std::string now_;
  sqlite3* handle_ = nullptr;
};

// The SQLite rows a plan query must match: the oracle's port, except for Step 6, whose verbatim
// per-request listing is plain enough to run on SQLite as written (the oracle's Step 6 is a
// detector the plan does not have; it is compared on its own below).
Rows sqlite_rows(SavedRun& saved, const PlanQuery& query, std::int64_t request) {
  if (query.id == "step-6") return saved.query(plan_query_sql(query, request));
  return saved.query(std::string(model::embedded_sql("monitoring_" + query.sql_name.substr(5))));
}

TEST(PlanSqlOnMariadb, TheSchemaAndTheMigrationLoadAsThePlanWritesThemAndTheAuditTriggersFire) {
  const ThrowawayMariadb& server = testing::shared_mariadb();
  std::cout << "mariadb-install-db " << server.install_time().count() << " ms, mariadbd ready in "
            << server.startup_time().count() << " ms\n";
  MariadbClient client(server.socket_path());
  load_plan_schema(client, "fresh_world", true);
  client.set_virtual_time(sim::seconds(35));
  client.execute(
      "INSERT INTO ride_requests (rider_id, pickup_lat, pickup_lng) VALUES (7, 40.7128, -74.006)");
  client.set_virtual_time(sim::seconds(36));
  client.execute(
      "UPDATE ride_requests SET status = 'DECLINED', version = version + 1, updated_at = NOW() "
      "WHERE id = 1");
  const Rows audit =
      mariadb_rows(client.execute("SELECT request_id, old_status, new_status, old_version, "
                                  "new_version, changed_at FROM request_state_audit"));
  const Rows expected = sorted({{"1", "NULL", "PENDING", "NULL", "0", "2026-01-01 00:00:35"},
                                {"1", "PENDING", "DECLINED", "0", "1", "2026-01-01 00:00:36"}});
  EXPECT_EQ(audit, expected);
  const std::string create =
      std::get<std::string>(client.execute("SHOW CREATE TABLE dispatch_log").rows.at(0).value(1));
  EXPECT_NE(create.find("UNIQUE KEY `idx_idempotency` (`idempotency_key`)"), std::string::npos)
      << create;
}

struct Case {
  const char* scenario;
  const char* variant;
  std::uint64_t seed;
};

// Runs the case, copies its final database into MariaDB and compares every plan query with its
// SQLite counterpart. Returns the MariaDB rows of Step 1.
Rows compare_case(const Case& run_case, MariadbClient& client) {
  const auto directory = dispatchsim::testing::fresh_test_directory(
      fmt::format("mariadb-{}-{}-{}", run_case.scenario, run_case.variant, run_case.seed));
  const std::string path = (directory / "run.db").string();
  scenarios::RunOptions options;
  options.variant = run_case.variant;
  options.seed = run_case.seed;
  options.save_database_to = path;
  const scenarios::RunResult result = scenarios::run_scenario(
      scenarios::load_scenario(dispatchsim::testing::bundled_scenario(run_case.scenario)), options);
  const auto start = std::chrono::steady_clock::now();
  load_plan_schema(client, fmt::format("run_{}", run_case.seed), false);
  const auto copied = copy_sqlite_database(path, client);
  EXPECT_GT(copied.at("dispatch_log"), 0);
  std::int64_t rows_copied = 0;
  for (const auto& [table, rows] : copied) rows_copied += rows;
  SavedRun saved(path, result.virtual_end);
  const std::string label =
      fmt::format("{} -v {} --seed {}", run_case.scenario, run_case.variant, run_case.seed);
  // Step 6 lists one request's events: the one with the most (request 1 when there are none).
  const Rows busiest = saved.query(
      "SELECT request_id, COUNT(*) AS events FROM event_log GROUP BY request_id "
      "ORDER BY events DESC, request_id LIMIT 1");
  const std::int64_t request = busiest.empty() ? 1 : std::stoll(busiest.front().front());
  std::string answers;
  Rows step_1;
  for (const PlanQuery& query : plan_queries()) {
    const Rows on_mariadb =
        mariadb_rows(run_plan_query(client, query, result.virtual_end, request));
    answers += fmt::format(", {} {}", query.title,
                           query.id.starts_with("metric") ? on_mariadb.at(0).at(0)
                                                          : std::to_string(on_mariadb.size()));
    EXPECT_EQ(on_mariadb, sqlite_rows(saved, query, request))
        << label << ": " << query.title << " differs";
    if (query.id == "step-1") step_1 = on_mariadb;
    // The harness's verdict counts the same rows (or the same count, for a Metric).
    for (const model::OracleResult& oracle : result.monitoring.oracles) {
      if (oracle.id != query.id || query.id == "step-6") continue;
      const bool is_count = query.id.starts_with("metric");
      const std::int64_t answer = is_count ? std::stoll(on_mariadb.at(0).at(0))
                                           : static_cast<std::int64_t>(on_mariadb.size());
      EXPECT_EQ(answer, oracle.rows) << label << ": " << query.title;
    }
  }
  // The oracle's Step 6 detector (a window's LAG, EXISTS) finds the same events on MariaDB.
  EXPECT_EQ(mariadb_rows(client.execute(embedded_mysql("mysql_step_6_detector"))),
            saved.query(std::string(model::embedded_sql("monitoring_step_6"))))
      << label << ": the Step 6 detector";
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  std::cout << label << ": " << rows_copied << " rows copied, schema + copy + queries "
            << elapsed.count() << " ms" << answers << "\n";
  return step_1;
}

TEST(PlanSqlOnMariadb, ThePlansVerbatimQueriesReturnOnMariadbTheRowsTheSqlitePortsReturn) {
  MariadbClient client(testing::shared_mariadb().socket_path());
  for (const Case& run_case :
       {Case{"redelivery-storm", "legacy", 1}, Case{"location-reorder", "legacy", 2},
        Case{"push-chaos", "plan", 1}}) {
    compare_case(run_case, client);
  }
}

// redelivery-storm legacy seed 6 (tests/scenarios/diagnosis_sql_test.cpp): request 1 is declined
// by driver 4 at 0:35.8 and redelivered to drivers 3 and 4 at 0:41.9. The plan's Step 1, verbatim
// on MariaDB, names that row; and the comparison notices when MariaDB's rows differ.
TEST(PlanSqlOnMariadb, Step1FindsTheDeclinedRequestThatWasDispatchedAgain) {
  MariadbClient client(testing::shared_mariadb().socket_path());
  const Rows step_1 = compare_case(Case{"redelivery-storm", "legacy", 6}, client);
  ASSERT_FALSE(step_1.empty());
  std::set<std::pair<std::string, std::string>> named;  // (request, driver)
  for (const auto& row : step_1) {
    ASSERT_EQ(row.size(), 6u);
    EXPECT_EQ(row[1], "DECLINED");
    named.emplace(row[0], row[4]);
  }
  EXPECT_EQ(named.count({"1", "3"}), 1u);
  client.execute("DELETE FROM dispatch_log WHERE request_id = 1 AND driver_id = 3");
  const Rows after =
      mariadb_rows(run_plan_query(client, plan_queries().front(), sim::seconds(3600), 1));
  EXPECT_NE(after, step_1) << "the comparison cannot tell a changed table apart";
}

// confirm (explore/confirmation.hpp): the variants' SQLite statements in MySQL's dialect, and a
// case run on the simulator and again on the real services behind the same ports.
TEST(ConfirmOnRealServices, TheDialectTurnsTheVariantsStatementsIntoMysql) {
  EXPECT_EQ(to_mysql_dialect("BEGIN IMMEDIATE", false), "START TRANSACTION");
  EXPECT_EQ(to_mysql_dialect("SELECT id, status, version FROM ride_requests WHERE id = ?", true),
            "SELECT id, status, version FROM ride_requests WHERE id = ? FOR UPDATE");
  EXPECT_EQ(to_mysql_dialect("SELECT status FROM ride_requests WHERE id = ?", false),
            "SELECT status FROM ride_requests WHERE id = ?");
  EXPECT_EQ(
      to_mysql_dialect("INSERT INTO driver_notifications (driver_id, request_id) VALUES (?, ?) "
                       "ON CONFLICT (request_id, driver_id) DO NOTHING",
                       false),
      "INSERT IGNORE INTO driver_notifications (driver_id, request_id) VALUES (?, ?)");
  EXPECT_EQ(
      to_mysql_dialect("INSERT INTO dispatch_log (sent_at, idempotency_key) VALUES (sim_now(), ?) "
                       "ON CONFLICT (idempotency_key) DO UPDATE SET sent_at = sent_at",
                       false),
      "INSERT INTO dispatch_log (sent_at, idempotency_key) VALUES (NOW(), ?) "
      "ON DUPLICATE KEY UPDATE sent_at = sent_at");
  EXPECT_EQ(to_mysql_dialect("UPDATE t SET at_us = sim_now_us()", true),
            "UPDATE t SET at_us = @sim_now_us");
  // The version backfill's batch: MariaDB has no LIMIT in an IN subquery (error 1235), but
  // takes one in a derived table; a subquery without LIMIT stays as it is.
  EXPECT_EQ(to_mysql_dialect("UPDATE ride_requests SET version = 1 WHERE id IN "
                             "(SELECT id FROM ride_requests WHERE version = 0 ORDER BY id LIMIT ?)",
                             false),
            "UPDATE ride_requests SET version = 1 WHERE id IN (SELECT * FROM (SELECT id FROM "
            "ride_requests WHERE version = 0 ORDER BY id LIMIT ?) AS batch)");
  EXPECT_EQ(to_mysql_dialect("DELETE FROM t WHERE id IN (SELECT id FROM u)", false),
            "DELETE FROM t WHERE id IN (SELECT id FROM u)");
}

explore::Confirmation confirm_on_shared_servers(const std::string& variant, std::uint64_t seed) {
  RealServices services(testing::shared_mariadb().socket_path(),
                        testing::shared_redis().socket_path(), "dispatchsim_confirm_test");
  scenarios::RunOptions options;
  options.variant = variant;
  options.seed = seed;
  const auto scenario = scenarios::load_scenario(testing::bundled_scenario("decline-race"));
  return explore::confirm_case(scenario, options, services);
}

// decline-race legacy seed 19: the cached status the decline never invalidates sends an offer for
// the declined request — on the simulator and on MariaDB + Redis alike. The same seed on hardened
// stays clean on both. (The real run is not bit-deterministic; this case's race is in the cache,
// which no server timing moves.)
TEST(ConfirmOnRealServices, TheLegacyDeclineRaceReproducesOnMariadbAndRedisAndHardenedStaysClean) {
  const explore::Confirmation legacy = confirm_on_shared_servers("legacy", 19);
  EXPECT_EQ(legacy.reproduced, std::vector<std::string>{"no-dispatch-after-decline"});
  EXPECT_TRUE(legacy.real_only.empty());
  EXPECT_GT(legacy.counters.statements, 100);
  EXPECT_GE(legacy.counters.connections, 7);
  std::cout << fmt::format(
      "[ confirm  ] decline-race legacy 19: real run {:.2f} s ({} statements), simulated {:.3f} "
      "s\n",
      legacy.real_seconds, legacy.counters.statements, legacy.simulated_seconds);
  const explore::Confirmation hardened = confirm_on_shared_servers("hardened", 19);
  EXPECT_TRUE(hardened.simulated.violations.empty());
  EXPECT_TRUE(hardened.real.violations.empty()) << hardened.real.violations.front().description;
  // The comparison notices differing runs: legacy's statements are not hardened's.
  EXPECT_FALSE(explore::first_difference(hardened.simulated, hardened.simulated).has_value());
  EXPECT_TRUE(explore::first_difference(legacy.simulated, hardened.simulated).has_value());
}

// sweep --backend real: the sweep's runs again on one server pair, each row marked in the results
// file. worker-crash-restart plan seed 2 is the plan's key-set-before-work (Fix 2 sets its
// idempotency key, the worker crashes, the redelivered message is acknowledged as a duplicate):
// it reproduces on MariaDB + Redis; hardened's same seed stays clean on both.
TEST(ConfirmOnRealServices, SweepOnTheRealBackendMarksEachRunReproducedOrNot) {
  const std::string results =
      (testing::fresh_test_directory("backends/sweep-real") / "real.db").string();
  const testing::BinaryOutcome sweep = testing::run_dispatchsim(
      {"sweep", "-s", "worker-crash-restart", "-v", "plan", "hardened", "--seeds", "2..2", "-j",
       "1", "--backend", "real", "--mariadb", testing::shared_mariadb().socket_path(), "--redis",
       testing::shared_redis().socket_path(), "--db", results});
  EXPECT_EQ(sweep.exit_code, 1) << sweep.output;  // plan violates
  EXPECT_NE(sweep.output.find("confirmed on MariaDB 10.11"), std::string::npos) << sweep.output;
  explore::ResultsFile file(results, explore::ResultsFile::Mode::read_only);
  const auto confirmations = file.confirmations();
  ASSERT_EQ(confirmations.size(), 2u) << sweep.output;
  for (const explore::RunRecord& run : file.runs()) {
    const explore::RealConfirmation& real = confirmations.at(run.id);
    EXPECT_EQ(real.real_error, "") << run.variant;
    EXPECT_GT(real.statements, 1000) << run.variant;
    if (run.variant == "plan") {
      for (const char* property : {"exactly-once-dispatch", "no-message-lost"})
        EXPECT_EQ(real.verdict(property), "reproduced") << property;
    } else {
      EXPECT_EQ(run.outcome, explore::RunOutcome::pass);
      EXPECT_EQ(real.real_violations, 0) << real.first_difference;
      EXPECT_EQ(real.verdict("no-message-lost"), "clean on both");
    }
  }
}

// A handful of hardened seeds of the decline race stay clean on the real services, and the
// plan's decline race (Fix 2 checks the status outside the transaction) shows on MariaDB in the
// shrunk case of decline-race plan seed 68 (tests/data/real/decline-race-plan-68-min.toml): seed 5
// is clean in the simulator, where SQLite's whole-database lock makes worker-2's status read wait
// for the decline's transaction, and violates on InnoDB, whose non-locking read sees the row as it
// was before the decline and lets the dispatch through.
TEST(ConfirmOnRealServices, TheDeclineRaceOfThePlanShowsOnInnodbAndHardenedStaysClean) {
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const explore::Confirmation hardened = confirm_on_shared_servers("hardened", seed);
    EXPECT_TRUE(hardened.simulated.violations.empty()) << seed;
    EXPECT_TRUE(hardened.real.violations.empty())
        << seed << ": " << hardened.real.violations.front().description;
  }
  RealServices services(testing::shared_mariadb().socket_path(),
                        testing::shared_redis().socket_path(), "dispatchsim_confirm_test");
  scenarios::RunOptions options;
  options.variant = "plan";
  options.seed = 5;
  const auto shrunk =
      scenarios::load_scenario(testing::test_data("real/decline-race-plan-68-min.toml"));
  const explore::Confirmation plan = explore::confirm_case(shrunk, options, services);
  EXPECT_TRUE(plan.simulated.violations.empty());
  EXPECT_EQ(plan.real_only, std::vector<std::string>{"no-dispatch-after-decline"});
  std::cout << fmt::format("[ confirm  ] shrunk decline-race plan 68, seed 5: {}\n",
                           plan.real.violations.empty() ? std::string("clean")
                                                        : plan.real.violations.front().description);
}

// One of the pinned plan flaws in the swarm world (tests/properties/plan_flaws_test.cpp):
// notification-id-changes-with-version, swarm with only push-delay and producer-new-sequence on,
// seed 51. The swarm world runs the plan's version backfill, whose batch (IN (SELECT ... LIMIT ?))
// MariaDB takes only through the dialect's derived table; the duplicate offer reproduces.
TEST(ConfirmOnRealServices, APinnedSwarmFlawReproducesWithTheVersionBackfillRunning) {
  scenarios::Scenario swarm = scenarios::load_scenario(testing::bundled_scenario("swarm"));
  swarm.faults = faults::FaultPlan{};
  for (const char* id : {"push-delay", "producer-new-sequence"})
    swarm.faults.enable(faults::fault_from_id(id).value());
  ASSERT_TRUE(swarm.world.migration.backfill_pending);
  RealServices services(testing::shared_mariadb().socket_path(),
                        testing::shared_redis().socket_path(), "dispatchsim_confirm_test");
  scenarios::RunOptions options;
  options.variant = "plan";
  options.seed = 51;
  const explore::Confirmation plan = explore::confirm_case(swarm, options, services);
  EXPECT_EQ(plan.reproduced, std::vector<std::string>{"exactly-once-dispatch"});
  EXPECT_EQ(plan.counters.errors, 0);
}

}  // namespace
}  // namespace dispatchsim::backends
