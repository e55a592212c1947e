#include "explore/confirmation.hpp"

#include <fmt/format.h>

#include <chrono>

#include "explore/input_error.hpp"

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

std::string describe(const TracedStatement& statement) {
  return fmt::format(
      "{} at {:.3f} s: {} -> {}", statement.process, static_cast<double>(statement.time) / 1e6,
      statement.text.empty() ? std::string(statement.kind) : statement.text, answer_of(statement));
}

std::string describe(const StatementDifference& difference) {
  return fmt::format(
      "#{}: simulated: {} / real: {}", difference.index + 1,
      difference.simulated ? describe(*difference.simulated) : "(no more statements)",
      difference.real ? describe(*difference.real) : "(no more statements)");
}

RealConfirmation stored_confirmation(const Confirmation& confirmation,
                                     const std::string& services) {
  RealConfirmation stored;
  stored.services = services;
  stored.reproduced = confirmation.reproduced;
  stored.not_reproduced = confirmation.not_reproduced;
  stored.real_only = confirmation.real_only;
  stored.real_violations = static_cast<std::int64_t>(confirmation.real.violations.size());
  stored.statements = confirmation.counters.statements;
  stored.lock_waits = confirmation.counters.lock_waits;
  stored.errors = confirmation.counters.errors;
  stored.wall_time_us = static_cast<std::int64_t>(confirmation.real_seconds * 1e6);
  if (confirmation.difference) stored.first_difference = describe(*confirmation.difference);
  return stored;
}

namespace {

// The stored run once more, simulated and real; a real run that fails is recorded as failed.
RealConfirmation confirm_stored_run(const SweepDefinition& definition, const RunRecord& record,
                                    backends::RealServices& services,
                                    const std::string& services_text) {
  const RunSpec spec = stored_run_spec(definition, record);
  const scenarios::Scenario scenario =
      scenarios::load_scenario(scenarios::resolve_scenario(spec.scenario));
  scenarios::RunOptions options = spec.run_options();
  if (record.guided) options.tape = &record.guided->tape;
  options.reseed_after_tape = spec.strategy == "guided";
  try {
    return stored_confirmation(confirm_case(scenario, options, services), services_text);
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& error) {
    RealConfirmation failed;
    failed.services = services_text;
    failed.real_error = error.what();
    return failed;
  }
}

}  // namespace

ConfirmedRuns confirm_stored_runs(ResultsFile& file, backends::RealServices& services,
                                  const std::string& services_text,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress) {
  const auto sweep = file.sweep();
  if (!sweep) throw InputError(file.path() + ": holds no sweep to confirm");
  const std::map<std::int64_t, RealConfirmation> earlier = file.confirmations();
  const std::vector<RunRecord> runs = file.runs();
  ConfirmedRuns outcome;
  const auto total = static_cast<std::int64_t>(runs.size());
  for (const RunRecord& record : runs) {
    if (earlier.count(record.id) != 0) {
      ++outcome.earlier;
    } else if (record.outcome == RunOutcome::error) {
      ++outcome.errors;
    } else {
      file.add_confirmation(record.id,
                            confirm_stored_run(sweep->definition, record, services, services_text));
      ++outcome.confirmed;
    }
    if (progress) progress(outcome.confirmed + outcome.earlier + outcome.errors, total);
  }
  return outcome;
}

}  // namespace dispatchsim::explore
