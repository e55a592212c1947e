// The push transport's faults, each alone in a plan: what reaches the driver's device.

#include <gtest/gtest.h>

#include <vector>

#include "fault_harness.hpp"
#include "model/infra/history.hpp"
#include "faults/fault_decorators.hpp"
#include "model/infra/simulated_push.hpp"

namespace dispatchsim::faults::testing {
namespace {

using model::PushNotification;
using sim::milliseconds;
using sim::seconds;

constexpr model::DriverId driver = 1;

struct PushHarness : FaultHarness {
  PushHarness(FaultPlan plan, sim::Micros window)
      : FaultHarness(std::move(plan), window),
        history(kernel),
        push(kernel, history, model::DurationRange{milliseconds(5), milliseconds(5)}),
        transport(push, injector) {
    push.add_driver(driver);
    push.carry_through(transport);
  }
  // Sends one offer per (time, request) from a process that never fails, and collects what the
  // device receives until `until`.
  std::vector<PushNotification> run(
      const std::vector<std::pair<sim::Micros, model::RequestId>>& sends, sim::Micros until) {
    std::vector<PushNotification> received;
    kernel.spawn("dispatch-worker", [&] {
      for (const auto& [when, request] : sends) {
        kernel.sleep_until(when);
        PushNotification notification;
        notification.notification_id = std::to_string(request) + ":1";
        notification.request_id = request;
        push.websocket_send(driver, notification);
      }
    });
    kernel.spawn("device", [&] {
      while (auto notification = push.inbox(driver).next(until)) received.push_back(*notification);
    });
    kernel.run(until + seconds(1));
    return received;
  }
  int sent_in_history() const {
    int sent = 0;
    for (const auto& event : history.events())
      sent += event.kind == model::HistoryKind::push_sent ? 1 : 0;
    return sent;
  }
  model::History history;
  model::SimulatedPush push;
  FaultyPushTransport transport;
};

TEST(PushDropFault, TheServerSentItButTheDeviceNeverReceivesIt) {
  PushHarness h(only(Fault::push_drop, 1.0), seconds(10));
  const auto received = h.run({{seconds(1), 7}}, seconds(30));
  EXPECT_TRUE(received.empty());
  EXPECT_EQ(h.sent_in_history(), 1) << "the send happened: the loss is the transport's";
  EXPECT_TRUE(h.push.idle());
}

TEST(PushDuplicateFault, TheDeviceReceivesTheSameDeliveryTwice) {
  PushHarness h(only(Fault::push_duplicate, 1.0), seconds(10));
  const auto received = h.run({{seconds(1), 7}}, seconds(30));
  ASSERT_EQ(received.size(), 2u);
  EXPECT_EQ(received[0].delivery_id, received[1].delivery_id);
  EXPECT_EQ(received[0].notification_id, "7:1");
  EXPECT_EQ(received[1].notification_id, "7:1");
  EXPECT_EQ(h.sent_in_history(), 1);
}

TEST(PushDelayFault, ADelayedOfferArrivesAfterALaterOne) {
  // The window closes at 1 s: the first offer is delayed by 10 s, the second is not.
  PushHarness h(only(Fault::push_delay, 1.0, seconds(10)), seconds(1));
  const auto received = h.run({{0, 7}, {seconds(2), 8}}, seconds(30));
  ASSERT_EQ(received.size(), 2u);
  EXPECT_EQ(received[0].request_id, 8);
  EXPECT_EQ(received[1].request_id, 7);
  EXPECT_EQ(h.fired(Fault::push_delay), 1);
}

}  // namespace
}  // namespace dispatchsim::faults::testing
