#include "model/infra/database.hpp"

#include "model/base/coverage_probes.hpp"
#include "model/infra/database_store.hpp"

#include <fmt/format.h>

#include <malloc.h>

#include <atomic>
#include <cassert>
#include <cstring>
#include <type_traits>
#include <variant>

#include "sim/prng.hpp"

namespace dispatchsim::model {

namespace {

void check(int code, sqlite3* handle, std::string_view what) {
  check_sqlite(code, handle, what);
}

SqlValue column_value(sqlite3_value* value) {
  switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_value_int64(value));
    case SQLITE_FLOAT:
      return sqlite3_value_double(value);
    case SQLITE_TEXT:
      return std::string(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                         static_cast<std::size_t>(sqlite3_value_bytes(value)));
    default:
      return nullptr;
  }
}

void bind_all(sqlite3* handle, sqlite3_stmt* statement,
              std::initializer_list<SqlValue> parameters) {
  int index = 1;
  for (const SqlValue& parameter : parameters) {
    int code = SQLITE_OK;
    if (std::holds_alternative<std::nullptr_t>(parameter)) {
      code = sqlite3_bind_null(statement, index);
    } else if (const auto* integer = std::get_if<std::int64_t>(&parameter)) {
      code = sqlite3_bind_int64(statement, index, *integer);
    } else if (const auto* real = std::get_if<double>(&parameter)) {
      code = sqlite3_bind_double(statement, index, *real);
    } else {
      const auto& text = std::get<std::string>(parameter);
      code = sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
    }
    check(code, handle, "bind");
    ++index;
  }
}

}  // namespace

std::string_view embedded_sql(std::string_view name) {
  for (const auto& [file, content] : embedded_sql_files()) {
    if (file == name) return content;
  }
  throw std::logic_error(fmt::format("no embedded SQL file model/infra/sql/{}.sql", name));
}

Database::Database(sim::Kernel& kernel, History& history, DatabaseConfig config)
    : kernel_(kernel), history_(history), config_(config) {
  latency_stream_ = kernel_.choices().stream("database");
  store_ = DatabaseStore::take(kernel_);
  anchor_ = store_->anchor();
  schema_ = DatabaseStore::template_columns();
}

void Database::refresh_schema(sqlite3* handle) {
  schema_ = std::make_shared<const SchemaColumns>(read_schema_columns(handle));
  ++schema_generation_;
  kernel_.record("db.schema_changed", static_cast<std::int64_t>(schema_generation_));
}

bool Database::has_column(std::string_view table, std::string_view column) const {
  return schema_->columns.count(fmt::format("{}.{}", table, column)) == 1;
}

Database::~Database() {
  DatabaseStore::give_back(std::move(store_));
}

std::unique_ptr<Connection> Database::connect(std::string owner) {
  auto connection = std::unique_ptr<Connection>(
      new Connection(*this, store_->connection(), std::move(owner), next_connection_id_++));
  sqlite3_preupdate_hook(connection->handle_, &Connection::on_preupdate, connection.get());
  return connection;
}

void Database::prepare_connections(std::size_t count) {
  store_->keep_idle(count);
}

std::vector<Row> Database::inspect(std::string_view sql,
                                   std::initializer_list<SqlValue> parameters) {
  sqlite3_stmt* statement = store_->anchor_statement(sql);
  struct Reset {
    sqlite3_stmt* statement;
    ~Reset() {
      sqlite3_reset(statement);
      sqlite3_clear_bindings(statement);
    }
  } reset{statement};
  bind_all(anchor_, statement, parameters);
  std::vector<Row> rows;
  for (;;) {
    const int code = sqlite3_step(statement);
    if (code == SQLITE_DONE) break;
    check(code, anchor_, "inspect");
    std::vector<SqlValue> values;
    for (int column = 0; column < sqlite3_column_count(statement); ++column) {
      values.push_back(column_value(sqlite3_column_value(statement, column)));
    }
    rows.emplace_back(std::move(values));
  }
  return rows;
}

