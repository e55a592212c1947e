#pragma once
// The database port: what a simulated process's code sees of its database connection, and
// nothing else. The dispatch logic never knows which database answers — the simulated SQLite one
// (model/infra/database.hpp), or a real MariaDB server (backends/). Each implementation is a
// dialect: the variants write the SQL that the simulated SQLite database runs, and a real backend
// translates it once, at its port (e.g. BEGIN IMMEDIATE → START TRANSACTION).

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sim/virtual_time.hpp"  // the units only (microseconds): vocabulary, like <chrono>

namespace dispatchsim::model {

using SqlValue = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

class Row {
 public:
  explicit Row(std::vector<SqlValue> values) : values_(std::move(values)) {}
  std::int64_t integer(std::size_t column) const;  // NULL reads as 0
  double real(std::size_t column) const;           // NULL reads as 0.0
  std::string text(std::size_t column) const;      // NULL reads as ""
  bool is_null(std::size_t column) const;
  std::size_t size() const { return values_.size(); }
  const SqlValue& value(std::size_t column) const { return values_.at(column); }

 private:
  std::vector<SqlValue> values_;
};

struct StatementResult {
  std::vector<Row> rows;
  int changes = 0;  // rows inserted, updated or deleted
  std::int64_t last_insert_rowid = 0;
};

// An SQL error the code under test may catch (`except Exception`), e.g. a constraint violation.
// code() is the backend's own error number (SQLite's result code, MySQL's error number);
// busy() says, whatever the backend, that the statement lost to another connection's lock.
class SqlError : public std::runtime_error {
 public:
  SqlError(int code, const std::string& message, bool busy = false)
      : std::runtime_error(message), code_(code), busy_(busy) {}
  int code() const { return code_; }
  bool busy() const { return busy_; }

 private:
  int code_;
  bool busy_;
};

// MySQL error 1205: "Lock wait timeout exceeded; try restarting transaction".
class LockWaitTimeout : public SqlError {
 public:
  static constexpr int mysql_error_number = 1205;
  LockWaitTimeout()
      : SqlError(mysql_error_number, "Lock wait timeout exceeded; try restarting transaction",
                 /*busy=*/true) {}
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  // Runs one statement with positional parameters. A yield point. Throws SqlError on an SQL
  // error and LockWaitTimeout when a lock stays held past the lock wait timeout.
  virtual StatementResult execute(std::string_view sql,
                                  std::initializer_list<SqlValue> parameters = {}) = 0;
  std::vector<Row> query(std::string_view sql, std::initializer_list<SqlValue> parameters = {}) {
    return execute(sql, parameters).rows;
  }
  std::optional<Row> query_one(std::string_view sql,
                               std::initializer_list<SqlValue> parameters = {});

  virtual bool in_transaction() const = 0;
  // Rolls back without a yield point: used while unwinding (a crash, an exception).
  virtual void rollback_now() = 0;
  // The process this connection belongs to (it names the connection in traces).
  virtual const std::string& owner() const = 0;
  // Whether the schema has table.column now, and a count of committed schema changes: code that
  // chose its SQL for one schema can tell that the schema changed under it.
  virtual bool has_column(std::string_view table, std::string_view column) const = 0;
  virtual std::uint64_t schema_generation() const = 0;
};

// The plan's `with db.transaction():` — BEGIN IMMEDIATE now; COMMIT on commit(); if the scope
// is left without commit() (an exception, a crash), ROLLBACK.
class Transaction {
 public:
  explicit Transaction(SqlConnection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  SqlConnection& connection_;
  bool finished_ = false;
};

// Runs attempt() — which chooses its SQL for the schema it finds (SqlConnection::has_column) —
// and runs it again when it failed because the schema changed between the choice and the
// statement (the plan's rollback committed at the statement's yield point). Other errors
// propagate.
template <typename Attempt>
auto with_current_schema(SqlConnection& db, Attempt attempt) -> decltype(attempt()) {
  for (;;) {
    const std::uint64_t generation = db.schema_generation();
    try {
      return attempt();
    } catch (const LockWaitTimeout&) {
      throw;
    } catch (const SqlError&) {
      if (db.schema_generation() == generation) throw;
    }
  }
}

// The yield point (and trace kind) of a statement, by its verb: "db.select", "db.insert", ...,
// "db.begin", "db.commit", "db.rollback", "db.statement" (DDL). Every backend names its
// statements so, which makes their traces comparable.
std::string_view statement_yield_point(std::string_view sql);
// The statement as it ran, parameters in place of the '?'s, for people (explain, --trace, confirm).
std::string statement_with_parameters(std::string_view sql,
                                      std::initializer_list<SqlValue> parameters);

// Virtual time as MySQL's NOW() would print it: 'YYYY-MM-DD HH:MM:SS' (second precision,
// TIMESTAMP's default), counting from the simulation epoch 2026-01-01 00:00:00 UTC.
std::string sql_timestamp(sim::Micros time);

}  // namespace dispatchsim::model
