#include "model/infra/simulated_redis.hpp"

#include "model/base/coverage_probes.hpp"

#include <algorithm>
#include <cassert>
#include <stdexcept>
#include <utility>

#include "sim/prng.hpp"

namespace dispatchsim::model {

namespace {

// Trace fields are int64; the key's stable hash identifies it without formatting on hot paths.
std::int64_t key_field(const std::string& key) {
  return static_cast<std::int64_t>(sim::stable_hash(key));
}

bool is_live(sim::Micros expires_at, sim::Micros now) {
  return expires_at > now;
}

}  // namespace

// Shared between a subscription (its owner) and nothing else: deliveries in flight hold only a
// weak_ptr, so a subscription destroyed before its delivery simply misses it.
struct SimulatedRedis::SubscriptionState {
  std::int64_t id = 0;
  std::int64_t channel_field = 0;
  std::deque<std::string> inbox;
  sim::WaitQueue arrivals;
};

class SimulatedRedis::SimulatedSubscription final : public Subscription {
 public:
  SimulatedSubscription(sim::Kernel& kernel, std::shared_ptr<SubscriptionState> state)
      : kernel_(kernel), state_(std::move(state)) {}

  std::optional<std::string> next_message(sim::Micros deadline) override {
    kernel_.yield_point("cache.next_message");
    while (state_->inbox.empty() && kernel_.now() < deadline) {
      kernel_.wait(state_->arrivals, deadline);
    }
    std::optional<std::string> message;
    if (!state_->inbox.empty()) {
      message = std::move(state_->inbox.front());
      state_->inbox.pop_front();
    }
    assert(message.has_value() || kernel_.now() >= deadline);  // woken early only by a message
    kernel_.record("cache.next_message", state_->channel_field, state_->id,
                   message.has_value() ? 1 : 0);
    return message;
  }

