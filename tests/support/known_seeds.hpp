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

}  // namespace dispatchsim::testing