void Database::save_to(const std::string& path) {
  sqlite3* file = nullptr;
  const int code = sqlite3_open(path.c_str(), &file);
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> guard(file, sqlite3_close);
  check(code, file, "open " + path);
  sqlite3_backup* backup = sqlite3_backup_init(file, "main", anchor_, "main");
  if (backup == nullptr) check(SQLITE_ERROR, file, "save to " + path);
  sqlite3_backup_step(backup, -1);
  check(sqlite3_backup_finish(backup), file, "save to " + path);
}

Connection::Connection(Database& database, std::unique_ptr<PooledConnection> pooled,
                       std::string owner, std::uint32_t id)
    : database_(database),
      pooled_(std::move(pooled)),
      handle_(pooled_->handle),
      owner_(std::move(owner)),
      id_(id) {}

Connection::~Connection() {
  const bool held_lock = in_transaction();
  if (held_lock && !database_.kernel().stopping()) {
    database_.kernel().probe(probe::transaction_open_at_crash);
  }
  database_.store_->release(std::move(pooled_));  // rolls back, as closing would
  pending_.clear();
  if (held_lock) database_.kernel().notify_all(database_.lock_released());
}

sqlite3_stmt* Connection::prepared(std::string_view sql) {
  std::map<std::string, sqlite3_stmt*, std::less<>>& statements = pooled_->statements;
  if (auto found = statements.find(sql); found != statements.end()) return found->second;
  sqlite3_stmt* statement = nullptr;
  const int code =
      sqlite3_prepare_v2(handle_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  if (code == SQLITE_BUSY) return nullptr;  // reading the schema needs a lock too
  check(code, handle_, fmt::format("prepare `{}`", sql));
  statements.emplace(std::string(sql), statement);
  return statement;
}

bool Connection::step_all(sqlite3_stmt* statement, StatementResult* result) {
  for (;;) {
    const int code = sqlite3_step(statement);
    if (code == SQLITE_ROW) {
      std::vector<SqlValue> values;
      const int columns = sqlite3_column_count(statement);
      values.reserve(static_cast<std::size_t>(columns));
      for (int column = 0; column < columns; ++column) {
        values.push_back(column_value(sqlite3_column_value(statement, column)));
      }
      result->rows.emplace_back(std::move(values));
      continue;
    }
    if (code == SQLITE_BUSY) {
      result->rows.clear();
      return false;
    }
    if (code != SQLITE_DONE) {
      const std::string message = sqlite3_errmsg(handle_);
      sqlite3_reset(statement);
      throw SqlError(code, message, sqlite_busy(code));
    }
    result->changes = counted_a_write_ ? sqlite3_changes(handle_) : 0;
    result->last_insert_rowid = sqlite3_last_insert_rowid(handle_);
    return true;
  }
}

StatementResult Connection::execute(std::string_view sql,
                                    std::initializer_list<SqlValue> parameters) {
  sim::Kernel& kernel = database_.kernel();
  const std::string_view point = statement_yield_point(sql);
  // Outside a transaction nothing is pending: an autocommit statement's changes commit with it.
  assert(in_transaction() || pending_.empty());
  assert(statement_started_ <= kernel.now());
  previous_statement_started_ = statement_started_;
  statement_started_ = kernel.now();
  kernel.yield_point(point);
  const DatabaseConfig& config = database_.config();
  if (config.statement_latency_max > 0) {
    kernel.sleep_for(kernel.choices().uniform(
        database_.latency_stream_, config.statement_latency_min, config.statement_latency_max));
  }
  database_.other_sessions().meet(point, in_transaction());
  const sim::Micros deadline = kernel.now() + database_.config().lock_wait_timeout;
  const bool was_in_transaction = in_transaction();
  StatementResult result;
  assert(deadline >= kernel.now());
  for (;;) {
    const std::size_t pending_before = pending_.size();
    sqlite3_stmt* statement = prepared(sql);
    bool completed = false;
    if (statement != nullptr) {
      // A data change sets the connection's change count when it stops, whatever its outcome;
      // DDL and transaction control never do (BEGIN IMMEDIATE is not "read-only" to SQLite).
      if (!counted_a_write_ &&
          (point == "db.insert" || point == "db.update" || point == "db.delete" ||
           (point == "db.select" && sqlite3_stmt_readonly(statement) == 0))) {
        counted_a_write_ = true;
      }
      bind_all(handle_, statement, parameters);
      try {
        completed = step_all(statement, &result);
      } catch (const SqlError&) {
        pending_.resize(pending_before);  // the failed statement's changes were undone
        sqlite3_clear_bindings(statement);
        throw;
      }
      sqlite3_reset(statement);
      sqlite3_clear_bindings(statement);
    }
    if (completed) break;
    pending_.resize(pending_before);
    if (!kernel.wait(database_.lock_released(), deadline) && kernel.now() >= deadline) {
      kernel.probe(probe::lock_wait_timeout);
      kernel.record("db.lock_wait_timeout", id_);
      throw LockWaitTimeout();
    }
  }
  assert(result.changes >= 0);
  assert(point != "db.begin" || in_transaction());
  assert((point != "db.commit" && point != "db.rollback") || !in_transaction());
  kernel.record_with(point, id_, result.changes, static_cast<std::int64_t>(result.rows.size()),
                     [&] { return statement_with_parameters(sql, parameters); });
  // Recorded in completion order, which is a valid serial order of the whole run's SQL.
  if (auto* log = database_.statement_log()) {
    log->push_back(RecordedStatement{id_, std::string(sql), std::vector<SqlValue>(parameters)});
  }
  // An explicit ROLLBACK undid the transaction's changes: they never committed.
  if (point == "db.rollback") pending_.clear();
  if (point == "db.statement") schema_change_pending_ = true;  // DDL: ALTER, CREATE, DROP
  finish_statement(was_in_transaction || result.changes > 0);
  return result;
}

void Connection::finish_statement(bool wrote) {
  if (in_transaction()) return;
  // Autocommit again: whatever this connection changed is now committed, at this instant.
  History& history = database_.history();
  for (const PendingChange& change : pending_) {
    if (change.kind == HistoryKind::dispatch_logged) probe_dispatch_after_decline(change.request);
    if (change.kind == HistoryKind::queue_row_published) {
      history.observe(change.kind, change.request, change.driver, change.a);
      continue;
    }
    history.record(change.kind, change.request, change.driver, change.a, change.b);
  }
  pending_.clear();
  if (schema_change_pending_) {
    // Before any other process runs: the next row change must be read with the new positions.
    schema_change_pending_ = false;
    database_.refresh_schema(handle_);
  }
  if (wrote) database_.kernel().notify_all(database_.lock_released());
}

// Classifies a dispatch of a declined request by when the decline committed relative to this
// connection's previous statement (typically the status check that allowed the dispatch).
void Connection::probe_dispatch_after_decline(RequestId request) {
  const auto declined_at = database_.history().declined_at(request);
  if (!declined_at) return;
  sim::Kernel& kernel = database_.kernel();
  kernel.probe(*declined_at >= previous_statement_started_
                   ? probe::decline_between_check_and_dispatch
                   : probe::dispatch_from_stale_read);
}

void Connection::rollback_now() {
  // A killed process's ROLLBACK never runs: the transaction stays open until ~Connection, as the
  // database rolls back a session whose process died.
  if (!in_transaction() || database_.kernel().current_killed()) return;
  sqlite3_exec(handle_, "ROLLBACK", nullptr, nullptr, nullptr);
  pending_.clear();
  schema_change_pending_ = false;  // the DDL was undone with the rest
  database_.kernel().record("db.rollback", id_);
  database_.kernel().notify_all(database_.lock_released());
}

void Connection::on_preupdate(void* self, sqlite3*, int operation, const char*, const char* table,
                              sqlite3_int64, sqlite3_int64 new_rowid) {
  static_cast<Connection*>(self)->capture_change(operation, table, new_rowid);
}

// INTEGER PRIMARY KEY columns are the rowid, which the hook passes separately.
void Connection::capture_change(int operation, std::string_view table, std::int64_t rowid) {
  const SchemaColumns& c = *database_.schema_;
  auto value = [&](bool new_value, int column) {
    sqlite3_value* raw = nullptr;
    if (column < 0) return raw;  // the column was dropped (the plan's rollback)
    if (new_value) {
      sqlite3_preupdate_new(handle_, column, &raw);
    } else {
      sqlite3_preupdate_old(handle_, column, &raw);
    }
    return raw;
  };
  auto integer = [&](bool new_value, int column) -> std::int64_t {
    sqlite3_value* raw = value(new_value, column);
    return raw != nullptr ? sqlite3_value_int64(raw) : 0;
  };
  auto status = [&](bool new_value) -> std::int64_t {
    sqlite3_value* raw = value(new_value, c.request_status);
    const char* text = raw != nullptr ? reinterpret_cast<const char*>(sqlite3_value_text(raw)) : "";
    const auto parsed = status_from_sql(text != nullptr ? text : "");
    assert(parsed.has_value());
    return static_cast<std::int64_t>(parsed.value_or(RequestStatus::pending));
  };
  auto text = [&](bool new_value, int column) -> std::string_view {
    sqlite3_value* raw = value(new_value, column);
    const unsigned char* chars = raw != nullptr ? sqlite3_value_text(raw) : nullptr;
    return chars != nullptr ? reinterpret_cast<const char*>(chars) : "";
  };
  auto micro_degrees = [&](bool new_value, int column) -> std::int64_t {
    sqlite3_value* raw = value(new_value, column);
    return raw != nullptr ? static_cast<std::int64_t>(sqlite3_value_double(raw) * 1e6) : 0;
  };
  if (table == "ride_requests") {
    if (operation == SQLITE_INSERT) {
      pending_.push_back(
          {HistoryKind::request_created, rowid, 0, integer(true, c.request_version), 0});
      return;
    }
    if (operation != SQLITE_UPDATE) return;
    const RequestId id = rowid;
    const std::int64_t old_status = status(false), new_status = status(true);
    if (old_status != new_status) {
      const auto to = static_cast<RequestStatus>(new_status);
      const DriverId by = to == RequestStatus::declined   ? integer(true, c.request_declined_by)
                          : to == RequestStatus::accepted ? integer(true, c.request_accepted_by)
                                                          : 0;
      pending_.push_back({HistoryKind::status_committed, id, by, old_status, new_status});
    }
    const std::int64_t old_sequence = integer(false, c.request_location_sequence);
    const std::int64_t new_sequence = integer(true, c.request_location_sequence);
    const std::int64_t old_lat = micro_degrees(false, c.request_pickup_lat);
    const std::int64_t new_lat = micro_degrees(true, c.request_pickup_lat);
    if (old_sequence != new_sequence || old_lat != new_lat) {
      pending_.push_back({HistoryKind::location_committed, id, 0, new_sequence, new_lat});
    }
  } else if (table == "dispatch_log" && operation == SQLITE_INSERT) {
    pending_.push_back({HistoryKind::dispatch_logged, integer(true, c.log_request),
                        integer(true, c.log_driver), rowid, 0});
  } else if (table == "dispatch_queue" && operation == SQLITE_INSERT) {
    pending_.push_back({HistoryKind::queue_row_added, integer(true, c.queue_request),
                        integer(true, c.queue_driver), integer(true, c.queue_sequence), 0});
  } else if (table == "dispatch_queue" && operation == SQLITE_UPDATE &&
             text(false, c.queue_status) == "PENDING" &&
             text(true, c.queue_status) == "PUBLISHED") {
    pending_.push_back({HistoryKind::queue_row_published, integer(true, c.queue_request),
                        integer(true, c.queue_driver), rowid, 0});
  }
}

}  // namespace dispatchsim::model
