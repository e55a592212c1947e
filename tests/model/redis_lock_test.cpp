#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <typeinfo>
#include <vector>

#include "model/infra/kernel_clock.hpp"
#include "model/clients/redis_lock.hpp"
#include "model/infra/simulated_redis.hpp"
#include "sim/kernel.hpp"
#include "support/scripted_faults.hpp"

namespace dispatchsim::model {
namespace {

using sim::milliseconds;
using sim::seconds;

using testing::ArmedFaults;

// One run's world. The token source belongs to the run, like the kernel.
struct LockHarness {
  explicit LockHarness(std::uint64_t seed = 1)
      : choices(seed),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        redis(kernel, faults) {}
  RedisLock lock(sim::Micros timeout) {
    return RedisLock(clock, instruments, redis, tokens, "lock:request:r1", timeout);
  }
  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  KernelClock clock{kernel, 0};
  KernelInstruments instruments{kernel};
  ArmedFaults faults;
  SimulatedRedis redis;
  LockTokenSource tokens;
};

TEST(RedisLock, TheOwnerAcquiresAndReleases) {
  LockHarness h;
  bool finished = false;
  h.kernel.spawn("worker", [&] {
    RedisLock lock = h.lock(seconds(10));
    EXPECT_FALSE(lock.owned());
    EXPECT_FALSE(lock.locked());
    EXPECT_TRUE(lock.acquire(true, seconds(5)));
    EXPECT_EQ(h.kernel.now(), 0);
    EXPECT_TRUE(lock.owned());
    EXPECT_TRUE(lock.locked());
    EXPECT_EQ(h.redis.peek("lock:request:r1"), lock.token());
    lock.release();
    EXPECT_FALSE(lock.owned());
    EXPECT_FALSE(lock.locked());
    EXPECT_EQ(lock.token(), std::nullopt);
    finished = true;
  });
  h.kernel.run(seconds(60));
  EXPECT_TRUE(finished);
}

TEST(RedisLock, ReleasingAnUnlockedLockThrowsLockErrorNotLockNotOwnedError) {
  LockHarness h;
  std::vector<std::string> errors;
  h.kernel.spawn("worker", [&] {
    RedisLock lock = h.lock(seconds(10));
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        lock.release();
      } catch (const LockError& error) {
        EXPECT_EQ(typeid(error), typeid(LockError));
        errors.emplace_back(error.what());
      }
      ASSERT_TRUE(lock.acquire(false, 0));
      lock.release();  // a second release, below, finds no token
    }
  });
  h.kernel.run(seconds(60));
  EXPECT_EQ(errors, (std::vector<std::string>(2, "Cannot release an unlocked lock")));
}

// Three processes contend for one lock; at most one is ever inside the critical section.
struct ContentionResult {
  int max_inside = 0;
  int entries = 0;
  std::uint64_t trace_hash = 0;
};

ContentionResult contend(std::uint64_t seed) {
  LockHarness h(seed);
  ContentionResult result;
  int inside = 0;
  for (int worker = 0; worker < 3; ++worker) {
    h.kernel.spawn("worker", [&h, &result, &inside, worker] {
      RedisLock lock = h.lock(seconds(10));
      for (int round = 0; round < 5; ++round) {
        if (!lock.acquire(true, sim::never)) continue;
        ++inside;
        ++result.entries;
        result.max_inside = std::max(result.max_inside, inside);
        h.kernel.sleep_for(milliseconds(30 + 20 * worker));  // well within the 10 s TTL
        h.redis.get("request:r1");                           // a yield point inside
        --inside;
        lock.release();
      }
    });
  }
  result.trace_hash = h.kernel.run(seconds(600)).trace_hash;
  return result;
}

TEST(RedisLock, ProcessesNeverHoldTheLockAtTheSameTime) {
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const ContentionResult result = contend(seed);
    EXPECT_EQ(result.max_inside, 1) << "seed " << seed;
    EXPECT_EQ(result.entries, 15) << "seed " << seed;
  }
}

TEST(RedisLock, TheSameSeedGivesTheSameTraceHash) {
  std::set<std::uint64_t> distinct;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const std::uint64_t hash = contend(seed).trace_hash;
    EXPECT_EQ(hash, contend(seed).trace_hash) << "seed " << seed;
    distinct.insert(hash);
  }
  EXPECT_GT(distinct.size(), 1u);
}

TEST(RedisLock, ABlockingAcquireGivesUpOnceTheNextTryWouldPassBlockingTimeout) {
  LockHarness h;
  std::vector<std::pair<bool, sim::Micros>> outcomes;
  h.kernel.spawn("holder", [&] {
    RedisLock lock = h.lock(seconds(10));
    ASSERT_TRUE(lock.acquire(true, sim::never));
    h.kernel.sleep_for(seconds(60));  // never releases; the TTL does
  });
  h.kernel.spawn("waiter", [&] {
    RedisLock lock = h.lock(seconds(10));
    const auto attempt = [&](bool blocking, sim::Micros blocking_timeout) {
      const bool acquired = lock.acquire(blocking, blocking_timeout);
      outcomes.emplace_back(acquired, h.kernel.now());
    };
    h.kernel.sleep_until(seconds(1));
    // Tries at 1.0, 1.1, ..., 6.0 s; a try at 6.1 s would pass the 6.0 s deadline.
    attempt(true, seconds(5));
    // Tries at 6.0, 6.1, 6.2 s; 6.3 s would pass 6.25 s.
    attempt(true, milliseconds(250));
    attempt(false, sim::never);
    // Blocks until the holder's TTL runs out at 10 s.
    attempt(true, sim::never);
  });
  h.kernel.run(seconds(120));
  const std::vector<std::pair<bool, sim::Micros>> expected{{false, seconds(6)},
                                                           {false, seconds(6) + milliseconds(200)},
                                                           {false, seconds(6) + milliseconds(200)},
                                                           {true, seconds(10)}};
  EXPECT_EQ(outcomes, expected);
}