 private:
  sim::Kernel& kernel_;
  std::shared_ptr<SubscriptionState> state_;
};

SimulatedRedis::SimulatedRedis(sim::Kernel& kernel, FaultPoints& faults, RedisConfig config)
    : kernel_(kernel), faults_(faults), config_(config) {
  if (config_.replication_lag < 0 || config_.pubsub_latency < 0 || config_.stale_replica_lag < 0) {
    throw std::invalid_argument("RedisConfig: delays must not be negative");
  }
}

SimulatedRedis::~SimulatedRedis() = default;

SimulatedRedis::Keyspace::iterator SimulatedRedis::find_live(const std::string& key) {
  const auto position = primary_.find(key);
  if (position == primary_.end() || is_live(position->second.expires_at, kernel_.now())) {
    return position;
  }
  // Lazy expiry. The replica holds the same absolute expires_at, so nothing to replicate.
  primary_.erase(position);
  return primary_.end();
}

sim::Micros SimulatedRedis::expiry_after(sim::Micros ttl) const {
  assert(ttl >= 0);
  if (ttl == 0 || ttl >= sim::never - kernel_.now()) return sim::never;
  return kernel_.now() + ttl;
}

void SimulatedRedis::store(const std::string& key, Entry entry) {
  assert(is_live(entry.expires_at, kernel_.now()));  // a write never stores an expired key
  primary_.insert_or_assign(key, entry);
  replicate(key, std::move(entry));
}

void SimulatedRedis::erase(Keyspace::iterator position) {
  assert(position != primary_.end());
  std::string key = position->first;
  primary_.erase(position);
  replicate(key, std::nullopt);
}

void SimulatedRedis::replicate(const std::string& key, std::optional<Entry> entry) {
  sim::Micros lag = config_.replication_lag;
  if (faults_.fires(Fault::stale_replica_read)) {
    const sim::Micros magnitude = faults_.magnitude(Fault::stale_replica_read);
    lag = magnitude > 0 ? magnitude : config_.stale_replica_lag;
    kernel_.record("cache.replication_delayed", key_field(key), lag);
  }
  assert(lag >= 0);
  const sim::Micros due = lag >= sim::never - kernel_.now() ? sim::never : kernel_.now() + lag;
  assert(due >= kernel_.now());
  replication_.push_back(ReplicatedWrite{due, key, std::move(entry)});
  // One timer per write. Writes apply strictly in primary order, so a delayed write holds back
  // every later one (one replication stream, as in Redis); the delayed write's own timer then
  // applies them all. A timer left over from before a failover finds nothing due and does nothing.
  if (due != sim::never) kernel_.at(due, [this] { apply_due_replication(); });
}

void SimulatedRedis::apply_due_replication() {
  while (!replication_.empty() && replication_.front().due <= kernel_.now()) {
    ReplicatedWrite& write = replication_.front();
    const std::int64_t key = key_field(write.key);
    const bool deletes = !write.entry.has_value();
    if (deletes) {
      replica_.erase(write.key);
    } else {
      replica_.insert_or_assign(std::move(write.key), std::move(*write.entry));
    }
    replication_.pop_front();
    kernel_.record("cache.replicate", key, deletes ? 0 : 1,
                   static_cast<std::int64_t>(replication_.size()));
  }
  // Strict primary order: the replica has applied exactly a prefix of the primary's writes.
  assert(replication_.empty() || replication_.front().due > kernel_.now());
}

void SimulatedRedis::after_write_command() {
  if (faults_.fires(Fault::cache_failover)) fail_over();
}

void SimulatedRedis::fail_over() {
  kernel_.probe(probe::cache_failover);
  const auto lost_writes = static_cast<std::int64_t>(replication_.size());
  primary_ = replica_;
  replication_.clear();
  ++failovers_;
  assert(replication_.empty() && primary_.size() == replica_.size());
  kernel_.record("cache.failover", failovers_, lost_writes);
}

std::optional<std::string> SimulatedRedis::get(const std::string& key) {
  kernel_.yield_point("cache.get");
  const auto position = find_live(key);
  const bool hit = position != primary_.end();
  kernel_.record("cache.get", key_field(key), hit ? 1 : 0);
  if (!hit) return std::nullopt;
  return position->second.value;
}

bool SimulatedRedis::set(const std::string& key, const std::string& value, SetOptions options) {
  kernel_.yield_point("cache.set");
  if (options.only_if_absent && options.only_if_present) {
    throw std::invalid_argument("SET: NX and XX are mutually exclusive");
  }
  if (options.expire_after < 0) throw std::invalid_argument("SET: invalid expire time");
  const bool present = find_live(key) != primary_.end();
  const bool stores = present ? !options.only_if_absent : !options.only_if_present;
  if (stores) store(key, Entry{value, std::nullopt, expiry_after(options.expire_after)});
  assert(!stores || primary_.at(key).value == value);
  assert(stores || (present ? options.only_if_absent : options.only_if_present));
  kernel_.record_with("cache.set", key_field(key), stores ? 1 : 0, options.expire_after, [&] {
    std::string text = "SET " + key;
    if (options.only_if_absent) text += " NX";
    if (options.only_if_present) text += " XX";
    if (options.expire_after > 0) text += " PX " + std::to_string(options.expire_after) + "us";
    return text + (stores ? " -> OK" : " -> nil");
  });
  after_write_command();
  return stores;
}

void SimulatedRedis::setex(const std::string& key, sim::Micros ttl, const std::string& value) {
  kernel_.yield_point("cache.setex");
  if (ttl <= 0) throw std::invalid_argument("SETEX: invalid expire time");
  store(key, Entry{value, std::nullopt, expiry_after(ttl)});
  assert(primary_.at(key).expires_at > kernel_.now());  // SETEX always leaves a TTL
  kernel_.record("cache.setex", key_field(key), ttl);
  after_write_command();
}

int SimulatedRedis::del(const std::string& key) {
  kernel_.yield_point("cache.del");
  int removed = 0;
  if (const auto position = find_live(key); position != primary_.end()) {
    erase(position);
    removed = 1;
  }
  assert(primary_.find(key) == primary_.end());
  kernel_.record("cache.del", key_field(key), removed);
  after_write_command();
  return removed;
}

bool SimulatedRedis::exists(const std::string& key) {
  kernel_.yield_point("cache.exists");
  const bool found = find_live(key) != primary_.end();
  kernel_.record("cache.exists", key_field(key), found ? 1 : 0);
  return found;
}

int SimulatedRedis::publish(const std::string& channel, const std::string& message) {
  kernel_.yield_point("cache.publish");
  const std::int64_t channel_field = key_field(channel);
  int addressed = 0;
  const auto subscribers = channels_.find(channel);
  if (subscribers != channels_.end()) {
    std::erase_if(subscribers->second, [](const auto& weak) { return weak.expired(); });
    for (const std::weak_ptr<SubscriptionState>& weak : subscribers->second) {
      ++addressed;
      const std::int64_t id = weak.lock()->id;  // alive: expired ones were just pruned
      if (faults_.fires(Fault::lost_invalidation)) {
        ++dropped_messages_;
        kernel_.record("cache.message_lost", channel_field, id);
        continue;
      }
      kernel_.at(kernel_.now() + config_.pubsub_latency,
                 [&kernel = kernel_, weak, message, channel_field, id] {
                   const std::shared_ptr<SubscriptionState> state = weak.lock();
                   if (!state) return;  // unsubscribed while the message was in flight
                   state->inbox.push_back(message);
                   kernel.record("cache.deliver", channel_field, id);
                   kernel.notify_all(state->arrivals);
                 });
    }
  }
  assert(subscribers == channels_.end() ||
         addressed == static_cast<int>(subscribers->second.size()));
  kernel_.record("cache.publish", channel_field, addressed);
  return addressed;
}

std::unique_ptr<Subscription> SimulatedRedis::subscribe(const std::string& channel) {
  kernel_.yield_point("cache.subscribe");
  auto state = std::make_shared<SubscriptionState>();
  state->id = next_subscription_id_++;
  assert(state->id > 0);
  state->channel_field = key_field(channel);
  auto& subscribers = channels_[channel];
  std::erase_if(subscribers, [](const auto& weak) { return weak.expired(); });
  subscribers.push_back(state);
  kernel_.record("cache.subscribe", state->channel_field, state->id);
  return std::make_unique<SimulatedSubscription>(kernel_, std::move(state));
}

bool SimulatedRedis::delete_if_equals(const std::string& key, const std::string& token) {
  kernel_.yield_point("cache.script");
  const auto position = find_live(key);
  const bool deletes = position != primary_.end() && position->second.value == token;
  if (deletes) erase(position);
  assert(!deletes || primary_.find(key) == primary_.end());
  kernel_.record("cache.delete_if_equals", key_field(key), deletes ? 1 : 0);
  after_write_command();
  return deletes;
}

bool SimulatedRedis::set_if_newer(const std::string& key, std::int64_t version,
                                  const std::string& value, sim::Micros expire_after) {
  kernel_.yield_point("cache.script");
  if (expire_after < 0) throw std::invalid_argument("set_if_newer: invalid expire time");
  const auto position = find_live(key);
  const bool stores = position == primary_.end() || !position->second.version.has_value() ||
                      *position->second.version < version;
  if (stores) store(key, Entry{value, version, expiry_after(expire_after)});
  // Versions only grow: whatever the key holds now is at least as new as what was offered.
  assert(!stores || primary_.at(key).version == version);
  assert(stores || primary_.at(key).version.value_or(version) >= version);
  kernel_.record("cache.set_if_newer", key_field(key), version, stores ? 1 : 0);
  after_write_command();
  return stores;
}

std::optional<std::string> SimulatedRedis::get_from_replica(const std::string& key) {
  kernel_.yield_point("cache.replica_get");
  const auto position = replica_.find(key);
  const bool hit =
      position != replica_.end() && is_live(position->second.expires_at, kernel_.now());
  kernel_.record("cache.replica_get", key_field(key), hit ? 1 : 0);
  if (!hit) return std::nullopt;
  return position->second.value;
}

std::size_t SimulatedRedis::key_count() const {
  const sim::Micros now = kernel_.now();
  return static_cast<std::size_t>(
      std::count_if(primary_.begin(), primary_.end(),
                    [now](const auto& item) { return is_live(item.second.expires_at, now); }));
}

std::optional<std::string> SimulatedRedis::peek(const std::string& key) const {
  const auto position = primary_.find(key);
  if (position == primary_.end() || !is_live(position->second.expires_at, kernel_.now())) {
    return std::nullopt;
  }
  return position->second.value;
}

std::optional<sim::Micros> SimulatedRedis::remaining_ttl(const std::string& key) const {
  const auto position = primary_.find(key);
  if (position == primary_.end() || !is_live(position->second.expires_at, kernel_.now())) {
    return std::nullopt;
  }
  if (position->second.expires_at == sim::never) return sim::never;
  assert(position->second.expires_at > kernel_.now());
  return position->second.expires_at - kernel_.now();
}

}  // namespace dispatchsim::model
