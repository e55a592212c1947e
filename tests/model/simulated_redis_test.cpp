#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/infra/simulated_redis.hpp"
#include "sim/kernel.hpp"
#include "support/scripted_faults.hpp"

namespace dispatchsim::model {
namespace {

using sim::milliseconds;
using sim::seconds;

using testing::ArmedFaults;

// One run's world: the kernel, the faults and the store, destroyed in reverse order.
struct RedisHarness {
  explicit RedisHarness(std::uint64_t seed = 1, RedisConfig config = {})
      : choices(seed),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        redis(kernel, faults, config) {}
  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  ArmedFaults faults;
  SimulatedRedis redis;
};

SetOptions nx_ex(sim::Micros ttl) {
  SetOptions options;
  options.only_if_absent = true;
  options.expire_after = ttl;
  return options;
}

TEST(SimulatedRedis, TtlExpiresExactlyAtTheBoundaryInVirtualTime) {
  RedisHarness h;
  bool finished = false;
  h.kernel.spawn("client", [&] {
    SetOptions options;
    options.expire_after = seconds(1);
    EXPECT_TRUE(h.redis.set("k", "v", options));
    h.kernel.sleep_until(seconds(1) - 1);
    EXPECT_EQ(h.redis.get("k"), "v");
    EXPECT_TRUE(h.redis.exists("k"));
    EXPECT_EQ(h.redis.key_count(), 1u);
    h.kernel.sleep_until(seconds(1));
    EXPECT_EQ(h.redis.peek("k"), std::nullopt);
    EXPECT_EQ(h.redis.key_count(), 0u);
    EXPECT_EQ(h.redis.get("k"), std::nullopt);
    EXPECT_FALSE(h.redis.exists("k"));
    EXPECT_EQ(h.redis.del("k"), 0);
    finished = true;
  });
  h.kernel.run(seconds(10));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, SetNxExFailsWhileTheKeyLivesAndSucceedsAfterItExpires) {
  RedisHarness h;
  std::vector<std::pair<sim::Micros, bool>> attempts;
  for (sim::Micros start : {sim::Micros{0}, seconds(10), seconds(3600) - 1, seconds(3600)}) {
    h.kernel.spawn("worker", [&, start] {
      h.kernel.sleep_until(start);
      const bool stored = h.redis.set("processed:e1", "1", nx_ex(seconds(3600)));
      attempts.emplace_back(h.kernel.now(), stored);
    });
  }
  h.kernel.run(seconds(7200));
  const std::vector<std::pair<sim::Micros, bool>> expected{
      {0, true}, {seconds(10), false}, {seconds(3600) - 1, false}, {seconds(3600), true}};
  EXPECT_EQ(attempts, expected);
}

TEST(SimulatedRedis, SetXxWritesOnlyExistingKeysAndPlainSetClearsTheTtl) {
  RedisHarness h;
  bool finished = false;
  h.kernel.spawn("client", [&] {
    SetOptions xx;
    xx.only_if_present = true;
    EXPECT_FALSE(h.redis.set("k", "x", xx));
    EXPECT_EQ(h.redis.get("k"), std::nullopt);
    EXPECT_TRUE(h.redis.set("k", "v1", nx_ex(seconds(1))));
    EXPECT_FALSE(h.redis.set("k", "v2", nx_ex(seconds(1))));
    EXPECT_TRUE(h.redis.set("k", "v3", xx));  // no TTL given: the key no longer expires
    h.kernel.sleep_for(seconds(5));
    EXPECT_EQ(h.redis.get("k"), "v3");
    SetOptions both;
    both.only_if_absent = true;
    both.only_if_present = true;
    EXPECT_THROW(h.redis.set("k", "v4", both), std::invalid_argument);
    EXPECT_THROW(h.redis.setex("k", 0, "v5"), std::invalid_argument);
    EXPECT_EQ(h.redis.get("k"), "v3");
    finished = true;
  });
  h.kernel.run(seconds(10));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, SetexExistsAndDel) {
  RedisHarness h;
  bool finished = false;
  h.kernel.spawn("client", [&] {
    EXPECT_FALSE(h.redis.exists("sent:r1:d1"));
    h.redis.setex("sent:r1:d1", seconds(300), "1");
    EXPECT_TRUE(h.redis.exists("sent:r1:d1"));
    EXPECT_EQ(h.redis.get("sent:r1:d1"), "1");
    EXPECT_EQ(h.redis.del("sent:r1:d1"), 1);
    EXPECT_EQ(h.redis.del("sent:r1:d1"), 0);
    EXPECT_FALSE(h.redis.exists("sent:r1:d1"));
    h.redis.setex("sent:r1:d1", seconds(300), "2");
    h.kernel.sleep_for(seconds(300) - 1);
    EXPECT_TRUE(h.redis.exists("sent:r1:d1"));
    h.kernel.sleep_for(1);
    EXPECT_FALSE(h.redis.exists("sent:r1:d1"));
    finished = true;
  });
  h.kernel.run(seconds(1000));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, TheReplicaAppliesEachWriteAfterTheReplicationLag) {
  RedisConfig config;
  config.replication_lag = milliseconds(5);
  RedisHarness h(1, config);
  bool finished = false;
  h.kernel.spawn("client", [&] {
    EXPECT_TRUE(h.redis.set("k", "v"));
    EXPECT_EQ(h.redis.replication_backlog(), 1u);
    h.kernel.sleep_until(milliseconds(5) - 1);
    EXPECT_EQ(h.redis.get_from_replica("k"), std::nullopt);  // stale
    EXPECT_EQ(h.redis.get("k"), "v");
    h.kernel.sleep_until(milliseconds(5));
    EXPECT_EQ(h.redis.get_from_replica("k"), "v");
    EXPECT_EQ(h.redis.replication_backlog(), 0u);
    EXPECT_EQ(h.redis.del("k"), 1);
    h.kernel.sleep_for(milliseconds(5) - 1);
    EXPECT_EQ(h.redis.get_from_replica("k"), "v");  // the delete has not arrived yet
    h.kernel.sleep_for(1);
    EXPECT_EQ(h.redis.get_from_replica("k"), std::nullopt);
    finished = true;
  });
  h.kernel.run(seconds(1));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, StaleReplicaReadDelaysAWriteAndLaterWritesWaitBehindIt) {
  RedisConfig config;
  config.stale_replica_lag = seconds(2);
  RedisHarness h(1, config);
  bool finished = false;
  h.kernel.spawn("client", [&] {
    h.faults.arm(Fault::stale_replica_read);  // magnitude 0: config.stale_replica_lag
    EXPECT_TRUE(h.redis.set("k", "v1"));
    h.faults.arm(Fault::stale_replica_read, false);
    h.kernel.sleep_until(milliseconds(1));
    EXPECT_TRUE(h.redis.set("k", "v2"));
    EXPECT_TRUE(h.redis.set("other", "x"));
    h.kernel.sleep_until(seconds(1));
    // v2 must not overtake v1 on the replica, and the unrelated key waits in the same stream.
    EXPECT_EQ(h.redis.get_from_replica("k"), std::nullopt);
    EXPECT_EQ(h.redis.get_from_replica("other"), std::nullopt);
    EXPECT_EQ(h.redis.get("k"), "v2");
    h.kernel.sleep_until(seconds(2));
    EXPECT_EQ(h.redis.get_from_replica("k"), "v2");
    EXPECT_EQ(h.redis.get_from_replica("other"), "x");

    // A non-zero magnitude is the lag itself.
    h.faults.size = milliseconds(300);
    h.faults.arm(Fault::stale_replica_read);
    EXPECT_TRUE(h.redis.set("k", "v3"));
    h.faults.arm(Fault::stale_replica_read, false);
    h.kernel.sleep_for(milliseconds(300) - 1);
    EXPECT_EQ(h.redis.get_from_replica("k"), "v2");
    h.kernel.sleep_for(1);
    EXPECT_EQ(h.redis.get_from_replica("k"), "v3");
    finished = true;
  });
  h.kernel.run(seconds(10));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, FailOverLosesTheWritesNotYetReplicated) {
  RedisHarness h;
  bool finished = false;
  h.kernel.spawn("client", [&] {
    EXPECT_TRUE(h.redis.set("a", "1"));
    h.kernel.sleep_for(milliseconds(10));
    EXPECT_TRUE(h.redis.set("b", "2"));
    EXPECT_EQ(h.redis.del("a"), 1);
    h.redis.fail_over();
    EXPECT_EQ(h.redis.failovers(), 1);
    EXPECT_EQ(h.redis.replication_backlog(), 0u);
    EXPECT_EQ(h.redis.get("a"), "1");               // the delete was lost
    EXPECT_EQ(h.redis.get("b"), std::nullopt);      // so was the write
    EXPECT_EQ(h.redis.get_from_replica("a"), "1");  // the replica copies the new primary
    h.kernel.sleep_for(milliseconds(10));  // timers left from before the failover apply nothing
    EXPECT_EQ(h.redis.get("b"), std::nullopt);
    EXPECT_EQ(h.redis.get_from_replica("b"), std::nullopt);
    EXPECT_TRUE(h.redis.set("c", "3"));  // replication goes on as before
    h.kernel.sleep_for(milliseconds(5));
    EXPECT_EQ(h.redis.get_from_replica("c"), "3");
    finished = true;
  });
  h.kernel.run(seconds(1));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, FailOverIsCallableFromAKernelCallback) {
  RedisHarness h;
  std::optional<std::string> after;
  h.kernel.spawn("client", [&] {
    EXPECT_TRUE(h.redis.set("k", "v"));
    h.kernel.sleep_for(milliseconds(1));
    after = h.redis.get("k");
  });
  h.kernel.at(milliseconds(1) - 1, [&] { h.redis.fail_over(); });
  h.kernel.run(seconds(1));
  EXPECT_EQ(after, std::nullopt);
  EXPECT_EQ(h.redis.failovers(), 1);
}

TEST(SimulatedRedis, TheCacheFailoverFaultPromotesTheReplicaRightAfterAWriteCommand) {
  RedisHarness h;
  std::vector<bool> first_wins;
  h.kernel.spawn("client", [&] {
    h.faults.arm(Fault::cache_failover);
    // The idempotency key is acknowledged, then lost: a second NX also "wins".
    first_wins.push_back(h.redis.set("processed:e1", "1", nx_ex(seconds(3600))));
    h.faults.arm(Fault::cache_failover, false);
    EXPECT_EQ(h.redis.peek("processed:e1"), std::nullopt);
    first_wins.push_back(h.redis.set("processed:e1", "1", nx_ex(seconds(3600))));
    EXPECT_EQ(h.redis.get("processed:e1"), "1");
  });
  h.kernel.run(seconds(1));
  EXPECT_EQ(first_wins, (std::vector<bool>{true, true}));
  EXPECT_EQ(h.redis.failovers(), 1);
}

TEST(SimulatedRedis, PublishReachesEverySubscriberAfterThePubsubLatency) {
  RedisConfig config;
  config.pubsub_latency = milliseconds(1);
  RedisHarness h(1, config);
  std::vector<std::pair<std::optional<std::string>, sim::Micros>> received;
  int receivers = -1;
  for (int i = 0; i < 2; ++i) {
    h.kernel.spawn("subscriber", [&] {
      const std::unique_ptr<Subscription> subscription = h.redis.subscribe("request:invalidate");
      std::optional<std::string> message = subscription->next_message(seconds(1));
      received.emplace_back(std::move(message), h.kernel.now());
    });
  }
  h.kernel.spawn("publisher", [&] {
    h.kernel.sleep_for(milliseconds(10));
    receivers = h.redis.publish("request:invalidate", "r1");
    EXPECT_EQ(h.redis.publish("other-channel", "x"), 0);
  });
  h.kernel.run(seconds(2));
  EXPECT_EQ(receivers, 2);
  ASSERT_EQ(received.size(), 2u);
  for (const auto& [message, at] : received) {
    EXPECT_EQ(message, "r1");
    EXPECT_EQ(at, milliseconds(11));
  }
  EXPECT_EQ(h.redis.dropped_messages(), 0);
}

TEST(SimulatedRedis, LostInvalidationDropsTheCopy) {
  RedisHarness h;
  std::optional<std::string> message = "unset";
  sim::Micros gave_up_at = 0;
  h.kernel.spawn("subscriber", [&] {
    const std::unique_ptr<Subscription> subscription = h.redis.subscribe("request:invalidate");
    message = subscription->next_message(milliseconds(100));
    gave_up_at = h.kernel.now();
  });
  h.kernel.spawn("publisher", [&] {
    h.kernel.sleep_for(milliseconds(10));
    h.faults.arm(Fault::lost_invalidation);
    EXPECT_EQ(h.redis.publish("request:invalidate", "r1"), 1);  // the sender cannot tell
  });
  h.kernel.run(seconds(1));
  EXPECT_EQ(message, std::nullopt);
  EXPECT_EQ(gave_up_at, milliseconds(100));
  EXPECT_EQ(h.redis.dropped_messages(), 1);
}

TEST(SimulatedRedis, ASubscriberThatDoesNotExistAtPublishTimeMissesTheMessage) {
  RedisHarness h;
  std::optional<std::string> early = "unset";
  std::optional<std::string> late = "unset";
  h.kernel.spawn("early", [&] {
    const std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
    early = subscription->next_message(seconds(1));
  });
  h.kernel.spawn("late", [&] {
    // Subscribes after the publish but before its delivery (publish at 10 ms, delivery at 11 ms).
    h.kernel.sleep_until(milliseconds(10) + 500);
    const std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
    late = subscription->next_message(seconds(1));
  });
  h.kernel.spawn("publisher", [&] {
    h.kernel.sleep_until(milliseconds(10));
    EXPECT_EQ(h.redis.publish("ch", "m"), 1);
  });
  h.kernel.run(seconds(2));
  EXPECT_EQ(early, "m");
  EXPECT_EQ(late, std::nullopt);
}

TEST(SimulatedRedis, ASubscriptionDestroyedBeforeDeliveryIsSkippedSafely) {
  RedisHarness h;
  std::vector<std::optional<std::string>> survivor;
  h.kernel.spawn("survivor", [&] {
    const std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
    for (int i = 0; i < 2; ++i) survivor.push_back(subscription->next_message(seconds(1)));
  });
  h.kernel.spawn("quitter", [&] {
    std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
    h.kernel.sleep_until(milliseconds(10));
    EXPECT_EQ(h.redis.publish("ch", "m"), 2);
    subscription.reset();  // the copy addressed to it is still in flight
    h.kernel.sleep_for(milliseconds(10));
    EXPECT_EQ(h.redis.publish("ch", "n"), 1);  // no longer addressed
  });
  h.kernel.run(seconds(2));
  EXPECT_EQ(survivor, (std::vector<std::optional<std::string>>{"m", "n"}));
  EXPECT_EQ(h.redis.dropped_messages(), 0);
}

TEST(SimulatedRedis, MessagesQueueInPublishOrderUntilRead) {
  RedisHarness h;
  std::vector<std::optional<std::string>> messages;
  h.kernel.spawn("subscriber", [&] {
    const std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
    h.kernel.sleep_for(milliseconds(50));
    for (int i = 0; i < 4; ++i) messages.push_back(subscription->next_message(milliseconds(60)));
  });
  h.kernel.spawn("publisher", [&] {
    h.kernel.sleep_for(milliseconds(1));
    for (const char* text : {"a", "b", "c"}) h.redis.publish("ch", text);
  });
  h.kernel.run(seconds(1));
  const std::vector<std::optional<std::string>> expected{"a", "b", "c", std::nullopt};
  EXPECT_EQ(messages, expected);
}

TEST(SimulatedRedis, SetIfNewerIgnoresOlderAndEqualVersions) {
  RedisHarness h;
  bool finished = false;
  h.kernel.spawn("client", [&] {
    EXPECT_TRUE(h.redis.set_if_newer("request:r1", 5, "five", 0));
    EXPECT_FALSE(h.redis.set_if_newer("request:r1", 3, "three", 0));
    EXPECT_FALSE(h.redis.set_if_newer("request:r1", 5, "five again", 0));
    EXPECT_EQ(h.redis.get("request:r1"), "five");  // the value only, not the version
    EXPECT_TRUE(h.redis.set_if_newer("request:r1", 7, "seven", seconds(1)));
    EXPECT_EQ(h.redis.get("request:r1"), "seven");
    h.kernel.sleep_for(seconds(1));
    EXPECT_TRUE(h.redis.set_if_newer("request:r1", 1, "one", 0));  // expired: absent
    EXPECT_TRUE(h.redis.set("request:r1", "plain"));
    EXPECT_TRUE(h.redis.set_if_newer("request:r1", 0, "zero", 0));  // a plain value has no version
    EXPECT_EQ(h.redis.get("request:r1"), "zero");
    finished = true;
  });
  h.kernel.run(seconds(10));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, DeleteIfEqualsDeletesOnlyTheMatchingToken) {
  RedisHarness h;
  bool finished = false;
  h.kernel.spawn("client", [&] {
    EXPECT_FALSE(h.redis.delete_if_equals("lock:r1", "t1"));
    EXPECT_TRUE(h.redis.set("lock:r1", "t1"));
    EXPECT_FALSE(h.redis.delete_if_equals("lock:r1", "t2"));
    EXPECT_EQ(h.redis.get("lock:r1"), "t1");
    EXPECT_TRUE(h.redis.delete_if_equals("lock:r1", "t1"));
    EXPECT_FALSE(h.redis.exists("lock:r1"));
    finished = true;
  });
  h.kernel.run(seconds(1));
  EXPECT_TRUE(finished);
}

TEST(SimulatedRedis, EveryCommandIsOneYieldPointNamedAfterIt) {
  RedisHarness h;
  std::vector<std::string> points;
  h.kernel.set_yield_hook(
      [&](sim::ProcessId, std::string_view point) { points.emplace_back(point); });
  h.kernel.spawn("client", [&] {
    const std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
    h.redis.set("k", "v");
    h.redis.setex("k", seconds(1), "v");
    h.redis.get("k");
    h.redis.exists("k");
    h.redis.get_from_replica("k");
    h.redis.delete_if_equals("k", "v");
    h.redis.set_if_newer("k", 1, "v", 0);
    h.redis.del("k");
    h.redis.publish("ch", "m");
    subscription->next_message(0);
  });
  h.kernel.run(seconds(1));
  const std::vector<std::string> expected{
      "cache.subscribe", "cache.set",         "cache.setex",       "cache.get",
      "cache.exists",    "cache.replica_get", "cache.script",      "cache.script",
      "cache.del",       "cache.publish",     "cache.next_message"};
  EXPECT_EQ(points, expected);
}

// A small contended workload: the trace hash is a function of the seed alone.
std::uint64_t workload_trace_hash(std::uint64_t seed) {
  RedisHarness h(seed);
  for (int worker = 0; worker < 3; ++worker) {
    h.kernel.spawn("worker", [&h, worker] {
      const std::unique_ptr<Subscription> subscription = h.redis.subscribe("ch");
      for (int step = 0; step < 5; ++step) {
        const std::string key = "k" + std::to_string(step % 2);
        if (h.redis.set(key, std::to_string(worker), nx_ex(milliseconds(3)))) {
          h.redis.publish("ch", key);
        }
        h.redis.get_from_replica(key);
        h.redis.set_if_newer("v", worker * 10 + step, "x", 0);
        subscription->next_message(h.kernel.now() + milliseconds(2));
        h.redis.del(key);
      }
    });
  }
  return h.kernel.run(seconds(10)).trace_hash;
}

TEST(SimulatedRedis, TheSameSeedGivesTheSameTraceHash) {
  std::set<std::uint64_t> distinct;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const std::uint64_t hash = workload_trace_hash(seed);
    EXPECT_EQ(hash, workload_trace_hash(seed)) << "seed " << seed;
    distinct.insert(hash);
  }
  EXPECT_GT(distinct.size(), 1u);  // the seed does steer the interleaving
}

}  // namespace
}  // namespace dispatchsim::model
