#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/infra/simulated_queue.hpp"
#include "sim/kernel.hpp"
#include "support/scripted_faults.hpp"

namespace dispatchsim::model {
namespace {

using sim::Micros;
using sim::seconds;
using State = MessageRecord::State;

// One seeded run: the choice source and the kernel every queue and process shares.
struct World {
  explicit World(std::uint64_t seed)
      : choices(seed), kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)) {}
  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
};

using testing::AlwaysFires;

// Every broker fault fires with the same probability, drawn from the run's choices.
class RandomBrokerFaults final : public FaultPoints {
 public:
  RandomBrokerFaults(sim::ChoiceSource& choices, double probability)
      : choices_(choices), stream_(choices.stream("test.faults")), probability_(probability) {}
  bool fires(Fault) override { return choices_.chance(stream_, probability_); }
  Micros magnitude(Fault) override { return seconds(40); }

 private:
  sim::ChoiceSource& choices_;
  sim::StreamId stream_;
  double probability_;
};

std::vector<std::int64_t> ids_of(const std::vector<ReceivedMessage>& batch) {
  std::vector<std::int64_t> ids;
  for (const ReceivedMessage& message : batch) ids.push_back(message.message_id);
  return ids;
}

void expect_counts_balance(const QueueCounts& counts) {
  EXPECT_EQ(counts.sent, counts.visible + counts.in_flight + counts.deleted + counts.moved_to_dlq +
                             counts.expired);
  EXPECT_EQ(counts.delayed, 0);
}

TEST(SimulatedQueue, DefaultsAreThePlansFix4Settings) {
  const QueueConfig config;
  EXPECT_EQ(config.visibility_timeout, seconds(30));
  EXPECT_EQ(config.retention_period, seconds(345600));
  EXPECT_EQ(config.max_receive_count, 3);
  EXPECT_EQ(config.max_batch, 10);
}

TEST(SimulatedQueue, RedeliversExactlyAtTheVisibilityTimeout) {
  World world(1);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> first, just_before, at_timeout;
  QueueCounts counts_just_before;
  const Micros t0 = seconds(5);
  world.kernel.spawn("consumer", [&] {
    world.kernel.sleep_until(t0);
    queue.send_message("ride-1");
    first = queue.receive_messages(1, 0);
    world.kernel.sleep_until(t0 + seconds(30) - 1);
    just_before = queue.receive_messages(1, 0);
    counts_just_before = queue.counts();
    world.kernel.sleep_until(t0 + seconds(30));
    at_timeout = queue.receive_messages(1, 0);
  });
  world.kernel.run(seconds(100));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].receive_count, 1);
  EXPECT_EQ(first[0].sent_at, t0);
  EXPECT_TRUE(just_before.empty());
  EXPECT_EQ(counts_just_before.in_flight, 1);
  EXPECT_EQ(counts_just_before.visible, 0);
  ASSERT_EQ(at_timeout.size(), 1u);
  EXPECT_EQ(at_timeout[0].message_id, first[0].message_id);
  EXPECT_EQ(at_timeout[0].receive_count, 2);
  EXPECT_NE(at_timeout[0].receipt_handle, first[0].receipt_handle);
  EXPECT_EQ(at_timeout[0].body, "ride-1");
}

TEST(SimulatedQueue, ObserversSeeTheTimeoutWithoutAnyCall) {
  World world(1);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  world.kernel.spawn("consumer", [&] {
    queue.send_message("ride-1");
    queue.receive_messages(1, 0);
  });
  // Only a bystander keeps the clock going: nothing touches the queue after t = 0.
  world.kernel.spawn("bystander", [&] { world.kernel.sleep_for(seconds(31)); });
  world.kernel.run(seconds(100));
  const QueueCounts counts = queue.counts();
  EXPECT_EQ(counts.visible, 1);
  EXPECT_EQ(counts.in_flight, 0);
  const std::vector<MessageRecord> records = queue.messages();
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].state, State::visible);
  EXPECT_EQ(records[0].state_changed_at, seconds(30));
}

