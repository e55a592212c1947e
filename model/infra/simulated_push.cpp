#include "model/infra/simulated_push.hpp"

#include "model/base/coverage_probes.hpp"

#include <fmt/format.h>

#include <cassert>

namespace dispatchsim::model {

std::optional<PushNotification> DriverInbox::next(sim::Micros deadline) {
  while (queue_.empty()) {
    if (!kernel_.wait(arrived_, deadline) && kernel_.now() >= deadline) return std::nullopt;
  }
  PushNotification notification = std::move(queue_.front());
  queue_.pop_front();
  return notification;
}

void DriverInbox::deliver(PushNotification notification) {
  queue_.push_back(std::move(notification));
  kernel_.notify_one(arrived_);
}

SimulatedPush::SimulatedPush(sim::Kernel& kernel, History& history, DurationRange latency)
    : kernel_(kernel),
      history_(history),
      latency_(latency),
      latency_stream_(kernel.choices().stream("push")) {}

void SimulatedPush::add_driver(DriverId driver) {
  inboxes_.emplace(driver, DriverInbox(kernel_));
}

void SimulatedPush::websocket_send(DriverId driver, PushNotification notification) {
  assert(inboxes_.count(driver) == 1);
  kernel_.yield_point("push.send");
  notification.delivery_id = next_delivery_id_++;
  history_.record(HistoryKind::push_sent, notification.request_id, driver, notification.delivery_id,
                  notification.version);
  log_send(driver, notification);
  transport_->carry(driver, notification);
}

void SimulatedPush::carry(DriverId driver, const PushNotification& notification) {
  deliver_after(driver, notification, draw_latency());
}

sim::Micros SimulatedPush::draw_latency() {
  return kernel_.choices().uniform(latency_stream_, latency_.min, latency_.max);
}

// Where "Dispatch sent for DECLINED request" is detectable for every variant: at the send, in the
// sender's process, against the request's committed status. No variant's worker can see it with
// the plan's own queries (legacy trusts the cached status; the plan's Fix 2 checks the status
// before the insert and the push, outside any transaction; hardened sends only inside a
// transaction that re-checks the status, so for it the line never appears). The committed status
// is read as MySQL's consistent read would: without waiting for locks. Here it comes from the
// commit stream (the history's committed status changes), because an SQLite read waits for any
// open write transaction and a statement would be a yield point that changes the run.
void SimulatedPush::log_send(DriverId driver, const PushNotification& notification) {
  if (log_ == nullptr) return;
  const RequestId request = notification.request_id;
  log_->info("notification_sent", request, driver,
             fmt::format("Sent {} {} to driver {} (delivery {})", notification.type,
                         notification.notification_id.empty() ? std::to_string(request)
                                                              : notification.notification_id,
                         driver, notification.delivery_id));
  if (!history_.declined_at(request)) return;
  log_->error("dispatch_after_decline", request, driver,
              fmt::format("Dispatch sent for DECLINED request request_id={} driver_id={}", request,
                          driver));
  history_.record(HistoryKind::log_error_redispatch, request, driver, notification.delivery_id);
}

void SimulatedPush::deliver_after(DriverId driver, const PushNotification& notification,
                                  sim::Micros delay) {
  assert(delay >= 0);
  assert(inboxes_.count(driver) == 1);
  ++in_transit_;
  kernel_.at(kernel_.now() + delay, [this, driver, notification] {
    --in_transit_;
    kernel_.record("push.deliver", notification.request_id, driver, notification.delivery_id);
    if (history_.declined_at(notification.request_id))
      kernel_.probe(probe::push_delivered_after_decline);
    inboxes_.at(driver).deliver(notification);
  });
}

}  // namespace dispatchsim::model

namespace dispatchsim::model {

bool SimulatedPush::idle() const {
  if (in_transit_ > 0) return false;
  for (const auto& [driver, inbox] : inboxes_) {
    if (inbox.waiting() > 0) return false;
  }
  return true;
}

}  // namespace dispatchsim::model
