#include "reports/json_report.hpp"

#include <fmt/format.h>

namespace dispatchsim::reports {

namespace {

using json = nlohmann::ordered_json;

json optional_json(const auto& value) {
  return value ? json(*value) : json(nullptr);
}

json counts_json(const std::map<std::string, std::int64_t>& counts) {
  json object = json::object();
  for (const auto& [key, value] : counts) object[key] = value;
  return object;
}

json decision_json(const ReportData& data) {
  json candidates = json::array();
  for (const Candidate& candidate : data.decision) {
    candidates.push_back({{"candidate", candidate.name},
                          {"variant", candidate.variant},
                          {"fixes", optional_json(candidate.fixes)},
                          {"verdict", candidate.verdict()},
                          {"go", candidate.go},
                          {"reason", candidate.reason},
                          {"root_cause", candidate.root_cause},
                          {"flaw", candidate.flaw},
                          {"command", candidate.command},
                          {"runs", candidate.runs},
                          {"violating_runs", candidate.violating_runs},
                          {"rollouts", candidate.rollouts}});
  }
  return candidates;
}

json verdict_json(const ReportData& data) {
  json cells = json::array();
  for (const VerdictCell& cell : data.verdict) {
    cells.push_back(
        {{"variant", cell.variant},
         {"property", cell.property},
         {"runs", cell.runs},
         {"violating_runs", cell.violating_runs},
         {"minimal", cell.minimal ? run_reference_json(*cell.minimal) : json(nullptr)}});
  }
  return cells;
}

json variants_json(const ReportData& data) {
  json variants = json::array();
  for (const VariantTotals& totals : data.totals) {
    variants.push_back(
        {{"variant", totals.variant},
         {"runs", totals.runs},
         {"violating_runs", totals.violating_runs},
         {"error_runs", totals.error_runs},
         {"holds", totals.violating_runs == 0 && totals.error_runs == 0 && totals.runs > 0},
         {"verdict", variant_verdict(data, totals)}});
  }
  return variants;
}

json fault_matrix_json(const ReportData& data) {
  json matrices = json::array();
  for (const FaultMatrix& matrix : data.fault_matrices) {
    json rows = json::array();
    for (const FaultRow& row : matrix.rows) {
      rows.push_back({{"fault", row.fault},
                      {"runs", row.runs},
                      {"violating_runs", row.violating_runs},
                      {"violations_per_1000_runs",
                       row.runs == 0 ? 0.0
                                     : 1000.0 * static_cast<double>(row.violating_runs) /
                                           static_cast<double>(row.runs)},
                      {"by_property", counts_json(row.by_property)}});
    }
    matrices.push_back({{"variant", matrix.variant}, {"faults", rows}});
  }
  return matrices;
}

json ladder_json(const ReportData& data) {
  json rows = json::array();
  for (const LadderRow& row : data.ladder) {
    json minimal = json::object();
    for (const auto& [property, run] : row.minimal) minimal[property] = run_reference_json(run);
    rows.push_back({{"fixes", row.fixes},
                    {"release_option", row.release_option},
                    {"runs_by_root_cause", counts_json(row.runs_by_root_cause)},
                    {"runs", row.runs},
                    {"violating_runs", row.violating_runs},
                    {"by_property", counts_json(row.by_property)},
                    {"runs_by_property", counts_json(row.runs_by_property)},
                    {"minimal", minimal}});
  }
  return rows;
}

json root_causes_json(const ReportData& data) {
  json rows = json::array();
  for (const RootCauseRow& row : data.root_causes) {
    rows.push_back({{"variant", row.variant},
                    {"root_cause", row.root_cause},
                    {"text", row.text},
                    {"runs", row.runs},
                    {"violations", row.violations},
                    {"properties", row.properties},
                    {"minimal", row.minimal ? run_reference_json(*row.minimal) : json(nullptr)}});
  }
  return rows;
}

json monitoring_json(const ReportData& data) {
  json properties = json::array();
  for (const MonitoringRow& row : data.monitoring) {
    properties.push_back({{"variant", row.variant},
                          {"property", row.property},
                          {"violations", row.violations},
                          {"caught", row.caught},
                          {"missed", row.missed},
                          {"uncovered", row.uncovered}});
  }
  json oracles = json::array();
  for (const OracleRow& row : data.oracles) {
    oracles.push_back({{"oracle", row.oracle},
                       {"title", row.title},
                       {"fired_runs", row.fired_runs},
                       {"false_alarm_runs", row.false_alarm_runs}});
  }
  return {{"by_property", properties}, {"oracles", oracles}};
}

json probes_json(const ReportData& data) {
  json probes = json::array();
  for (const ProbeRow& row : data.probes) {
    probes.push_back({{"probe", row.probe}, {"hits", row.hits}, {"runs", row.runs}});
  }
  return {{"probes", probes}, {"never_hit", data.probes_never_hit()}};
}

json strategies_json(const ReportData& data) {
  json rows = json::array();
  for (const StrategyRow& row : data.strategies) {
    rows.push_back({{"strategy", row.strategy},
                    {"scenario", row.scenario},
                    {"variant", row.variant},
                    {"runs", row.runs},
                    {"first_failing_seed", optional_json(row.first_failing_seed)},
                    {"runs_to_first_failure",
                     row.first_failing_seed ? json(row.runs_to_first_failure) : json(nullptr)},
                    {"wall_us_to_first_failure",
                     row.first_failing_seed ? json(row.wall_us_to_first_failure) : json(nullptr)}});
  }
  return rows;
}

json shrunk_cases_json(const ReportData& data) {
  json cases = json::array();
  for (const ShrunkCase& shrunk : data.shrunk_cases) {
    json before = json::object(), after = json::object();
    for (const auto& [name, value] : shrunk.size_before) before[name] = value;
    for (const auto& [name, value] : shrunk.size_after) after[name] = value;
    cases.push_back({{"variant", shrunk.variant},
                     {"property", shrunk.property},
                     {"from", run_reference_json(shrunk.from)},
                     {"shrunk", shrunk.shrunk},
                     {"cached", shrunk.cached},
                     {"scenario_file", shrunk.scenario_file},
                     {"run", shrunk.shrunk ? run_reference_json(shrunk.run) : json(nullptr)},
                     {"size_before", before},
                     {"size_after", after},
                     {"runs_spent", shrunk.runs_spent},
                     {"budget", shrunk.budget},
                     {"budget_exhausted", shrunk.budget_exhausted},
                     {"explain_lines", shrunk.explain_lines},
                     {"note", shrunk.note}});
  }
  return cases;
}

json timelines_json(const ReportData& data) {
  json timelines = json::array();
  for (const Timeline& timeline : data.timelines) {
    timelines.push_back(
        {{"run", run_reference_json(timeline.run)},
         {"properties", timeline.properties},
         {"reproduced", timeline.reproduced},
         {"events", timeline.events},
         {"note", timeline.note},
         {"alerts", timeline.alerts},
         {"log_pattern_fired", timeline.log_pattern_fired},
         {"paged_by", timeline.paged_by.empty() ? json(nullptr) : json(timeline.paged_by)},
         {"detection_latency_us",
          timeline.detection_latency_us ? json(*timeline.detection_latency_us) : json(nullptr)},
         {"never_paged", timeline.never_paged},
         {"point_of_no_return", timeline.likelihood}});
  }
  return timelines;
}

}  // namespace

json run_reference_json(const RunReference& run) {
  json reference = {{"results_file", run.results_file},
                    {"row", run.row},
                    {"scenario", run.scenario},
                    {"variant", run.variant},
                    {"seed", run.seed},
                    {"strategy", run.strategy},
                    {"fixes", optional_json(run.fixes)},
                    {"flag_percent", optional_json(run.flag_percent)},
                    {"trace_hash", fmt::format("{:016x}", run.trace_hash)},
                    {"request", run.request},
                    {"violation", run.violation},
                    {"replay", run.replay},
                    {"replay_row", run.replay_row},
                    {"explain", run.explain},
                    {"shrink", run.shrink}};
  if (!run.confirmed_real.empty()) reference["confirmed_real"] = run.confirmed_real;
  return reference;
}

json report_json(const ReportData& data) {
  json inputs = json::array();
  for (const InputFile& input : data.inputs) {
    inputs.push_back({{"path", input.path},
                      {"role", input.role},
                      {"description", input.description},
                      {"runs", input.runs}});
  }
  json rollouts = json::array();
  for (const auto& rollout : data.rollouts) rollouts.push_back(explore::rollout_to_json(rollout));
  return {{"format", "dispatchsim-report"},
          {"version", 1},
          {"decision", decision_json(data)},
          {"inputs", inputs},
          {"runs", data.runs()},
          {"variants", variants_json(data)},
          {"properties", data.properties},
          {"verdict", verdict_json(data)},
          {"fault_matrix", fault_matrix_json(data)},
          {"root_causes", root_causes_json(data)},
          {"fix_ladder", ladder_json(data)},
          {"rollouts", rollouts},
          {"monitoring", monitoring_json(data)},
          {"coverage", probes_json(data)},
          {"strategies", strategies_json(data)},
          {"shrunk_cases", shrunk_cases_json(data)},
          {"timelines", timelines_json(data)}};
}

}  // namespace dispatchsim::reports
