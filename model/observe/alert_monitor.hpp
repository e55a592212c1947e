#pragma once
// The plan's alerts as on-call's cron runs them, during the run: Metric 1 and Metric 2 (their SQL,
// model/infra/sql/monitoring_metric_*.sql, on the live database, NOW() = the virtual clock) and the
// log pattern "ERROR: Dispatch sent for DECLINED request" (> 0 lines in a 5-minute window), every
// interval of virtual time (the plan: every 5 minutes) and once more at the end of the run — runs
// end early at quiescence, mostly before the first 5 minutes are up. Set against the violations
// the properties found, the evaluations say when on-call would have been paged relative to each
// violation (detection latency), and which violations no alert ever caught.
//
// Evaluations only read (kernel observer timers, Database::inspect, the run log): a run is the
// same, event for event, whatever the interval. A read finds the database locked while any write
// transaction is open (SQLite locks it whole; MySQL's consistent read would not wait): the
// evaluation is then retried every 10 ms of virtual time, and records when it really ran.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/infra/database.hpp"
#include "model/observe/properties/property.hpp"
#include "model/infra/run_log.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

inline constexpr std::string_view log_pattern_alert = "log-pattern";
// The plan's log pattern ("ERROR: Dispatch sent for DECLINED request request_id=<id> ...").
inline constexpr std::string_view declined_dispatch_pattern = "Dispatch sent for DECLINED request";
// The plan's window for all three alerts ("in 5min window", "INTERVAL 5 MINUTE").
inline constexpr sim::Micros alert_window = sim::seconds(300);

struct AlertInfo {
  std::string_view id;        // metric-1 | metric-2 | log-pattern
  std::string_view title;     // "Metric 1", "Metric 2", "Log pattern"
  std::string_view sql_name;  // model/infra/sql/<sql_name>.sql; empty for the log pattern
};

// The plan's paging alerts, in this order.
const std::vector<AlertInfo>& alert_catalogue();
std::string_view alert_title(std::string_view id);

struct AlertEvaluation {
  std::string alert;             // an AlertInfo id
  sim::Micros scheduled = 0;     // when the cron was due
  sim::Micros time = 0;          // when it ran: later while a write transaction held the database
  std::int64_t value = 0;        // the Metric's count, or the matching log lines in the window
  bool fired = false;            // value > 0: on-call is paged
  bool at_end = false;           // the evaluation at the end of the run
  std::set<RequestId> requests;  // log pattern: the requests its lines name
  std::string error;             // the query did not run on this schema (never fires)
};

class AlertMonitor {
 public:
  // kernel, database and log must outlive the monitor; interval > 0.
  AlertMonitor(sim::Kernel& kernel, Database& database, const RunLog& log, sim::Micros interval);
  AlertMonitor(const AlertMonitor&) = delete;
  AlertMonitor& operator=(const AlertMonitor&) = delete;

  // Schedules the evaluations at interval, 2·interval, ... (observer timers). Call before run().
  void start();
  // After kernel.run(): evaluates at the end of the run, unless an evaluation already ran then.
  void finish();
  const std::vector<AlertEvaluation>& evaluations() const { return evaluations_; }

 private:
  void schedule(sim::Micros due);
  void attempt(sim::Micros due);
  // false: the database was locked; nothing was recorded.
  bool evaluate(sim::Micros scheduled, bool at_end);
  AlertEvaluation evaluate_log_pattern() const;

  sim::Kernel& kernel_;
  Database& database_;
  const RunLog& log_;
  sim::Micros interval_;
  std::optional<sim::Micros> last_evaluated_;
  std::vector<AlertEvaluation> evaluations_;
};

// When on-call would have been paged about one violation.
struct Detection {
  std::size_t violation = 0;  // index into the run's violations
  sim::Micros violated_at = 0;
  std::vector<std::string> alerts;      // the paging alerts meant to catch it; empty: none is
  std::optional<sim::Micros> paged_at;  // the first evaluation of one of them that fired about it
  std::string paged_by;                 // that alert's id
  bool paged_at_end = false;            // only the end-of-run evaluation caught it
  std::optional<sim::Micros> latency() const {
    if (!paged_at) return std::nullopt;
    return *paged_at - violated_at;
  }
};

// One detection per violation, in order. An evaluation catches a violation when it fired at or
// after the violation, is of an alert meant to catch it (Metric 1: duplicate dispatches; Metric 2
// and the log pattern: dispatch after decline), and — the log pattern names requests — its lines
// name the violation's request.
std::vector<Detection> detect_violations(const std::vector<Violation>& violations,
                                         const std::vector<AlertEvaluation>& evaluations);

// For a person: "alerts: Metric 2 paged at 0:04.000 (end of run), 3.2 s after the first
// violation; log pattern paged ...; 2 of 5 violations never paged (exactly-once-dispatch x2)".
std::string summarize_detection(const std::vector<Violation>& violations,
                                const std::vector<Detection>& detections,
                                const std::vector<AlertEvaluation>& evaluations);

}  // namespace dispatchsim::model
