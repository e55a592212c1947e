#include "explore/scenario_writer.hpp"

#include <fmt/format.h>

#include <cmath>
#include <sstream>

#include "model/base/plan_fixes.hpp"

namespace dispatchsim::explore {

namespace {

using model::DurationRange;

// A number of unit-sized steps the loader turns back into exactly `micros`: the loader computes
// static_cast<Micros>(value * unit), so the shortest round-trip decimal of micros / unit is
// nudged up until that product truncates to micros again.
std::string in_unit(sim::Micros micros, sim::Micros unit) {
  if (micros % unit == 0) return std::to_string(micros / unit);
  double value = static_cast<double>(micros) / static_cast<double>(unit);
  for (int step = 0;
       step < 8 && static_cast<sim::Micros>(value * static_cast<double>(unit)) != micros; ++step) {
    value = std::nextafter(value, micros > 0 ? HUGE_VAL : -HUGE_VAL);
  }
  return fmt::format("{}", value);
}

std::string range_in_unit(const DurationRange& range, sim::Micros unit) {
  return fmt::format("[{}, {}]", in_unit(range.min, unit), in_unit(range.max, unit));
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string number(double value) {
  return fmt::format("{}", value);
}

void write_world(std::ostringstream& out, const model::WorldConfig& w) {
  constexpr sim::Micros ms = sim::micros_per_millisecond;
  constexpr sim::Micros s = sim::micros_per_second;
  out << "\n[workload]\n";
  out << "requests = " << w.workload.requests << "\n";
  out << "drivers = " << w.workload.drivers << "\n";
  out << "candidates_per_request = " << w.workload.candidates_per_request << "\n";
  out << "request_arrival_ms = " << range_in_unit(w.workload.request_arrival, ms) << "\n";
  out << "driver_think_ms = " << range_in_unit(w.workload.driver_think, ms) << "\n";
  out << "decline_probability = " << number(w.workload.decline_probability) << "\n";
  out << "cancel_probability = " << number(w.workload.cancel_probability) << "\n";
  out << "location_updates_per_request = " << w.workload.location_updates_per_request << "\n";
  out << "location_update_interval_ms = " << range_in_unit(w.workload.location_update_interval, ms)
      << "\n";
  out << "location_readers = " << w.workload.location_readers << "\n";
  out << "location_read_interval_ms = " << range_in_unit(w.workload.location_read_interval, ms)
      << "\n";
  out << "\n[processes]\n";
  out << "dispatch_workers = " << w.processes.dispatch_workers << "\n";
  out << "api_handlers = " << w.processes.api_handlers << "\n";
  out << "restart_after_ms = " << in_unit(w.processes.restart_after, ms) << "\n";
  out << "app_restart_after_ms = " << in_unit(w.processes.app_restart_after, ms) << "\n";
  out << "\n[timing]\n";
  out << "db_statement_latency_us = " << range_in_unit(w.timing.db_statement_latency, 1) << "\n";
  out << "api_latency_ms = " << range_in_unit(w.timing.api_latency, ms) << "\n";
  out << "push_latency_ms = " << range_in_unit(w.timing.push_latency, ms) << "\n";
  out << "api_client_timeout_ms = " << in_unit(w.timing.api_client_timeout, ms) << "\n";
  out << "api_client_retries = " << w.timing.api_client_retries << "\n";
  out << "matcher_poll_interval_ms = " << in_unit(w.timing.matcher_poll_interval, ms) << "\n";
  out << "relay_poll_interval_ms = " << in_unit(w.timing.relay_poll_interval, ms) << "\n";
  out << "offer_timeout_ms = " << in_unit(w.timing.offer_timeout, ms) << "\n";
  out << "offer_retries_max = " << w.timing.offer_retries_max << "\n";
  out << "\n[broker]\n";
  out << "visibility_timeout_s = " << in_unit(w.broker.visibility_timeout, s) << "\n";
  out << "retention_period_s = " << in_unit(w.broker.retention_period, s) << "\n";
  out << "receive_wait_time_s = " << in_unit(w.broker.receive_wait_time, s) << "\n";
  out << "max_receive_count = " << w.broker.max_receive_count << "\n";
  out << "batch_size = " << w.broker.batch_size << "\n";
  out << "legacy_poll_interval_ms = " << in_unit(w.broker.legacy_poll_interval, ms) << "\n";
  out << "\n[cache]\n";
  out << "request_ttl_s = " << in_unit(w.cache.request_ttl, s) << "\n";
  out << "replication_lag_ms = " << in_unit(w.cache.replication_lag, ms) << "\n";
  out << "pubsub_latency_ms = " << in_unit(w.cache.pubsub_latency, ms) << "\n";
  out << "stale_replica_lag_ms = " << in_unit(w.cache.stale_replica_lag, ms) << "\n";
  out << "\n[database]\n";
  out << "lock_wait_timeout_s = " << in_unit(w.database.lock_wait_timeout, s) << "\n";
  out << "\n[migration]\n";
  out << "backfill_pending = " << (w.migration.backfill_pending ? "true" : "false") << "\n";
  out << "backfill_batch = " << w.migration.backfill_batch << "\n";
  out << "backfill_interval_ms = " << in_unit(w.migration.backfill_interval, ms) << "\n";
  if (w.rollback.at) out << "\n[rollback]\nat_ms = " << in_unit(*w.rollback.at, ms) << "\n";
  out << "\n[plan]\n";
  std::string fixes;
  for (int fix : w.variant.fixes) {
    // A whole fix is a number; a part (model/base/plan_fixes.hpp) its quoted name, as --fix takes
    // it.
    const std::string item =
        fix < 10 ? std::to_string(fix) : "\"" + model::fix_set_text({fix}) + "\"";
    fixes += (fixes.empty() ? "" : ", ") + item;
  }
  out << "fixes = [" << fixes << "]\n";
  out << "flag_percent = " << w.variant.flag_percent << "\n";
  out << "\n[phases]\n";
  out << "fault_window_s = " << in_unit(w.phases.fault_window, s) << "\n";
  out << "heal_window_s = " << in_unit(w.phases.heal_window, s) << "\n";
}

void write_faults(std::ostringstream& out, const faults::FaultPlan& plan) {
  out << "\n[faults]\nswarm = " << (plan.swarm ? "true" : "false") << "\n";
  // With swarm on, the loader draws from the faults the file enables: exactly the candidates.
  for (const auto& info : faults::fault_catalogue()) {
    const faults::FaultSetting& setting = plan[info.fault];
    if (!setting.enabled) continue;
    out << "\n[faults." << info.id << "]\n";
    out << "rate = " << number(setting.rate) << "\n";
    out << "magnitude_ms = [" << in_unit(setting.magnitude_min, sim::micros_per_millisecond) << ", "
        << in_unit(setting.magnitude_max, sim::micros_per_millisecond) << "]\n";
  }
}

void write_swarm_knobs(std::ostringstream& out, const std::vector<faults::KnobRange>& ranges) {
  if (ranges.empty()) return;
  out << "\n[swarm.knobs]\n";
  for (const faults::KnobRange& range : ranges) {
    out << range.knob->id << " = [" << range.low << ", " << range.high << "]\n";
  }
}

}  // namespace

std::string scenario_toml(const scenarios::Scenario& scenario, const std::string& header) {
  std::ostringstream out;
  std::istringstream lines(header);
  std::string line;
  while (std::getline(lines, line)) out << "# " << line << "\n";
  out << "[scenario]\ndescription = " << quoted(scenario.description) << "\n";
  write_world(out, scenario.world);
  out << "\n[properties]\ncheck = [";
  for (std::size_t i = 0; i < scenario.properties.size(); ++i) {
    out << (i == 0 ? "" : ", ") << quoted(scenario.properties[i]);
  }
  out << "]\n";
  write_faults(out, scenario.faults);
  write_swarm_knobs(out, scenario.swarm_knobs);
  return out.str();
}

}  // namespace dispatchsim::explore
