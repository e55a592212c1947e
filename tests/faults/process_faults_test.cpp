// Faults that act on whole processes through the injector's yield hook: a server process that
// crashes (and restarts with nothing in memory), one that stops the world longer than a lock's
// TTL, a driver app that restarts, and a process whose time.time() is skewed.

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "fault_harness.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/clients/redis_lock.hpp"

namespace dispatchsim::faults::testing {
namespace {

using model::ServerPorts;
using sim::milliseconds;
using sim::seconds;

model::WorldConfig restarting_after(sim::Micros restart_after) {
  model::WorldConfig config;
  config.processes.restart_after = restart_after;
  return config;
}

// One incarnation of a process running the plan's Fix 1 shape: decline and clean up in one
// transaction.
struct Incarnation {
  sim::Micros started = 0;
  std::size_t memory_at_start = 0;
  std::string status_at_start;
  bool updated = false;  // its UPDATE ran inside the open transaction
  bool committed = false;
};

std::vector<Incarnation> decline_until_committed(WorldHarness& h) {
  std::vector<Incarnation> incarnations;
  h.insert_request(1, "SEARCHING");
  h.world.database.inspect(
      "INSERT INTO dispatch_queue (request_id, driver_id, sequence_number, version) VALUES (1, 2, "
      "1, 1)");
  h.world.spawn_server("api-1", [&](ServerPorts& ports) {
    const std::size_t me = incarnations.size();
    incarnations.push_back(
        {h.kernel.now(), ports.process_memory.size(),
         h.world.database.inspect("SELECT status FROM ride_requests WHERE id = 1")
             .front()
             .text(0)});
    ports.process_memory["declines in progress"] = 1;
    if (incarnations[me].status_at_start != "SEARCHING") return;
    model::Transaction transaction(ports.db);
    ports.db.execute(
        "UPDATE ride_requests SET status = 'DECLINED', version = version + 1 WHERE id = 1");
    incarnations[me].updated = true;
    ports.db.execute("DELETE FROM dispatch_queue WHERE request_id = 1 AND status = 'PENDING'");
    transaction.commit();
    incarnations[me].committed = true;
  });
  h.kernel.run(seconds(120));
  return incarnations;
}

TEST(ProcessCrashFault, TheOpenTransactionIsRolledBackAndTheProcessRestartsWithFreshMemory) {
  int seeds_with_a_crash_inside_the_transaction = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    WorldHarness h(only(Fault::process_crash, 0.25), seconds(20), restarting_after(seconds(1)),
                   seed);
    const std::vector<Incarnation> incarnations = decline_until_committed(h);
    ASSERT_FALSE(incarnations.empty());
    EXPECT_TRUE(incarnations.back().committed)
        << "seed " << seed << ": it converges after the window";
    for (std::size_t index = 0; index + 1 < incarnations.size(); ++index) {
      const Incarnation& crashed = incarnations[index];
      const Incarnation& next = incarnations[index + 1];
      EXPECT_FALSE(crashed.committed) << "seed " << seed;
      EXPECT_GE(next.started - crashed.started, seconds(1)) << "seed " << seed << ": restart delay";
      EXPECT_EQ(next.memory_at_start, 0u) << "seed " << seed << ": memory is lost";
      // Its UPDATE ran, the crash came before COMMIT: the next incarnation finds nothing of it.
      EXPECT_EQ(next.status_at_start, "SEARCHING") << "seed " << seed;
      if (crashed.updated) ++seeds_with_a_crash_inside_the_transaction;
    }
    EXPECT_EQ(h.count("SELECT version FROM ride_requests WHERE id = 1"), 2) << "seed " << seed;
    EXPECT_EQ(h.count("SELECT COUNT(*) FROM dispatch_queue"), 0) << "seed " << seed;
    int committed_status_changes = 0;
    for (const auto& event : h.world.history.events()) {
      committed_status_changes += event.kind == model::HistoryKind::status_committed ? 1 : 0;
    }
    EXPECT_EQ(committed_status_changes, 1)
        << "seed " << seed << ": rolled-back changes are not history";
  }
  EXPECT_GE(seeds_with_a_crash_inside_the_transaction, 3);
}

std::int64_t transaction_open_at_crash_hits(const WorldHarness& h) {
  const auto& hits = h.kernel.probe_hits();
  const auto found = hits.find(model::probe::transaction_open_at_crash);
  return found == hits.end() ? 0 : found->second;
}

// A kill differs from a crash in who rolls back: not the process's Transaction scope (none of its
// code runs) but the database, as the connection drops. The outcome is the same — nothing of the
// killed incarnation's transaction survives — and only kills inside a transaction reach the
// transaction-open-at-crash probe; crashes never do.
TEST(ProcessKillFault, TheDatabaseRollsBackTheKilledProcesssOpenTransaction) {
  int seeds_with_a_kill_inside_the_transaction = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    WorldHarness killed(only(Fault::process_kill, 0.25), seconds(20), restarting_after(seconds(1)),
                        seed);
    const std::vector<Incarnation> incarnations = decline_until_committed(killed);
    ASSERT_FALSE(incarnations.empty());
    EXPECT_TRUE(incarnations.back().committed) << "seed " << seed;
    int kills_inside = 0;
    for (std::size_t index = 0; index + 1 < incarnations.size(); ++index) {
      EXPECT_EQ(incarnations[index + 1].status_at_start, "SEARCHING") << "seed " << seed;
      if (incarnations[index].updated) ++kills_inside;
    }
    EXPECT_EQ(killed.count("SELECT version FROM ride_requests WHERE id = 1"), 2) << "seed " << seed;
    // A kill after the UPDATE is inside the transaction; one at the UPDATE's own yield point too.
    if (kills_inside > 0) {
      EXPECT_GT(transaction_open_at_crash_hits(killed), 0) << "seed " << seed;
    }
    if (kills_inside > 0) ++seeds_with_a_kill_inside_the_transaction;

    WorldHarness crashed(only(Fault::process_crash, 0.25), seconds(20),
                         restarting_after(seconds(1)), seed);
    decline_until_committed(crashed);
    EXPECT_EQ(transaction_open_at_crash_hits(crashed), 0) << "seed " << seed;
  }
  EXPECT_GE(seeds_with_a_kill_inside_the_transaction, 3);
}

