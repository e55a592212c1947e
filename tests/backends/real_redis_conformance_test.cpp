// The simulated Redis (model/infra/simulated_redis.*) against a real redis-server 7 behind the same
// port (backends/real_redis.*): rapidcheck-generated command sequences — GET, SET NX/XX with and
// without a TTL, SETEX, DEL, EXISTS, the TTL's state, the compare-and-delete and versioned-set
// scripts, PUBLISH/SUBSCRIBE, and redis-py token locks (model/clients/redis_lock.*) — must get the
// same reply from both. TTLs are compared by state, not by clock (backends/real_redis.hpp): a
// sequence lasts well under a second of virtual and of real time, so no key expires during it on
// either side; expiry itself is checked by a test that waits in real time too. README "Real
// backends" has the table of what differs on purpose.

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backends/real_redis.hpp"
#include "model/base/fault_points.hpp"
#include "model/clients/redis_lock.hpp"
#include "model/infra/simulated_redis.hpp"
#include "sim/choice_source.hpp"
#include "model/infra/kernel_clock.hpp"
#include "sim/kernel.hpp"
#include "sim/schedule_strategy.hpp"
#include "support/real_servers.hpp"

namespace dispatchsim::backends {
namespace {

using sim::milliseconds;
using sim::seconds;

enum class Command : int {
  get,
  set,
  setex,
  del,
  exists,
  ttl,
  delete_if_equals,
  set_if_newer,
  subscribe,
  unsubscribe,
  publish,
  drain,
  lock_acquire,
  lock_acquire_blocking,
  lock_release,
  lock_owned,
  lock_locked,
  count
};

// One generated step: a command and small operands, each decoded by its own rule below (0 is
// always the simplest choice, so failures shrink to readable cases).
struct Step {
  Command command = Command::get;
  int key = 0;    // k0..k2; k0 is also the locks' name, so plain commands interfere with locks
  int value = 0;  // a/b/c, a version 1..3, a subscription slot (value % 2), a lock (value % 2)
  int mode = 0;   // SET: none / NX / XX / NX+XX (an error); channel1 when 3, else channel0
  int ttl = 0;    // none / 60 s / 3600 s / 95.5 s (PX, not whole seconds); SETEX: 0 s is an error
};

const char* const command_names[] = {"GET",          "SET",
                                     "SETEX",        "DEL",
                                     "EXISTS",       "TTL",
                                     "DELIFEQ",      "SETIFNEWER",
                                     "SUBSCRIBE",    "UNSUBSCRIBE",
                                     "PUBLISH",      "DRAIN",
                                     "LOCK.ACQUIRE", "LOCK.ACQUIRE_BLOCKING",
                                     "LOCK.RELEASE", "LOCK.OWNED",
                                     "LOCK.LOCKED"};

std::string key_name(int key) {
  return "k" + std::to_string(key);
}
// Mostly one channel, so subscriptions and publications meet.
std::string channel_name(int mode) {
  return mode == 3 ? "channel1" : "channel0";
}
std::string value_name(int value) {
  return std::string(1, static_cast<char>('a' + value));
}
sim::Micros ttl_of(int choice) {
  constexpr sim::Micros ttls[] = {0, seconds(60), seconds(3600), milliseconds(95'500)};
  return ttls[choice];
}

std::string describe(const Step& step) {
  std::ostringstream text;
  text << command_names[static_cast<int>(step.command)] << " key=" << key_name(step.key)
       << " value=" << step.value << " mode=" << step.mode << " ttl=" << ttl_of(step.ttl) << "us";
  return text.str();
}

void showValue(const Step& step, std::ostream& out) {
  out << describe(step);
}

// The TTL as a state both clocks agree on: rounded up to a multiple of 20 s. A sequence spends at
// most 10.2 s of virtual time (40 blocking lock acquires of 250 ms, drains of 5 ms) and well under
// that of real time, and no TTL it sets (60 s, 3600 s, 95.5 s, the locks' 35 s) lies within 10.2 s
// above a multiple of 20 s, so on either side the bucket is the one of the TTL that was set.
std::string ttl_state(std::optional<sim::Micros> remaining) {
  if (!remaining) return "absent";
  if (*remaining == sim::never) return "no-ttl";
  return "ttl <= " + std::to_string((*remaining + seconds(20) - 1) / seconds(20) * 20) + "s";
}

std::string reply(const std::optional<std::string>& value) {
  return value ? "\"" + *value + "\"" : "nil";
}

// One side of the comparison: a store, its subscriptions, its locks and their token source.
struct Side {
  Side(sim::Kernel& kernel, model::KeyValueStore& store_under_test)
      : store(store_under_test), clock(kernel, 0), instruments(kernel) {
    for (int index = 0; index < 2; ++index) {
      locks.push_back(std::make_unique<model::RedisLock>(
          clock, instruments, store, tokens, key_name(0), seconds(35), milliseconds(100)));
    }
  }
  model::KeyValueStore& store;
  model::KernelClock clock;
  model::KernelInstruments instruments;
  model::LockTokenSource tokens;
  std::vector<std::unique_ptr<model::RedisLock>> locks;
  std::unique_ptr<model::Subscription> subscriptions[2];
  int published = 0;
};

std::string run_step(
    sim::Kernel& kernel, Side& side, const Step& step,
    const std::function<std::optional<sim::Micros>(const std::string&)>& remaining_ttl) {
  const std::string key = key_name(step.key);
  model::KeyValueStore& store = side.store;
  try {
    switch (step.command) {
      case Command::get:
        return reply(store.get(key));
      case Command::set: {
        model::SetOptions options;
        options.only_if_absent = step.mode == 1 || step.mode == 3;
        options.only_if_present = step.mode == 2 || step.mode == 3;
        options.expire_after = ttl_of(step.ttl);
        return store.set(key, value_name(step.value), options) ? "OK" : "nil";
      }
      case Command::setex:
        store.setex(key, ttl_of(step.ttl), value_name(step.value));
        return "OK";
      case Command::del:
        return std::to_string(store.del(key));
      case Command::exists:
        return store.exists(key) ? "1" : "0";
      case Command::ttl:
        return ttl_state(remaining_ttl(key));
      case Command::delete_if_equals: {
        // Compare with a plain value or with a lock token the run has handed out.
        const std::string expected = step.mode == 0
                                         ? value_name(step.value)
                                         : "lock-token-" + std::to_string(step.value + 1);
        return store.delete_if_equals(key, expected) ? "1" : "0";
      }
      case Command::set_if_newer:
        return store.set_if_newer(key, step.value + 1, value_name(step.mode % 3), ttl_of(step.ttl))
                   ? "1"
                   : "0";
      case Command::subscribe:
        side.subscriptions[step.value % 2] = store.subscribe(channel_name(step.mode));
        return "subscribed";
      case Command::unsubscribe:
        side.subscriptions[step.value % 2].reset();
        return "unsubscribed";
      case Command::publish:
        return std::to_string(
            store.publish(channel_name(step.mode), "m" + std::to_string(++side.published)));
      case Command::drain: {
        if (!side.subscriptions[step.value % 2]) return "no subscription";
        std::string received;
        while (auto message = side.subscriptions[step.value % 2]->next_message(kernel.now() +
                                                                               milliseconds(5))) {
          received += *message + " ";
        }
        return "[" + received + "]";
      }
      case Command::lock_acquire:
        return side.locks[step.value % 2]->acquire(false) ? "acquired" : "busy";
      case Command::lock_acquire_blocking:
        return side.locks[step.value % 2]->acquire(true, milliseconds(250)) ? "acquired"
                                                                            : "timed out";
      case Command::lock_release:
        side.locks[step.value % 2]->release();
        return "released";
      case Command::lock_owned:
        return side.locks[step.value % 2]->owned() ? "owned" : "not owned";
      case Command::lock_locked:
        return side.locks[step.value % 2]->locked() ? "locked" : "unlocked";
      case Command::count:
        break;
    }
  } catch (const model::LockNotOwnedError&) {
    return "LockNotOwnedError";
  } catch (const model::LockError&) {
    return "LockError";
  } catch (const std::invalid_argument&) {
    return "error";
  }
  return "?";
}

// A kernel with one client process; body(kernel, simulated) runs inside it. The twin lives as long
// as the kernel runs: its replication timers fire after the body has returned.
template <typename Body>
void run_in_simulation(Body body) {
  sim::PrngChoiceSource choices(1);
  sim::Kernel kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices));
  model::NoFaults faults;
  model::SimulatedRedis simulated(kernel, faults);
  std::string failure;
  kernel.spawn("client", [&] {
    try {
      body(kernel, simulated);
    } catch (const std::exception& error) {
      failure = error.what();
    }
  });
  kernel.run(seconds(3600));
  if (!failure.empty()) throw std::runtime_error(failure);
}

Step step_from(int command, int key, int value, int mode, int ttl) {
  return Step{static_cast<Command>(command), key, value, mode, ttl};
}

// Every command once, and the ones that only show something in combination (subscribe, publish,
// drain; acquire, release) once or twice more. elementOf shrinks towards the front: GET first.
rc::Gen<Step> steps() {
  std::vector<int> commands;
  for (int command = 0; command < static_cast<int>(Command::count); ++command)
    commands.push_back(command);
  for (Command extra :
       {Command::subscribe, Command::publish, Command::publish, Command::drain, Command::drain,
        Command::lock_acquire, Command::lock_release, Command::lock_acquire_blocking}) {
    commands.push_back(static_cast<int>(extra));
  }
  return rc::gen::apply(step_from, rc::gen::elementOf(commands), rc::gen::inRange(0, 3),
                        rc::gen::inRange(0, 3), rc::gen::inRange(0, 4), rc::gen::inRange(0, 4));
}

// The replies of the simulated and the real store to the same steps, as a transcript; the first
// difference is marked.
struct Comparison {
  bool same = true;
  std::string transcript;
};

// A real store with a classic bug, to show the comparison fires: SET ignores NX.
class SetIgnoresNx final : public model::KeyValueStore {
 public:
  explicit SetIgnoresNx(RealRedis& real) : real_(real) {}
  std::optional<std::string> get(const std::string& key) override { return real_.get(key); }
  bool set(const std::string& key, const std::string& value, model::SetOptions options) override {
    options.only_if_absent = false;
    return real_.set(key, value, options);
  }
  void setex(const std::string& key, sim::Micros ttl, const std::string& value) override {
    real_.setex(key, ttl, value);
  }
  int del(const std::string& key) override { return real_.del(key); }
  bool exists(const std::string& key) override { return real_.exists(key); }
  int publish(const std::string& channel, const std::string& message) override {
    return real_.publish(channel, message);
  }
  std::unique_ptr<model::Subscription> subscribe(const std::string& channel) override {
    return real_.subscribe(channel);
  }
  bool delete_if_equals(const std::string& key, const std::string& token) override {
    return real_.delete_if_equals(key, token);
  }
  bool set_if_newer(const std::string& key, std::int64_t version, const std::string& value,
                    sim::Micros expire_after) override {
    return real_.set_if_newer(key, version, value, expire_after);
  }
  std::optional<std::string> get_from_replica(const std::string& key) override {
    return real_.get_from_replica(key);
  }

