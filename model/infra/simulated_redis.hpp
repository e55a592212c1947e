#pragma once
// The simulated twin of the cache port: one Redis primary, one read replica that applies the
// primary's writes asynchronously, and fire-and-forget pub/sub, all in virtual time.
//
// Redis is single-threaded, so each command is atomic: it starts with a yield point (where the
// scheduler may interleave another process and the fault injector may crash this one) and then
// runs to completion without yielding. TTLs are absolute virtual instants; expiry is lazy (an
// expired key is absent on every access). Faults this twin answers itself, at its own call sites:
//   stale_replica_read  a write reaches the replica only after a long extra lag;
//   cache_failover      right after a write command the replica is promoted (unreplicated
//                       writes are lost);
//   lost_invalidation   one pub/sub copy is not delivered.
// Fidelity limits: one replica; pub/sub subscriptions survive a failover (redis-py resubscribes on
// reconnect); a key is absent from the instant expires_at is reached (Redis keeps it for that
// millisecond); the replica honours TTLs itself (as Redis >= 3.2 does for reads).

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/base/fault_points.hpp"
#include "model/ports/key_value_store.hpp"
#include "sim/kernel.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

struct RedisConfig {
  // The replica applies each primary write this much later.
  sim::Micros replication_lag = sim::milliseconds(5);
  // From publish to delivery to each subscriber.
  sim::Micros pubsub_latency = sim::milliseconds(1);
  // The lag of a write for which Fault::stale_replica_read fires, when the fault's magnitude is 0.
  sim::Micros stale_replica_lag = sim::seconds(10);
};

class SimulatedRedis final : public KeyValueStore {
 public:
  // kernel and faults must outlive this object; this object must outlive every kernel.run() that
  // can fire its replication timers. Subscriptions it hands out may outlive it only if they are
  // never read again (they hold the kernel, not the store).
  SimulatedRedis(sim::Kernel& kernel, FaultPoints& faults, RedisConfig config = {});
  ~SimulatedRedis() override;
  SimulatedRedis(const SimulatedRedis&) = delete;
  SimulatedRedis& operator=(const SimulatedRedis&) = delete;

  // The port. Every command is legal only inside a simulated process (it yields first).

  // GET: the value, or nullopt when the key is absent or expired. Returns only the value of a
  // key written by set_if_newer (its version stays hidden).
  std::optional<std::string> get(const std::string& key) override;
  // SET [NX|XX] [PX expire_after]. Returns false when NX/XX prevented the write. Without
  // expire_after the key keeps no TTL (a previous TTL is cleared, as SET without KEEPTTL does).
  // Throws std::invalid_argument for NX with XX or a negative expire_after (Redis: error reply).
  bool set(const std::string& key, const std::string& value, SetOptions options = {}) override;
  // SETEX: SET with a TTL; ttl must be > 0 (std::invalid_argument otherwise, like Redis).
  void setex(const std::string& key, sim::Micros ttl, const std::string& value) override;
  // DEL: 1 if a live key was removed, else 0.
  int del(const std::string& key) override;
  bool exists(const std::string& key) override;
  // PUBLISH: addresses a copy to every subscription of channel that exists now; each copy arrives
  // pubsub_latency later unless lost_invalidation drops it. Returns the number addressed.
  int publish(const std::string& channel, const std::string& message) override;
  // SUBSCRIBE: the returned subscription receives messages published from now on, until it is
  // destroyed. It may be destroyed at any time, even with deliveries still in flight.
  std::unique_ptr<Subscription> subscribe(const std::string& channel) override;
  bool delete_if_equals(const std::string& key, const std::string& token) override;
  // Stores when the key is absent, holds a plain value (no version), or holds a version strictly
  // lower than `version`. expire_after 0 keeps no TTL.
  bool set_if_newer(const std::string& key, std::int64_t version, const std::string& value,
                    sim::Micros expire_after) override;
  // GET against the replica.
  std::optional<std::string> get_from_replica(const std::string& key) override;

  // Promotes the replica (for the fault injector; no yield point, callable from a kernel
  // callback): the primary's data becomes the replica's, writes not yet replicated are lost, and
  // the replica is then an exact copy of the new primary.
  void fail_over();

  // Observability for tests and oracles: no yield points, no side effects.
  std::size_t key_count() const;                                  // live keys on the primary
  std::optional<std::string> peek(const std::string& key) const;  // primary, respects expiry
  // The primary's remaining TTL of key (Redis PTTL): nullopt when absent or expired, sim::never
  // when it has no TTL.
  std::optional<sim::Micros> remaining_ttl(const std::string& key) const;
  std::int64_t failovers() const { return failovers_; }
  // Copies dropped by lost_invalidation (not those addressed to a since-destroyed subscription).
  std::int64_t dropped_messages() const { return dropped_messages_; }
  // Primary writes not yet applied on the replica.
  std::size_t replication_backlog() const { return replication_.size(); }

 private:
  struct Entry {
    std::string value;
    std::optional<std::int64_t> version;  // set only by set_if_newer
    sim::Micros expires_at = sim::never;
  };
  // One primary write on its way to the replica; no entry means the key was deleted.
  struct ReplicatedWrite {
    sim::Micros due = 0;
    std::string key;
    std::optional<Entry> entry;
  };
  struct SubscriptionState;
  class SimulatedSubscription;
  using Keyspace = std::map<std::string, Entry, std::less<>>;

  // The primary's live entry for key, or primary_.end() (erasing it first if it has expired).
  Keyspace::iterator find_live(const std::string& key);
  sim::Micros expiry_after(sim::Micros ttl) const;
  void store(const std::string& key, Entry entry);
  void erase(Keyspace::iterator position);
  void replicate(const std::string& key, std::optional<Entry> entry);
  void apply_due_replication();
  void after_write_command();

  sim::Kernel& kernel_;
  FaultPoints& faults_;
  RedisConfig config_;
  Keyspace primary_;
  Keyspace replica_;
  std::deque<ReplicatedWrite> replication_;  // primary order; the replica applies a prefix
  // Subscriptions in subscribe order, per channel; expired entries are pruned on use.
  std::map<std::string, std::vector<std::weak_ptr<SubscriptionState>>, std::less<>> channels_;
  std::int64_t next_subscription_id_ = 1;
  std::int64_t failovers_ = 0;
  std::int64_t dropped_messages_ = 0;
};

}  // namespace dispatchsim::model
