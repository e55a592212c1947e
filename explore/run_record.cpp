#include "explore/run_record.hpp"

#include <algorithm>
#include <map>

#include "model/dispatch/variant_catalogue.hpp"

namespace dispatchsim::explore {

std::string_view to_string(RunOutcome outcome) {
  switch (outcome) {
    case RunOutcome::pass:
      return "pass";
    case RunOutcome::violation:
      return "violation";
    case RunOutcome::error:
      return "error";
  }
  return "?";
}

std::optional<RunOutcome> outcome_from_string(std::string_view text) {
  for (RunOutcome outcome : {RunOutcome::pass, RunOutcome::violation, RunOutcome::error}) {
    if (to_string(outcome) == text) return outcome;
  }
  return std::nullopt;
}

bool RunRecord::violated(std::string_view property) const {
  return std::any_of(violations.begin(), violations.end(),
                     [&](const PropertyCount& count) { return count.property == property; });
}

namespace {

// Identity columns: what the command line named, plus the plan's effective fixes and flag.
RunRecord identity(const std::string& scenario_name, const RunSpec& spec,
                   const std::set<int>& fixes, int flag_percent) {
  RunRecord record;
  record.scenario = scenario_name;
  record.variant = spec.variant;
  record.strategy = spec.strategy;
  if (spec.strategy == "pct") record.pct_depth = spec.pct_depth;
  record.seed = spec.seed;
  if (model::variant_info(spec.variant).takes_fixes_and_flag) {
    record.fixes = fixes_text(fixes);
    record.flag_percent = flag_percent;
  }
  return record;
}

void count_violations(const scenarios::RunResult& result, RunRecord& record) {
  const auto& violations = result.violations;
  for (std::size_t index = 0; index < violations.size(); ++index) {
    const model::Violation& violation = violations[index];
    auto found = std::find_if(
        record.violations.begin(), record.violations.end(),
        [&](const PropertyCount& count) { return count.property == violation.property; });
    if (found == record.violations.end()) {
      record.violations.push_back(PropertyCount{violation.property, 0, 0, 0, 0});
      found = record.violations.end() - 1;
    }
    ++found->count;
    for (const model::ViolationCoverage& coverage : result.monitoring.coverage) {
      if (coverage.violation != index) continue;
      if (coverage.alerts.empty()) {
        ++found->uncovered;
      } else if (coverage.caught) {
        ++found->caught;
      } else {
        ++found->missed;
      }
    }
    // The first few violations, and the first of every property past them: every violated
    // property keeps a description (the report's minimal runs quote it).
    const bool property_described = std::any_of(
        record.examples.begin(), record.examples.end(),
        [&](const ViolationExample& example) { return example.property == violation.property; });
    if (record.examples.size() < kept_violation_examples || !property_described) {
      record.examples.push_back(ViolationExample{violation.property, violation.request,
                                                 violation.driver, violation.time,
                                                 violation.description});
    }
  }
}

void list_faults(const scenarios::RunResult& result, RunRecord& record) {
  for (const auto& info : faults::fault_catalogue()) {
    const auto index = static_cast<std::size_t>(info.fault);
    if (result.faults_fired[index] > 0) {
      record.faults_fired.push_back(FaultCount{std::string(info.id), result.faults_fired[index]});
    }
    const faults::FaultSetting& setting = result.fault_plan.settings[index];
    if (setting.enabled) {
      record.fault_plan.push_back(FaultPlanEntry{std::string(info.id), setting.rate,
                                                 setting.magnitude_min, setting.magnitude_max});
    }
  }
}

void list_monitoring_and_probes(const scenarios::RunResult& result, RunRecord& record) {
  const auto& false_positives = result.monitoring.false_positives;
  for (const model::OracleResult& oracle : result.monitoring.oracles) {
    if (!oracle.fired) continue;
    const bool false_positive = std::find(false_positives.begin(), false_positives.end(),
                                          oracle.id) != false_positives.end();
    record.oracles.push_back(OracleFiring{oracle.id, oracle.rows, false_positive});
  }
  for (const auto& [probe, hits] : result.probe_hits) {
    if (hits > 0) record.probes.push_back(ProbeHits{probe, hits});
  }
}

void count_signatures(const scenarios::RunResult& result, RunRecord& record) {
  std::map<std::string, SignatureCount> by_id;
  for (const scenarios::ViolationSignature& signature : result.signatures) {
    SignatureCount& count = by_id[signature.id()];
    if (count.count == 0) {
      count =
          SignatureCount{signature.id(),          signature.root_cause,         signature.property,
                         signature.faults_text(), signature.event_kinds_text(), 0};
    }
    ++count.count;
  }
  for (auto& [id, count] : by_id) record.signatures.push_back(std::move(count));
}

}  // namespace

RunRecord record_of(const RunSpec& spec, const scenarios::RunResult& result,
                    std::int64_t wall_time_us) {
  RunRecord record = identity(result.scenario, spec, result.fixes, result.flag_percent);
  record.outcome = result.violated() ? RunOutcome::violation : RunOutcome::pass;
  record.trace_hash = result.trace_hash;
  record.events = result.events;
  record.scheduling_steps = result.scheduling_steps;
  record.processes = result.processes;
  record.virtual_end_us = result.virtual_end;
  record.wall_time_us = wall_time_us;
  record.pct_bound = result.pct_bound;
  record.metrics = result.metrics;
  count_violations(result, record);
  list_faults(result, record);
  list_monitoring_and_probes(result, record);
  count_signatures(result, record);
  return record;
}

RunRecord error_record(const scenarios::Scenario& scenario, const RunSpec& spec,
                       std::string error) {
  RunRecord record =
      identity(scenario.name, spec, spec.fixes.value_or(scenario.world.variant.fixes),
               spec.flag_percent.value_or(scenario.world.variant.flag_percent));
  record.outcome = RunOutcome::error;
  record.error = std::move(error);
  return record;
}

const std::vector<MetricField>& metric_fields() {
  using M = scenarios::RunMetrics;
  static const std::vector<MetricField> fields = {
      {"requests", &M::requests},
      {"offers", &M::offers},
      {"dispatch_log_rows", &M::dispatch_log_rows},
      {"pushes_sent", &M::pushes_sent},
      {"shown", &M::shown},
      {"declines", &M::declines},
      {"accepted", &M::accepted},
      {"cancelled", &M::cancelled},
      {"still_open", &M::still_open},
      {"messages_sent", &M::messages_sent},
      {"dead_letters", &M::dead_letters},
      {"api_errors", &M::api_errors},
      {"lock_timeouts", &M::lock_timeouts},
  };
  return fields;
}

}  // namespace dispatchsim::explore
