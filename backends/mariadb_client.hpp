#pragma once
// A blocking MariaDB client over a unix socket (Connector/C, libmariadb): runs SQL text, returns
// rows as the model's SqlValue, and sets the session's NOW() to a virtual instant. For loading
// the plan's MySQL schema, copying a run's final database and running the plan's SQL verbatim;
// the fiber-driven connection behind the database port is another piece (README, "Real
// backends").

#include <mysql.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/infra/database.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::backends {

// An error reply (or a lost connection), with MariaDB's error number (e.g. 1205 lock wait
// timeout, 1062 duplicate key) and the statement that caused it.
class MariadbError : public std::runtime_error {
 public:
  MariadbError(unsigned number, const std::string& message)
      : std::runtime_error(message), number_(number) {}
  unsigned number() const { return number_; }

 private:
  unsigned number_;
};

struct MariadbResult {
  std::vector<std::string> columns;  // names as the server reports them (aliases included)
  std::vector<model::Row> rows;      // integers, doubles (DOUBLE/DECIMAL), text, NULL
  std::uint64_t affected_rows = 0;
};

class MariadbClient {
 public:
  // Connects as root (no password) through socket_path; database may be empty. The session runs
  // in UTC (time_zone '+00:00'), so TIMESTAMP text reads back as it was written. Throws
  // MariadbError when the server cannot be reached.
  MariadbClient(const std::string& socket_path, const std::string& database = "");
  ~MariadbClient();
  MariadbClient(const MariadbClient&) = delete;
  MariadbClient& operator=(const MariadbClient&) = delete;

  // Runs one statement; throws MariadbError (the message quotes the statement's first line).
  MariadbResult execute(std::string_view sql);
  // Runs a script of several statements (the server splits it: trigger bodies may hold ';'),
  // throwing MariadbError at the first failing one.
  void execute_script(std::string_view sql);
  // The session's NOW() becomes the simulation's virtual instant `time`, truncated to the second
  // as model::sql_timestamp prints it (SET timestamp = epoch + seconds).
  void set_virtual_time(sim::Micros time);
  // SQL string literal of text, quoted and escaped for this connection.
  std::string quote(std::string_view text);

 private:
  [[noreturn]] void fail(std::string_view sql);
  MYSQL* handle_;
};

// One field of a text-protocol row as the model's SqlValue: integers, doubles (DOUBLE/DECIMAL),
// text, NULL.
model::SqlValue field_value(const MYSQL_FIELD& field, const char* text, unsigned long length);

// The simulation's epoch (model::sql_timestamp's 2026-01-01 00:00:00 UTC) in Unix seconds.
std::int64_t simulation_epoch_unix_seconds();

}  // namespace dispatchsim::backends
