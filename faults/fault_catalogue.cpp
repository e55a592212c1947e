#include "faults/fault_catalogue.hpp"

#include <cassert>

namespace dispatchsim::faults {

using sim::milliseconds;
using sim::seconds;

namespace {

// Data, not code: one row per fault, in the enum's order (fault_info asserts it).
constexpr std::array<FaultInfo, fault_count> fault_rows = {{
    {Fault::process_crash, "process-crash",
     "a server process dies at a yield point (open transaction rolled back, memory lost, "
     "in-flight messages reappear after the visibility timeout) and restarts",
     "per yield point", 0.002, 0, 0,
     "faults/fault_injector.cpp: the kernel's yield hook, at every server yield point"},
    {Fault::gc_pause, "gc-pause",
     "a server process stops the world at a yield point for longer than a lock's TTL",
     "per yield point", 0.001, seconds(11), seconds(20),
     "faults/fault_injector.cpp: the kernel's yield hook, at every server yield point"},
    {Fault::duplicate_delivery, "duplicate-delivery",
     "the broker hands a message that is in flight to a second consumer", "per receive", 0.1, 0, 0,
     "model/infra/simulated_queue.cpp: needs the broker's in-flight messages"},
    {Fault::reordering, "reordering", "the broker returns visible messages out of send order",
     "per receive", 0.3, 0, 0,
     "model/infra/simulated_queue.cpp: needs the broker's visible messages"},
    {Fault::delivery_delay, "delivery-delay",
     "a received batch reaches its consumer after the visibility timeout", "per receive", 0.05,
     seconds(31), seconds(45),
     "model/infra/simulated_queue.cpp: needs the batch's visibility deadlines"},
    {Fault::lost_delete, "lost-delete", "a delete (ack) never reaches the broker", "per delete",
     0.1, 0, 0, "faults/fault_decorators.cpp: decorates the broker network seam"},
    {Fault::cache_failover, "cache-failover",
     "the cache primary fails over to its lagging replica (unreplicated writes lost)",
     "per cache write", 0.005, 0, 0,
     "model/infra/simulated_redis.cpp: needs the replica's unreplicated writes"},
    {Fault::stale_replica_read, "stale-replica-read",
     "the cache replica falls far behind the primary", "per cache write", 0.1, seconds(5),
     seconds(30), "model/infra/simulated_redis.cpp: needs the replica's lag"},
    {Fault::lost_invalidation, "lost-invalidation", "a pub/sub invalidation message is lost",
     "per delivered message", 0.3, 0, 0,
     "model/infra/simulated_redis.cpp: needs the channel's subscriptions"},
    {Fault::db_busy, "db-busy",
     "a statement waits for a lock longer than the lock wait timeout and fails",
     "per autocommit statement or transaction start", 0.01, 0, 0,
     "faults/fault_decorators.cpp: decorates the other-sessions seam of the database"},
    {Fault::push_drop, "push-drop", "the push transport loses a notification", "per push", 0.1, 0,
     0, "faults/fault_decorators.cpp: decorates the push transport seam"},
    {Fault::push_duplicate, "push-duplicate", "the push transport delivers a notification twice",
     "per push", 0.1, 0, 0, "faults/fault_decorators.cpp: decorates the push transport seam"},
    {Fault::push_delay, "push-delay", "the push transport delays a notification (reordering it)",
     "per push", 0.1, seconds(2), seconds(20),
     "faults/fault_decorators.cpp: decorates the push transport seam"},
    {Fault::app_restart, "app-restart",
     "a driver app restarts at a yield point, losing its in-memory state", "per app yield point",
     0.02, 0, 0,
     "faults/fault_injector.cpp: the kernel's yield hook, at every driver-app yield point"},
    {Fault::producer_new_sequence, "producer-new-sequence",
     "a producer retry re-publishes an offer with a new sequence number", "per re-offer", 0.5, 0, 0,
     "model/actors/matcher.cpp: the producer's retry is the matcher's code"},
    {Fault::unbackfilled_rows, "unbackfilled-rows",
     "requests are created with version 0, as before the migration's backfill", "per request", 0.5,
     0, 0, "model/actors/rider.cpp: the row a request is created with"},
    {Fault::flag_flip, "flag-flip",
     "ENABLE_IDEMPOTENT_DISPATCH is flipped once, at a random time, while messages are in flight",
     "once per run", 1.0, seconds(1), seconds(30),
     "faults/fault_injector.cpp: scheduled when the injector is attached to the world"},
    {Fault::clock_skew, "clock-skew", "a process's time.time() is off by seconds",
     "per process start", 0.5, -seconds(30), seconds(30),
     "model/world/world.cpp: when a server process starts (its clock port)"},
    {Fault::location_reorder, "location-reorder",
     "a rider's pickup update reaches the API late, after newer ones", "per location update", 0.3,
     seconds(1), seconds(5),
     "model/infra/api_channel.cpp: needs the API channel's calls in flight"},
    {Fault::process_kill, "process-kill",
     "a server process is killed outright at a yield point (SIGKILL, the OOM killer, node loss): "
     "none of its own cleanup runs, so an open transaction stays open until its connection "
     "drops and the database rolls it back; it restarts",
     "per yield point", 0.002, 0, 0,
     "faults/fault_injector.cpp: the kernel's yield hook, at every server yield point"},
}};

}  // namespace

const std::array<FaultInfo, fault_count>& fault_catalogue() {
  return fault_rows;
}

const FaultInfo& fault_info(Fault fault) {
  const FaultInfo& info = fault_catalogue()[static_cast<std::size_t>(fault)];
  assert(info.fault == fault);
  return info;
}

bool in_whole_catalogue_swarm(Fault fault) {
  return fault != Fault::process_kill;
}

std::optional<Fault> fault_from_id(std::string_view id) {
  for (const FaultInfo& info : fault_catalogue()) {
    if (info.id == id) return info.fault;
  }
  return std::nullopt;
}

void FaultPlan::enable(Fault fault) {
  const FaultInfo& info = fault_info(fault);
  (*this)[fault] =
      FaultSetting{true, info.default_rate, info.default_magnitude_min, info.default_magnitude_max};
}

std::vector<Fault> FaultPlan::enabled() const {
  std::vector<Fault> result;
  for (const FaultInfo& info : fault_catalogue()) {
    if ((*this)[info.fault].enabled) result.push_back(info.fault);
  }
  return result;
}

}  // namespace dispatchsim::faults