TEST(SimulatedQueue, MovesToTheDeadLetterQueueOnTheFourthReceive) {
  World world(2);
  NoFaults faults;
  SimulatedQueue dead_letters(world.kernel, faults, "dispatch-dlq", {}, nullptr);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, &dead_letters);
  std::vector<int> receive_counts;
  std::vector<ReceivedMessage> fourth, from_dead_letters;
  std::int64_t id = 0;
  world.kernel.spawn("consumer", [&] {
    world.kernel.sleep_for(seconds(1));
    id = queue.send_message("poison");
    for (int attempt = 0; attempt < 3; ++attempt) {
      for (const ReceivedMessage& message : queue.receive_messages(10, 0)) {
        receive_counts.push_back(message.receive_count);  // never deleted: processing "fails"
      }
      world.kernel.sleep_for(seconds(30));
    }
    fourth = queue.receive_messages(10, 0);
    from_dead_letters = dead_letters.receive_messages(10, 0);
  });
  world.kernel.run(seconds(200));
  EXPECT_EQ(receive_counts, (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(fourth.empty());
  ASSERT_EQ(from_dead_letters.size(), 1u);
  EXPECT_EQ(from_dead_letters[0].body, "poison");
  EXPECT_EQ(from_dead_letters[0].sent_at, seconds(1));  // SQS keeps the original timestamp
  EXPECT_EQ(from_dead_letters[0].receive_count, 1);

  const QueueCounts counts = queue.counts();
  EXPECT_EQ(counts.moved_to_dlq, 1);
  EXPECT_EQ(counts.received, 3);
  expect_counts_balance(counts);
  const MessageRecord source = queue.messages().at(0);
  EXPECT_EQ(source.state, State::dead_lettered);
  EXPECT_EQ(source.state_changed_at, seconds(91));
  EXPECT_EQ(source.dead_letter_message_id, from_dead_letters[0].message_id);
  EXPECT_EQ(dead_letters.messages().at(0).original_message_id, id);
  EXPECT_EQ(dead_letters.counts().sent, 1);
}

TEST(SimulatedQueue, WithoutARedrivePolicyRedeliversForever) {
  World world(3);
  NoFaults faults;
  QueueConfig config;
  config.max_receive_count = 0;
  SimulatedQueue dead_letters(world.kernel, faults, "dispatch-dlq", {}, nullptr);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", config, &dead_letters);
  std::vector<int> receive_counts;
  world.kernel.spawn("consumer", [&] {
    queue.send_message("again");
    for (int attempt = 0; attempt < 6; ++attempt) {
      for (const ReceivedMessage& message : queue.receive_messages(1, seconds(20))) {
        receive_counts.push_back(message.receive_count);
      }
      world.kernel.sleep_for(seconds(30));
    }
  });
  world.kernel.run(seconds(400));
  EXPECT_EQ(receive_counts, (std::vector<int>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(dead_letters.counts().sent, 0);
}

TEST(SimulatedQueue, StaleReceiptHandleDoesNotDeleteButTheLatestDoes) {
  World world(4);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  QueueCounts after_stale, after_latest;
  world.kernel.spawn("consumer", [&] {
    queue.send_message("ride-1");
    const std::int64_t first = queue.receive_messages(1, 0).at(0).receipt_handle;
    world.kernel.sleep_for(seconds(30));
    const std::int64_t second = queue.receive_messages(1, 0).at(0).receipt_handle;
    queue.delete_message(first);  // the slow consumer finally acknowledges
    after_stale = queue.counts();
    queue.delete_message(second);
    after_latest = queue.counts();
  });
  world.kernel.run(seconds(100));
  EXPECT_EQ(after_stale.deleted, 0);
  EXPECT_EQ(after_stale.stale_deletes, 1);
  EXPECT_EQ(after_stale.in_flight, 1);
  EXPECT_EQ(after_latest.deleted, 1);
  EXPECT_EQ(after_latest.in_flight, 0);
  expect_counts_balance(after_latest);
  EXPECT_EQ(queue.messages().at(0).state, State::deleted);
}

TEST(SimulatedQueue, LatestHandleDeletesEvenAfterTheMessageReappeared) {
  World world(4);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  world.kernel.spawn("consumer", [&] {
    queue.send_message("ride-1");
    const std::int64_t handle = queue.receive_messages(1, 0).at(0).receipt_handle;
    world.kernel.sleep_for(seconds(45));  // visible again, but nobody received it since
    queue.delete_message(handle);
  });
  world.kernel.run(seconds(100));
  EXPECT_EQ(queue.counts().deleted, 1);
  EXPECT_EQ(queue.counts().visible, 0);
}

TEST(SimulatedQueue, UnknownHandleIsASilentNoOp) {
  World world(4);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  world.kernel.spawn("consumer", [&] {
    queue.send_message("ride-1");
    queue.delete_message(12345);
    queue.change_message_visibility(12345, 0);
  });
  world.kernel.run(seconds(10));
  const QueueCounts counts = queue.counts();
  EXPECT_EQ(counts.visible, 1);
  EXPECT_EQ(counts.stale_deletes, 1);
  EXPECT_EQ(counts.stale_visibility_changes, 1);
}

TEST(SimulatedQueue, LongPollReturnsAsSoonAsAMessageIsSent) {
  World world(5);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> received;
  Micros returned_at = -1;
  const Micros sent_at = seconds(7) + 123;
  world.kernel.spawn("consumer", [&] {
    received = queue.receive_messages(10, seconds(20));
    returned_at = world.kernel.now();
  });
  world.kernel.spawn("producer", [&] {
    world.kernel.sleep_until(sent_at);
    queue.send_message("ride-1");
  });
  world.kernel.run(seconds(100));
  EXPECT_EQ(returned_at, sent_at);
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].body, "ride-1");
}

TEST(SimulatedQueue, LongPollReturnsEmptyAfterTheWaitTime) {
  World world(5);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> received{ReceivedMessage{}};
  Micros returned_at = -1;
  Micros short_poll_returned_at = -1;
  world.kernel.spawn("consumer", [&] {
    world.kernel.sleep_for(seconds(1));
    queue.receive_messages(10, 0);
    short_poll_returned_at = world.kernel.now();
    received = queue.receive_messages(10, seconds(20));
    returned_at = world.kernel.now();
  });
  world.kernel.run(seconds(100));
  EXPECT_EQ(short_poll_returned_at, seconds(1));
  EXPECT_TRUE(received.empty());
  EXPECT_EQ(returned_at, seconds(21));
}

TEST(SimulatedQueue, LongPollWakesWhenAnInFlightMessageReappears) {
  World world(6);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> received;
  Micros returned_at = -1;
  world.kernel.spawn("first", [&] {
    queue.send_message("ride-1");
    queue.receive_messages(1, 0);  // and then crashes, say: never deleted
  });
  world.kernel.spawn("second", [&] {
    world.kernel.sleep_for(seconds(1));
    received = queue.receive_messages(10, seconds(60));
    returned_at = world.kernel.now();
  });
  world.kernel.run(seconds(100));
  EXPECT_EQ(returned_at, seconds(30));
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].receive_count, 2);
}

