#pragma once
// The ground-truth history of a run: what really happened, recorded by the simulation itself —
// the database engine (committed changes), the push transport, the driver apps' screens, the
// actors' intentions — never by the dispatch logic under test. Properties are computed from this
// history and the final database; the system never knows it is being checked.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/base/request_status.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

enum class HistoryKind : std::uint8_t {
  request_created,     // committed INSERT into ride_requests (a = version)
  status_committed,    // committed status change (a = old status, b = new status, driver =
                       // declined_by/accepted_by)
  dispatch_logged,     // committed INSERT into dispatch_log (a = dispatch_log.id)
  queue_row_added,     // committed INSERT into dispatch_queue (a = sequence_number)
  location_committed,  // committed pickup change (a = location_sequence, b = lat in micro-degrees)
  dispatch_intended,   // the matcher decided to offer the request to driver (a = sequence)
  decline_submitted,   // a driver app asked to decline (driver)
  decline_answered,    // the decline API answered (a = 1 success, 0 error)
  push_sent,           // the push transport accepted a notification (a = delivery id)
  shown,               // a driver app showed the request on screen (a = delivery id)
  location_issued,     // a rider moved the pickup point (a = sequence, b = lat in micro-degrees)
  location_read,       // a reader saw a pickup location (a = sequence, b = lat in micro-degrees)
  message_dead_lettered,
  fault_fired,  // a = fault index
  process_crashed,
  log_error_redispatch,  // the worker logged "ERROR: Dispatch sent for DECLINED request"
  // Observations (History::observe): never in events() nor in the trace, see Observation.
  queue_row_published  // committed dispatch_queue status PENDING -> PUBLISHED (a =
                       // dispatch_queue.id)
};

std::string_view to_string(HistoryKind kind);

// One ground-truth event. What its two details mean depends on its kind, so they are read
// through named accessors that assert the kind (an accessor asked of the wrong kind is a bug in
// the reader, and stops the run loudly) rather than as positional fields.
class HistoryEvent {
 public:
  HistoryEvent() = default;
  HistoryEvent(std::uint64_t sequence_in_run, sim::Micros at, HistoryKind event_kind,
               sim::ProcessId by_process, std::uint64_t process_incarnation,
               RequestId about_request, DriverId about_driver, std::int64_t first_detail,
               std::int64_t second_detail)
      : sequence(sequence_in_run),
        time{at},
        kind(event_kind),
        process(by_process),
        incarnation(process_incarnation),
        request(about_request),
        driver(about_driver),
        first_detail_(first_detail),
        second_detail_(second_detail) {}

  std::uint64_t sequence = 0;  // total order of the run
  sim::Micros time = 0;
  HistoryKind kind{};
  sim::ProcessId process = 0;
  std::uint64_t incarnation = 0;  // of that process: a restart starts a new session
  RequestId request = 0;
  DriverId driver = 0;

  std::int64_t version() const;            // request_created: the row's version
  RequestStatus old_status() const;        // status_committed
  RequestStatus new_status() const;        // status_committed
  std::int64_t dispatch_log_id() const;    // dispatch_logged: dispatch_log.id
  std::int64_t queue_sequence() const;     // dispatch_intended, queue_row_added
  std::int64_t location_sequence() const;  // location_committed / issued / read
  std::int64_t lat_micro_degrees() const;  // location_committed / issued / read
  std::int64_t delivery_id() const;        // push_sent, shown, log_error_redispatch
  std::int64_t pushed_version() const;     // push_sent: the notification's version
  bool decline_succeeded() const;          // decline_answered
  std::size_t fault_index() const;         // fault_fired: the Fault's position
  sim::ProcessId crashed_process() const;  // process_crashed
  // Both details, for code that treats every kind alike (the trace, a test's equality).
  std::pair<std::int64_t, std::int64_t> details() const { return {first_detail_, second_detail_}; }

 private:
  std::int64_t first_detail_ = 0;
  std::int64_t second_detail_ = 0;
};

// What the checkers need to see that is not part of the trace: a function of what is (so leaving
// it out of the trace hash loses nothing), recorded apart from events() so that every event stays
// a trace event "history" (explain pairs them up) and no run's trace hash changes. It names its
// place in the run by the events recorded before it.
struct Observation {
  std::uint64_t after_events =
      0;  // events().size() when it happened: it follows every event before
  sim::Micros time = 0;
  HistoryKind kind{};
  RequestId request = 0;
  DriverId driver = 0;
  std::int64_t a = 0;
};

class History {
 public:
  explicit History(sim::Kernel& kernel) : kernel_(kernel) {}
  void record(HistoryKind kind, RequestId request, DriverId driver = 0, std::int64_t a = 0,
              std::int64_t b = 0);
  const std::vector<HistoryEvent>& events() const { return events_; }
  // Records an observation (not an event, not traced).
  void observe(HistoryKind kind, RequestId request, DriverId driver = 0, std::int64_t a = 0);
  const std::vector<Observation>& observations() const { return observations_; }
  // When the request's decline committed, if it did.
  std::optional<sim::Micros> declined_at(RequestId request) const;

 private:
  sim::Kernel& kernel_;
  std::vector<HistoryEvent> events_;
  std::vector<Observation> observations_;
  std::map<RequestId, sim::Micros> declined_at_;
};

}  // namespace dispatchsim::model
