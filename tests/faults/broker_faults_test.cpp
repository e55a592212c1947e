// The broker's faults, each alone in a plan, against the simulated SQS queue: what a consumer
// sees when the fault fires.

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "fault_harness.hpp"
#include "faults/fault_decorators.hpp"
#include "model/infra/simulated_queue.hpp"

namespace dispatchsim::faults::testing {
namespace {

using model::QueueConfig;
using model::ReceivedMessage;
using model::SimulatedQueue;
using sim::milliseconds;
using sim::seconds;

TEST(DuplicateDeliveryFault, AnInFlightMessageIsHandedToASecondConsumer) {
  FaultHarness h(only(Fault::duplicate_delivery, 1.0), seconds(60));
  SimulatedQueue queue(h.kernel, h.injector, "dispatch-queue", QueueConfig{}, nullptr);
  std::vector<ReceivedMessage> first, second;
  h.kernel.spawn("consumers", [&] {
    queue.send_message("offer request 1 to driver 2");
    first = queue.receive_messages(10, 0);   // nothing in flight yet: no duplicate to make
    second = queue.receive_messages(10, 0);  // the in-flight message goes out again
    queue.delete_message(first.front().receipt_handle);  // the first consumer's ack
  });
  h.kernel.run(seconds(1));
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second.front().message_id, first.front().message_id);
  EXPECT_EQ(second.front().receive_count, 2);
  const auto counts = queue.counts();
  EXPECT_EQ(counts.duplicate_deliveries, 1);
  // The duplicate superseded the first handle: the first consumer's ack deleted nothing.
  EXPECT_EQ(counts.stale_deletes, 1);
  EXPECT_EQ(counts.in_flight, 1);
  EXPECT_EQ(h.fired(Fault::duplicate_delivery), 1);
}

std::vector<std::int64_t> ids_of(const std::vector<ReceivedMessage>& batch) {
  std::vector<std::int64_t> ids;
  for (const ReceivedMessage& message : batch) ids.push_back(message.message_id);
  return ids;
}

std::vector<std::int64_t> receive_six(std::uint64_t seed, double rate) {
  FaultHarness h(only(Fault::reordering, rate), seconds(60), seed);
  SimulatedQueue queue(h.kernel, h.injector, "dispatch-queue", QueueConfig{}, nullptr);
  std::vector<ReceivedMessage> batch;
  h.kernel.spawn("consumer", [&] {
    for (int index = 0; index < 6; ++index) queue.send_message("event " + std::to_string(index));
    batch = queue.receive_messages(10, 0);
  });
  h.kernel.run(seconds(1));
  return ids_of(batch);
}

TEST(ReorderingFault, VisibleMessagesComeOutOfSendOrder) {
  const std::vector<std::int64_t> send_order = {1, 2, 3, 4, 5, 6};
  EXPECT_EQ(receive_six(1, 0.0), send_order);
  int reordered = 0;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    std::vector<std::int64_t> ids = receive_six(seed, 1.0);
    if (ids != send_order) ++reordered;
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, send_order) << "seed " << seed << ": every message is still delivered once";
  }
  EXPECT_GE(reordered, 4);
}

TEST(DeliveryDelayFault, ABatchReachesItsConsumerAfterTheVisibilityTimeout) {
  // The window closes before the redelivery, so only the first receive is delayed.
  FaultHarness h(only(Fault::delivery_delay, 1.0, seconds(31)), seconds(20));
  SimulatedQueue queue(h.kernel, h.injector, "dispatch-queue", QueueConfig{}, nullptr);
  std::vector<ReceivedMessage> late, redelivered;
  sim::Micros late_at = 0;
  h.kernel.spawn("slow-consumer", [&] {
    queue.send_message("offer");
    late = queue.receive_messages(10, 0);
    late_at = h.kernel.now();
    queue.delete_message(late.front().receipt_handle);
  });
  h.kernel.spawn("other-consumer", [&] {
    h.kernel.sleep_until(seconds(30) + milliseconds(500));
    redelivered = queue.receive_messages(10, 0);
    queue.delete_message(redelivered.front().receipt_handle);
  });
  h.kernel.run(seconds(60));
  ASSERT_EQ(late.size(), 1u);
  ASSERT_EQ(redelivered.size(), 1u);
  EXPECT_EQ(late_at, seconds(31));
  // While the batch was on its way the visibility timeout ran out and someone else got it.
  EXPECT_EQ(redelivered.front().message_id, late.front().message_id);
  EXPECT_EQ(redelivered.front().receive_count, 2);
  EXPECT_EQ(queue.counts().stale_deletes, 1);
  EXPECT_EQ(queue.counts().deleted, 1);
}

TEST(LostDeleteFault, AnAckedMessageComesBackAfterTheVisibilityTimeout) {
  FaultHarness h(only(Fault::lost_delete, 1.0), seconds(10));
  SimulatedQueue queue(h.kernel, h.injector, "dispatch-queue", QueueConfig{}, nullptr);
  LosingBrokerNetwork network(queue, h.injector, h.kernel);
  queue.deliver_deletes_through(network);
  std::vector<std::pair<sim::Micros, int>> receipts;  // (when, receive count)
  h.kernel.spawn("consumer", [&] {
    queue.send_message("offer");
    while (receipts.size() < 2) {
      for (const ReceivedMessage& message : queue.receive_messages(10, seconds(20))) {
        receipts.emplace_back(h.kernel.now(), message.receive_count);
        queue.delete_message(message.receipt_handle);  // lost inside the window
      }
    }
  });
  h.kernel.run(seconds(60));
  ASSERT_EQ(receipts.size(), 2u);
  EXPECT_EQ(receipts[0], std::make_pair(sim::Micros{0}, 1));
  EXPECT_EQ(receipts[1], std::make_pair(seconds(30), 2));
  const auto counts = queue.counts();
  EXPECT_EQ(counts.lost_deletes, 1);
  EXPECT_EQ(counts.deleted, 1);  // the second ack, after the window, arrived
}

}  // namespace
}  // namespace dispatchsim::faults::testing