TEST(RedisLock, AnExpiredLockIsTakenOverAndTheFirstHoldersReleaseThrowsLockNotOwnedError) {
  LockHarness h;
  std::vector<std::string> events;
  h.kernel.spawn("slow", [&] {
    RedisLock lock = h.lock(seconds(1));
    ASSERT_TRUE(lock.acquire(true, seconds(5)));
    h.kernel.sleep_for(seconds(2));  // a pause longer than the TTL
    EXPECT_FALSE(lock.owned());
    try {
      lock.release();
      events.push_back("slow released");
    } catch (const LockNotOwnedError& error) {
      events.push_back(std::string("slow: ") + error.what());
    }
    EXPECT_EQ(lock.token(), std::nullopt);
  });
  h.kernel.spawn("fast", [&] {
    RedisLock lock = h.lock(seconds(10));
    h.kernel.sleep_until(milliseconds(500));
    ASSERT_TRUE(lock.acquire(true, seconds(5)));
    EXPECT_EQ(h.kernel.now(), seconds(1));  // tries every 100 ms; the key expires at 1 s
    events.push_back("fast acquired");
    h.kernel.sleep_until(seconds(3));
    EXPECT_TRUE(lock.owned());  // the slow holder's failed release did not touch it
    lock.release();
    events.push_back("fast released");
  });
  h.kernel.run(seconds(60));
  const std::vector<std::string> expected{
      "fast acquired", "slow: Cannot release a lock that's no longer owned", "fast released"};
  EXPECT_EQ(events, expected);
}

TEST(RedisLock, AFailoverCanLoseAHeldLock) {
  LockHarness h;
  bool second_acquired = false;
  bool first_release_threw = false;
  h.kernel.spawn("first", [&] {
    RedisLock lock = h.lock(seconds(10));
    h.faults.arm(Fault::cache_failover);  // the SET NX is acknowledged, then lost
    ASSERT_TRUE(lock.acquire(true, seconds(5)));
    h.faults.arm(Fault::cache_failover, false);
    h.kernel.sleep_for(seconds(1));
    EXPECT_THROW(lock.release(), LockNotOwnedError);
    first_release_threw = true;
  });
  h.kernel.spawn("second", [&] {
    RedisLock lock = h.lock(seconds(10));
    h.kernel.sleep_until(milliseconds(100));
    second_acquired = lock.acquire(false, 0);
    h.kernel.sleep_for(seconds(2));
    lock.release();
  });
  h.kernel.run(seconds(60));
  EXPECT_TRUE(second_acquired);
  EXPECT_TRUE(first_release_threw);
  EXPECT_EQ(h.redis.failovers(), 1);
}

TEST(RedisLock, ALockWithoutTimeoutNeverExpires) {
  LockHarness h;
  bool finished = false;
  h.kernel.spawn("worker", [&] {
    RedisLock lock = h.lock(0);
    ASSERT_TRUE(lock.acquire(true, sim::never));
    h.kernel.sleep_for(seconds(3600));
    EXPECT_TRUE(lock.owned());
    lock.release();
    finished = true;
  });
  h.kernel.run(seconds(7200));
  EXPECT_TRUE(finished);
}

TEST(RedisLock, InvalidArgumentsAreRejected) {
  LockHarness h;
  EXPECT_THROW(RedisLock(h.clock, h.instruments, h.redis, h.tokens, "l", -1),
               std::invalid_argument);
  EXPECT_THROW(RedisLock(h.clock, h.instruments, h.redis, h.tokens, "l", seconds(1), 0),
               std::invalid_argument);
}

// Every acquire draws a fresh token, even from a fresh lock object in the same process (the plan
// builds one Lock per event); a run's tokens depend on the run alone.
std::vector<std::string> tokens_of_a_run(std::uint64_t seed) {
  LockHarness h(seed);
  std::vector<std::string> tokens;
  for (int worker = 0; worker < 2; ++worker) {
    h.kernel.spawn("worker", [&] {
      for (int round = 0; round < 3; ++round) {
        RedisLock lock = h.lock(seconds(10));
        if (!lock.acquire(true, seconds(5))) continue;
        tokens.push_back(*lock.token());
        lock.release();
      }
    });
  }
  h.kernel.run(seconds(60));
  return tokens;
}

TEST(RedisLock, TokensAreFreshPerAcquireAndIdenticalAcrossRunsOfOneSeed) {
  const std::vector<std::string> first = tokens_of_a_run(7);
  ASSERT_EQ(first.size(), 6u);
  EXPECT_EQ(std::set<std::string>(first.begin(), first.end()).size(), first.size());
  EXPECT_EQ(first, tokens_of_a_run(7));
}

}  // namespace
}  // namespace dispatchsim::model
