// The cache's faults, each alone in a plan, against the simulated Redis: a failover that loses
// the plan's idempotency key and its lock, a replica that serves old data, an invalidation that
// never arrives.

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "fault_harness.hpp"
#include "model/infra/kernel_clock.hpp"
#include "model/clients/redis_lock.hpp"
#include "model/infra/simulated_redis.hpp"

namespace dispatchsim::faults::testing {
namespace {

using model::SetOptions;
using model::SimulatedRedis;
using sim::seconds;

TEST(CacheFailoverFault, TheUnreplicatedIdempotencyKeyIsLostAndSetNxSucceedsTwice) {
  FaultHarness h(only(Fault::cache_failover, 1.0), seconds(10));
  SimulatedRedis redis(h.kernel, h.injector);
  bool first = false, second = false;
  h.kernel.spawn("workers", [&] {
    // Fix 2: redis_client.set(idem_key, '1', nx=True, ex=3600)
    first = redis.set("dispatch:1:2:1", "1", SetOptions{true, false, seconds(3600)});
    second = redis.set("dispatch:1:2:1", "1", SetOptions{true, false, seconds(3600)});
  });
  h.kernel.run(seconds(1));
  EXPECT_TRUE(first);
  EXPECT_TRUE(second) << "the failover promoted a replica that never saw the first SET";
  EXPECT_EQ(redis.failovers(), 2);
}

TEST(CacheFailoverFault, ALockIsLostSoTwoWorkersHoldItAndTheFirstReleaseFails) {
  FaultHarness h(only(Fault::cache_failover, 1.0), seconds(10));
  SimulatedRedis redis(h.kernel, h.injector);
  model::LockTokenSource tokens;
  model::KernelClock clock(h.kernel, 0);
  model::KernelInstruments instruments(h.kernel);
  bool first_acquired = false, second_acquired = false, release_failed = false;
  h.kernel.spawn("worker-1", [&] {
    model::RedisLock lock(clock, instruments, redis, tokens, "lock:request:1", seconds(10));
    first_acquired = lock.acquire(true, seconds(5));
    h.kernel.sleep_for(seconds(1));
    try {
      lock.release();
    } catch (const model::LockNotOwnedError&) {
      release_failed = true;
    }
  });
  h.kernel.spawn("worker-2", [&] {
    h.kernel.sleep_for(sim::milliseconds(500));
    model::RedisLock lock(clock, instruments, redis, tokens, "lock:request:1", seconds(10));
    second_acquired = lock.acquire(false);
  });
  h.kernel.run(seconds(5));
  EXPECT_TRUE(first_acquired);
  EXPECT_TRUE(second_acquired) << "mutual exclusion lost with the failover";
  EXPECT_TRUE(release_failed);
}

TEST(StaleReplicaReadFault, TheReplicaServesTheOldValueUntilTheLagPasses) {
  auto read_replica_at_1s = [](double rate) {
    FaultHarness h(only(Fault::stale_replica_read, rate, seconds(20)), seconds(10));
    SimulatedRedis redis(h.kernel, h.injector);
    std::optional<std::string> primary, replica_at_1s, replica_at_21s;
    h.kernel.spawn("reader", [&] {
      redis.set("pickup:1", "seq 1");
      h.kernel.sleep_for(seconds(1));
      redis.set("pickup:1", "seq 2");
      h.kernel.sleep_for(seconds(1));
      primary = redis.get("pickup:1");
      replica_at_1s = redis.get_from_replica("pickup:1");
      h.kernel.sleep_until(seconds(22));
      replica_at_21s = redis.get_from_replica("pickup:1");
    });
    h.kernel.run(seconds(30));
    return std::make_tuple(primary, replica_at_1s, replica_at_21s);
  };
  const auto [primary, stale, caught_up] = read_replica_at_1s(1.0);
  EXPECT_EQ(primary, "seq 2");
  EXPECT_EQ(stale, std::nullopt) << "the replica has not even seen the first write";
  EXPECT_EQ(caught_up, "seq 2");
  const auto [healthy_primary, healthy_replica, unused] = read_replica_at_1s(0.0);
  EXPECT_EQ(healthy_replica, "seq 2") << "without the fault the replica lags milliseconds";
}

TEST(LostInvalidationFault, APublishedInvalidationNeverReachesTheSubscriber) {
  FaultHarness h(only(Fault::lost_invalidation, 1.0), seconds(10));
  SimulatedRedis redis(h.kernel, h.injector);
  int addressed_inside = 0;
  std::optional<std::string> inside, after;
  h.kernel.spawn("subscriber", [&] {
    const auto subscription = redis.subscribe("request:invalidate");
    addressed_inside = redis.publish("request:invalidate", "7");
    inside = subscription->next_message(seconds(5));
    h.kernel.sleep_until(seconds(11));
    redis.publish("request:invalidate", "8");
    after = subscription->next_message(seconds(20));
  });
  h.kernel.run(seconds(30));
  EXPECT_EQ(addressed_inside, 1) << "PUBLISH still counts the subscriber";
  EXPECT_EQ(inside, std::nullopt);
  EXPECT_EQ(after, "8");
  EXPECT_EQ(redis.dropped_messages(), 1);
}

}  // namespace
}  // namespace dispatchsim::faults::testing
