#pragma once
// The database port: a real SQLite database, one per run, in memory (the memdb VFS) and shared
// by one connection per simulated process, holding the plan's schema (model/infra/sql/schema.sql).
//
// Every statement is a yield point. MySQL's `SELECT ... FOR UPDATE` becomes a BEGIN IMMEDIATE
// transaction (SQLite locks the whole database). A busy database returns SQLITE_BUSY at once;
// the process then parks in virtual time until some connection releases its lock, and gives up
// with LockWaitTimeout after the lock wait timeout, as InnoDB does. No busy timeout, no OS time.
//
// Ground truth: a preupdate hook on every connection sees each row change; the changes become
// history events when (and only if) their transaction commits, stamped with the commit's virtual
// time. The dispatch logic under test cannot influence or see this.

#include <sqlite3.h>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/infra/fault_seams.hpp"
#include "model/infra/history.hpp"
#include "model/ports/sql_connection.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

struct DatabaseConfig {
  sim::Micros lock_wait_timeout = sim::seconds(50);  // innodb_lock_wait_timeout default
  // Each statement's round trip takes a time drawn from this range (0: it only yields). Latency
  // widens the windows between a check and the write that relies on it, as a network does.
  sim::Micros statement_latency_min = 0;
  sim::Micros statement_latency_max = 0;
};

// One statement as executed, for the raw-SQL replay benchmark.
struct RecordedStatement {
  std::uint32_t connection = 0;
  std::string sql;
  std::vector<SqlValue> parameters;
};

class Connection;
class DatabaseStore;
struct PooledConnection;

// Where the preupdate hook finds the columns it reads, and every table.column of the schema as it
// is now. The plan's migration columns (version, location_sequence) are -1 once dropped.
struct SchemaColumns {
  int request_status = -1, request_version = -1, request_declined_by = -1, request_accepted_by = -1,
      request_location_sequence = -1, request_pickup_lat = -1;
  int log_request = -1, log_driver = -1;
  int queue_request = -1, queue_driver = -1, queue_sequence = -1, queue_status = -1;
  std::set<std::string, std::less<>> columns;  // "table.column"
};

class Database {
 public:
  Database(sim::Kernel& kernel, History& history, DatabaseConfig config = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens a connection for a process (owner names it in traces). Cheap: an idle connection of
  // the store, its schema parsed and its statements prepared (model/infra/database_store.hpp).
  std::unique_ptr<Connection> connect(std::string owner);
  // Before a run starts: makes sure `count` connections are ready, so that none has to read the
  // schema mid-run (World::start passes the number of processes that hold one).
  void prepare_connections(std::size_t count);

  // Runs SQL outside the simulation (no yield point, no fault, no history): for set-up before a
  // run and for oracles after it. Throws SqlError on failure.
  std::vector<Row> inspect(std::string_view sql, std::initializer_list<SqlValue> parameters = {});

  // Writes the database to a file (the sqlite3 shell can open it). Throws SqlError on failure.
  void save_to(const std::string& path);

  // Whether the schema has table.column now. Schema changes (DDL through any connection, e.g. the
  // plan's database rollback) take effect when they commit; no SQL runs to answer this.
  bool has_column(std::string_view table, std::string_view column) const;
  // Counts committed schema changes: code that chose its SQL for one schema can tell that the
  // schema changed under it.
  std::uint64_t schema_generation() const { return schema_generation_; }

  // Every later statement meets `sessions` (which must outlive this) on its way in: sessions the
  // simulation does not run, e.g. a fault decorator's (model/infra/fault_seams.hpp). Healthy:
  // none.
  void share_with(OtherSessions& sessions) { other_sessions_ = &sessions; }
  OtherSessions& other_sessions() { return *other_sessions_; }

  // When non-null, every statement run through a Connection is appended here.
  void record_statements_into(std::vector<RecordedStatement>* log) { statement_log_ = log; }

  sim::Kernel& kernel() { return kernel_; }
  History& history() { return history_; }
  const DatabaseConfig& config() const { return config_; }
  sim::WaitQueue& lock_released() { return lock_released_; }
  std::vector<RecordedStatement>* statement_log() { return statement_log_; }

 private:
  friend class Connection;
  // Re-reads the schema (column positions for the preupdate hook) after a committed DDL.
  void refresh_schema(sqlite3* handle);

  sim::Kernel& kernel_;
  History& history_;
  DatabaseConfig config_;
  std::unique_ptr<DatabaseStore> store_;  // taken from the process's pool, given back at the end
  sqlite3* anchor_ = nullptr;             // the store's: keeps the memdb alive; used by inspect()
  sim::WaitQueue lock_released_;
  std::uint32_t next_connection_id_ = 1;
  std::vector<RecordedStatement>* statement_log_ = nullptr;
  sim::StreamId latency_stream_ = 0;
  std::shared_ptr<const SchemaColumns> schema_;  // shared with every run until a DDL commits
  std::uint64_t schema_generation_ = 0;
  NoOtherSessions no_other_sessions_;
  OtherSessions* other_sessions_ = &no_other_sessions_;
};

// The simulated database's implementation of the SqlConnection port.
class Connection final : public SqlConnection {
 public:
  ~Connection() override;  // closing rolls back an open transaction, as when the process dies
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  StatementResult execute(std::string_view sql,
                          std::initializer_list<SqlValue> parameters = {}) override;
  bool in_transaction() const override { return sqlite3_get_autocommit(handle_) == 0; }
  void rollback_now() override;
  const std::string& owner() const override { return owner_; }
  bool has_column(std::string_view table, std::string_view column) const override {
    return database_.has_column(table, column);
  }
  std::uint64_t schema_generation() const override { return database_.schema_generation(); }

 private:
  friend class Database;
  struct PendingChange {
    HistoryKind kind;
    RequestId request;
    DriverId driver;
    std::int64_t a;
    std::int64_t b;
  };
  Connection(Database& database, std::unique_ptr<PooledConnection> pooled, std::string owner,
             std::uint32_t id);
  sqlite3_stmt* prepared(std::string_view sql);
  bool step_all(sqlite3_stmt* statement, StatementResult* result);  // false: database busy
  void finish_statement(bool wrote);
  static void on_preupdate(void* self, sqlite3* handle, int operation, const char* database_name,
                           const char* table, sqlite3_int64 old_rowid, sqlite3_int64 new_rowid);
  void capture_change(int operation, std::string_view table, std::int64_t rowid);
  void probe_dispatch_after_decline(RequestId request);

  Database& database_;
  std::unique_ptr<PooledConnection> pooled_;  // back to the store when the process is gone
  sqlite3* handle_;
  std::string owner_;
  std::uint32_t id_;
  // Until this incarnation's first data change, sqlite3_changes would still show an earlier
  // user's count: report 0, as a freshly opened connection does.
  bool counted_a_write_ = false;
  std::vector<PendingChange> pending_;
  bool schema_change_pending_ = false;  // this connection ran DDL not yet committed
  sim::Micros statement_started_ = 0;
  sim::Micros previous_statement_started_ = 0;
};

// The embedded model/infra/sql/*.sql files by name (e.g. "schema").
std::string_view embedded_sql(std::string_view name);
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_sql_files();

}  // namespace dispatchsim::model
