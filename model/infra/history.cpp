#include "model/infra/history.hpp"

#include "sim/stable_hash.hpp"

namespace dispatchsim::model {

std::string_view to_string(HistoryKind kind) {
  switch (kind) {
    case HistoryKind::request_created:
      return "request-created";
    case HistoryKind::status_committed:
      return "status-committed";
    case HistoryKind::dispatch_logged:
      return "dispatch-logged";
    case HistoryKind::queue_row_added:
      return "queue-row-added";
    case HistoryKind::location_committed:
      return "location-committed";
    case HistoryKind::dispatch_intended:
      return "dispatch-intended";
    case HistoryKind::decline_submitted:
      return "decline-submitted";
    case HistoryKind::decline_answered:
      return "decline-answered";
    case HistoryKind::push_sent:
      return "push-sent";
    case HistoryKind::shown:
      return "shown";
    case HistoryKind::location_issued:
      return "location-issued";
    case HistoryKind::location_read:
      return "location-read";
    case HistoryKind::message_dead_lettered:
      return "message-dead-lettered";
    case HistoryKind::fault_fired:
      return "fault-fired";
    case HistoryKind::process_crashed:
      return "process-crashed";
    case HistoryKind::log_error_redispatch:
      return "log-error-redispatch";
    case HistoryKind::queue_row_published:
      return "queue-row-published";
  }
  return "?";
}

void History::record(HistoryKind kind, RequestId request, DriverId driver, std::int64_t a,
                     std::int64_t b) {
  const sim::ProcessId process = kernel_.current();
  events_.push_back(HistoryEvent{events_.size(), kernel_.now(), kind, process,
                                 process == 0 ? 0 : kernel_.incarnation(process), request, driver,
                                 a, b});
  if (kind == HistoryKind::status_committed &&
      static_cast<RequestStatus>(b) == RequestStatus::declined) {
    declined_at_.emplace(request, kernel_.now());
  }
  // The history is part of the trace: a replay that diverges in what happened diverges in hash.
  // The kind by its name, not its enum position: adding a kind leaves stored hashes alone.
  kernel_.record("history", static_cast<std::int64_t>(sim::stable_hash(to_string(kind))), request,
                 driver);
}

}  // namespace dispatchsim::model

namespace dispatchsim::model {

void History::observe(HistoryKind kind, RequestId request, DriverId driver, std::int64_t a) {
  observations_.push_back(Observation{events_.size(), kernel_.now(), kind, request, driver, a});
}

std::optional<sim::Micros> History::declined_at(RequestId request) const {
  const auto found = declined_at_.find(request);
  if (found == declined_at_.end()) return std::nullopt;
  return found->second;
}

}  // namespace dispatchsim::model
