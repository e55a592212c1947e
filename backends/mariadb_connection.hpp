#pragma once
// The database port on a real MariaDB 10.11 (InnoDB row locks), driven from the fiber scheduler:
// one real connection per simulated process, statements sent with Connector/C's non-blocking API
// (mysql_real_query_start/_cont), so that a statement waiting on an InnoDB row lock parks only its
// own process, in virtual time, while the others go on — as PostgreSQL's isolationtester steps
// sessions.
//
// Per statement, in the simulated database's order (model/database.cpp), so that a run draws the
// same choices on either backend: the yield point, the statement latency, the db_busy fault; then
// the statement in MySQL's dialect (to_mysql_dialect), with the session's NOW() set to the virtual
// instant. A statement not answered within `blocked_after` (real) is taken to wait on a row lock:
// its process waits (virtual time) until another connection commits, rolls back or closes, then
// looks again. At the scenario's lock wait timeout (virtual) it checks
// information_schema.INNODB_TRX that the statement still waits on a lock, KILLs the query and
// throws LockWaitTimeout, as InnoDB would after innodb_lock_wait_timeout (the server's own timeout
// is set far beyond any run, so virtual time decides).
//
// Ground truth: triggers (backends/sql/mysql_history_capture.sql) append each row change to a
// session variable, read after every write; the changes become history events when the
// transaction commits, stamped with the commit's virtual time — the same events the simulated
// database's preupdate hook gives.
//
// Not bit-deterministic: the server decides lock grants, deadlock victims and AUTO_INCREMENT
// values; the harness decides everything else as in a simulated run.

#include <chrono>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "backends/mariadb_client.hpp"
#include "model/infra/database.hpp"
#include "model/world/external_services.hpp"
#include "model/base/fault_points.hpp"
#include "model/infra/history.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::backends {

// The variants' SQL (written for the simulated SQLite database) in MySQL's dialect:
//   BEGIN / BEGIN IMMEDIATE          -> START TRANSACTION
//   SELECT ... inside a transaction  -> SELECT ... FOR UPDATE (the plan's literal locking reads;
//                                       SQLite's BEGIN IMMEDIATE held the write lock for them)
//   INSERT ... ON CONFLICT (k) DO NOTHING        -> INSERT IGNORE ...
//   INSERT ... ON CONFLICT (k) DO UPDATE SET ... -> INSERT ... ON DUPLICATE KEY UPDATE ...
//   sim_now() -> NOW(), sim_now_us() -> @sim_now_us (both set per statement to virtual time)
//   ... IN (SELECT ... LIMIT ?)      -> ... IN (SELECT * FROM (SELECT ... LIMIT ?) AS batch)
//                                       (MariaDB has no LIMIT in an IN subquery; the plan's
//                                       backfill batch, `UPDATE ... LIMIT 10000` in MySQL)
// `||` concatenates through the session's PIPES_AS_CONCAT. Parameters stay '?'.
std::string to_mysql_dialect(std::string_view sql, bool in_transaction);

// sql with its '?' replaced by MySQL literals (strings escaped by the connection).
std::string bind_parameters(MYSQL* handle, std::string_view sql,
                            std::initializer_list<model::SqlValue> parameters);

// What happened on the server in a run (for confirm's output).
struct MariadbCounters {
  std::int64_t connections = 0;
  std::int64_t statements = 0;
  std::int64_t lock_waits = 0;          // statements that waited on a row lock
  std::int64_t lock_wait_timeouts = 0;  // of which timed out (virtual lock_wait_timeout)
  std::int64_t errors = 0;              // other error replies (deadlocks included)
};

struct MariadbBackendConfig {
  std::string socket_path;
  std::string database = "dispatchsim_run";
  // A statement with no reply after this long (real time) is taken to wait on a row lock.
  std::chrono::milliseconds blocked_after{15};
  MariadbCounters* counters = nullptr;  // added to when given
};

class MariadbConnection;

// One run's database on the server: a fresh database with the plan's schema, migration, audit
// triggers and the capture triggers; a control connection for inspect(), KILL and INNODB_TRX.
class MariadbDatabase final : public model::SqlBackend {
 public:
  MariadbDatabase(const model::ExternalServiceContext& context, MariadbBackendConfig config);
  ~MariadbDatabase() override;

  std::unique_ptr<model::SqlConnection> connect(std::string owner) override;
  std::vector<model::Row> inspect(std::string_view sql) override;
  void copy_final_rows_into(model::Database& database) override;

  MariadbClient& control() { return control_; }

 private:
  friend class MariadbConnection;
  sim::Kernel& kernel_;
  model::OtherSessions& other_sessions_;
  model::History& history_;
  sim::Micros lock_wait_timeout_;
  sim::Micros latency_min_, latency_max_;
  sim::StreamId latency_stream_;
  MariadbBackendConfig config_;
  MariadbClient control_;
  sim::WaitQueue lock_released_;
  std::set<std::string, std::less<>> columns_;  // "table.column"
  std::uint32_t next_connection_id_ = 1;
  MariadbCounters own_counters_;
  MariadbCounters& counters_;
};

}  // namespace dispatchsim::backends
