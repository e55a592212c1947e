#pragma once
// The HTTP API between the apps (drivers, riders) and the API handler processes. A call travels
// with a latency each way; the client gives up after a timeout (the server may still process
// the call: that is how duplicate declines happen) and may retry. Fire-and-forget posts
// (location updates) can overtake one another.

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>

#include "model/ports/api_messages.hpp"
#include "model/base/fault_points.hpp"
#include "model/base/request_status.hpp"
#include "model/base/world_config.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

class ApiChannel {
 public:
  ApiChannel(sim::Kernel& kernel, FaultPoints& faults, DurationRange latency);

  // Client: sends and waits up to timeout. nullopt when no answer came in time.
  std::optional<ApiResponse> call(const ApiRequest& request, sim::Micros timeout);
  // Client: fire and forget. Location updates may be reordered by Fault::location_reorder.
  void post(const ApiRequest& request);

  struct IncomingCall {
    std::int64_t id = 0;  // 0 for a post: nobody waits for the answer
    ApiRequest request;
  };
  // Server: the next call, or nullopt at the deadline.
  std::optional<IncomingCall> next_call(sim::Micros deadline);
  // Server: the answer travels back; it is dropped if the client gave up.
  void respond(std::int64_t call_id, ApiResponse response);

  // Nothing in transit, queued or awaiting an answer.
  bool idle() const { return in_transit_ == 0 && incoming_.empty() && pending_.empty(); }
  // Totals since the start, as the clients saw them (for the rollout's error rate): calls and
  // posts made, retries included, and calls the client gave up on (a gateway timeout).
  std::int64_t calls_made() const { return calls_made_; }
  std::int64_t calls_timed_out() const { return calls_timed_out_; }

 private:
  struct PendingCall {
    std::optional<ApiResponse> response;
    sim::WaitQueue answered;
  };
  void arrive_later(IncomingCall call, sim::Micros extra_delay);
  sim::Micros latency();

  sim::Kernel& kernel_;
  FaultPoints& faults_;
  DurationRange latency_;
  sim::StreamId stream_;
  std::int64_t next_call_id_ = 1;
  std::map<std::int64_t, PendingCall> pending_;
  std::deque<IncomingCall> incoming_;
  std::int64_t in_transit_ = 0;  // calls and answers on the wire
  std::int64_t calls_made_ = 0;
  std::int64_t calls_timed_out_ = 0;
  sim::WaitQueue arrived_;
};

}  // namespace dispatchsim::model
