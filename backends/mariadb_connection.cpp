#include "backends/mariadb_connection.hpp"

#include <fmt/format.h>
#include <poll.h>

#include <cassert>
#include <cstdlib>
#include <map>
#include <set>

#include "backends/plan_sql.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/base/request_status.hpp"

namespace dispatchsim::backends {

namespace {

constexpr unsigned mysql_query_interrupted = 1317;  // ER_QUERY_INTERRUPTED (after our KILL QUERY)
constexpr unsigned mysql_deadlock = 1213;           // ER_LOCK_DEADLOCK
// The server's own lock wait timeout, far beyond any run: virtual time decides (see header).
constexpr int server_lock_wait_timeout_s = 3600;
// How long a run waits for the previous run's lock on its database (MariadbDatabase).
constexpr int database_lock_wait_s = 10;

bool starts_with_word(std::string_view text, std::string_view word) {
  const auto start = text.find_first_not_of(" \n\t(");
  if (start == std::string_view::npos) return false;
  text.remove_prefix(start);
  if (text.size() < word.size()) return false;
  for (std::size_t index = 0; index < word.size(); ++index) {
    if ((text[index] | 0x20) != word[index]) return false;
  }
  return true;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::string trimmed(std::string_view sql) {
  const auto first = sql.find_first_not_of(" \n\t");
  if (first == std::string_view::npos) return "";
  const auto last = sql.find_last_not_of(" \n\t;");
  return std::string(sql.substr(first, last - first + 1));
}

// ON CONFLICT (target) DO NOTHING | DO UPDATE SET ... in MySQL's words.
std::string translate_upsert(std::string text) {
  const auto conflict = text.find("ON CONFLICT");
  if (conflict == std::string::npos) return text;
  const auto action = text.find(" DO ", conflict);
  assert(action != std::string::npos);
  const std::string head = text.substr(0, conflict);
  const std::string tail = text.substr(action + 4);
  if (tail.starts_with("NOTHING")) {
    std::string ignored = head;
    const auto insert = ignored.find("INSERT INTO");
    assert(insert != std::string::npos);
    ignored.replace(insert, 11, "INSERT IGNORE INTO");
    return trimmed(ignored);
  }
  assert(tail.starts_with("UPDATE SET "));
  return head + "ON DUPLICATE KEY UPDATE " + tail.substr(11);
}

// MariaDB refuses LIMIT in an IN subquery (error 1235, "doesn't yet support 'LIMIT &
// IN/ALL/ANY/SOME subquery'") but takes it one level down, in a derived table — which MariaDB
// also materialises, so an UPDATE may read the table it updates (the version backfill).
std::string wrap_limited_in_subquery(std::string text) {
  const auto in = text.find("IN (SELECT ");
  if (in == std::string::npos) return text;
  const std::size_t open = in + 3;
  std::size_t close = open;
  for (int depth = 0; close < text.size(); ++close) {
    if (text[close] == '(') ++depth;
    if (text[close] == ')' && --depth == 0) break;
  }
  assert(close < text.size() && "unbalanced parentheses in an IN subquery");
  const std::string subquery = text.substr(open + 1, close - open - 1);
  if (subquery.find(" LIMIT ") == std::string::npos) return text;
  return text.substr(0, open) + "(SELECT * FROM (" + subquery + ") AS batch" + text.substr(close);
}

std::string sql_literal(MYSQL* handle, const model::SqlValue& value) {
  if (std::holds_alternative<std::nullptr_t>(value)) return "NULL";
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return fmt::format("{:.17g}", *real);
  const auto& text = std::get<std::string>(value);
  std::string escaped(text.size() * 2 + 1, '\0');
  escaped.resize(mysql_real_escape_string(handle, escaped.data(), text.data(), text.size()));
  return "'" + escaped + "'";
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at = text.find(separator); at != std::string_view::npos;
       at = text.find(separator, start)) {
    parts.emplace_back(text.substr(start, at - start));
    start = at + 1;
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

constexpr std::size_t rows_per_copy = 400;

// One row as an SQLite VALUES tuple.
std::string sqlite_values(const model::Row& row) {
  std::string values = "(";
  for (std::size_t column = 0; column < row.size(); ++column) {
    values += column == 0 ? "" : ", ";
    const model::SqlValue& value = row.value(column);
    if (std::holds_alternative<std::nullptr_t>(value)) {
      values += "NULL";
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      values += std::to_string(*integer);
    } else if (const auto* real = std::get_if<double>(&value)) {
      values += fmt::format("{:.17g}", *real);
    } else {
      values += "'";
      for (char c : std::get<std::string>(value))
        values += c == '\'' ? std::string("''") : std::string(1, c);
      values += "'";
    }
  }
  return values + ")";
}

std::int64_t to_integer(const std::string& text) {
  return std::strtoll(text.c_str(), nullptr, 10);
}
std::int64_t micro_degrees(const std::string& text) {
  return text.empty() ? 0 : static_cast<std::int64_t>(std::strtod(text.c_str(), nullptr) * 1e6);
}
std::int64_t status_code(const std::string& text) {
  const auto status = model::status_from_sql(text);
  assert(status.has_value());
  return static_cast<std::int64_t>(status.value_or(model::RequestStatus::pending));
}

}  // namespace

std::string to_mysql_dialect(std::string_view sql, bool in_transaction) {
  std::string text = trimmed(sql);
  if (text == "BEGIN IMMEDIATE" || text == "BEGIN") return "START TRANSACTION";
  replace_all(text, "sim_now_us()", "@sim_now_us");
  replace_all(text, "sim_now()", "NOW()");
  text = translate_upsert(std::move(text));
  text = wrap_limited_in_subquery(std::move(text));
  const bool reads = starts_with_word(text, "select") || starts_with_word(text, "with");
  if (in_transaction && reads && text.find("FOR UPDATE") == std::string::npos)
    text += " FOR UPDATE";
  return text;
}

std::string bind_parameters(MYSQL* handle, std::string_view sql,
                            std::initializer_list<model::SqlValue> parameters) {
  std::string text;
  auto parameter = parameters.begin();
  bool in_string = false;
  for (char c : sql) {
    if (c == '\'') in_string = !in_string;
    if (c != '?' || in_string) {
      text += c;
      continue;
    }
    if (parameter == parameters.end())
      throw std::logic_error(fmt::format("too few parameters for `{}`", sql));
    text += sql_literal(handle, *parameter++);
  }
  if (parameter != parameters.end())
    throw std::logic_error(fmt::format("too many parameters for `{}`", sql));
  return text;
}

class MariadbConnection final : public model::SqlConnection {
 public:
  MariadbConnection(MariadbDatabase& database, std::string owner, std::uint32_t id);
  ~MariadbConnection() override;

  model::StatementResult execute(std::string_view sql,
                                 std::initializer_list<model::SqlValue> parameters) override;
  bool in_transaction() const override {
    return (handle_->server_status & SERVER_STATUS_IN_TRANS) != 0;
  }
  void rollback_now() override;
  const std::string& owner() const override { return owner_; }
  bool has_column(std::string_view table, std::string_view column) const override;
  std::uint64_t schema_generation() const override { return 0; }  // no DDL on the real backend

 private:
  // What the server does when the session drops: roll back what the session left open.
  void roll_back_session();
  struct PendingChange {
    model::HistoryKind kind;
    model::RequestId request;
    model::DriverId driver;
    std::int64_t a;
    std::int64_t b;
  };
  model::StatementResult run(const std::string& text);
  int wait_for_reply(int status, sim::Micros* blocked_since, bool* timed_out);
  int ready_events(int status, int timeout_ms);
  bool waits_on_row_lock();
  void abandon_in_flight();
  void blocking(const std::string& text);
  void set_session_time(sim::Micros now);
  void read_captured_changes();
  void parse_capture(const std::string& records);
  void finish_statement(bool wrote);
  void probe_dispatch_after_decline(model::RequestId request);
  [[noreturn]] void fail(const std::string& text);

  MariadbDatabase& database_;
  std::string owner_;
  std::uint32_t id_;
  MYSQL* handle_;
  unsigned long thread_id_ = 0;
  bool in_flight_ = false;
  sim::Micros session_time_ = -1;
  std::vector<PendingChange> pending_;
  sim::Micros statement_started_ = 0;
  sim::Micros previous_statement_started_ = 0;
};

MariadbConnection::MariadbConnection(MariadbDatabase& database, std::string owner, std::uint32_t id)
    : database_(database), owner_(std::move(owner)), id_(id), handle_(mysql_init(nullptr)) {
  if (handle_ == nullptr) throw MariadbError(0, "mysql_init: out of memory");
  mysql_options(handle_, MYSQL_OPT_NONBLOCK, nullptr);
  // CLIENT_FOUND_ROWS: an UPDATE reports the rows it matched, as sqlite3_changes does.
  if (mysql_real_connect(handle_, nullptr, "root", nullptr, database.config_.database.c_str(), 0,
                         database.config_.socket_path.c_str(), CLIENT_FOUND_ROWS) == nullptr) {
    const MariadbError error(mysql_errno(handle_),
                             fmt::format("cannot connect to MariaDB at {}: {}",
                                         database.config_.socket_path, mysql_error(handle_)));
    mysql_close(handle_);
    throw error;
  }
  thread_id_ = mysql_thread_id(handle_);
  blocking(
      fmt::format("SET time_zone = '+00:00', sql_mode = 'STRICT_TRANS_TABLES,PIPES_AS_CONCAT,"
                  "NO_ENGINE_SUBSTITUTION', innodb_lock_wait_timeout = {}",
                  server_lock_wait_timeout_s));
}

MariadbConnection::~MariadbConnection() {
  sim::Kernel& kernel = database_.kernel_;
  const bool held_locks = in_flight_ || in_transaction();
  if (in_transaction() && !kernel.stopping()) kernel.probe(model::probe::transaction_open_at_crash);
  try {
    roll_back_session();  // synchronously: a waiter woken below must find the locks released
  } catch (const std::exception&) {
    // the server went away: closing is all that is left
  }
  mysql_close(handle_);
  if (held_locks && !kernel.stopping()) kernel.notify_all(database_.lock_released_);
}

bool MariadbConnection::has_column(std::string_view table, std::string_view column) const {
  return database_.columns_.count(fmt::format("{}.{}", table, column)) == 1;
}

void MariadbConnection::fail(const std::string& text) {
  const unsigned number = mysql_errno(handle_);
  throw model::SqlError(
      static_cast<int>(number),
      fmt::format("MariaDB error {}: {} (in: {})", number, mysql_error(handle_), text),
      number == mysql_deadlock);
}

// A statement that never waits on a lock (session settings, the capture variable).
void MariadbConnection::blocking(const std::string& text) {
  if (mysql_real_query(handle_, text.data(), text.size()) != 0) fail(text);
  if (MYSQL_RES* rows = mysql_store_result(handle_)) mysql_free_result(rows);
}

void MariadbConnection::set_session_time(sim::Micros now) {
  if (now == session_time_) return;
  blocking(fmt::format("SET timestamp = {}, @sim_now_us = {}",
                       simulation_epoch_unix_seconds() + now / sim::micros_per_second, now));
  session_time_ = now;
}

model::StatementResult MariadbConnection::execute(
    std::string_view sql, std::initializer_list<model::SqlValue> parameters) {
  sim::Kernel& kernel = database_.kernel_;
  if (in_flight_)
    throw std::logic_error(owner_ + "'s MariaDB connection is used by two processes at once");
  const std::string_view point = model::statement_yield_point(sql);
  previous_statement_started_ = statement_started_;
  statement_started_ = kernel.now();
  kernel.yield_point(point);
  if (database_.latency_max_ > 0) {
    kernel.sleep_for(kernel.choices().uniform(database_.latency_stream_, database_.latency_min_,
                                              database_.latency_max_));
  }
  database_.other_sessions_.meet(point, in_transaction());
  const bool was_in_transaction = in_transaction();
  const std::string text =
      bind_parameters(handle_, to_mysql_dialect(sql, was_in_transaction), parameters);
  set_session_time(kernel.now());
  ++database_.counters_.statements;
  model::StatementResult result;
  try {
    result = run(text);
  } catch (const model::SqlError& error) {
    blocking("SET @dsv_capture = NULL");      // the failed statement's row changes were undone
    if (!in_transaction()) pending_.clear();  // a deadlock rolled the whole transaction back
    if (!error.busy() || error.code() == mysql_deadlock) ++database_.counters_.errors;
    kernel.record("db.error", id_, error.code());
    kernel.notify_all(database_.lock_released_);
    throw;
  }
  kernel.record_with(point, id_, result.changes, static_cast<std::int64_t>(result.rows.size()),
                     [&] { return model::statement_with_parameters(sql, parameters); });
  if (point == "db.rollback") pending_.clear();
  if (point == "db.insert" || point == "db.update" || point == "db.delete") read_captured_changes();
  finish_statement(was_in_transaction || result.changes > 0);
  return result;
}

model::StatementResult MariadbConnection::run(const std::string& text) {
  int error = 0;
  in_flight_ = true;
  int status = mysql_real_query_start(&error, handle_, text.data(), text.size());
  sim::Micros blocked_since = -1;
  bool timed_out = false;
  while (status != 0) {
    status =
        mysql_real_query_cont(&error, handle_, wait_for_reply(status, &blocked_since, &timed_out));
  }
  in_flight_ = false;
  if (error != 0) {
    if (timed_out && mysql_errno(handle_) == mysql_query_interrupted) {
      ++database_.counters_.lock_wait_timeouts;
      database_.kernel_.probe(model::probe::lock_wait_timeout);
      database_.kernel_.record("db.lock_wait_timeout", id_);
      throw model::LockWaitTimeout();
    }
    fail(text);
  }
  model::StatementResult result;
  std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)> stored(mysql_store_result(handle_),
                                                          mysql_free_result);
  if (stored) {
    const unsigned column_count = mysql_num_fields(stored.get());
    const MYSQL_FIELD* fields = mysql_fetch_fields(stored.get());
    while (MYSQL_ROW row = mysql_fetch_row(stored.get())) {
      const unsigned long* lengths = mysql_fetch_lengths(stored.get());
      std::vector<model::SqlValue> values;
      for (unsigned column = 0; column < column_count; ++column) {
        values.push_back(field_value(fields[column], row[column], lengths[column]));
      }
      result.rows.emplace_back(std::move(values));
    }
  } else if (mysql_errno(handle_) != 0) {
    fail(text);
  } else {
    result.changes = static_cast<int>(mysql_affected_rows(handle_));
    result.last_insert_rowid = static_cast<std::int64_t>(mysql_insert_id(handle_));
  }
  return result;
}

// The MYSQL_WAIT_* events ready within timeout_ms (real), 0 when none.
int MariadbConnection::ready_events(int status, int timeout_ms) {
  pollfd socket{mysql_get_socket(handle_), 0, 0};
  if ((status & MYSQL_WAIT_READ) != 0) socket.events |= POLLIN;
  if ((status & MYSQL_WAIT_WRITE) != 0) socket.events |= POLLOUT;
  if ((status & MYSQL_WAIT_EXCEPT) != 0) socket.events |= POLLPRI;
  if (::poll(&socket, 1, timeout_ms) <= 0) return 0;
  int ready = 0;
  if ((socket.revents & (POLLIN | POLLHUP | POLLERR)) != 0) ready |= MYSQL_WAIT_READ;
  if ((socket.revents & POLLOUT) != 0) ready |= MYSQL_WAIT_WRITE;
  if ((socket.revents & POLLPRI) != 0) ready |= MYSQL_WAIT_EXCEPT;
  return ready;
}

// Waits for the socket while the statement runs; when it does not answer promptly it is taken
// to wait on a row lock, and the process waits in virtual time for another connection to release
// locks (or for the lock wait timeout, when the query is killed).
int MariadbConnection::wait_for_reply(int status, sim::Micros* blocked_since, bool* timed_out) {
  sim::Kernel& kernel = database_.kernel_;
  const int blocked_after_ms = static_cast<int>(database_.config_.blocked_after.count());
  for (;;) {
    if (const int ready = ready_events(status, *timed_out ? -1 : blocked_after_ms); ready != 0)
      return ready;
    if (*blocked_since < 0) {
      *blocked_since = kernel.now();
      ++database_.counters_.lock_waits;
      kernel.record("db.lock_wait", id_);
    }
    const sim::Micros deadline = *blocked_since + database_.lock_wait_timeout_;
    if (kernel.now() < deadline) {
      kernel.wait(database_.lock_released_, deadline);
      continue;
    }
    if (waits_on_row_lock()) {
      database_.control_.execute(fmt::format("KILL QUERY {}", thread_id_));
      *timed_out = true;
    } else {
      *blocked_since = kernel.now();  // slow, not blocked: give it another timeout's grace
    }
  }
}

// INNODB_TRX is refreshed at most every 100 ms of reads; it is read only at a timeout, after a
// wait of that long, so what it says is current.
bool MariadbConnection::waits_on_row_lock() {
  const MariadbResult rows = database_.control_.execute(fmt::format(
      "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = {} "
      "AND trx_state = 'LOCK WAIT'",
      thread_id_));
  return rows.rows.front().integer(0) > 0;
}

// A statement still running when its process is unwound (a crash, the end of the run): KILL it
// and read its reply, so the connection can roll back and close.
void MariadbConnection::abandon_in_flight() {
  if (!in_flight_) return;
  database_.control_.execute(fmt::format("KILL QUERY {}", thread_id_));
  int error = 0;
  int status = MYSQL_WAIT_READ;
  while (status != 0) status = mysql_real_query_cont(&error, handle_, ready_events(status, 10000));
  if (MYSQL_RES* rows = mysql_store_result(handle_)) mysql_free_result(rows);
  in_flight_ = false;
}

void MariadbConnection::rollback_now() {
  // A killed process's ROLLBACK never runs: the session's transaction stays open until the
  // destructor closes the connection.
  if (database_.kernel_.current_killed()) return;
  roll_back_session();
}

void MariadbConnection::roll_back_session() {
  abandon_in_flight();
  if (!in_transaction()) return;
  blocking("ROLLBACK");
  blocking("SET @dsv_capture = NULL");
  pending_.clear();
  database_.kernel_.record("db.rollback", id_);
  database_.kernel_.notify_all(database_.lock_released_);
}

void MariadbConnection::read_captured_changes() {
  if (mysql_real_query(handle_, "SELECT @dsv_capture", 19) != 0) fail("SELECT @dsv_capture");
  std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)> stored(mysql_store_result(handle_),
                                                          mysql_free_result);
  MYSQL_ROW row = stored ? mysql_fetch_row(stored.get()) : nullptr;
  if (row == nullptr || row[0] == nullptr) return;
  parse_capture(row[0]);
  blocking("SET @dsv_capture = NULL");
}

void MariadbConnection::parse_capture(const std::string& records) {
  using model::HistoryKind;
  for (const std::string& record : split(records, ';')) {
    if (record.empty()) continue;
    const std::vector<std::string> f = split(record, ',');
    const std::string& kind = f.at(0);
    if (kind == "C") {
      pending_.push_back(
          {HistoryKind::request_created, to_integer(f.at(1)), 0, to_integer(f.at(2)), 0});
    } else if (kind == "S") {
      const std::int64_t to = status_code(f.at(3));
      const auto status = static_cast<model::RequestStatus>(to);
      const model::DriverId by = status == model::RequestStatus::declined   ? to_integer(f.at(4))
                                 : status == model::RequestStatus::accepted ? to_integer(f.at(5))
                                                                            : 0;
      pending_.push_back(
          {HistoryKind::status_committed, to_integer(f.at(1)), by, status_code(f.at(2)), to});
    } else if (kind == "L") {
      const std::int64_t old_sequence = to_integer(f.at(2)), new_sequence = to_integer(f.at(3));
      const std::int64_t old_lat = micro_degrees(f.at(4)), new_lat = micro_degrees(f.at(5));
      if (old_sequence != new_sequence || old_lat != new_lat) {
        pending_.push_back(
            {HistoryKind::location_committed, to_integer(f.at(1)), 0, new_sequence, new_lat});
      }
    } else if (kind == "D") {
      pending_.push_back({HistoryKind::dispatch_logged, to_integer(f.at(1)), to_integer(f.at(2)),
                          to_integer(f.at(3)), 0});
    } else if (kind == "Q") {
      pending_.push_back({HistoryKind::queue_row_added, to_integer(f.at(1)), to_integer(f.at(2)),
                          to_integer(f.at(3)), 0});
    } else if (kind == "P") {
      pending_.push_back({HistoryKind::queue_row_published, to_integer(f.at(1)),
                          to_integer(f.at(2)), to_integer(f.at(3)), 0});
    } else {
      throw std::logic_error("unknown captured change: " + record);
    }
  }
}

// As model::Connection::finish_statement: once autocommit again, the changes are committed now.
void MariadbConnection::finish_statement(bool wrote) {
  if (in_transaction()) return;
  model::History& history = database_.history_;
  for (const PendingChange& change : pending_) {
    if (change.kind == model::HistoryKind::dispatch_logged)
      probe_dispatch_after_decline(change.request);
    if (change.kind == model::HistoryKind::queue_row_published) {
      history.observe(change.kind, change.request, change.driver, change.a);
      continue;
    }
    history.record(change.kind, change.request, change.driver, change.a, change.b);
  }
  pending_.clear();
  if (wrote) database_.kernel_.notify_all(database_.lock_released_);
}

void MariadbConnection::probe_dispatch_after_decline(model::RequestId request) {
  const auto declined_at = database_.history_.declined_at(request);
  if (!declined_at) return;
  database_.kernel_.probe(*declined_at >= previous_statement_started_
                              ? model::probe::decline_between_check_and_dispatch
                              : model::probe::dispatch_from_stale_read);
}

MariadbDatabase::MariadbDatabase(const model::ExternalServiceContext& context,
                                 MariadbBackendConfig config)
    : kernel_(context.kernel),
      other_sessions_(context.other_sessions),
      history_(context.history),
      lock_wait_timeout_(context.database.lock_wait_timeout),
      latency_min_(context.database.statement_latency_min),
      latency_max_(context.database.statement_latency_max),
      latency_stream_(context.kernel.choices().stream("database")),
      config_(std::move(config)),
      control_(config_.socket_path),
      counters_(config_.counters != nullptr ? *config_.counters : own_counters_) {
  // Two runs on one database would drop each other's tables and flush each other's keys (seen:
  // "Table doesn't exist", duplicate keys): the run holds a named lock while its control
  // connection lives. The server releases a closed connection's lock a moment after the client
  // has gone, so the next run of a sequence waits for it (a bounded wait, in real time).
  const std::string lock = "dispatchsim:" + config_.database;
  const MariadbResult locked =
      control_.execute(fmt::format("SELECT GET_LOCK('{}', {})", lock, database_lock_wait_s));
  if (locked.rows.at(0).is_null(0) || locked.rows.at(0).integer(0) != 1) {
    throw MariadbError(
        0, fmt::format("another run has held database {} on the MariaDB at {} for more than "
                       "{} s: run confirmations one after another, or give each "
                       "its own server",
                       config_.database, config_.socket_path, database_lock_wait_s));
  }
  load_plan_schema(control_, config_.database, /*with_audit_triggers=*/true);
  control_.execute_script(embedded_mysql("mysql_history_capture"));
  const MariadbResult columns = control_.execute(
      "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM information_schema.COLUMNS "
      "WHERE TABLE_SCHEMA = DATABASE()");
  for (const model::Row& row : columns.rows) columns_.insert(row.text(0));
}

MariadbDatabase::~MariadbDatabase() = default;

std::unique_ptr<model::SqlConnection> MariadbDatabase::connect(std::string owner) {
  ++counters_.connections;
  return std::make_unique<MariadbConnection>(*this, std::move(owner), next_connection_id_++);
}

std::vector<model::Row> MariadbDatabase::inspect(std::string_view sql) {
  return control_.execute(sql).rows;
}

void MariadbDatabase::copy_final_rows_into(model::Database& database) {
  // The audit table last: the simulated database's own audit triggers fire on the copied requests.
  std::vector<std::string> tables;
  for (const model::Row& row :
       database.inspect("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name = "
                        "'request_state_audit', name")) {
    tables.push_back(row.text(0));
  }
  for (const std::string& table : tables) {
    std::string columns;
    for (const model::Row& row : database.inspect(
             fmt::format("SELECT name FROM pragma_table_info('{}') ORDER BY cid", table))) {
      columns += (columns.empty() ? "" : ", ") + row.text(0);
    }
    database.inspect(fmt::format("DELETE FROM {}", table));
    const MariadbResult rows =
        control_.execute(fmt::format("SELECT {} FROM {} ORDER BY id", columns, table));
    std::vector<std::string> values;
    for (const model::Row& row : rows.rows) values.push_back(sqlite_values(row));
    // One INSERT per chunk: Database::inspect keeps each distinct statement prepared.
    for (std::size_t first = 0; first < values.size(); first += rows_per_copy) {
      std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ", table, columns);
      for (std::size_t index = first; index < std::min(values.size(), first + rows_per_copy);
           ++index) {
        sql += (index == first ? "" : ", ") + values[index];
      }
      database.inspect(sql);
    }
  }
}

}  // namespace dispatchsim::backends