 private:
  RealRedis& real_;
};

Comparison compare(const std::vector<Step>& sequence, bool real_set_ignores_nx = false) {
  Comparison comparison;
  run_in_simulation([&](sim::Kernel& kernel, model::SimulatedRedis& simulated) {
    RealRedis real(kernel, testing::shared_redis().socket_path());
    real.flush_all();
    SetIgnoresNx buggy(real);
    model::KeyValueStore& real_store =
        real_set_ignores_nx ? static_cast<model::KeyValueStore&>(buggy) : real;
    Side simulated_side(kernel, simulated), real_side(kernel, real_store);
    for (const Step& step : sequence) {
      const std::string expected =
          run_step(kernel, simulated_side, step,
                   [&](const std::string& key) { return simulated.remaining_ttl(key); });
      const std::string actual = run_step(
          kernel, real_side, step, [&](const std::string& key) { return real.remaining_ttl(key); });
      comparison.transcript += describe(step) + "\n    simulated: " + expected +
                               "\n    redis-server: " + actual +
                               (expected == actual ? "\n" : "   <-- differs\n");
      if (expected != actual) {
        comparison.same = false;
        break;
      }
    }
  });
  return comparison;
}

RC_GTEST_PROP(RealRedisConformance, GeneratedCommandSequencesGetTheSameRepliesAsTheSimulatedTwin,
              ()) {
  // rapidcheck scales inRange by the size; drawn at full size, the length is 1..40 and every
  // command and operand is as likely as its weight says (shrinking still goes to short and small).
  const auto length = *rc::gen::resize(100, rc::gen::inRange<std::size_t>(1, 41));
  const auto sequence =
      *rc::gen::container<std::vector<Step>>(length, rc::gen::resize(100, steps()));
  const Comparison comparison = compare(sequence);
  if (!comparison.same)
    RC_FAIL("the simulated Redis and redis-server differ:\n" + comparison.transcript);
  // What the sequences reached (printed as a distribution): the interesting replies, not only nil.
  RC_CLASSIFY(comparison.transcript.find("[m") != std::string::npos, "a message delivered");
  RC_CLASSIFY(comparison.transcript.find("LockNotOwnedError") != std::string::npos,
              "a lock lost before release");
  RC_CLASSIFY(comparison.transcript.find("timed out") != std::string::npos,
              "a blocking acquire timed out");
  RC_CLASSIFY(comparison.transcript.find("redis-server: error") != std::string::npos,
              "an error reply");
  RC_CLASSIFY(comparison.transcript.find("redis-server: ttl") != std::string::npos,
              "a TTL compared");
}

// The checker fires: a store whose SET ignores NX (a classic mistake) is told apart from the twin,
// at the second SET, and the transcript says so.
TEST(RealRedisConformance, TheComparisonNoticesADifferentReply) {
  const std::vector<Step> sequence = {step_from(static_cast<int>(Command::set), 0, 0, 0, 0),
                                      step_from(static_cast<int>(Command::set), 0, 1, 1, 0),
                                      step_from(static_cast<int>(Command::get), 0, 0, 0, 0)};
  EXPECT_TRUE(compare(sequence).same);
  const Comparison buggy = compare(sequence, true);
  EXPECT_FALSE(buggy.same);
  EXPECT_NE(buggy.transcript.find("SET key=k0 value=1 mode=1 ttl=0us\n    simulated: nil\n    "
                                  "redis-server: OK   <-- differs"),
            std::string::npos)
      << buggy.transcript;
}

// Expiry on both clocks: a key with a 400 ms TTL is there right after the write and gone once
// 700 ms have passed in virtual time (the twin) and in real time (redis-server).
TEST(RealRedisConformance, KeysExpireOnBothOnceTheirTtlHasPassedOnTheirClock) {
  run_in_simulation([&](sim::Kernel& kernel, model::SimulatedRedis& simulated) {
    RealRedis real(kernel, testing::shared_redis().socket_path());
    real.flush_all();
    model::SetOptions px;
    px.expire_after = milliseconds(400);
    for (model::KeyValueStore* store : {static_cast<model::KeyValueStore*>(&simulated),
                                        static_cast<model::KeyValueStore*>(&real)}) {
      EXPECT_TRUE(store->set("lock", "token", px));
      store->setex("sent", milliseconds(400), "1");
      EXPECT_EQ(store->get("lock"), "token");
      EXPECT_TRUE(store->exists("sent"));
    }
    kernel.sleep_for(milliseconds(700));
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    for (model::KeyValueStore* store : {static_cast<model::KeyValueStore*>(&simulated),
                                        static_cast<model::KeyValueStore*>(&real)}) {
      EXPECT_EQ(store->get("lock"), std::nullopt);
      EXPECT_FALSE(store->exists("sent"));
      EXPECT_FALSE(store->delete_if_equals("lock", "token"));
    }
  });
}

// Wall-clock cost of one command on each (README, "Real backends").
TEST(RealRedisConformance, TimePerCommand) {
  run_in_simulation([&](sim::Kernel& kernel, model::SimulatedRedis& simulated) {
    RealRedis real(kernel, testing::shared_redis().socket_path());
    real.flush_all();
    constexpr int rounds = 2000;
    for (model::KeyValueStore* store : {static_cast<model::KeyValueStore*>(&simulated),
                                        static_cast<model::KeyValueStore*>(&real)}) {
      const auto start = std::chrono::steady_clock::now();
      for (int round = 0; round < rounds; ++round) {
        model::SetOptions nx_ex;
        nx_ex.only_if_absent = true;
        nx_ex.expire_after = seconds(3600);
        store->set("dispatch:" + std::to_string(round % 50), "1", nx_ex);
        store->get("request:" + std::to_string(round % 50));
        store->delete_if_equals("lock:request:" + std::to_string(round % 50), "token");
      }
      const double micros =
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
              .count() /
          (3.0 * rounds);
      std::cout << (store == &real ? "redis-server" : "simulated twin") << ": " << micros
                << " us per command (SET NX EX, GET, EVAL compare-and-delete)\n";
      EXPECT_GT(micros, 0.0);
    }
  });
}

// The throwaway servers: a missing program is an error that says what to type; a server dies with
// the process that started it, whether that process is stopped by a signal or killed outright.
TEST(ThrowawayServers, AMissingProgramNamesThePackageAndTheCommandThatInstallsIt) {
  try {
    find_server_program("dispatchsim-no-such-server", "no-such-package");
    FAIL() << "found a program that does not exist";
  } catch (const MissingServiceError& error) {
    EXPECT_NE(std::string(error.what()).find("sudo apt-get install no-such-package"),
              std::string::npos)
        << error.what();
  }
  EXPECT_EQ(find_server_program("redis-server", "redis-server").filename(), "redis-server");
}

bool process_gone(pid_t pid) {
  // Gone, or a zombie nobody reaped yet (the container's init may not reap orphans promptly).
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  if (text.empty()) return true;
  const std::size_t after_name = text.rfind(')');
  return after_name != std::string::npos && text.size() > after_name + 2 &&
         text[after_name + 2] == 'Z';
}

// Starts a throwaway redis-server in a forked child, ends the child with `signal_number`, and
// returns whether the server was gone within five seconds.
bool server_dies_with_its_owner(int signal_number) {
  int pipe_ends[2];
  if (::pipe(pipe_ends) != 0) return false;
  const pid_t owner = ::fork();
  if (owner == 0) {
    ::close(pipe_ends[0]);
    try {
      ThrowawayRedis server;
      const pid_t server_pid = server.pid();
      (void)!::write(pipe_ends[1], &server_pid, sizeof server_pid);
      for (;;) ::pause();
    } catch (...) {
      ::_exit(3);
    }
  }
  ::close(pipe_ends[1]);
  pid_t server_pid = -1;
  const bool read_pid = ::read(pipe_ends[0], &server_pid, sizeof server_pid) == sizeof server_pid;
  ::close(pipe_ends[0]);
  ::kill(owner, signal_number);
  int status = 0;
  ::waitpid(owner, &status, 0);
  if (!read_pid) return false;
  for (int attempt = 0; attempt < 250 && !process_gone(server_pid); ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return process_gone(server_pid);
}

TEST(ThrowawayServers, AServerDiesWithTheProcessThatStartedItOnSigtermAndOnSigkill) {
  EXPECT_TRUE(server_dies_with_its_owner(SIGTERM)) << "the signal handler did not kill the server";
  EXPECT_TRUE(server_dies_with_its_owner(SIGKILL)) << "PR_SET_PDEATHSIG did not kill the server";
}

TEST(ThrowawayServers, StoppingTheOwnerStopsTheServerByItsPid) {
  pid_t pid = -1;
  {
    ThrowawayRedis server;
    pid = server.pid();
    EXPECT_FALSE(process_gone(pid));
    std::cout << "redis-server ready in " << server.startup_time().count() << " ms\n";
  }
  EXPECT_TRUE(process_gone(pid));
}

}  // namespace
}  // namespace dispatchsim::backends
