#pragma once
// The simulated push server, its transport and the drivers' inboxes. A notification reaches the
// driver's device after a latency. The transport is a seam (model/infra/fault_seams.hpp): the
// push faults (drop, duplicate, delay, thus reorder) decorate it from faults/. The
// inbox belongs to the device, not to the app process, so it survives an app restart.

#include <deque>
#include <map>
#include <optional>

#include "model/infra/fault_seams.hpp"
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

// A PushGateway (what the workers call) and the healthy PushTransport (what carries an accepted
// send to the device): every send goes through transport(), itself unless carry_through() put a
// decorator in front.
class SimulatedPush final : public PushGateway, public PushTransport {
 public:
  SimulatedPush(sim::Kernel& kernel, History& history, DurationRange latency);
  void add_driver(DriverId driver);
  // The push server's log (the plan's "Push notification/WebSocket server logs"): every send,
  // and the plan's ERROR line for a send whose request's decline has committed. log must outlive
  // this; without it nothing is logged.
  void attach_log(RunLog& log) { log_ = &log; }
  DriverInbox& inbox(DriverId driver) { return inboxes_.at(driver); }
  void websocket_send(DriverId driver, PushNotification notification) override;
  // Every later accepted send travels through `transport` (which must outlive this), e.g. a
  // fault decorator wrapping this push's own healthy transport.
  void carry_through(PushTransport& transport) { transport_ = &transport; }
  // The healthy transport.
  void carry(DriverId driver, const PushNotification& notification) override;
  sim::Micros draw_latency() override;
  void deliver_after(DriverId driver, const PushNotification& notification,
                     sim::Micros delay) override;
  std::int64_t sent() const { return next_delivery_id_ - 1; }
  // No notification on the wire or waiting in an inbox.
  bool idle() const;

 private:
  void log_send(DriverId driver, const PushNotification& notification);

  sim::Kernel& kernel_;
  History& history_;
  PushTransport* transport_ = this;
  RunLog* log_ = nullptr;
  DurationRange latency_;
  sim::StreamId latency_stream_;
  std::map<DriverId, DriverInbox> inboxes_;
  std::int64_t next_delivery_id_ = 1;
  std::int64_t in_transit_ = 0;
};

}  // namespace dispatchsim::model
