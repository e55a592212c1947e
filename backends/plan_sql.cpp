#include "backends/plan_sql.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cassert>
#include <memory>
#include <stdexcept>

namespace dispatchsim::backends {

namespace {

constexpr std::size_t rows_per_insert = 500;

using SqliteHandle = std::unique_ptr<sqlite3, int (*)(sqlite3*)>;
using SqliteStatement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

SqliteStatement prepare(sqlite3* handle, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    throw std::runtime_error(fmt::format("SQLite: {} (in: {})", sqlite3_errmsg(handle), sql));
  }
  return SqliteStatement(statement, sqlite3_finalize);
}

// One SQLite value as a MySQL literal.
std::string literal(sqlite3_stmt* row, int column, MariadbClient& client) {
  switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
      return "NULL";
    case SQLITE_INTEGER:
      return std::to_string(sqlite3_column_int64(row, column));
    case SQLITE_FLOAT:
      return fmt::format("{:.17g}", sqlite3_column_double(row, column));
    default: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
      return client.quote(
          std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(row, column))));
    }
  }
}

std::int64_t copy_table(sqlite3* source, const std::string& table, MariadbClient& client) {
  const SqliteStatement rows =
      prepare(source, fmt::format("SELECT * FROM \"{}\" ORDER BY rowid", table));
  const int column_count = sqlite3_column_count(rows.get());
  std::string insert_head = fmt::format("INSERT INTO `{}` (", table);
  for (int column = 0; column < column_count; ++column) {
    insert_head +=
        fmt::format("{}`{}`", column == 0 ? "" : ", ", sqlite3_column_name(rows.get(), column));
  }
  insert_head += ") VALUES ";
  std::string batch;
  std::size_t batched = 0;
  std::int64_t copied = 0;
  const auto flush = [&] {
    if (batched == 0) return;
    try {
      client.execute(insert_head + batch);
    } catch (const MariadbError& error) {
      throw MariadbError(error.number(), fmt::format("copying table {}: {}", table, error.what()));
    }
    batch.clear();
    batched = 0;
  };
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(rows.get())) == SQLITE_ROW) {
    batch += batched == 0 ? "(" : ", (";
    for (int column = 0; column < column_count; ++column) {
      batch += (column == 0 ? "" : ", ") + literal(rows.get(), column, client);
    }
    batch += ")";
    ++copied;
    if (++batched == rows_per_insert) flush();
  }
  if (step != SQLITE_DONE)
    throw std::runtime_error(fmt::format("SQLite: {} reading {}", sqlite3_errmsg(source), table));
  flush();
  return copied;
}

}  // namespace

std::string_view embedded_mysql(std::string_view name) {
  for (const auto& [file, content] : embedded_mysql_files()) {
    if (file == name) return content;
  }
  throw std::logic_error(fmt::format("no embedded SQL file backends/sql/{}.sql", name));
}

void load_plan_schema(MariadbClient& client, const std::string& database,
                      bool with_audit_triggers) {
  client.execute(fmt::format("DROP DATABASE IF EXISTS `{}`", database));
  client.execute(fmt::format("CREATE DATABASE `{}`", database));
  client.execute(fmt::format("USE `{}`", database));
  client.execute_script(embedded_mysql("mysql_schema"));
  client.execute_script(embedded_mysql("plan_migration"));
  if (with_audit_triggers) client.execute_script(embedded_mysql("mysql_audit_triggers"));
}

std::map<std::string, std::int64_t> copy_sqlite_database(const std::string& sqlite_path,
                                                         MariadbClient& client) {
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open_v2(sqlite_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  SqliteHandle source(raw, sqlite3_close);
  if (opened != SQLITE_OK) {
    throw std::runtime_error(fmt::format("cannot open SQLite database {}: {}", sqlite_path,
                                         raw != nullptr ? sqlite3_errmsg(raw) : "out of memory"));
  }
  const SqliteStatement tables = prepare(source.get(),
                                         "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                         "name NOT LIKE 'sqlite_%' ORDER BY name");
  std::vector<std::string> names;
  while (sqlite3_step(tables.get()) == SQLITE_ROW) {
    names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(tables.get(), 0)));
  }
  std::map<std::string, std::int64_t> copied;
  client.execute("START TRANSACTION");
  for (const std::string& table : names) copied[table] = copy_table(source.get(), table, client);
  client.execute("COMMIT");
  return copied;
}

sim::Micros latest_timestamp(MariadbClient& client) {
  const MariadbResult latest = client.execute(
      "SELECT UNIX_TIMESTAMP(MAX(t)) FROM ("
      " SELECT MAX(updated_at) AS t FROM ride_requests UNION ALL SELECT MAX(sent_at) FROM "
      "dispatch_log"
      " UNION ALL SELECT MAX(processed_at) FROM event_log UNION ALL SELECT MAX(changed_at) FROM "
      "request_state_audit"
      ") AS latest");
  if (latest.rows.empty() || latest.rows.front().is_null(0)) return 0;
  const std::int64_t unix_seconds = latest.rows.front().integer(0);
  return std::max<std::int64_t>(0, unix_seconds - simulation_epoch_unix_seconds()) *
         sim::micros_per_second;
}

const std::vector<PlanQuery>& plan_queries() {
  static const std::vector<PlanQuery> queries = {
      {"step-1", "Step 1", "plan_step_1"},       {"step-2", "Step 2", "plan_step_2"},
      {"step-4", "Step 4", "plan_step_4"},       {"step-5", "Step 5", "plan_step_5"},
      {"step-6", "Step 6", "plan_step_6"},       {"metric-1", "Metric 1", "plan_metric_1"},
      {"metric-2", "Metric 2", "plan_metric_2"},
  };
  return queries;
}

std::string plan_query_sql(const PlanQuery& query, std::int64_t request) {
  std::string sql(embedded_mysql(query.sql_name));
  constexpr std::string_view placeholder = "<specific_request_id>";
  const std::string request_text = std::to_string(request);
  for (std::size_t at = sql.find(placeholder); at != std::string::npos;
       at = sql.find(placeholder, at + request_text.size())) {
    sql.replace(at, placeholder.size(), request_text);
  }
  return sql;
}

MariadbResult run_plan_query(MariadbClient& client, const PlanQuery& query, sim::Micros now,
                             std::int64_t request) {
  client.set_virtual_time(now);
  return client.execute(plan_query_sql(query, request));
}

}  // namespace dispatchsim::backends
