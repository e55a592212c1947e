// A driver's app: takes notifications from the device's inbox, lets the variant's client logic
// decide whether to show each, records what it shows (the ground truth of "the driver saw it"),
// then answers through the API. legacy shows everything; plan's client dedup (Fix 5) hides a
// repeated notification_id but forgets on restart; hardened claims before showing and remembers
// across restarts.

#include <gtest/gtest.h>

#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

using sim::milliseconds;
using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

WorldConfig app_world(const char* variant) {
  WorldConfig config = small_world_config(variant, 1);
  config.workload.decline_probability = 1.0;
  config.workload.driver_think = {milliseconds(100), milliseconds(100)};
  config.timing.push_latency = {milliseconds(10), milliseconds(10)};
  config.processes.app_restart_after = seconds(1);
  return config;
}

PushNotification offer(RequestId request, const std::string& notification_id) {
  PushNotification notification;
  notification.request_id = request;
  notification.notification_id = notification_id;
  notification.version = 1;
  return notification;
}

// Spawns an API handler and driver 1's app; returns the app's process id. Servers first: the
// world numbers its processes in spawn order.
sim::ProcessId start_app(SmallWorld& w) {
  w.world.spawn_server(
      "api-1", [&w](ServerPorts& ports) { run_api_handler(w.world.actor_context(), ports); });
  return w.kernel.spawn(
      "driver-app-1", [&w] { run_driver_app(w.world.actor_context(), 1); },
      w.world.config.processes.app_restart_after);
}

// Sends `notification` to driver 1 at each of the given instants.
void send_at(SmallWorld& w, const PushNotification& notification,
             std::vector<sim::Micros> instants) {
  w.kernel.spawn("sender", [&w, notification, instants] {
    for (sim::Micros instant : instants) {
      w.kernel.sleep_until(instant);
      w.world.push.websocket_send(1, notification);
    }
  });
}

// Crashes the app at its n-th yield point (an app restart). The app's yield points are
// app.receive, then api.call for each API call (hardened: claim, acknowledge; then the answer).
void restart_app_at_yield_point(SmallWorld& w, sim::ProcessId app, int n) {
  auto seen = std::make_shared<int>(0);
  w.kernel.set_yield_hook([app, n, seen](sim::ProcessId process, std::string_view) {
    if (process == app && ++*seen == n) throw sim::ProcessCrashed{};
  });
}

TEST(DriverApp, ShowsAnOfferRecordsItAndAnswersThroughTheApi) {
  SmallWorld w(app_world("legacy"));
  w.create_request(1);
  start_app(w);
  send_at(w, offer(1, ""), {seconds(1)});
  w.run(seconds(10));
  EXPECT_EQ(w.history_count(HistoryKind::shown, 1, 1), 1);
  EXPECT_EQ(w.history_count(HistoryKind::decline_submitted, 1, 1), 1);
  EXPECT_EQ(w.history_count(HistoryKind::decline_answered, 1, 1), 1);
  EXPECT_EQ(w.text("SELECT status FROM ride_requests WHERE id = 1"), "DECLINED");
}

TEST(DriverApp, LegacyShowsEveryArrivalEvenARepeat) {
  SmallWorld w(app_world("legacy"));
  w.create_request(1);
  start_app(w);
  send_at(w, offer(1, ""), {seconds(1), seconds(2)});
  w.run(seconds(10));
  EXPECT_EQ(w.history_count(HistoryKind::shown, 1, 1), 2);
}

TEST(DriverApp, PlansClientDedupHidesARepeatedNotificationId) {
  SmallWorld w(app_world("plan"));
  w.create_request(1);
  start_app(w);
  send_at(w, offer(1, "1:1"), {seconds(1), seconds(2)});
  w.run(seconds(10));
  EXPECT_EQ(w.history_count(HistoryKind::shown, 1, 1), 1);
}

TEST(DriverApp, PlansClientDedupForgetsOnRestart) {
  SmallWorld w(app_world("plan"));
  w.create_request(1);
  const sim::ProcessId app = start_app(w);
  // Shown at 1 s; the app restarts as the driver's decline leaves (its 2nd yield point).
  restart_app_at_yield_point(w, app, 2);
  send_at(w, offer(1, "1:1"), {seconds(1), seconds(4)});
  w.run(seconds(10));
  EXPECT_EQ(w.history_count(HistoryKind::shown, 1, 1), 2);
}

TEST(DriverApp, HardenedShowsAnOfferOnlyAfterItsClaimIsGranted) {
  SmallWorld w(app_world("hardened"));
  w.create_request(1);
  w.create_request(2, 1, "DECLINED");
  for (RequestId request : {1, 2}) {
    w.world.database.inspect(
        "INSERT INTO driver_notifications (driver_id, request_id, notification_id, version) "
        "VALUES (1, ?, ?, 1)",
        {request, "dispatch:" + std::to_string(request) + ":1"});
  }
  start_app(w);
  send_at(w, offer(2, "dispatch:2:1"), {seconds(1)});
  send_at(w, offer(1, "dispatch:1:1"), {seconds(2)});
  w.run(seconds(10));
  EXPECT_EQ(w.history_count(HistoryKind::shown, 2, 1), 0);  // closed: the claim was refused
  EXPECT_EQ(w.history_count(HistoryKind::shown, 1, 1), 1);
  EXPECT_EQ(w.world.devices.at(1).shown_notification_ids, std::vector<std::string>{"dispatch:1:1"});
}

TEST(DriverApp, HardenedRemembersShownOffersAcrossARestart) {
  SmallWorld w(app_world("hardened"));
  w.create_request(1);
  w.world.database.inspect(
      "INSERT INTO driver_notifications (driver_id, request_id, notification_id, version) "
      "VALUES (1, 1, 'dispatch:1:1', 1)");
  const sim::ProcessId app = start_app(w);
  // Shown at 1 s; the app restarts as its acknowledgement leaves (its 3rd yield point), so the
  // server still resends; the repeat at 4 s finds the offer in device storage.
  restart_app_at_yield_point(w, app, 3);
  send_at(w, offer(1, "dispatch:1:1"), {seconds(1), seconds(4)});
  w.run(seconds(20));
  EXPECT_EQ(w.history_count(HistoryKind::shown, 1, 1), 1);
  EXPECT_EQ(w.kernel.incarnation(app), 2u);
  // The repeat was acknowledged instead of shown: the outbox stops resending it.
  EXPECT_EQ(w.text("SELECT status FROM driver_notifications WHERE request_id = 1"), "DISPLAYED");
}

}  // namespace
}  // namespace dispatchsim::model
