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

struct HistoryEvent {
  std::uint64_t sequence = 0;  // total order of the run
  sim::Micros time = 0;
  HistoryKind kind{};
  sim::ProcessId process = 0;
  std::uint64_t incarnation = 0;  // of that process: a restart starts a new session
  RequestId request = 0;
  DriverId driver = 0;
  std::int64_t a = 0;
  std::int64_t b = 0;
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
