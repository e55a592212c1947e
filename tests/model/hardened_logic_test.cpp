// hardened's server side, one mechanism at a time (docs/hardened.md): the dispatch decision is
// keyed by (request, driver), the outbox sends only for open requests and resends until the app
// acknowledges, and unanswered offers expire.

#include <gtest/gtest.h>

#include "model/base/dispatch_event.hpp"
#include "model/dispatch/hardened_logic.hpp"
#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

using sim::milliseconds;
using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

HardenedLogic& hardened(SmallWorld& w) {
  return dynamic_cast<HardenedLogic&>(*w.world.logic);
}

void insert_notification(SmallWorld& w, RequestId request, DriverId driver, const char* status,
                         sim::Micros sent_at) {
  w.world.database.inspect(
      "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) VALUES (?, ?, ?, "
      "?)",
      {request, driver, sql_timestamp(sent_at),
       "dispatch:" + std::to_string(request) + ":" + std::to_string(driver)});
  w.world.database.inspect(
      "INSERT INTO driver_notifications (driver_id, request_id, notification_id, version, status, "
      "sent_at) "
      "VALUES (?, ?, ?, 1, ?, ?)",
      {driver, request, "dispatch:" + std::to_string(request) + ":" + std::to_string(driver),
       std::string(status), sql_timestamp(sent_at)});
}

TEST(HardenedLogic, ADispatchDecisionIsKeyedByRequestAndDriverNotBySequence) {
  SmallWorld w(small_world_config("hardened"));
  w.create_request(1);
  w.world.spawn_server("worker-1", [&](ServerPorts& ports) {
    for (std::int64_t sequence : {1, 1, 101}) {  // a redelivery, then a producer retry
      DispatchEvent event{1, 2, sequence, 1, 0};
      w.world.logic->process_dispatch_event(ports, event, ReceivedMessage{});
    }
  });
  w.run(seconds(5));
  EXPECT_EQ(w.count("SELECT COUNT(*) FROM dispatch_log WHERE request_id = 1 AND driver_id = 2"), 1);
  EXPECT_EQ(
      w.count("SELECT COUNT(*) FROM driver_notifications WHERE request_id = 1 AND driver_id = 2"),
      1);
}

TEST(HardenedLogic, NoDecisionForAClosedRequest) {
  SmallWorld w(small_world_config("hardened"));
  w.create_request(1, 1, "DECLINED");
  w.world.spawn_server("worker-1", [&](ServerPorts& ports) {
    w.world.logic->process_dispatch_event(ports, DispatchEvent{1, 2, 1, 1, 0}, ReceivedMessage{});
  });
  w.run(seconds(5));
  EXPECT_EQ(w.count("SELECT COUNT(*) FROM dispatch_log"), 0);
}

TEST(HardenedLogic, TheOutboxSendsForOpenRequestsOnlyAndResendsUntilAcknowledged) {
  SmallWorld w(small_world_config("hardened"));
  w.create_request(1);
  w.create_request(2);
  insert_notification(w, 1, 1, "PENDING", 0);
  insert_notification(w, 2, 2, "PENDING", 0);
  w.world.database.inspect("UPDATE ride_requests SET status = 'DECLINED' WHERE id = 2");
  std::vector<int> sent_per_pass;
  w.world.spawn_server("outbox", [&](ServerPorts& ports) {
    HardenedLogic& logic = hardened(w);
    sent_per_pass.push_back(logic.send_due_notifications(ports));  // sends request 1 only
    sent_per_pass.push_back(logic.send_due_notifications(ports));  // not due again yet
    w.kernel.sleep_for(seconds(3));
    sent_per_pass.push_back(logic.send_due_notifications(ports));  // resend: no acknowledgement
    logic.ack_notification(ports, 1, 1);                           // not CLAIMED: no effect
    ports.db.execute("UPDATE driver_notifications SET status = 'CLAIMED' WHERE request_id = 1");
    logic.ack_notification(ports, 1, 1);
    w.kernel.sleep_for(seconds(3));
    sent_per_pass.push_back(logic.send_due_notifications(ports));  // DISPLAYED: done
  });
  w.run(seconds(20));
  EXPECT_EQ(sent_per_pass, (std::vector<int>{1, 0, 1, 0}));
  EXPECT_EQ(w.history_count(HistoryKind::push_sent, 1, 1), 2);
  EXPECT_EQ(w.history_count(HistoryKind::push_sent, 2), 0);
  EXPECT_EQ(w.text("SELECT status FROM driver_notifications WHERE request_id = 1"), "DISPLAYED");
}

TEST(HardenedLogic, AClaimIsRefusedOnceTheRequestIsClosed) {
  SmallWorld w(small_world_config("hardened"));
  w.create_request(1);
  insert_notification(w, 1, 1, "SENT", 0);
  std::vector<bool> granted;
  w.world.spawn_server("api-1", [&](ServerPorts& ports) {
    granted.push_back(w.world.logic->claim_notification(ports, 1, 1).granted);
    granted.push_back(w.world.logic->claim_notification(ports, 1, 1).granted);  // a retried claim
    w.world.logic->decline_request(ports, 1, 2, "busy");
    granted.push_back(w.world.logic->claim_notification(ports, 1, 1).granted);
    granted.push_back(w.world.logic->claim_notification(ports, 1, 3).granted);  // never offered
  });
  w.run(seconds(5));
  EXPECT_EQ(granted, (std::vector<bool>{true, true, false, false}));
  // The decline cancelled the open notification in its own transaction.
  EXPECT_EQ(w.text("SELECT status FROM driver_notifications WHERE request_id = 1"), "CANCELLED");
}

TEST(HardenedLogic, ARequestWhoseEveryOfferWentUnansweredExpires) {
  SmallWorld w(small_world_config("hardened"));
  for (RequestId request : {1, 2, 3, 4}) w.create_request(request, 1, "SEARCHING");
  // 1: both offers on screen since t=0 - expires at the answer timeout (45 s).
  insert_notification(w, 1, 1, "DISPLAYED", 0);
  insert_notification(w, 1, 2, "DISPLAYED", 0);
  // 2: one offer still being resent (not acknowledged) - the driver may not have seen it.
  insert_notification(w, 2, 1, "DISPLAYED", 0);
  insert_notification(w, 2, 2, "CLAIMED", 0);
  // 3: on screen since 30 s - not yet.
  insert_notification(w, 3, 1, "DISPLAYED", seconds(30));
  // 4: an offer without a decision yet (its message is still on its way).
  insert_notification(w, 4, 1, "DISPLAYED", 0);
  w.queue_dispatch(4, 2, 2);
  int expired = -1;
  w.world.spawn_server("reconciler", [&](ServerPorts& ports) {
    w.kernel.sleep_until(seconds(46));
    expired = hardened(w).expire_unanswered_requests(ports);
  });
  w.run(seconds(60));
  EXPECT_EQ(expired, 1);
  const auto row =
      w.world.database
          .inspect("SELECT status, decline_reason, declined_by FROM ride_requests WHERE id = 1")
          .front();
  EXPECT_EQ(row.text(0), "DECLINED");
  EXPECT_EQ(row.text(1), "offer-expired");
  EXPECT_TRUE(row.is_null(2));
  for (RequestId request : {2, 3, 4}) {
    EXPECT_EQ(w.text("SELECT status FROM ride_requests WHERE id = ?", {request}), "SEARCHING")
        << "request " << request;
  }
}

}  // namespace
}  // namespace dispatchsim::model
