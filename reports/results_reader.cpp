#include "reports/results_reader.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "explore/input_error.hpp"

namespace dispatchsim::reports {

namespace {

using explore::SqliteStatement;

// Runs sql (its first column a run id) and hands each row to add with its run.
template <typename Add>
void for_each_child(explore::ResultsFile& file, std::map<std::int64_t, explore::RunRecord*>& by_id,
                    const char* sql, Add add) {
  SqliteStatement select(file.connection().handle(), sql);
  while (select.step()) {
    const auto found = by_id.find(select.integer(0));
    if (found != by_id.end()) add(*found->second, select);
  }
}

void read_runs(explore::ResultsFile& file, std::vector<explore::RunRecord>& runs) {
  std::string columns =
      "id, scenario, variant, seed, strategy, pct_depth, fixes, flag_percent, outcome, error, trace_hash, "
      "events, scheduling_steps, processes, virtual_end_us, wall_time_us, pct_bound";
  for (const explore::MetricField& field : explore::metric_fields()) columns += fmt::format(", {}", field.name);
  SqliteStatement select(file.connection().handle(), fmt::format("SELECT {} FROM runs ORDER BY id", columns));
  while (select.step()) {
    explore::RunRecord record;
    int column = 0;
    record.id = select.integer(column++);
    record.scenario = select.text(column++);
    record.variant = select.text(column++);
    record.seed = static_cast<std::uint64_t>(select.integer(column++));
    record.strategy = select.text(column++);
    record.pct_depth = select.optional_integer(column++);
    record.fixes = select.optional_text(column++);
    record.flag_percent = select.optional_integer(column++);
    record.outcome = explore::outcome_from_string(select.text(column++)).value_or(explore::RunOutcome::error);
    record.error = select.optional_text(column++).value_or("");
    record.trace_hash = std::stoull(select.text(column++), nullptr, 16);
    record.events = static_cast<std::uint64_t>(select.integer(column++));
    record.scheduling_steps = static_cast<std::uint64_t>(select.integer(column++));
    record.processes = static_cast<std::uint64_t>(select.integer(column++));
    record.virtual_end_us = select.integer(column++);
    record.wall_time_us = select.integer(column++);
    record.pct_bound = select.real(column++);
    for (const explore::MetricField& field : explore::metric_fields()) {
      record.metrics.*field.member = select.integer(column++);
    }
    runs.push_back(std::move(record));
  }
}

void read_children(explore::ResultsFile& file, std::vector<explore::RunRecord>& runs) {
  std::map<std::int64_t, explore::RunRecord*> by_id;
  for (auto& run : runs) by_id[run.id] = &run;
  for_each_child(file, by_id,
                 "SELECT run_id, property, count, caught, missed, uncovered FROM run_violations "
                 "ORDER BY run_id, property",
                 [](explore::RunRecord& run, const SqliteStatement& row) {
                   run.violations.push_back(explore::PropertyCount{row.text(1), row.integer(2), row.integer(3),
                                                                   row.integer(4), row.integer(5)});
                 });
  for_each_child(file, by_id,
                 "SELECT run_id, property, request_id, driver_id, time_us, description "
                 "FROM run_violation_examples ORDER BY run_id, ordinal",
                 [](explore::RunRecord& run, const SqliteStatement& row) {
                   run.examples.push_back(explore::ViolationExample{row.text(1), row.integer(2), row.integer(3),
                                                                    row.integer(4), row.text(5)});
                 });
  for_each_child(file, by_id, "SELECT run_id, fault, fired FROM run_faults ORDER BY run_id, fault",
                 [](explore::RunRecord& run, const SqliteStatement& row) {
                   run.faults_fired.push_back(explore::FaultCount{row.text(1), row.integer(2)});
                 });
  for_each_child(file, by_id,
                 "SELECT run_id, oracle, rows, false_positive FROM run_oracles ORDER BY run_id, oracle",
                 [](explore::RunRecord& run, const SqliteStatement& row) {
                   run.oracles.push_back(explore::OracleFiring{row.text(1), row.integer(2), row.integer(3) != 0});
                 });
  for_each_child(file, by_id, "SELECT run_id, probe, hits FROM run_probes ORDER BY run_id, probe",
                 [](explore::RunRecord& run, const SqliteStatement& row) {
                   run.probes.push_back(explore::ProbeHits{row.text(1), row.integer(2)});
                 });
}

}  // namespace

StoredResults read_results(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) {
    throw explore::InputError(fmt::format("--db: {} does not exist (make run writes out/results.db; "
                                          "dispatchsim sweep --db FILE writes one)", path));
  }
  explore::ResultsFile file(path, explore::ResultsFile::Mode::existing);
  auto sweep = file.sweep();
  if (!sweep) throw explore::InputError(path + ": holds no sweep yet");
  StoredResults results{path, *sweep, {}};
  read_runs(file, results.runs);
  read_children(file, results.runs);
  return results;
}

}  // namespace dispatchsim::reports
