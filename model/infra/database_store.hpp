#pragma once
// The SQLite side of the database port, kept by the worker process across runs: an in-memory
// database, the connections opened to it and the statements each one prepared. Production
// services keep pooled connections with the schema cached; so does a sweep worker (issue 17:
// opening a connection and parsing the schema on its first statement was a sixth of a run).
//
// A run takes a store (Database's constructor) and finds it as a fresh one would be: the content
// is the empty schema, every idle connection has parsed that schema, and the SQL functions read
// the run's kernel. Nothing else carries over: which idle connection a process gets changes
// nothing it can observe (Connection reports a fresh connection's change counters until its own
// first write), so a run stays a pure function of its inputs. A run that changed the schema (the
// plan's rollback drops columns) does not give its store back: it is closed and the next run
// builds a new one.

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sim/kernel.hpp"

namespace dispatchsim::model {

struct SchemaColumns;

// One SQLite connection and its prepared statements by SQL text; finalized and closed together.
struct PooledConnection {
  explicit PooledConnection(sqlite3* open_handle) : handle(open_handle) {}
  ~PooledConnection();
  PooledConnection(const PooledConnection&) = delete;
  PooledConnection& operator=(const PooledConnection&) = delete;

  sqlite3* handle;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements;
};

// What the SQL functions (sim_now) read: the kernel of the run holding the store.
struct StoreClock {
  sim::Kernel* kernel = nullptr;
};

class DatabaseStore {
 public:
  // A store for a run on kernel: this thread's last given-back one (content reset) or a new one.
  static std::unique_ptr<DatabaseStore> take(sim::Kernel& kernel);
  // Back to this thread's pool, or closed when the schema differs from the template's.
  static void give_back(std::unique_ptr<DatabaseStore> store);

  ~DatabaseStore();
  DatabaseStore(const DatabaseStore&) = delete;
  DatabaseStore& operator=(const DatabaseStore&) = delete;

  // Keeps the database alive; runs set-up and oracle SQL (Database::inspect).
  sqlite3* anchor() const { return anchor_->handle; }
  // The anchor's statement for sql, prepared once per store.
  sqlite3_stmt* anchor_statement(std::string_view sql);
  // An idle connection, or a new one (its schema parsed now if no lock prevents it).
  std::unique_ptr<PooledConnection> connection();
  // A connection whose process is gone: open transaction rolled back, statements reset.
  void release(std::unique_ptr<PooledConnection> connection);
  // Opens connections until `count` are idle, each with the schema parsed: called before a run
  // starts (no lock is held then), so that no connection reads the schema mid-run.
  void keep_idle(std::size_t count);

  // The template's schema (column positions for the preupdate hook).
  static const std::shared_ptr<const SchemaColumns>& template_columns();

 private:
  DatabaseStore();
  sqlite3* open();
  void reset_content();
  std::int64_t schema_version();

  std::string uri_;
  StoreClock clock_;
  std::unique_ptr<PooledConnection> anchor_;
  std::vector<std::unique_ptr<PooledConnection>> idle_;
  std::vector<sqlite3_stmt*> clear_tables_;  // on the anchor: DELETE FROM each table
  std::int64_t template_schema_version_ = 0;
};

// Reads the schema as it is now through handle (after a committed DDL).
SchemaColumns read_schema_columns(sqlite3* handle);

// Throws SqlError (busy() for SQLITE_BUSY and SQLITE_LOCKED) unless code is SQLITE_OK,
// SQLITE_DONE or SQLITE_ROW.
void check_sqlite(int code, sqlite3* handle, std::string_view what);
bool sqlite_busy(int code);

}  // namespace dispatchsim::model
