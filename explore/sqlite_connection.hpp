#pragma once
// A thin RAII layer over the SQLite C API for files the explore layer owns (results files). Not
// for the simulated database: that one lives in virtual time (model/infra/database.hpp); this one
// is an ordinary file on disk shared by worker processes, so it waits on locks in wall-clock time.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dispatchsim::explore {

// A statement of one connection. Preparing costs more than running a small INSERT, so prepared
// statements are pooled per connection and SQL text: constructing one again reuses the earlier
// preparation (reset, bindings cleared). Not thread-safe: one thread per process uses these.
class SqliteStatement {
 public:
  SqliteStatement(sqlite3* handle, std::string_view sql);
  ~SqliteStatement();  // returns the statement to its connection's pool
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Parameters are numbered from 1, as in SQLite. An empty optional binds NULL.
  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bind(int index, double value);
  SqliteStatement& bind(int index, std::string_view value);
  SqliteStatement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  SqliteStatement& bind(int index, const char* value) {
    return bind(index, std::string_view(value));
  }
  SqliteStatement& bind(int index, const std::optional<std::int64_t>& value);
  SqliteStatement& bind(int index, const std::optional<std::string>& value);
  SqliteStatement& bind_blob(int index, std::string_view bytes);

  // Advances to the next row: true when a row is available, false when done. Throws InputError
  // naming the statement on any error.
  bool step();
  // Steps once, expecting no row (INSERT, UPDATE, DDL).
  void run();
  // Makes the statement reusable with new bindings.
  void reset();

  // Columns are numbered from 0.
  bool is_null(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;  // the bytes as stored (may hold NUL)
  std::optional<std::int64_t> optional_integer(int column) const;
  std::optional<std::string> optional_text(int column) const;

 private:
  sqlite3* handle_;
  std::string sql_;  // the pool's key
  sqlite3_stmt* statement_ = nullptr;
};

class SqliteConnection {
 public:
  // Opens (creating when asked) the file in WAL mode with a busy timeout, so several worker
  // processes can write it at once. Throws InputError when the file cannot be opened.
  SqliteConnection(const std::string& path, bool create);
  // Opens an existing file for reading only: nothing about it changes (no journal mode switch,
  // no schema), and any attempt to write fails.
  struct ReadOnly {};
  SqliteConnection(const std::string& path, ReadOnly);
  ~SqliteConnection();  // finalizes the pooled statements, then closes
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  // Runs one or more statements that return no rows.
  void execute(std::string_view sql);
  std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(handle_); }
  sqlite3* handle() const { return handle_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  sqlite3* handle_ = nullptr;
};

// "file:PATH?mode=ro" with PATH percent-encoded: how ATTACH names a file to read without
// changing it.
std::string read_only_uri(const std::string& path);

// Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back if it throws.
template <typename Body>
void in_transaction(SqliteConnection& connection, Body&& body) {
  connection.execute("BEGIN IMMEDIATE");
  try {
    body();
  } catch (...) {
    connection.execute("ROLLBACK");
    throw;
  }
  connection.execute("COMMIT");
}

}  // namespace dispatchsim::explore
