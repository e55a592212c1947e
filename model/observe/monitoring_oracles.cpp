#include "model/observe/monitoring_oracles.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

namespace dispatchsim::model {

const std::vector<MonitoringOracleInfo>& monitoring_oracle_catalogue() {
  static const std::vector<MonitoringOracleInfo> catalogue = {
      {"step-1", "Step 1", "monitoring_step_1", false, {"no-dispatch-after-decline"}},
      {"step-2", "Step 2", "monitoring_step_2", false, {"exactly-once-dispatch"}},
      {"step-4", "Step 4", "monitoring_step_4", false, {"atomic-decline-cleanup"}},
      {"step-5", "Step 5", "monitoring_step_5", false, {"location-monotonic"}},
      {"step-6", "Step 6", "monitoring_step_6", false, {"legal-transitions"}},
      {"metric-1", "Metric 1", "monitoring_metric_1", true, {"exactly-once-dispatch"}},
      {"metric-2", "Metric 2", "monitoring_metric_2", true, {"no-dispatch-after-decline"}},
  };
  return catalogue;
}

namespace {

const MonitoringOracleInfo& oracle_info(std::string_view id) {
  const auto& catalogue = monitoring_oracle_catalogue();
  const auto found = std::find_if(catalogue.begin(), catalogue.end(),
                                  [&](const MonitoringOracleInfo& info) { return info.id == id; });
  assert(found != catalogue.end());
  return *found;
}

bool meant_to_catch(const MonitoringOracleInfo& info, std::string_view property) {
  return std::find(info.meant_to_catch.begin(), info.meant_to_catch.end(), property) !=
         info.meant_to_catch.end();
}

ViolationCoverage cover(std::size_t index, const Violation& violation,
                        const std::vector<OracleResult>& oracles) {
  ViolationCoverage coverage;
  coverage.violation = index;
  coverage.alerts = oracles_meant_for(violation);
  for (const OracleResult& oracle : oracles) {
    if (!oracle.fired || std::find(coverage.alerts.begin(), coverage.alerts.end(), oracle.id) ==
                             coverage.alerts.end()) {
      continue;
    }
    coverage.alert_fired = true;
    if (oracle_info(oracle.id).is_count || oracle.requests.count(violation.request) == 1) {
      coverage.caught = true;
    }
  }
  return coverage;
}

bool is_false_positive(const OracleResult& oracle, const std::vector<Violation>& violations,
                       const std::vector<std::string>& checked_properties) {
  if (!oracle.fired) return false;
  const MonitoringOracleInfo& info = oracle_info(oracle.id);
  for (std::string_view property : info.meant_to_catch) {
    if (std::find(checked_properties.begin(), checked_properties.end(), property) ==
        checked_properties.end()) {
      return false;  // unchecked: the ground truth cannot say
    }
  }
  return std::none_of(violations.begin(), violations.end(), [&](const Violation& violation) {
    return meant_to_catch(info, violation.property);
  });
}

}  // namespace

// Step 2 and Metric 1 look for duplicate dispatches; an offer that was never shown (the other
// half of exactly-once-dispatch) has no alert in the plan (its Step 3 broker metric is not a
// query on the database).
std::vector<std::string> oracles_meant_for(const Violation& violation) {
  std::vector<std::string> alerts;
  if (violation.property == "exactly-once-dispatch" &&
      violation.description.find("never shown") != std::string::npos) {
    return alerts;
  }
  for (const MonitoringOracleInfo& info : monitoring_oracle_catalogue()) {
    if (meant_to_catch(info, violation.property)) alerts.emplace_back(info.id);
  }
  return alerts;
}

std::size_t MonitoringVerdict::caught() const {
  return static_cast<std::size_t>(std::count_if(
      coverage.begin(), coverage.end(), [](const ViolationCoverage& c) { return c.caught; }));
}

std::size_t MonitoringVerdict::missed() const {
  return static_cast<std::size_t>(
      std::count_if(coverage.begin(), coverage.end(),
                    [](const ViolationCoverage& c) { return !c.alerts.empty() && !c.caught; }));
}

std::size_t MonitoringVerdict::uncovered() const {
  return static_cast<std::size_t>(
      std::count_if(coverage.begin(), coverage.end(),
                    [](const ViolationCoverage& c) { return c.alerts.empty(); }));
}

std::vector<OracleResult> run_monitoring_oracles(Database& database) {
  std::vector<OracleResult> results;
  for (const MonitoringOracleInfo& info : monitoring_oracle_catalogue()) {
    OracleResult result;
    result.id = std::string(info.id);
    std::vector<Row> rows;
    try {
      rows = database.inspect(embedded_sql(info.sql_name));
    } catch (const SqlError& error) {
      if (std::string_view(error.what()).find("no such column") == std::string_view::npos) throw;
      result.error = error.what();
      results.push_back(std::move(result));
      continue;
    }
    if (info.is_count) {
      assert(rows.size() == 1);
      result.rows = rows.front().integer(0);
    } else {
      result.rows = static_cast<std::int64_t>(rows.size());
      for (const Row& row : rows) result.requests.insert(row.integer(0));
    }
    result.fired = result.rows > 0;
    results.push_back(std::move(result));
  }
  return results;
}

MonitoringVerdict judge_monitoring(std::vector<OracleResult> oracles,
                                   const std::vector<Violation>& violations,
                                   const std::vector<std::string>& checked_properties) {
  MonitoringVerdict verdict;
  for (std::size_t index = 0; index < violations.size(); ++index) {
    verdict.coverage.push_back(cover(index, violations[index], oracles));
  }
  for (const OracleResult& oracle : oracles) {
    if (is_false_positive(oracle, violations, checked_properties)) {
      verdict.false_positives.push_back(oracle.id);
    }
  }
  verdict.oracles = std::move(oracles);
  return verdict;
}

std::string summarize_monitoring(const MonitoringVerdict& verdict) {
  std::string fired;
  std::string silent;
  std::string broken;
  for (const OracleResult& oracle : verdict.oracles) {
    const MonitoringOracleInfo& info = oracle_info(oracle.id);
    if (!oracle.error.empty()) {
      broken += fmt::format("{}{} ({})", broken.empty() ? "" : ", ", info.title, oracle.error);
    } else if (!oracle.fired) {
      silent += fmt::format("{}{}", silent.empty() ? "" : ", ", info.title);
    } else {
      fired += fmt::format("{}{} ({} {})", fired.empty() ? "" : ", ", info.title, oracle.rows,
                           info.is_count      ? "counted"
                           : oracle.rows == 1 ? "row"
                                              : "rows");
    }
  }
  std::string text = "monitoring: fired " + (fired.empty() ? std::string("nothing") : fired);
  if (!silent.empty()) text += "; silent " + silent;
  if (!broken.empty()) text += "; did not run " + broken;
  const std::size_t total = verdict.coverage.size();
  text += fmt::format(" -- caught {} of {} violation{}, missed {}", verdict.caught(), total,
                      total == 1 ? "" : "s", verdict.missed());
  if (verdict.uncovered() > 0)
    text += fmt::format(", {} with no alert in the plan", verdict.uncovered());
  if (!verdict.false_positives.empty()) {
    std::string names;
    for (const std::string& id : verdict.false_positives) {
      names += (names.empty() ? "" : ", ") + std::string(oracle_info(id).title);
    }
    text += fmt::format("; false alarm: {}", names);
  }
  return text;
}

}  // namespace dispatchsim::model