TEST(SimulatedQueue, BatchIsLimitedToTenAndAtLeastOne) {
  World world(7);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<std::size_t> sizes;
  std::vector<std::int64_t> first_batch;
  world.kernel.spawn("consumer", [&] {
    for (int i = 0; i < 25; ++i) queue.send_message("ride-" + std::to_string(i));
    const std::vector<ReceivedMessage> batch = queue.receive_messages(50, 0);
    first_batch = ids_of(batch);
    sizes.push_back(batch.size());
    sizes.push_back(queue.receive_messages(3, 0).size());
    sizes.push_back(queue.receive_messages(0, 0).size());
    sizes.push_back(queue.receive_messages(-4, 0).size());
  });
  world.kernel.run(seconds(10));
  EXPECT_EQ(sizes, (std::vector<std::size_t>{10, 3, 1, 1}));
  EXPECT_EQ(first_batch, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
  EXPECT_EQ(queue.counts().visible, 10);
  EXPECT_EQ(queue.counts().in_flight, 15);
}

TEST(SimulatedQueue, MessagesExpireAfterTheRetentionPeriod) {
  World world(8);
  NoFaults faults;
  QueueConfig config;
  config.retention_period = seconds(100);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", config, nullptr);
  QueueCounts just_before;
  std::vector<ReceivedMessage> after;
  world.kernel.spawn("consumer", [&] {
    world.kernel.sleep_for(seconds(10));
    queue.send_message("old");
    world.kernel.sleep_until(seconds(110) - 1);
    just_before = queue.counts();
    world.kernel.sleep_until(seconds(110));
    after = queue.receive_messages(10, 0);
    queue.send_message("new");
  });
  world.kernel.run(seconds(200));
  EXPECT_EQ(just_before.visible, 1);
  EXPECT_EQ(just_before.expired, 0);
  EXPECT_TRUE(after.empty());
  const QueueCounts counts = queue.counts();
  EXPECT_EQ(counts.expired, 1);
  EXPECT_EQ(counts.visible, 1);
  expect_counts_balance(counts);
  const std::vector<MessageRecord> records = queue.messages();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].state, State::expired);
  EXPECT_EQ(records[0].state_changed_at, seconds(110));
  EXPECT_EQ(records[1].state, State::visible);
}

