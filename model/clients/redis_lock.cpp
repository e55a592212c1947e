#include "model/clients/redis_lock.hpp"

#include "model/base/coverage_probes.hpp"

#include <utility>

#include "sim/stable_hash.hpp"

namespace dispatchsim::model {

RedisLock::RedisLock(Clock& clock, Instruments& instruments, KeyValueStore& store,
                     LockTokenSource& tokens, std::string name, sim::Micros timeout,
                     sim::Micros sleep)
    : clock_(clock),
      instruments_(instruments),
      store_(store),
      tokens_(tokens),
      name_(std::move(name)),
      name_field_(static_cast<std::int64_t>(sim::stable_hash(name_))),
      timeout_(timeout),
      sleep_(sleep) {
  if (timeout_ < 0) throw std::invalid_argument("RedisLock: timeout must not be negative");
  if (sleep_ <= 0) throw std::invalid_argument("RedisLock: sleep must be positive");
}

bool RedisLock::acquire(bool blocking, sim::Micros blocking_timeout) {
  std::string token = tokens_.next();
  const sim::Micros start = clock_.now();
  const sim::Micros stop_trying_at =
      blocking_timeout >= sim::never - start ? sim::never : start + blocking_timeout;
  SetOptions options;
  options.only_if_absent = true;
  options.expire_after = timeout_;
  for (std::int64_t attempts = 1;; ++attempts) {
    if (store_.set(name_, token, options)) {
      token_ = std::move(token);
      instruments_.note("lock.acquire", name_field_, 1, attempts);
      return true;
    }
    const sim::Micros next_try_at = clock_.now() + sleep_;
    if (!blocking || next_try_at > stop_trying_at) {
      if (blocking) tokens_.count_acquire_timeout();
      instruments_.note("lock.acquire", name_field_, 0, attempts);
      return false;
    }
    clock_.sleep_for(sleep_);
  }
}

void RedisLock::release() {
  if (!token_.has_value()) throw LockError("Cannot release an unlocked lock");
  const std::string expected = std::move(*token_);
  token_.reset();
  const bool released = store_.delete_if_equals(name_, expected);
  instruments_.note("lock.release", name_field_, released ? 1 : 0);
  if (!released) {
    instruments_.probe(probe::lock_expired_while_held);
    throw LockNotOwnedError("Cannot release a lock that's no longer owned");
  }
}

bool RedisLock::owned() {
  const std::optional<std::string> stored = store_.get(name_);
  return token_.has_value() && stored == token_;
}

bool RedisLock::locked() {
  return store_.get(name_).has_value();
}

}  // namespace dispatchsim::model
