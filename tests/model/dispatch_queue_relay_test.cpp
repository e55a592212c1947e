// The relay from the dispatch_queue outbox to the broker (the plan's process_dispatch_queue):
// PENDING rows are published in id order and marked PUBLISHED; a crash between the send and the
// mark re-sends the same event, the at-least-once producer every consumer must tolerate.

#include <gtest/gtest.h>

#include <set>

#include "model/base/dispatch_event.hpp"
#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

TEST(DispatchQueueRelay, PublishesPendingRowsInOrderAndMarksThemPublished) {
  SmallWorld w(small_world_config("legacy"));
  w.create_request(1);
  w.queue_dispatch(1, 1, 1);
  w.queue_dispatch(1, 2, 2);
  w.queue_dispatch(1, 3, 3, 4);
  int first_pass = -1, second_pass = -1;
  w.world.spawn_server("relay", [&](ServerPorts& ports) {
    w.kernel.sleep_until(seconds(2));
    first_pass = process_dispatch_queue(ports, 2);  // the limit is honoured
    second_pass = process_dispatch_queue(ports, 10);
    w.kernel.sleep_until(seconds(100));
  });
  std::vector<DispatchEvent> received;
  w.kernel.spawn("consumer", [&] {
    while (received.size() < 3 && w.kernel.now() < seconds(20)) {
      for (const auto& message : w.world.dispatch_queue.receive_messages(10, seconds(20))) {
        received.push_back(*decode_dispatch_event(message.body));
      }
    }
  });
  w.run(seconds(30));
  EXPECT_EQ(first_pass, 2);
  EXPECT_EQ(second_pass, 1);
  EXPECT_EQ(w.count("SELECT COUNT(*) FROM dispatch_queue WHERE status = 'PUBLISHED' "
                    "AND published_at = '2026-01-01 00:00:02'"),
            3);
  ASSERT_EQ(received.size(), 3u);
  std::set<DriverId> drivers;
  for (const DispatchEvent& event : received) {
    drivers.insert(event.driver_id);
    EXPECT_EQ(event.request_id, 1);
    EXPECT_EQ(event.sequence, event.driver_id);
    EXPECT_EQ(event.version, event.driver_id == 3 ? 4 : 1);
  }
  EXPECT_EQ(drivers.size(), 3u);
}

TEST(DispatchQueueRelay, ACrashBetweenSendAndMarkResendsTheSameEvent) {
  WorldConfig config = small_world_config("legacy");
  config.processes.restart_after = seconds(1);
  SmallWorld w(config);
  w.create_request(1);
  w.queue_dispatch(1, 2, 7);
  bool crashed = false;
  // The relay dies at the yield point of its UPDATE ... SET status = 'PUBLISHED'.
  w.kernel.set_yield_hook([&](sim::ProcessId, std::string_view point) {
    if (point == "db.update" && !crashed) {
      crashed = true;
      throw sim::ProcessCrashed{};
    }
  });
  w.world.spawn_server("relay", [&](ServerPorts& ports) {
    run_dispatch_queue_relay(w.world.actor_context(), ports);
  });
  w.run(seconds(5));
  ASSERT_TRUE(crashed);
  const auto messages = w.world.dispatch_queue.messages();
  ASSERT_EQ(messages.size(), 2u);
  const auto first = decode_dispatch_event(messages[0].body);
  const auto second = decode_dispatch_event(messages[1].body);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->request_id, second->request_id);
  EXPECT_EQ(first->driver_id, second->driver_id);
  EXPECT_EQ(first->sequence, 7);
  EXPECT_EQ(second->sequence, 7);
  EXPECT_EQ(w.text("SELECT status FROM dispatch_queue"), "PUBLISHED");
}

}  // namespace
}  // namespace dispatchsim::model