TEST(SimulatedQueue, InFlightMessagesExpireToo) {
  World world(8);
  NoFaults faults;
  QueueConfig config;
  config.retention_period = seconds(20);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", config, nullptr);
  std::int64_t handle = 0;
  world.kernel.spawn("consumer", [&] {
    queue.send_message("short-lived");
    handle = queue.receive_messages(1, 0).at(0).receipt_handle;
    world.kernel.sleep_for(seconds(25));
    queue.delete_message(handle);  // too late: the message is gone
  });
  world.kernel.run(seconds(100));
  const QueueCounts counts = queue.counts();
  EXPECT_EQ(counts.expired, 1);
  EXPECT_EQ(counts.deleted, 0);
  EXPECT_EQ(counts.stale_deletes, 1);
}

TEST(SimulatedQueue, ChangeVisibilityToZeroMakesTheMessageVisibleAtOnce) {
  World world(9);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> poller_got;
  Micros poller_returned_at = -1;
  world.kernel.spawn("nacker", [&] {
    queue.send_message("ride-1");
    const std::int64_t handle = queue.receive_messages(1, 0).at(0).receipt_handle;
    world.kernel.sleep_for(seconds(5));
    queue.change_message_visibility(handle, 0);
  });
  world.kernel.spawn("poller", [&] {
    world.kernel.sleep_for(seconds(1));
    poller_got = queue.receive_messages(10, seconds(20));
    poller_returned_at = world.kernel.now();
  });
  world.kernel.run(seconds(100));
  EXPECT_EQ(poller_returned_at, seconds(5));
  ASSERT_EQ(poller_got.size(), 1u);
  EXPECT_EQ(poller_got[0].receive_count, 2);
}

TEST(SimulatedQueue, ChangeVisibilityExtendsAndIgnoresStaleHandles) {
  World world(9);
  NoFaults faults;
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<std::size_t> sizes;
  world.kernel.spawn("consumer", [&] {
    queue.send_message("ride-1");
    const std::int64_t first = queue.receive_messages(1, 0).at(0).receipt_handle;
    queue.change_message_visibility(first, seconds(60));  // a heartbeat: still working
    world.kernel.sleep_for(seconds(59));
    sizes.push_back(queue.receive_messages(1, 0).size());
    world.kernel.sleep_for(seconds(1));
    sizes.push_back(queue.receive_messages(1, 0).size());
    queue.change_message_visibility(first, 0);  // stale: the redelivery keeps its timeout
    sizes.push_back(queue.receive_messages(1, 0).size());
  });
  world.kernel.run(seconds(200));
  EXPECT_EQ(sizes, (std::vector<std::size_t>{0, 1, 0}));
  EXPECT_EQ(queue.counts().stale_visibility_changes, 1);
}

TEST(SimulatedQueue, WithoutFaultsBatchesComeInSendOrder) {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    World world(seed);
    NoFaults faults;
    SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
    std::vector<std::int64_t> ids;
    world.kernel.spawn("consumer", [&] {
      for (int i = 0; i < 10; ++i) queue.send_message("ride");
      ids = ids_of(queue.receive_messages(10, 0));
    });
    world.kernel.run(seconds(10));
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end())) << "seed " << seed;
  }
}

