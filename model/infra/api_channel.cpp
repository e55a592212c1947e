#include "model/infra/api_channel.hpp"

#include "model/base/coverage_probes.hpp"

namespace dispatchsim::model {

ApiChannel::ApiChannel(sim::Kernel& kernel, FaultPoints& faults, DurationRange latency)
    : kernel_(kernel),
      faults_(faults),
      latency_(latency),
      stream_(kernel.choices().stream("api")) {}

sim::Micros ApiChannel::latency() {
  return kernel_.choices().uniform(stream_, latency_.min, latency_.max);
}

void ApiChannel::arrive_later(IncomingCall call, sim::Micros extra_delay) {
  ++in_transit_;
  kernel_.at(kernel_.now() + latency() + extra_delay, [this, call = std::move(call)] {
    --in_transit_;
    incoming_.push_back(call);
    kernel_.notify_one(arrived_);
  });
}

std::optional<ApiResponse> ApiChannel::call(const ApiRequest& request, sim::Micros timeout) {
  kernel_.yield_point("api.call");
  ++calls_made_;
  const std::int64_t id = next_call_id_++;
  PendingCall& pending = pending_[id];
  arrive_later(IncomingCall{id, request}, 0);
  const sim::Micros deadline = kernel_.now() + timeout;
  struct Forget {
    std::map<std::int64_t, PendingCall>& calls;
    std::int64_t id;
    ~Forget() { calls.erase(id); }
  } forget{pending_, id};
  while (!pending.response) {
    if (!kernel_.wait(pending.answered, deadline) && kernel_.now() >= deadline) {
      ++calls_timed_out_;
      kernel_.record("api.timeout", id, static_cast<std::int64_t>(request.operation));
      return std::nullopt;
    }
  }
  return pending.response;
}

void ApiChannel::post(const ApiRequest& request) {
  kernel_.yield_point("api.post");
  ++calls_made_;
  sim::Micros extra = 0;
  if (request.operation == ApiOperation::update_location &&
      faults_.fires(Fault::location_reorder)) {
    extra = faults_.magnitude(Fault::location_reorder);
  }
  arrive_later(IncomingCall{0, request}, extra);
}

std::optional<ApiChannel::IncomingCall> ApiChannel::next_call(sim::Micros deadline) {
  while (incoming_.empty()) {
    if (!kernel_.wait(arrived_, deadline) && kernel_.now() >= deadline) return std::nullopt;
  }
  IncomingCall call = std::move(incoming_.front());
  incoming_.pop_front();
  return call;
}

void ApiChannel::respond(std::int64_t call_id, ApiResponse response) {
  if (call_id == 0) return;
  ++in_transit_;
  kernel_.at(kernel_.now() + latency(), [this, call_id, response = std::move(response)] {
    --in_transit_;
    auto found = pending_.find(call_id);
    if (found == pending_.end()) {  // the client gave up
      kernel_.probe(probe::answer_after_client_gave_up);
      return;
    }
    found->second.response = response;
    kernel_.notify_all(found->second.answered);
  });
}

}  // namespace dispatchsim::model
