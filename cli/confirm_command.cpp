// dispatchsim confirm: runs one case twice — simulated, then on a real MariaDB + Redis behind the
// same ports — and says whether the simulated violations reproduce on the real services, where the
// two runs first differ (the first statement whose rows, changes or error differ), and what the
// plan's own SQL says on the real database at the run's end. Exit 1 when a violation reproduced
// (or the real run found one of its own), 0 when none did, 2 when the services cannot be reached.

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "backends/plan_sql.hpp"
#include "explore/confirmation.hpp"
#include "cli/cli_support.hpp"
#include "cli/real_services_option.hpp"
#include "cli/selected_run.hpp"
#include "model/infra/database.hpp"

namespace dispatchsim::cli {

namespace {

struct ConfirmArguments {
  RunSelection selection;
  RealServiceSockets sockets;
  std::size_t plan_rows = 3;
};

std::string virtual_seconds(sim::Micros time) {
  return fmt::format("{:.3f} s", static_cast<double>(time) / 1e6);
}

void print_first_difference(const explore::Confirmation& confirmation) {
  const auto& difference = confirmation.difference;
  if (!difference) {
    fmt::print(
        "no difference: every statement gave the same rows, changes and errors in the same "
        "order\n");
    return;
  }
  fmt::print("first difference at statement #{} ({} simulated, {} real):\n", difference->index + 1,
             difference->simulated_count, difference->real_count);
  fmt::print("  simulated: {}\n", difference->simulated ? explore::describe(*difference->simulated)
                                                        : "(no more statements)");
  fmt::print("  real:      {}\n",
             difference->real ? explore::describe(*difference->real) : "(no more statements)");
}

std::size_t violations_of(const scenarios::RunResult& result, const std::string& property) {
  return static_cast<std::size_t>(
      std::count_if(result.violations.begin(), result.violations.end(),
                    [&](const model::Violation& v) { return v.property == property; }));
}

void print_properties(const scenarios::RunResult& simulated, const scenarios::RunResult& real) {
  for (const std::string& property : simulated.checked_properties) {
    const std::size_t s = violations_of(simulated, property), r = violations_of(real, property);
    const char* verdict = s > 0 && r > 0 ? "REPRODUCED"
                          : s > 0        ? "not reproduced"
                          : r > 0        ? "REAL ONLY"
                                         : "clean on both";
    fmt::print("  {:<28} simulated {:>3}   real {:>3}   {}\n", property, s, r, verdict);
  }
  if (!real.violations.empty()) {
    const model::Violation& first = real.violations.front();
    fmt::print("  first real violation: {} (request {}, driver {}, at {}): {}\n", first.property,
               first.request, first.driver, virtual_seconds(first.time), first.description);
  }
}

void print_plan_sql(const std::string& socket, const std::string& database,
                    const scenarios::RunResult& real, std::size_t row_limit) {
  backends::MariadbClient client(socket, database);
  const std::int64_t request =
      real.violations.empty() ? 1 : std::max<std::int64_t>(1, real.violations.front().request);
  fmt::print(
      "the plan's SQL, verbatim, on the real database at the run's end (NOW() = {}; Step 6 on "
      "request {}):\n",
      model::sql_timestamp(real.virtual_end), request);
  for (const backends::PlanQuery& query : backends::plan_queries()) {
    try {
      const backends::MariadbResult answer =
          backends::run_plan_query(client, query, real.virtual_end, request);
      std::vector<std::string> shown;
      for (std::size_t index = 0; index < answer.rows.size() && index < row_limit; ++index) {
        std::vector<std::string> cells;
        for (std::size_t column = 0; column < answer.rows[index].size(); ++column) {
          cells.push_back(answer.rows[index].is_null(column) ? "NULL"
                                                             : answer.rows[index].text(column));
        }
        shown.push_back(fmt::format("({})", fmt::join(cells, ", ")));
      }
      fmt::print("  {:<9} {:>3} row{}  {}\n", query.title, answer.rows.size(),
                 answer.rows.size() == 1 ? " " : "s", fmt::join(shown, " "));
    } catch (const backends::MariadbError& error) {
      fmt::print("  {:<9} fails on MariaDB: {}\n", query.title, error.what());
    }
  }
}

std::string headline(const explore::Confirmation& c, const std::string& services) {
  if (!c.reproduced.empty())
    return fmt::format("REPRODUCED on {}: {}", services, fmt::join(c.reproduced, ", "));
  if (!c.real_only.empty()) {
    return fmt::format("NOT REPRODUCED as simulated, but {} violates: {}", services,
                       fmt::join(c.real_only, ", "));
  }
  if (!c.not_reproduced.empty()) {
    return fmt::format("NOT REPRODUCED on {}: {} (violated in the simulator only)", services,
                       fmt::join(c.not_reproduced, ", "));
  }
  return fmt::format("NO VIOLATION in the simulator nor on {}", services);
}

int run_confirm(const ConfirmArguments& arguments, const CommandContext& context) {
  const SelectedRun selected = select_run(arguments.selection);
  const std::optional<backends::RunningServices> services = start_real_services(
      arguments.sockets, fmt::format("{} confirm {}", context.program, selected.arguments()));
  backends::RealServices real_services(services->mariadb_socket(), services->redis_socket());
  const explore::Confirmation c =
      explore::confirm_case(selected.scenario, selected.options(), real_services);
  fmt::print("{}\n", headline(c, fmt::format("MariaDB {} + Redis", services->mariadb_version())));
  fmt::print("case: {} / {} / seed {}; services: {}\n", c.simulated.scenario, c.simulated.variant,
             c.simulated.seed, services->description());
  print_properties(c.simulated, c.real);
  print_first_difference(c);
  fmt::print(
      "real run: {:.2f} s wall (simulated run {:.3f} s); virtual end {} (simulated {}); {} "
      "statements on {} "
      "connections, {} waited on a row lock ({} timed out), {} other errors\n",
      c.real_seconds, c.simulated_seconds, virtual_seconds(c.real.virtual_end),
      virtual_seconds(c.simulated.virtual_end), c.counters.statements, c.counters.connections,
      c.counters.lock_waits, c.counters.lock_wait_timeouts, c.counters.errors);
  print_plan_sql(services->mariadb_socket(), real_services.database(), c.real, arguments.plan_rows);
  fmt::print("replay: {} confirm {}\n", context.program, selected.arguments());
  return c.reproduced.empty() && c.real_only.empty() ? exit_ok : exit_violation;
}

}  // namespace

void install_confirm_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ConfirmArguments>();
  CLI::App* command = app.add_subcommand(
      "confirm",
      "Run a case on the simulator and again on real MariaDB 10.11 + Redis 7 behind the same "
      "ports:\n"
      "per property, whether the simulated violation reproduced; the first statement whose rows,\n"
      "changes or error differ; the plan's SQL on the real database. Starts throwaway servers\n"
      "(stopped by pid) unless --mariadb/--redis name running ones. The real run is not\n"
      "bit-deterministic (the server grants locks). Exit 1 reproduced (or a violation only the\n"
      "real services show), 0 none, 2 bad input or services unreachable.\n"
      "  example: dispatchsim confirm -s decline-race -v plan --seed 68");
  add_run_selection(*command, arguments->selection);
  add_row_selection(*command, arguments->selection);
  add_tape_option(*command, arguments->selection);
  add_real_service_options(*command, arguments->sockets);
  command->add_option("--plan-rows", arguments->plan_rows, "Rows shown per plan query (default 3)");
  command->callback([&context, arguments] {
    context.exit_code = guarded([&context, arguments] { return run_confirm(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
