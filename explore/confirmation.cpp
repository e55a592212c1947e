#include "explore/confirmation.hpp"

#include <fmt/format.h>

#include <chrono>

namespace dispatchsim::explore {

namespace {

bool is_statement(std::string_view kind) {
  return kind == "db.select" || kind == "db.insert" || kind == "db.update" || kind == "db.delete" ||
         kind == "db.begin" || kind == "db.commit" || kind == "db.rollback" ||
         kind == "db.statement" || kind == "db.error" || kind == "db.lock_wait_timeout";
}

bool same(const TracedStatement& a, const TracedStatement& b) {
  return a.process == b.process && a.kind == b.kind && a.text == b.text &&
         answer_of(a) == answer_of(b);
}

std::map<std::string, std::size_t> count_by_property(
    const std::vector<model::Violation>& violations) {
  std::map<std::string, std::size_t> counts;
  for (const auto& violation : violations) ++counts[violation.property];
  return counts;
}

template <typename Body>
double timed(Body body) {
  const auto started = std::chrono::steady_clock::now();
  body();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace

std::vector<TracedStatement> traced_statements(const scenarios::RunResult& result) {
  std::vector<TracedStatement> statements;
  for (const auto& event : result.trace) {
    if (!is_statement(event.kind)) continue;
    std::string process = event.process < result.process_names.size()
                              ? result.process_names[event.process]
                              : std::to_string(event.process);
    statements.push_back(TracedStatement{std::move(process), event.kind, event.time,
                                         event.fields[1], event.fields[2], event.text});
  }
  return statements;
}

// SQLite reports the previous write's change count after a SELECT: a read answers with its rows.
std::string answer_of(const TracedStatement& statement) {
  const std::string_view kind = statement.kind;
  if (kind == "db.select")
    return fmt::format("{} row{}", statement.rows, statement.rows == 1 ? "" : "s");
  if (kind == "db.error") return fmt::format("error {}", statement.changes);
  if (kind == "db.lock_wait_timeout") return "lock wait timeout";
  if (kind == "db.insert" || kind == "db.update" || kind == "db.delete") {
    return fmt::format("{} change{}", statement.changes, statement.changes == 1 ? "" : "s");
  }
  return "ok";
}

std::optional<StatementDifference> first_difference(const scenarios::RunResult& simulated,
                                                    const scenarios::RunResult& real) {
  const std::vector<TracedStatement> a = traced_statements(simulated), b = traced_statements(real);
  for (std::size_t index = 0; index < std::max(a.size(), b.size()); ++index) {
    if (index < a.size() && index < b.size() && same(a[index], b[index])) continue;
    StatementDifference difference{index, std::nullopt, std::nullopt, a.size(), b.size()};
    if (index < a.size()) difference.simulated = a[index];
    if (index < b.size()) difference.real = b[index];
    return difference;
  }
  return std::nullopt;
}

Confirmation confirm_case(const scenarios::Scenario& scenario, scenarios::RunOptions options,
                          backends::RealServices& services) {
  Confirmation confirmation;
  options.keep_trace = true;
  confirmation.simulated_seconds =
      timed([&] { confirmation.simulated = scenarios::run_scenario(scenario, options); });
  const backends::MariadbCounters before = services.counters();
  options.external_services = &services;
  options.alert_interval =
      0;  // the alert monitor reads the simulated database while the run goes on
  confirmation.real_seconds =
      timed([&] { confirmation.real = scenarios::run_scenario(scenario, options); });
  const backends::MariadbCounters& after = services.counters();
  confirmation.counters = backends::MariadbCounters{
      after.connections - before.connections, after.statements - before.statements,
      after.lock_waits - before.lock_waits, after.lock_wait_timeouts - before.lock_wait_timeouts,
      after.errors - before.errors};
  const auto simulated = count_by_property(confirmation.simulated.violations);
  const auto real = count_by_property(confirmation.real.violations);
  for (const auto& [property, count] : simulated) {
    (real.count(property) != 0 ? confirmation.reproduced : confirmation.not_reproduced)
        .push_back(property);
  }
  for (const auto& [property, count] : real) {
    if (simulated.count(property) == 0) confirmation.real_only.push_back(property);
  }
  confirmation.difference = first_difference(confirmation.simulated, confirmation.real);
  return confirmation;
}

}  // namespace dispatchsim::explore