TEST(ProcessCrashFault, AnInFlightMessageReappearsAfterTheVisibilityTimeout) {
  int redelivered_after_a_crash = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    WorldHarness h(only(Fault::process_crash, 0.3), seconds(5), restarting_after(seconds(1)), seed);
    struct Receipt {
      sim::Micros at;
      int receive_count;
      std::size_t incarnation;
      bool deleted;
    };
    std::vector<Receipt> receipts;
    std::size_t incarnations = 0;
    h.world.spawn_server("worker-1", [&](ServerPorts& ports) {
      const std::size_t me = ++incarnations;
      for (;;) {
        for (const auto& message : ports.dispatch_queue.receive_messages(10, seconds(20))) {
          receipts.push_back({h.kernel.now(), message.receive_count, me, false});
          const std::size_t receipt = receipts.size() - 1;
          ports.db.query("SELECT status FROM ride_requests WHERE id = 1");  // the work
          ports.dispatch_queue.delete_message(message.receipt_handle);
          receipts[receipt].deleted = true;
        }
      }
    });
    h.kernel.spawn("producer", [&] {  // not a server process: it never crashes
      h.kernel.sleep_until(seconds(1));
      h.world.dispatch_queue.send_message("offer");
    });
    h.kernel.run(seconds(120));
    ASSERT_FALSE(receipts.empty()) << "seed " << seed;
    EXPECT_TRUE(receipts.back().deleted) << "seed " << seed;
    for (std::size_t index = 0; index + 1 < receipts.size(); ++index) {
      // Received, then the worker died before its delete: the broker gives the message back
      // exactly one visibility timeout later, to the restarted worker.
      EXPECT_FALSE(receipts[index].deleted) << "seed " << seed;
      EXPECT_EQ(receipts[index + 1].at, receipts[index].at + seconds(30)) << "seed " << seed;
      EXPECT_EQ(receipts[index + 1].receive_count, receipts[index].receive_count + 1);
      EXPECT_GT(receipts[index + 1].incarnation, receipts[index].incarnation) << "seed " << seed;
      ++redelivered_after_a_crash;
    }
  }
  EXPECT_GE(redelivered_after_a_crash, 3);
}

