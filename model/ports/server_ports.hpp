#pragma once
// What a server-side process of the dispatch system talks to — and nothing else. Like LevelDB's
// Env: the dispatch logic never knows whether a port is healthy or faulty, simulated or real.

#include <map>
#include <string>

#include "model/ports/clock.hpp"
#include "model/ports/instruments.hpp"
#include "model/ports/sql_connection.hpp"
#include "model/ports/key_value_store.hpp"
#include "model/ports/log.hpp"
#include "model/ports/message_queue.hpp"
#include "model/ports/push_gateway.hpp"
#include "model/ports/lock_token_source.hpp"

namespace dispatchsim::model {

// The event bus the plan's publish_event() writes to (fire and forget).
inline constexpr const char* request_events_channel = "request.events";
// The invalidation channel of Fix 1.
inline constexpr const char* invalidation_channel = "request:invalidate";

struct ServerPorts {
  SqlConnection& db;
  MessageQueue& dispatch_queue;
  KeyValueStore& cache;
  PushGateway& push;
  Clock& clock;
  Instruments& instruments;  // probes, flaw markers, trace notes: never change the run
  Log& log;
  LockTokenSource& lock_tokens;  // redis-py's uuid1() for lock tokens, deterministic per run
  // The process's own memory: empty at every (re)start, lost when it crashes.
  std::map<std::string, std::int64_t>& process_memory;
};

}  // namespace dispatchsim::model
