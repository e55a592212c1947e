#pragma once
// Seeds known to expose a violation, pinned so that a change to the model that hides a known bug
// is noticed. When a deliberate model change moves them, find the new first seed with
//   dispatchsim sweep -s <scenario> -v <variant> --seeds 1..1000
// and update the constant here, saying why in the commit message.

#include <cstdint>

namespace dispatchsim::testing {

// decline-race, no faults: legacy dispatches from a cached status the decline never invalidates.
inline constexpr std::uint64_t decline_race_legacy_seed = 5;
// decline-race, no faults: plan's Fix 2 reads the status outside any transaction, so a decline
// commits between its SELECT and its INSERT.
inline constexpr std::uint64_t decline_race_plan_seed = 68;
// worker-crash-restart: an API handler crashes between legacy's two decline statements (the
// status UPDATE, then the DELETE of PENDING dispatch_queue rows), and the relay publishes the row
// the decline left behind: atomic-decline-cleanup (the first of seeds 1..300; 1 of 300 seeds).
inline constexpr std::uint64_t worker_crash_restart_legacy_atomic_seed = 206;
// worker-crash-restart: plan's Fix 2 sets its idempotency key, the worker crashes, and the
// redelivered message is acknowledged as a "Duplicate event" although its offer was never made:
// no-message-lost (key-set-before-work), in a run that violates nothing else (the request closed
// through the other candidate before the lost offer was missed).
inline constexpr std::uint64_t worker_crash_restart_plan_lost_message_seed = 5;

}  // namespace dispatchsim::testing