TEST(GcPauseFault, ALockHeldAcrossThePauseExpiresAndReleaseThrowsLockNotOwned) {
  // Every yield point inside the window pauses for 11 s, longer than the lock's 10 s TTL.
  WorldHarness h(only(Fault::gc_pause, 1.0, seconds(11)), seconds(30), model::WorldConfig{});
  bool acquired = false, release_failed = false, intruder_acquired = false;
  sim::Micros acquired_at = -1;
  h.world.spawn_server("worker-1", [&](ServerPorts& ports) {
    model::RedisLock lock(ports.clock, ports.instruments, ports.cache, ports.lock_tokens,
                          "lock:request:1", seconds(10));
    acquired = lock.acquire(true, seconds(5));  // paused before the SET: acquired at 11 s
    acquired_at = h.kernel.now();
    ports.db.query("SELECT status FROM ride_requests WHERE id = 1");  // paused again: 22 s
    try {
      lock.release();
    } catch (const model::LockNotOwnedError&) {
      release_failed = true;
    }
  });
  h.kernel.spawn("worker-2", [&] {  // never paused: takes the expired lock meanwhile
    h.kernel.sleep_until(seconds(21) + milliseconds(500));
    model::KernelClock clock(h.kernel, 0);
    model::RedisLock lock(clock, h.world.instruments, h.world.cache, h.world.lock_tokens,
                          "lock:request:1", seconds(10));
    intruder_acquired = lock.acquire(false);
  });
  h.kernel.run(seconds(60));
  EXPECT_TRUE(acquired);
  EXPECT_EQ(acquired_at, seconds(11));
  EXPECT_TRUE(intruder_acquired) << "the paused worker still believed it held the lock";
  EXPECT_TRUE(release_failed);
  EXPECT_GE(h.fired(Fault::gc_pause), 3);
}

// The plan's client dedup (Fix 5) is a Set in the app's memory. The same offer (notification id
// "1:1") is pushed every two seconds; count how often the app puts it on screen, and in which
// app incarnation.
std::vector<model::HistoryEvent> shows_of_a_repeated_offer(double restart_rate,
                                                           std::uint64_t seed) {
  model::WorldConfig config;
  config.variant.variant = "plan";
  config.workload.requests = 0;
  config.workload.drivers = 1;
  config.workload.decline_probability = 0;
  WorldHarness h(only(Fault::app_restart, restart_rate), seconds(40), config, seed);
  h.world.start();
  h.kernel.spawn("push-sender", [&] {
    for (int copy = 0; copy < 15; ++copy) {
      h.kernel.sleep_for(seconds(2));
      model::PushNotification notification;
      notification.notification_id = "1:1";
      notification.request_id = 1;
      notification.version = 1;
      h.world.push.websocket_send(1, notification);
    }
  });
  h.kernel.run(seconds(40));
  std::vector<model::HistoryEvent> shows;
  for (const auto& event : h.world.history.events()) {
    if (event.kind == model::HistoryKind::shown) shows.push_back(event);
  }
  return shows;
}

TEST(AppRestartFault, TheRestartedAppForgetsThePlansClientDedupAndShowsTheOfferAgain) {
  EXPECT_EQ(shows_of_a_repeated_offer(0.0, 1).size(), 1u) << "without restarts the dedup holds";
  int seeds_shown_again = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto shows = shows_of_a_repeated_offer(0.15, seed);
    std::set<std::uint64_t> incarnations;
    for (const auto& show : shows) {
      EXPECT_TRUE(incarnations.insert(show.incarnation).second)
          << "seed " << seed << ": one app incarnation showed the offer twice";
    }
    if (shows.size() >= 2) ++seeds_shown_again;
  }
  EXPECT_GE(seeds_shown_again, 3);
}

TEST(ClockSkewFault, AProcesssTimeTimeIsOffWhileTheVirtualClockIsNot) {
  auto skews_ms = [](sim::Micros fault_window) {
    WorldHarness h(only(Fault::clock_skew, 1.0), fault_window, model::WorldConfig{});
    std::map<std::string, std::int64_t> skew;
    for (const char* name : {"worker-1", "worker-2", "api-1"}) {
      h.world.spawn_server(name, [&, name](ServerPorts& ports) {
        h.kernel.sleep_until(seconds(3));
        const std::int64_t truth_ms = 1767225600LL * 1000 + h.kernel.now() / 1000;
        skew[name] = ports.clock.time_milliseconds() - truth_ms;
        EXPECT_EQ(h.kernel.now(), seconds(3));
      });
    }
    h.kernel.run(seconds(10));
    return skew;
  };
  const auto skewed = skews_ms(seconds(1));
  std::set<std::int64_t> distinct;
  for (const auto& [name, skew] : skewed) {
    EXPECT_LE(std::abs(skew), 30'000) << name << ": within the default +-30 s";
    distinct.insert(skew);
  }
  EXPECT_EQ(distinct.size(), 3u) << "each process draws its own skew";
  // A process started outside the window keeps the true time.
  for (const auto& [name, skew] : skews_ms(0)) EXPECT_EQ(skew, 0) << name;
}

}  // namespace
}  // namespace dispatchsim::faults::testing
