#pragma once
// What a server-side process of the dispatch system talks to — and nothing else. Like LevelDB's
// Env: the dispatch logic never knows whether a port is healthy or faulty, simulated or real.

#include <map>
#include <string>

#include "model/database.hpp"
#include "model/key_value_store.hpp"
#include "model/message_queue.hpp"
#include "model/push_gateway.hpp"
#include "model/redis_lock.hpp"
#include "model/run_log.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

// time.time() as one process sees it: the virtual clock plus this process's skew.
class ProcessClock {
 public:
  ProcessClock(sim::Kernel& kernel, sim::Micros skew) : kernel_(kernel), skew_(skew) {}
  double time_seconds() const;
  std::int64_t time_milliseconds() const;

 private:
  sim::Kernel& kernel_;
  sim::Micros skew_;
};

// The event bus the plan's publish_event() writes to (fire and forget).
inline constexpr const char* request_events_channel = "request.events";
// The invalidation channel of Fix 1.
inline constexpr const char* invalidation_channel = "request:invalidate";

struct ServerPorts {
  sim::Kernel& kernel;  // only for client libraries that wait (redis-py's Lock sleeps)
  Connection& db;
  MessageQueue& dispatch_queue;
  KeyValueStore& cache;
  PushGateway& push;
  ProcessClock& clock;
  RunLog& log;
  LockTokenSource& lock_tokens;  // redis-py's uuid1() for lock tokens, deterministic per run
  // The process's own memory: empty at every (re)start, lost when it crashes.
  std::map<std::string, std::int64_t>& process_memory;
};

}  // namespace dispatchsim::model
