#include "model/infra/history.hpp"

#include <cassert>

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

namespace {

bool is_location(HistoryKind kind) {
  return kind == HistoryKind::location_committed || kind == HistoryKind::location_issued ||
         kind == HistoryKind::location_read;
}

}  // namespace

std::int64_t HistoryEvent::version() const {
  assert(kind == HistoryKind::request_created);
  return first_detail_;
}

RequestStatus HistoryEvent::old_status() const {
  assert(kind == HistoryKind::status_committed);
  return static_cast<RequestStatus>(first_detail_);
}

RequestStatus HistoryEvent::new_status() const {
  assert(kind == HistoryKind::status_committed);
  return static_cast<RequestStatus>(second_detail_);
}

std::int64_t HistoryEvent::dispatch_log_id() const {
  assert(kind == HistoryKind::dispatch_logged);
  return first_detail_;
}

std::int64_t HistoryEvent::queue_sequence() const {
  assert(kind == HistoryKind::dispatch_intended || kind == HistoryKind::queue_row_added);
  return first_detail_;
}

std::int64_t HistoryEvent::location_sequence() const {
  assert(is_location(kind));
  return first_detail_;
}

std::int64_t HistoryEvent::lat_micro_degrees() const {
  assert(is_location(kind));
  return second_detail_;
}

std::int64_t HistoryEvent::delivery_id() const {
  assert(kind == HistoryKind::push_sent || kind == HistoryKind::shown ||
         kind == HistoryKind::log_error_redispatch);
  return first_detail_;
}

std::int64_t HistoryEvent::pushed_version() const {
  assert(kind == HistoryKind::push_sent);
  return second_detail_;
}

bool HistoryEvent::decline_succeeded() const {
  assert(kind == HistoryKind::decline_answered);
  assert(first_detail_ == 0 || first_detail_ == 1);
  return first_detail_ == 1;
}

std::size_t HistoryEvent::fault_index() const {
  assert(kind == HistoryKind::fault_fired);
  assert(first_detail_ >= 0);
  return static_cast<std::size_t>(first_detail_);
}

sim::ProcessId HistoryEvent::crashed_process() const {
  assert(kind == HistoryKind::process_crashed);
  assert(first_detail_ > 0);
  return static_cast<sim::ProcessId>(first_detail_);
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
