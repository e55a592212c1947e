#pragma once
// The source of lock tokens (redis-py's uuid1()), one per run: deterministic, and shared by every
// lock of the run so that tokens are unique within it.

#include <cstdint>
#include <string>

namespace dispatchsim::model {

// Hands out lock tokens (redis-py uses uuid1). Tokens are "lock-token-1", "lock-token-2", ...:
// unique within a run as long as every lock of the run draws from the one source, and identical
// across two runs of the same seed because each run owns a fresh source (keep it next to the
// kernel, never static: a process-wide counter would differ between runs in one process).
class LockTokenSource {
 public:
  std::string next() { return "lock-token-" + std::to_string(++issued_); }
  std::int64_t issued() const { return issued_; }
  // Blocking acquires of the run's locks that gave up at their blocking_timeout (the plan's
  // LockTimeout), counted here because every lock of the run shares this source.
  void count_acquire_timeout() { ++acquire_timeouts_; }
  std::int64_t acquire_timeouts() const { return acquire_timeouts_; }

 private:
  std::int64_t issued_ = 0;
  std::int64_t acquire_timeouts_ = 0;
};

}  // namespace dispatchsim::model
