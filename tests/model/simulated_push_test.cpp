// The push transport and the drivers' inboxes: a notification arrives after a latency drawn from
// the configured range (its faults — drop, duplicate, delay — are decorators: tests/faults/
// push_faults_test.cpp); the inbox belongs to the device, so what arrives while the app is down
// waits for the next incarnation.

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "model/infra/simulated_push.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {
namespace {

using sim::Micros;
using sim::milliseconds;
using sim::seconds;

struct PushWorld {
  explicit PushWorld(DurationRange latency = {milliseconds(10), milliseconds(10)})
      : choices(1),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        history(kernel),
        push(kernel, history, latency) {
    push.add_driver(1);
    push.add_driver(2);
  }
  PushNotification notification(RequestId request, std::string id = "") {
    PushNotification sent;
    sent.request_id = request;
    sent.notification_id = std::move(id);
    return sent;
  }
  int pushes_sent_in_history() const {
    int count = 0;
    for (const auto& event : history.events()) count += event.kind == HistoryKind::push_sent;
    return count;
  }

  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  History history;
  SimulatedPush push;
};

struct Arrival {
  Micros time;
  RequestId request;
  std::int64_t delivery_id;
};

// A device that takes every notification from driver 1's inbox until the deadline.
void receive_all(PushWorld& w, std::vector<Arrival>* arrivals, Micros deadline) {
  w.kernel.spawn("device-1", [&w, arrivals, deadline] {
    while (auto notification = w.push.inbox(1).next(deadline)) {
      arrivals->push_back({w.kernel.now(), notification->request_id, notification->delivery_id});
    }
  });
}

TEST(SimulatedPush, ANotificationArrivesAfterTheLatencyWithItsPayload) {
  PushWorld w;
  std::optional<PushNotification> received;
  Micros received_at = -1;
  w.kernel.spawn("sender", [&] {
    w.kernel.sleep_until(seconds(1));
    PushNotification sent = w.notification(7, "7:2");
    sent.version = 2;
    w.push.websocket_send(1, sent);
    EXPECT_FALSE(w.push.idle());  // on the wire
  });
  w.kernel.spawn("device-1", [&] {
    received = w.push.inbox(1).next(seconds(5));
    received_at = w.kernel.now();
  });
  w.kernel.run(seconds(10));
  ASSERT_TRUE(received.has_value());
  EXPECT_EQ(received_at, seconds(1) + milliseconds(10));
  EXPECT_EQ(received->request_id, 7);
  EXPECT_EQ(received->notification_id, "7:2");
  EXPECT_EQ(received->version, 2);
  EXPECT_EQ(received->delivery_id, 1);
  EXPECT_EQ(w.push.sent(), 1);
  EXPECT_EQ(w.pushes_sent_in_history(), 1);
  EXPECT_TRUE(w.push.idle());
}

TEST(SimulatedPush, LatencyIsDrawnWithinTheConfiguredRange) {
  PushWorld w({milliseconds(5), milliseconds(300)});
  std::vector<Arrival> arrivals;
  std::vector<Micros> sent_at;
  w.kernel.spawn("sender", [&] {
    for (int index = 0; index < 20; ++index) {
      w.kernel.sleep_until(seconds(index));
      sent_at.push_back(w.kernel.now());
      w.push.websocket_send(1, w.notification(index + 1));
    }
  });
  receive_all(w, &arrivals, seconds(30));
  w.kernel.run(seconds(60));
  ASSERT_EQ(arrivals.size(), 20u);
  std::set<Micros> latencies;
  for (const Arrival& arrival : arrivals) {
    const Micros latency = arrival.time - sent_at[static_cast<std::size_t>(arrival.request - 1)];
    EXPECT_GE(latency, milliseconds(5));
    EXPECT_LE(latency, milliseconds(300));
    latencies.insert(latency);
  }
  EXPECT_GT(latencies.size(), 10u);
}

TEST(SimulatedPush, EachDriverHasItsOwnInbox) {
  PushWorld w;
  std::optional<PushNotification> for_driver_2;
  w.kernel.spawn("sender", [&] { w.push.websocket_send(2, w.notification(5)); });
  w.kernel.spawn("device-2", [&] { for_driver_2 = w.push.inbox(2).next(seconds(1)); });
  std::vector<Arrival> driver_1;
  receive_all(w, &driver_1, seconds(1));
  w.kernel.run(seconds(5));
  ASSERT_TRUE(for_driver_2.has_value());
  EXPECT_EQ(for_driver_2->request_id, 5);
  EXPECT_TRUE(driver_1.empty());
}

TEST(SimulatedPush, TheInboxSurvivesAnAppRestart) {
  PushWorld w;
  std::vector<std::pair<std::uint64_t, RequestId>> taken;  // (incarnation, request)
  w.kernel.spawn("sender", [&] {
    w.push.websocket_send(1, w.notification(1));
    w.kernel.sleep_until(seconds(1));  // the app is down from 0.01 s to 2.01 s
    w.push.websocket_send(1, w.notification(2));
  });
  sim::ProcessId app = 0;
  app = w.kernel.spawn(
      "driver-app-1",
      [&] {
        const auto notification = w.push.inbox(1).next(seconds(10));
        if (!notification) return;
        taken.emplace_back(w.kernel.incarnation(app), notification->request_id);
        if (taken.size() == 1) throw sim::ProcessCrashed{};  // the app dies after the first
      },
      seconds(2));
  w.kernel.run(seconds(20));
  ASSERT_EQ(taken.size(), 2u);
  EXPECT_EQ(taken[0].second, 1);
  EXPECT_EQ(taken[1].second, 2);  // waited in the device's inbox while the app was down
  EXPECT_NE(taken[0].first, taken[1].first);
  EXPECT_TRUE(w.push.idle());
}

TEST(SimulatedPush, NextReturnsNothingAtItsDeadline) {
  PushWorld w;
  Micros returned_at = -1;
  bool got = true;
  w.kernel.spawn("device-1", [&] {
    got = w.push.inbox(1).next(seconds(3)).has_value();
    returned_at = w.kernel.now();
  });
  w.kernel.run(seconds(10));
  EXPECT_FALSE(got);
  EXPECT_EQ(returned_at, seconds(3));
}

}  // namespace
}  // namespace dispatchsim::model
