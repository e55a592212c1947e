#pragma once
// Where a run's database connections and cache come from when they are not the simulated ones:
// `dispatchsim confirm` runs a case against a real MariaDB and a real Redis (backends/). When a
// World is given ExternalServices, every process's SqlConnection, the World's own live reads
// (quiescence) and the cache port come from them; the simulated SQLite database stays empty until
// the run ends, when the real database's final rows are copied into it, so that the property
// checkers and the monitoring oracles read what the real services hold. The simulated broker, push
// transport and API channel stay simulated (README, "Real backends").

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/ports/key_value_store.hpp"
#include "model/ports/sql_connection.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

class Database;
class OtherSessions;
class History;
struct DatabaseConfig;

// One run's database on a server.
class SqlBackend {
 public:
  virtual ~SqlBackend() = default;
  // A connection for a process; owner names it in traces.
  virtual std::unique_ptr<SqlConnection> connect(std::string owner) = 0;
  // Reads outside the simulation (no yield point, no fault, no history), like Database::inspect.
  virtual std::vector<Row> inspect(std::string_view sql) = 0;
  // After the run: every table's final rows into the simulated database (same tables, columns).
  virtual void copy_final_rows_into(Database& database) = 0;
};

// What the backend may use of the run: its kernel (yield points, virtual time, lock waits), the
// sessions a statement meets (the same db-busy draws as the simulated database makes), the
// history its commits go to.
struct ExternalServiceContext {
  sim::Kernel& kernel;
  // What a statement meets on its way in besides the simulated processes (the db-busy fault's
  // seam, model/infra/fault_seams.hpp): a real database asks it where the simulated one does.
  OtherSessions& other_sessions;
  History& history;
  const DatabaseConfig& database;
};

class ExternalServices {
 public:
  virtual ~ExternalServices() = default;
  virtual std::unique_ptr<SqlBackend> open_database(const ExternalServiceContext& context) = 0;
  virtual std::unique_ptr<KeyValueStore> open_cache(sim::Kernel& kernel) = 0;
};

}  // namespace dispatchsim::model
