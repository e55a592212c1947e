// dispatchsim plan-sql: the plan's diagnosis and alert SQL, verbatim, on a real MariaDB holding a
// run's final database (saved with `run --save-db`). The SQLite ports answer the same questions in
// every run (the monitoring line); this answers "and on MySQL?" with the plan's own text.

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "backends/mariadb_client.hpp"
#include "backends/plan_sql.hpp"
#include "backends/throwaway_server.hpp"
#include "cli/cli_support.hpp"
#include "model/infra/database.hpp"

namespace dispatchsim::cli {

namespace {

struct PlanSqlOptions {
  std::string run_database;
  std::int64_t request = 1;
  std::string mariadb_socket;  // empty: start a throwaway server
  std::size_t row_limit = 20;
};

std::string text_of(const model::Row& row, std::size_t column) {
  return row.is_null(column) ? "NULL" : row.text(column);
}

void print_answer(const backends::PlanQuery& query, const backends::MariadbResult& answer,
                  std::size_t limit) {
  fmt::print("== {} ({} row{})\n", query.title, answer.rows.size(),
             answer.rows.size() == 1 ? "" : "s");
  if (answer.rows.empty()) return;
  fmt::print("{}\n", fmt::join(answer.columns, "\t"));
  for (std::size_t index = 0; index < answer.rows.size() && index < limit; ++index) {
    std::vector<std::string> cells;
    for (std::size_t column = 0; column < answer.rows[index].size(); ++column) {
      cells.push_back(text_of(answer.rows[index], column));
    }
    fmt::print("{}\n", fmt::join(cells, "\t"));
  }
  if (answer.rows.size() > limit) fmt::print("... {} more\n", answer.rows.size() - limit);
}

int run_plan_sql(const PlanSqlOptions& options) {
  if (!std::filesystem::is_regular_file(options.run_database)) {
    throw BadInput(
        fmt::format("{}: no such file (save one with: dispatchsim run -s SCENARIO -v VARIANT "
                    "--seed N --save-db {})",
                    options.run_database, options.run_database));
  }
  std::unique_ptr<backends::ThrowawayMariadb> server;
  std::string socket = options.mariadb_socket;
  if (socket.empty()) {
    server = std::make_unique<backends::ThrowawayMariadb>();
    socket = server->socket_path();
    fmt::print("throwaway MariaDB (pid {}): installed in {} ms, ready {} ms later\n", server->pid(),
               server->install_time().count(), server->startup_time().count());
  }
  std::optional<backends::MariadbClient> client;
  try {
    client.emplace(socket);
  } catch (const backends::MariadbError& error) {
    throw BadInput(fmt::format(
        "{}\n  check the socket path, or leave out --mariadb to start a throwaway server",
        error.what()));
  }
  backends::load_plan_schema(*client, "dispatchsim_plan_sql", false);
  const auto copied = backends::copy_sqlite_database(options.run_database, *client);
  std::int64_t rows = 0;
  for (const auto& [table, count] : copied) rows += count;
  const sim::Micros now = backends::latest_timestamp(*client);
  const auto version = client->execute("SELECT VERSION()");
  fmt::print(
      "MariaDB {}: {} rows of {} tables copied from {}; NOW() = {} (the run's latest timestamp)\n",
      text_of(version.rows.at(0), 0), rows, copied.size(), options.run_database,
      model::sql_timestamp(now));
  for (const backends::PlanQuery& query : backends::plan_queries()) {
    print_answer(query, backends::run_plan_query(*client, query, now, options.request),
                 options.row_limit);
  }
  return exit_ok;
}

}  // namespace

void install_plan_sql_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<PlanSqlOptions>();
  CLI::App* command = app.add_subcommand(
      "plan-sql",
      "Run the plan's diagnosis and alert SQL (Steps 1, 2, 4, 5, 6; Metrics 1, 2) verbatim on "
      "MariaDB,\n"
      "on a run's final database: its schema and migration in MySQL DDL, the rows copied in, NOW() "
      "the\n"
      "run's latest timestamp. Starts a throwaway mariadbd (stopped by pid) unless --mariadb names "
      "one.\n"
      "Exit 2 when MariaDB cannot be started or reached (the message says what to install).\n"
      "  example: dispatchsim run -s redelivery-storm -v legacy --seed 6 --save-db run.db\n"
      "           dispatchsim plan-sql run.db --request 1");
  command->add_option("run_database", options->run_database, "A database saved by `run --save-db`")
      ->required();
  command->add_option("--request", options->request, "The request Step 6 lists (default 1)");
  command->add_option("--mariadb", options->mariadb_socket,
                      "Unix socket of a running MariaDB (user root)");
  command->add_option("--rows", options->row_limit, "Rows printed per query (default 20)");
  command->callback([&context, options] {
    context.exit_code = guarded([options] { return run_plan_sql(*options); });
  });
}

}  // namespace dispatchsim::cli
