#pragma once
// The plan's SQL on a real MariaDB: its schema and migration in MySQL DDL (backends/sql/), a
// finished run's final SQLite database copied row by row into it through the real client, and
// the plan's diagnosis and alert queries (Steps 1, 2, 4, 5, 6; Metrics 1, 2) run verbatim at the
// run's virtual end. The SQLite ports of the same queries are the harness's monitoring oracles
// (model/infra/sql/monitoring_*.sql); tests/backends/ checks that both give the same rows.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "backends/mariadb_client.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::backends {

// backends/sql/<name>.sql, embedded at build time. Throws std::logic_error for an unknown name.
std::string_view embedded_mysql(std::string_view name);
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_mysql_files();

// Drops and creates database `database`, makes it the client's current one, and loads the tables
// (mysql_schema.sql), the plan's migration verbatim (plan_migration.sql) and, when asked, the
// audit triggers (mysql_audit_triggers.sql; leave them out when copying rows that already hold
// the audit). Throws MariadbError.
void load_plan_schema(MariadbClient& client, const std::string& database, bool with_audit_triggers);

// Copies every table of the SQLite database file at sqlite_path into the client's current
// database (same table and column names) with multi-row INSERTs. Returns the rows copied per
// table. Throws MariadbError naming the table when MariaDB refuses a row (a column it lacks, a
// value too long for the plan's column type under strict mode), std::runtime_error when the file
// cannot be read.
std::map<std::string, std::int64_t> copy_sqlite_database(const std::string& sqlite_path,
                                                         MariadbClient& client);

// The latest timestamp in the copied run database (its updated_at, sent_at, processed_at and
// changed_at columns), as virtual time: what docs/diagnosis.sql takes for NOW() when the run's own
// end is not known. 0 for an empty database.
sim::Micros latest_timestamp(MariadbClient& client);

struct PlanQuery {
  std::string id;        // as the monitoring oracles name it: "step-1", ..., "metric-2"
  std::string title;     // "Step 1"
  std::string sql_name;  // backends/sql/<sql_name>.sql
};
// Steps 1, 2, 4, 5, 6 and Metrics 1, 2, in the plan's order.
const std::vector<PlanQuery>& plan_queries();

// The query's text as run: verbatim, except that Step 6's placeholder for the request becomes
// `request` (the one substitution).
std::string plan_query_sql(const PlanQuery& query, std::int64_t request);

// Runs plan_query_sql(query, request) with the session's NOW() at virtual instant now.
MariadbResult run_plan_query(MariadbClient& client, const PlanQuery& query, sim::Micros now,
                             std::int64_t request);

}  // namespace dispatchsim::backends