TEST(SimulatedQueue, DuplicateDeliveryGivesTwoConsumersTheSameMessage) {
  World world(10);
  AlwaysFires faults(Fault::duplicate_delivery);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> first, second;
  QueueCounts after_first_ack;
  world.kernel.spawn("first", [&] {
    queue.send_message("ride-1");
    first = queue.receive_messages(10, 0);
    world.kernel.sleep_for(seconds(2));
    queue.delete_message(first.at(0).receipt_handle);
    after_first_ack = queue.counts();
  });
  world.kernel.spawn("second", [&] {
    world.kernel.sleep_for(seconds(1));
    second = queue.receive_messages(10, 0);
  });
  world.kernel.run(seconds(10));
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(first[0].message_id, second[0].message_id);
  EXPECT_NE(first[0].receipt_handle, second[0].receipt_handle);
  EXPECT_EQ(second[0].receive_count, 2);
  EXPECT_EQ(after_first_ack.duplicate_deliveries, 1);
  EXPECT_EQ(after_first_ack.stale_deletes, 1);  // the first consumer's ack no longer counts
  EXPECT_EQ(after_first_ack.in_flight, 1);
}

TEST(SimulatedQueue, DeliveryDelayHandsTheBatchOverAfterTheTimeout) {
  World world(12);
  AlwaysFires faults(Fault::delivery_delay, seconds(45));
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<ReceivedMessage> slow, fast;
  Micros slow_got_it_at = -1;
  Micros fast_got_it_at = -1;
  world.kernel.spawn("slow", [&] {
    queue.send_message("ride-1");
    slow = queue.receive_messages(10, 0);
    slow_got_it_at = world.kernel.now();
  });
  world.kernel.spawn("fast", [&] {
    world.kernel.sleep_for(seconds(31));
    fast = queue.receive_messages(10, 0);
    fast_got_it_at = world.kernel.now();
  });
  world.kernel.run(seconds(200));
  EXPECT_EQ(slow_got_it_at, seconds(45));
  ASSERT_EQ(slow.size(), 1u);
  ASSERT_EQ(fast.size(), 1u);
  EXPECT_EQ(slow[0].message_id, fast[0].message_id);
  EXPECT_EQ(fast[0].receive_count, 2);
  EXPECT_EQ(fast_got_it_at, seconds(31 + 45));
  // The slow consumer's handle was already stale when its batch arrived.
  EXPECT_LT(fast_got_it_at - seconds(45), slow_got_it_at);
}

TEST(SimulatedQueue, EmptyReceivesAreNeverDelayed) {
  World world(12);
  AlwaysFires faults(Fault::delivery_delay, seconds(45));
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  Micros returned_at = -1;
  world.kernel.spawn("consumer", [&] {
    queue.receive_messages(10, seconds(20));
    returned_at = world.kernel.now();
  });
  world.kernel.run(seconds(200));
  EXPECT_EQ(returned_at, seconds(20));
}

// With reordering, each seed picks its own order (and a subset from anywhere in the queue).
std::vector<std::int64_t> reordered_receive(std::uint64_t seed, int max_messages) {
  World world(seed);
  AlwaysFires faults(Fault::reordering);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", {}, nullptr);
  std::vector<std::int64_t> ids;
  world.kernel.spawn("consumer", [&] {
    for (int i = 0; i < 10; ++i) queue.send_message("ride");
    ids = ids_of(queue.receive_messages(max_messages, 0));
  });
  world.kernel.run(seconds(10));
  return ids;
}

TEST(SimulatedQueue, ReorderingReturnsANonFifoOrderForSomeSeed) {
  bool out_of_order = false;
  bool picked_from_the_back = false;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    std::vector<std::int64_t> ids = reordered_receive(seed, 10);
    EXPECT_EQ(ids, reordered_receive(seed, 10)) << "seed " << seed;
    out_of_order |= !std::is_sorted(ids.begin(), ids.end());
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    const std::vector<std::int64_t> three = reordered_receive(seed, 3);
    ASSERT_EQ(three.size(), 3u);
    picked_from_the_back |= *std::max_element(three.begin(), three.end()) > 3;
  }
  EXPECT_TRUE(out_of_order);
  EXPECT_TRUE(picked_from_the_back);
}

// A random workload: a producer, three consumers that ack, nack or drop messages, every broker
// fault firing now and then, and a dead-letter queue.
struct WorkloadResult {
  std::vector<std::int64_t> received_ids;
  std::uint64_t trace_hash = 0;
  QueueCounts counts;
  QueueCounts dead_letter_counts;
  std::vector<MessageRecord> records;
};

