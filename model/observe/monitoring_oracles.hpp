#pragma once
// The plan's own monitoring as oracles: its diagnosis queries (Steps 1, 2, 4, 5, 6) and alerts
// (Metrics 1 and 2), ported to SQLite in model/infra/sql/monitoring_*.sql, run on a finished run's
// final database. Set against the ground truth (the properties' violations) they answer the
// question an engineer has before rollout: would the plan's monitoring have noticed what really
// went wrong — and does it cry wolf when nothing did?

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/infra/database.hpp"
#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

struct MonitoringOracleInfo {
  std::string_view id;        // stable: "step-1", ..., "metric-2"
  std::string_view title;     // as the plan names it: "Step 1", "Metric 2"
  std::string_view sql_name;  // model/infra/sql/<sql_name>.sql
  // true: the query returns one count and fires when it is > 0 (the Metrics); false: it returns
  // rows, fires when there is at least one, and its first column is the request id (the Steps).
  bool is_count;
  // The properties this query is meant to catch (design.md §6).
  std::vector<std::string_view> meant_to_catch;
};

const std::vector<MonitoringOracleInfo>& monitoring_oracle_catalogue();

struct OracleResult {
  std::string id;
  bool fired = false;
  std::int64_t rows = 0;         // rows returned (Steps) or the count (Metrics)
  std::set<RequestId> requests;  // the requests a Step's rows name; empty for a Metric
  // Set when the query does not run on this database (the plan's rollback dropped a column it
  // names: Step 4 reads r.version); the oracle then counts as silent.
  std::string error;
};

// Whether the plan's monitoring noticed one ground-truth violation.
struct ViolationCoverage {
  std::size_t violation = 0;        // index into the run's violations
  std::vector<std::string> alerts;  // oracles meant to catch it; empty: the plan has none
  bool alert_fired = false;         // one of them fired, about anything
  // One of them fired about this violation: a Step whose rows name its request, or a Metric
  // (a count names no request, so firing is all it can do).
  bool caught = false;
};

struct MonitoringVerdict {
  std::vector<OracleResult> oracles;        // in catalogue order
  std::vector<ViolationCoverage> coverage;  // one per violation, in order
  // Oracles that fired although every property they are meant to catch was checked and held.
  std::vector<std::string> false_positives;

  std::size_t caught() const;
  std::size_t missed() const;     // an alert was meant to catch it and did not
  std::size_t uncovered() const;  // no alert of the plan is meant to catch it
};

// The oracles meant to catch one violation (ids), in catalogue order; empty: the plan has none.
// (An offer never shown has none: Step 2 and Metric 1 only see duplicate dispatch_log rows.)
std::vector<std::string> oracles_meant_for(const Violation& violation);

// Runs every monitoring query on the database of a finished run (NOW() is the end of the run).
// A query that names a column the schema no longer has (after the plan's rollback) gets an
// error instead of an answer; any other SqlError is a bug in model/infra/sql/monitoring_*.sql and
// propagates.
std::vector<OracleResult> run_monitoring_oracles(Database& database);

// Sets the oracles' answers against the violations the properties found. checked_properties are
// the property ids the run checked: an oracle can only be a false positive for those.
MonitoringVerdict judge_monitoring(std::vector<OracleResult> oracles,
                                   const std::vector<Violation>& violations,
                                   const std::vector<std::string>& checked_properties);

// One line for a person: "monitoring: fired Step 1 (3 rows), Metric 2 (1 counted); silent Step 2,
// ... -- caught 2 of 5 violations, missed 3".
std::string summarize_monitoring(const MonitoringVerdict& verdict);

}  // namespace dispatchsim::model
