#pragma once
// Fault points at call sites, in the spirit of FoundationDB's BUGGIFY: the simulated components
// ask "does this fault fire here, now?" and the answer comes from the run's fault plan and choice
// source (faults/). The dispatch logic never sees these: only the simulated infrastructure does.
// A healthy world is NoFaults: every knob at zero.

#include <cstdint>
#include <string_view>

#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

// The catalogue's injection points. Stable names, descriptions and scenario syntax live in
// faults/fault_catalogue.cpp; keep the two in the same order.
enum class Fault : std::uint8_t {
  process_crash,          // a process dies at a yield point and restarts later
  gc_pause,               // a process stops the world for longer than a lock TTL
  duplicate_delivery,     // the broker hands an in-flight message to a second consumer
  reordering,             // the broker returns visible messages out of send order
  delivery_delay,         // a received batch reaches its consumer after the visibility timeout
  lost_delete,            // a delete (ack) is lost on the way to the broker
  cache_failover,         // the cache primary fails; the lagging replica is promoted
  stale_replica_read,     // the read replica lags far behind the primary
  lost_invalidation,      // a pub/sub invalidation message is not delivered
  db_busy,                // a statement waits for a lock longer than the lock wait timeout
  push_drop,              // the push transport loses a notification
  push_duplicate,         // the push transport delivers a notification twice
  push_delay,             // the push transport delays a notification (reordering it)
  app_restart,            // a driver app restarts, losing its in-memory state
  producer_new_sequence,  // a producer retry re-publishes with a new sequence number
  unbackfilled_rows,      // requests are created with version 0 while the backfill runs
  flag_flip,              // the feature flag changes while messages are in flight
  clock_skew,             // a process's time.time() is off by seconds
  location_reorder,       // rider location updates reach the API out of order
  process_kill,           // a process is killed outright (SIGKILL, node loss) and restarts later
  count
};

constexpr std::size_t fault_count = static_cast<std::size_t>(Fault::count);

class FaultPoints {
 public:
  virtual ~FaultPoints() = default;
  // Whether `fault` fires at this call site now. Each call may draw one choice.
  virtual bool fires(Fault fault) = 0;
  // The size of a fault that fired (a delay, a pause, a skew), in virtual microseconds.
  virtual sim::Micros magnitude(Fault fault) = 0;
};

class NoFaults final : public FaultPoints {
 public:
  bool fires(Fault) override { return false; }
  sim::Micros magnitude(Fault) override { return 0; }
};

}  // namespace dispatchsim::model
