#pragma once
// The simulated push transport and the drivers' inboxes. A notification reaches the driver's
// device after a latency; the transport can drop, duplicate and delay (thus reorder) it. The
// inbox belongs to the device, not to the app process, so it survives an app restart.

#include <deque>
#include <map>
#include <optional>

#include "model/base/fault_points.hpp"
#include "model/infra/history.hpp"
#include "model/ports/push_gateway.hpp"
#include "model/infra/run_log.hpp"
#include "model/base/world_config.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

class DriverInbox {
 public:
  explicit DriverInbox(sim::Kernel& kernel) : kernel_(kernel) {}
  // Blocks (virtual time) until a notification arrives or the deadline passes.
  std::optional<PushNotification> next(sim::Micros deadline);
  void deliver(PushNotification notification);
  std::size_t waiting() const { return queue_.size(); }

 private:
  sim::Kernel& kernel_;
  std::deque<PushNotification> queue_;
  sim::WaitQueue arrived_;
};

class SimulatedPush final : public PushGateway {
 public:
  SimulatedPush(sim::Kernel& kernel, FaultPoints& faults, History& history, DurationRange latency);
  void add_driver(DriverId driver);
  // The push server's log (the plan's "Push notification/WebSocket server logs"): every send,
  // and the plan's ERROR line for a send whose request's decline has committed. log must outlive
  // this; without it nothing is logged.
  void attach_log(RunLog& log) { log_ = &log; }
  DriverInbox& inbox(DriverId driver) { return inboxes_.at(driver); }
  void websocket_send(DriverId driver, PushNotification notification) override;
  std::int64_t sent() const { return next_delivery_id_ - 1; }
  // No notification on the wire or waiting in an inbox.
  bool idle() const;

 private:
  void schedule_delivery(DriverId driver, const PushNotification& notification, sim::Micros delay);
  void log_send(DriverId driver, const PushNotification& notification);

  sim::Kernel& kernel_;
  FaultPoints& faults_;
  History& history_;
  RunLog* log_ = nullptr;
  DurationRange latency_;
  sim::StreamId latency_stream_;
  std::map<DriverId, DriverInbox> inboxes_;
  std::int64_t next_delivery_id_ = 1;
  std::int64_t in_transit_ = 0;
};

}  // namespace dispatchsim::model
