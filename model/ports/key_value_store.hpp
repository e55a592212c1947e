#pragma once
// The cache port: the subset of the Redis commands the dispatch system uses, with Redis
// semantics — string keys with optional TTL (in virtual time), SET NX/XX EX/PX, SETEX, DEL,
// EXISTS, PUBLISH/SUBSCRIBE (fire-and-forget: subscribers that are not listening miss messages),
// server-side scripts the clients rely on (lock release, versioned set), and reads from a
// replica that may lag.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

struct SetOptions {
  bool only_if_absent = false;   // NX
  bool only_if_present = false;  // XX
  sim::Micros expire_after = 0;  // EX/PX; 0 keeps no TTL
};

// A channel subscription (redis-py PubSub). Messages published while it exists are queued for it.
class Subscription {
 public:
  virtual ~Subscription() = default;
  // Blocks (in virtual time) until a message arrives or the deadline passes.
  virtual std::optional<std::string> next_message(sim::Micros deadline) = 0;
};

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  virtual std::optional<std::string> get(const std::string& key) = 0;
  // SET. Returns false when NX/XX prevented the write (redis-py returns None).
  virtual bool set(const std::string& key, const std::string& value, SetOptions options = {}) = 0;
  virtual void setex(const std::string& key, sim::Micros ttl, const std::string& value) = 0;
  virtual int del(const std::string& key) = 0;  // number of keys removed
  virtual bool exists(const std::string& key) = 0;
  virtual int publish(const std::string& channel, const std::string& message) = 0;  // receivers
  virtual std::unique_ptr<Subscription> subscribe(const std::string& channel) = 0;
  // The Lua script behind redis-py's Lock.release: delete key only if it holds token.
  virtual bool delete_if_equals(const std::string& key, const std::string& token) = 0;
  // A Lua script: store value with the given version only if the key is absent or holds an
  // older version (the version is kept with the value). Returns whether it stored.
  virtual bool set_if_newer(const std::string& key, std::int64_t version, const std::string& value,
                            sim::Micros expire_after) = 0;
  // GET against the read replica (which applies the primary's writes after a lag).
  virtual std::optional<std::string> get_from_replica(const std::string& key) = 0;
};

// Forwards every command to another store (as LevelDB's EnvWrapper): a decorator overrides the
// commands it changes and inherits the rest.
class KeyValueStoreWrapper : public KeyValueStore {
 public:
  explicit KeyValueStoreWrapper(KeyValueStore& target) : target_(target) {}
  std::optional<std::string> get(const std::string& key) override { return target_.get(key); }
  bool set(const std::string& key, const std::string& value, SetOptions options = {}) override {
    return target_.set(key, value, options);
  }
  void setex(const std::string& key, sim::Micros ttl, const std::string& value) override {
    target_.setex(key, ttl, value);
  }
  int del(const std::string& key) override { return target_.del(key); }
  bool exists(const std::string& key) override { return target_.exists(key); }
  int publish(const std::string& channel, const std::string& message) override {
    return target_.publish(channel, message);
  }
  std::unique_ptr<Subscription> subscribe(const std::string& channel) override {
    return target_.subscribe(channel);
  }
  bool delete_if_equals(const std::string& key, const std::string& token) override {
    return target_.delete_if_equals(key, token);
  }
  bool set_if_newer(const std::string& key, std::int64_t version, const std::string& value,
                    sim::Micros expire_after) override {
    return target_.set_if_newer(key, version, value, expire_after);
  }
  std::optional<std::string> get_from_replica(const std::string& key) override {
    return target_.get_from_replica(key);
  }

 protected:
  KeyValueStore& target() { return target_; }

 private:
  KeyValueStore& target_;
};

}  // namespace dispatchsim::model
