#pragma once
// The cache port on a real redis-server (hiredis over a unix socket): the second implementation
// of model/ports/key_value_store.hpp next to the simulated twin (model/infra/simulated_redis.hpp),
// used to confirm that the twin answers as Redis 7 does (tests/backends/, README "Real backends").
//
// Each command is a yield point, as on the twin, then one blocking round trip (tens of µs on a
// unix socket) during which no other simulated process runs — Redis runs commands one at a time
// anyway, so this loses no interleaving the twin has.
//
// Virtual time and real TTLs. Redis expires keys on its own wall clock, which the simulation does
// not control. A TTL of d virtual µs is sent as PX ceil(d / 1000) ms (SETEX in whole seconds when
// d is whole seconds), i.e. one virtual second lasts one real second on the server. This is exact
// as long as the virtual time a run spends between a write and the reads that depend on its TTL is
// spent in real time too; the conformance test therefore compares TTL-bearing operations by STATE
// (absent / no TTL / a TTL no longer than the one set — remaining_ttl) and lets keys expire only in
// a test that waits in real time as well. Expiring at a virtual instant in a fast-forwarded run is
// what `confirm` needs on top of this: RealRedisConfig::expire_in_virtual_time.
//
// What the twin has and this does not: a lagging read replica (get_from_replica reads the
// primary), failover, and lost pub/sub messages — those are faults the simulation injects.

#include <hiredis/hiredis.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/ports/key_value_store.hpp"
#include "sim/kernel.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::backends {

// The connection failed or the server went away (not an error reply of a command).
class RedisConnectionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RealRedisConfig {
  // How often (virtual) a waiting subscription looks at its socket.
  sim::Micros subscription_poll_interval = sim::milliseconds(1);
  // At its deadline, how long (real) a subscription still waits for a message already published
  // (PUBLISH's reply and the subscriber's copy leave the server in the same event-loop turn, so
  // this covers only the few µs between them).
  int delivery_grace_ms = 20;
  // Bound on every round trip (real): a hung server fails the command instead of the test hanging.
  int command_timeout_ms = 5000;
  // Keys expire at their virtual deadline instead of on the server's clock: the port keeps each
  // key's deadline and deletes the key when a command finds it due (the server stores no TTL).
  // What `confirm` needs: a run fast-forwards virtual time (a 30 s lock TTL passes in ms).
  bool expire_in_virtual_time = false;
};

// A reply as the port sees it.
using RedisReplyPointer = std::unique_ptr<redisReply, void (*)(void*)>;

class RealRedis final : public model::KeyValueStore {
 public:
  // Connects to the server at socket_path. kernel must outlive this object. Throws
  // RedisConnectionError when the server cannot be reached.
  RealRedis(sim::Kernel& kernel, std::string socket_path, RealRedisConfig config = {});
  ~RealRedis() override;
  RealRedis(const RealRedis&) = delete;
  RealRedis& operator=(const RealRedis&) = delete;

  // The port, with the twin's contracts (see model/infra/simulated_redis.hpp). An error reply of
  // the server (NX with XX, an invalid expire time) throws std::invalid_argument, as the twin does.
  std::optional<std::string> get(const std::string& key) override;
  bool set(const std::string& key, const std::string& value,
           model::SetOptions options = {}) override;
  void setex(const std::string& key, sim::Micros ttl, const std::string& value) override;
  int del(const std::string& key) override;
  bool exists(const std::string& key) override;
  int publish(const std::string& channel, const std::string& message) override;
  // SUBSCRIBE on a connection of its own; returns once the server confirmed the subscription, so a
  // PUBLISH that follows counts it. Destroying it unsubscribes and waits for the confirmation.
  std::unique_ptr<model::Subscription> subscribe(const std::string& channel) override;
  // redis-py's release script (compare-and-delete) in EVAL.
  bool delete_if_equals(const std::string& key, const std::string& token) override;
  // EVAL: the version is stored in front of the value ("\x1f" "dsv:" version "\x1f" value), which
  // get() strips; versions compare as Lua numbers (exact below 2^53).
  bool set_if_newer(const std::string& key, std::int64_t version, const std::string& value,
                    sim::Micros expire_after) override;
  // No replica: reads the primary.
  std::optional<std::string> get_from_replica(const std::string& key) override;

  // Observability (no yield point): PTTL in virtual µs; nullopt when the key is absent,
  // sim::never when it has no TTL.
  std::optional<sim::Micros> remaining_ttl(const std::string& key);
  // FLUSHALL (no yield point): an empty keyspace for the next test case.
  void flush_all();
  // Round trips made so far (for time-per-operation measurements).
  std::int64_t round_trips() const { return round_trips_; }

 private:
  RedisReplyPointer command(const std::vector<std::string>& arguments);
  // With expire_in_virtual_time: deletes key when its virtual deadline has passed; and records
  // the deadline a successful write gave it (expire_after 0: none).
  void expire_if_due(const std::string& key);
  void remember_deadline(const std::string& key, sim::Micros expire_after);
  std::int64_t integer_command(const std::vector<std::string>& arguments);

  sim::Kernel& kernel_;
  std::string socket_path_;
  RealRedisConfig config_;
  redisContext* context_ = nullptr;
  std::int64_t round_trips_ = 0;
  std::map<std::string, sim::Micros> virtual_deadlines_;
};

// Virtual µs as the milliseconds Redis takes (PX): rounded up, so a key never expires before the
// twin's; a negative duration stays negative (the server rejects it, as the twin does).
std::int64_t redis_milliseconds(sim::Micros duration);

}  // namespace dispatchsim::backends
