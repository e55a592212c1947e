#include "model/observe/alert_monitor.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <map>

#include "model/observe/monitoring_oracles.hpp"

namespace dispatchsim::model {

namespace {

// How long an evaluation waits for a write transaction to end before it tries again.
constexpr sim::Micros locked_retry = sim::milliseconds(10);

const AlertInfo& alert_info(std::string_view id) {
  const auto& catalogue = alert_catalogue();
  const auto found = std::find_if(catalogue.begin(), catalogue.end(),
                                  [&](const AlertInfo& info) { return info.id == id; });
  assert(found != catalogue.end());
  return *found;
}

bool is_locked(const SqlError& error) {
  return error.busy();
}

// "0:04.250": minutes, seconds and milliseconds of virtual time, as on-call reads a clock.
std::string clock_time(sim::Micros time) {
  const sim::Micros milliseconds = time / 1000;
  return fmt::format("{}:{:02}.{:03}", milliseconds / 60'000, milliseconds / 1000 % 60,
                     milliseconds % 1000);
}

std::string seconds_text(sim::Micros duration) {
  return fmt::format("{:.3f} s", static_cast<double>(duration) / sim::micros_per_second);
}

// The alerts of the catalogue meant to catch this violation: the Metrics as the monitoring
// oracles define them, and the log pattern for a dispatch after a decline.
std::vector<std::string> alerts_meant_for(const Violation& violation) {
  std::vector<std::string> alerts;
  const std::vector<std::string> oracles = oracles_meant_for(violation);
  for (const AlertInfo& info : alert_catalogue()) {
    const bool is_metric = std::find(oracles.begin(), oracles.end(), info.id) != oracles.end();
    const bool is_log_pattern =
        info.id == log_pattern_alert && violation.property == "no-dispatch-after-decline";
    if (is_metric || is_log_pattern) alerts.emplace_back(info.id);
  }
  return alerts;
}

bool catches(const AlertEvaluation& evaluation, const Violation& violation,
             const std::vector<std::string>& alerts) {
  if (!evaluation.fired || evaluation.time < violation.time) return false;
  if (std::find(alerts.begin(), alerts.end(), evaluation.alert) == alerts.end()) return false;
  return evaluation.alert != log_pattern_alert || evaluation.requests.count(violation.request) == 1;
}

}  // namespace

const std::vector<AlertInfo>& alert_catalogue() {
  static const std::vector<AlertInfo> catalogue = {
      {"metric-1", "Metric 1", "monitoring_metric_1"},
      {"metric-2", "Metric 2", "monitoring_metric_2"},
      {log_pattern_alert, "Log pattern", ""},
  };
  return catalogue;
}

std::string_view alert_title(std::string_view id) {
  return alert_info(id).title;
}

AlertMonitor::AlertMonitor(sim::Kernel& kernel, Database& database, const RunLog& log,
                           sim::Micros interval)
    : kernel_(kernel), database_(database), log_(log), interval_(interval) {
  assert(interval_ > 0);
}

void AlertMonitor::start() {
  assert(evaluations_.empty());
  schedule(kernel_.now() + interval_);
}

void AlertMonitor::finish() {
  // Observers may have run past the run's last event (up to the horizon): nothing to add then.
  if (last_evaluated_ && *last_evaluated_ >= kernel_.now()) return;
  // Every process has stopped and rolled back: nothing holds the database any more.
  [[maybe_unused]] const bool evaluated = evaluate(kernel_.now(), true);
  assert(evaluated);
}

void AlertMonitor::schedule(sim::Micros due) {
  kernel_.observe_at(due, [this, due] { attempt(due); });
}

// One cron run: evaluates, or retries shortly while a write transaction holds the database;
// the next run stays due at the next multiple of the interval.
void AlertMonitor::attempt(sim::Micros due) {
  if (!evaluate(due, false)) {
    kernel_.observe_at(kernel_.now() + locked_retry, [this, due] { attempt(due); });
    return;
  }
  schedule(due + interval_);
}

bool AlertMonitor::evaluate(sim::Micros scheduled, bool at_end) {
  std::vector<AlertEvaluation> round;
  for (const AlertInfo& info : alert_catalogue()) {
    AlertEvaluation evaluation;
    if (info.sql_name.empty()) {
      evaluation = evaluate_log_pattern();
    } else {
      evaluation.alert = std::string(info.id);
      try {
        const std::vector<Row> rows = database_.inspect(embedded_sql(info.sql_name));
        assert(rows.size() == 1);
        evaluation.value = rows.front().integer(0);
      } catch (const SqlError& error) {
        if (is_locked(error)) return false;
        // The plan's rollback may drop a column a Metric names: the cron job then errors.
        evaluation.error = error.what();
      }
    }
    evaluation.scheduled = scheduled;
    evaluation.time = kernel_.now();
    evaluation.fired = evaluation.error.empty() && evaluation.value > 0;
    evaluation.at_end = at_end;
    round.push_back(std::move(evaluation));
  }
  for (AlertEvaluation& evaluation : round) evaluations_.push_back(std::move(evaluation));
  last_evaluated_ = kernel_.now();
  return true;
}

// The log pattern: lines naming a dispatch for a declined request within the last window.
AlertEvaluation AlertMonitor::evaluate_log_pattern() const {
  AlertEvaluation evaluation;
  evaluation.alert = std::string(log_pattern_alert);
  const sim::Micros now = kernel_.now();
  for (const LogLine& line : log_.lines()) {
    if (line.time <= now - alert_window || line.time > now) continue;
    if (line.message.find(declined_dispatch_pattern) == std::string::npos) continue;
    ++evaluation.value;
    evaluation.requests.insert(line.request);
  }
  return evaluation;
}

std::vector<Detection> detect_violations(const std::vector<Violation>& violations,
                                         const std::vector<AlertEvaluation>& evaluations) {
  std::vector<Detection> detections;
  for (std::size_t index = 0; index < violations.size(); ++index) {
    const Violation& violation = violations[index];
    Detection detection;
    detection.violation = index;
    detection.violated_at = violation.time;
    detection.alerts = alerts_meant_for(violation);
    // Evaluations are in time order: the first that catches it is when on-call was paged.
    for (const AlertEvaluation& evaluation : evaluations) {
      if (!catches(evaluation, violation, detection.alerts)) continue;
      detection.paged_at = evaluation.time;
      detection.paged_by = evaluation.alert;
      detection.paged_at_end = evaluation.at_end;
      break;
    }
    detections.push_back(std::move(detection));
  }
  return detections;
}

namespace {

// "Metric 2 paged at 0:04.000 (end of run), 3.200 s after the first violation", or "Metric 1
// silent" / "Metric 1 did not run (...)".
std::string describe_alert(const AlertInfo& info, const std::vector<Violation>& violations,
                           const std::vector<AlertEvaluation>& evaluations) {
  const auto first_fired = std::find_if(evaluations.begin(), evaluations.end(), [&](const auto& e) {
    return e.alert == info.id && e.fired;
  });
  if (first_fired == evaluations.end()) {
    const auto failed = std::find_if(evaluations.begin(), evaluations.end(), [&](const auto& e) {
      return e.alert == info.id && !e.error.empty();
    });
    if (failed != evaluations.end())
      return fmt::format("{} did not run ({})", info.title, failed->error);
    return fmt::format("{} silent", info.title);
  }
  // A run ends before the cron is next due; the cron would then see the same rows and lines
  // (their windows still hold the whole run), so on-call is paged at that cron time at the latest.
  const sim::Micros cron_due = (first_fired->time / alert_window + 1) * alert_window;
  std::string text = fmt::format(
      "{} paged at {}{}", info.title, clock_time(first_fired->time),
      first_fired->at_end
          ? fmt::format(" (end of run; the 5-minute cron is due at {})", clock_time(cron_due))
          : "");
  if (!violations.empty()) {
    const sim::Micros first_violation =
        std::min_element(violations.begin(), violations.end(), [](const auto& a, const auto& b) {
          return a.time < b.time;
        })->time;
    const sim::Micros gap = first_fired->time - first_violation;
    text += gap >= 0 ? fmt::format(", {} after the first violation", seconds_text(gap))
                     : fmt::format(", {} before the first violation", seconds_text(-gap));
  }
  return text;
}

}  // namespace

std::string summarize_detection(const std::vector<Violation>& violations,
                                const std::vector<Detection>& detections,
                                const std::vector<AlertEvaluation>& evaluations) {
  assert(detections.size() == violations.size());
  std::string text = "alerts:";
  const char* separator = " ";
  for (const AlertInfo& info : alert_catalogue()) {
    text += separator + describe_alert(info, violations, evaluations);
    separator = "; ";
  }
  if (violations.empty()) return text;
  std::map<std::string, int> never_paged;  // property -> violations no alert caught
  int unpaged = 0;
  std::optional<sim::Micros> worst_latency;
  for (const Detection& detection : detections) {
    if (const auto latency = detection.latency()) {
      worst_latency = std::max(worst_latency.value_or(0), *latency);
    } else {
      ++never_paged[violations[detection.violation].property];
      ++unpaged;
    }
  }
  if (worst_latency)
    text += fmt::format("; worst detection latency {}", seconds_text(*worst_latency));
  if (unpaged == 0) return text + fmt::format("; every violation paged");
  std::string which;
  for (const auto& [property, count] : never_paged) {
    which += fmt::format("{}{} x{}", which.empty() ? "" : ", ", property, count);
  }
  return text + fmt::format("; {} of {} violation{} never paged ({})", unpaged, violations.size(),
                            violations.size() == 1 ? "" : "s", which);
}

}  // namespace dispatchsim::model
