#pragma once
// redis-py 4.x's `redis.lock.Lock` on top of any cache port: acquire is SET name token NX PX
// timeout (retried every `sleep` of virtual time while blocking), release is the compare-and-delete
// script, and a lock whose TTL ran out is simply gone — its holder learns so only at release,
// through LockNotOwnedError. Like redis-py's default (thread_local=True) the token lives in the
// lock object of the process that acquired it; one RedisLock per process, as one Lock per thread.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "model/ports/clock.hpp"
#include "model/ports/instruments.hpp"
#include "model/ports/key_value_store.hpp"
#include "model/ports/lock_token_source.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

// redis.exceptions.LockError, e.g. "Cannot release an unlocked lock".
class LockError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// redis.exceptions.LockNotOwnedError: the lock expired (or was taken over) before release.
class LockNotOwnedError final : public LockError {
 public:
  using LockError::LockError;
};

class RedisLock {
 public:
  // name: the key. timeout: the lock's TTL (redis-py timeout=); 0 means no TTL (timeout=None).
  // sleep: the retry interval while blocking (redis-py's default 0.1 s); must be > 0, or a
  // blocking acquire would spin without virtual time passing. tokens: the run's token source.
  // clock, instruments, store and tokens must outlive the lock. Throws std::invalid_argument for a
  // negative timeout or a sleep <= 0.
  RedisLock(Clock& clock, Instruments& instruments, KeyValueStore& store, LockTokenSource& tokens,
            std::string name, sim::Micros timeout, sim::Micros sleep = sim::milliseconds(100));

  // redis-py acquire(blocking=, blocking_timeout=): draws a fresh token from tokens, then loops
  // { SET NX PX timeout: on success keep the token, return true; if not blocking return false;
  //   if now + sleep > now_at_start + blocking_timeout return false; sleep(sleep) }.
  // blocking_timeout = sim::never is redis-py's None: try forever. Not reentrant (like redis-py):
  // acquiring a lock this object already holds waits for its own TTL.
  bool acquire(bool blocking = true, sim::Micros blocking_timeout = sim::never);

  // Forgets the token, then runs the compare-and-delete script. Throws LockError when this object
  // holds no token, LockNotOwnedError when the key no longer holds it (expired, taken over, or
  // lost in a failover).
  void release();

  // GET name == this object's token (a cache command; false when no token is held).
  bool owned();
  // GET name is not nil: held by anyone.
  bool locked();

  const std::string& name() const { return name_; }
  // The token held since the last successful acquire (redis-py's lock.local.token).
  const std::optional<std::string>& token() const { return token_; }

 private:
  Clock& clock_;
  Instruments& instruments_;
  KeyValueStore& store_;
  LockTokenSource& tokens_;
  std::string name_;
  std::int64_t name_field_;  // the name's stable hash, for trace events
  sim::Micros timeout_;
  sim::Micros sleep_;
  std::optional<std::string> token_;
};

}  // namespace dispatchsim::model