void consume(World& world, SimulatedQueue& queue, sim::StreamId stream,
             std::vector<std::int64_t>& received_ids) {
  for (;;) {
    const int max_messages = static_cast<int>(world.choices.uniform(stream, 1, 10));
    for (const ReceivedMessage& message : queue.receive_messages(max_messages, seconds(20))) {
      received_ids.push_back(message.message_id);
      world.kernel.sleep_for(world.choices.uniform(stream, 0, seconds(2)));
      switch (world.choices.choose(stream, 4)) {
        case 0:
        case 1:
          queue.delete_message(message.receipt_handle);
          break;
        case 2:
          queue.change_message_visibility(message.receipt_handle, 0);
          break;
        default:
          break;  // processing failed: the message comes back after the timeout
      }
    }
  }
}

WorkloadResult run_workload(std::uint64_t seed) {
  World world(seed);
  RandomBrokerFaults faults(world.choices, 0.1);
  QueueConfig config;
  config.retention_period = seconds(250);  // so some messages expire within the run
  SimulatedQueue dead_letters(world.kernel, faults, "dispatch-dlq", config, nullptr);
  SimulatedQueue queue(world.kernel, faults, "dispatch-queue", config, &dead_letters);
  const sim::StreamId stream = world.choices.stream("test.workload");
  WorkloadResult result;
  world.kernel.spawn("producer", [&] {
    for (int i = 0; i < 60; ++i) {
      world.kernel.sleep_for(world.choices.uniform(stream, 0, seconds(3)));
      queue.send_message("ride-" + std::to_string(i));
    }
  });
  for (int consumer = 0; consumer < 3; ++consumer) {
    world.kernel.spawn("consumer", [&] { consume(world, queue, stream, result.received_ids); });
  }
  world.kernel.spawn("checker", [&] {
    for (;;) {
      world.kernel.sleep_for(seconds(7));
      expect_counts_balance(queue.counts());
      expect_counts_balance(dead_letters.counts());
    }
  });
  world.kernel.run(seconds(400));
  result.trace_hash = world.kernel.trace().hash();
  result.counts = queue.counts();
  result.dead_letter_counts = dead_letters.counts();
  result.records = queue.messages();
  return result;
}

TEST(SimulatedQueue, CountsBalanceAfterARandomWorkload) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const WorkloadResult result = run_workload(seed);
    SCOPED_TRACE("seed " + std::to_string(seed));
    expect_counts_balance(result.counts);
    expect_counts_balance(result.dead_letter_counts);
    EXPECT_EQ(result.counts.sent, 60);
    EXPECT_EQ(result.dead_letter_counts.sent, result.counts.moved_to_dlq);
    EXPECT_EQ(result.counts.received, static_cast<std::int64_t>(result.received_ids.size()));
    // The history keeps every message, each in exactly one state.
    ASSERT_EQ(result.records.size(), 60u);
    std::int64_t deleted = 0;
    for (std::size_t index = 0; index < result.records.size(); ++index) {
      EXPECT_EQ(result.records[index].message_id, static_cast<std::int64_t>(index) + 1);
      deleted += result.records[index].state == State::deleted;
    }
    EXPECT_EQ(deleted, result.counts.deleted);
  }
}

TEST(SimulatedQueue, TheRandomWorkloadExercisesEveryPath) {
  QueueCounts total;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const WorkloadResult result = run_workload(seed);
    const QueueCounts& counts = result.counts;
    total.moved_to_dlq += counts.moved_to_dlq;
    // Dead letters keep their original send time, so they are the ones that expire.
    total.expired += counts.expired + result.dead_letter_counts.expired;
    total.stale_deletes += counts.stale_deletes;
    total.duplicate_deliveries += counts.duplicate_deliveries;
  }
  EXPECT_GT(total.moved_to_dlq, 0);
  EXPECT_GT(total.expired, 0);
  EXPECT_GT(total.stale_deletes, 0);
  EXPECT_GT(total.duplicate_deliveries, 0);
}

TEST(SimulatedQueue, TheSameSeedGivesTheSameRun) {
  std::set<std::vector<std::int64_t>> distinct;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    const WorkloadResult first = run_workload(seed);
    const WorkloadResult second = run_workload(seed);
    EXPECT_EQ(first.received_ids, second.received_ids) << "seed " << seed;
    EXPECT_EQ(first.trace_hash, second.trace_hash) << "seed " << seed;
    distinct.insert(first.received_ids);
  }
  EXPECT_EQ(distinct.size(), 5u);  // and different seeds explore different runs
}

}  // namespace
}  // namespace dispatchsim::model
