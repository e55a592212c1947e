#pragma once
// The fault catalogue: every fault the harness can inject, with its stable kebab-case id (used
// in scenario files, the CLI, reports and test names), what it does, and its default rate and
// magnitude. A fault plan says which are on and how hard they hit.

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "model/base/fault_points.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::faults {

using model::Fault;
using model::fault_count;

struct FaultInfo {
  Fault fault;
  std::string_view id;
  std::string_view description;
  std::string_view rate_unit;  // what one draw is: "per yield point", "per receive", ...
  double default_rate;
  sim::Micros default_magnitude_min;  // a delay, a pause, a skew; 0 when the fault has none
  sim::Micros default_magnitude_max;
  // Where the fault is asked, and why there: a decorator of a seam (faults/fault_decorators.*)
  // when it perturbs one call, the twin when it needs the twin's inner state, the injector's
  // hooks when it acts on a process or at an instant.
  std::string_view asked_at;
};

const std::array<FaultInfo, fault_count>& fault_catalogue();
const FaultInfo& fault_info(Fault fault);
std::optional<Fault> fault_from_id(std::string_view id);
// Whether a swarm scenario that names no faults draws this one. process-kill does not: in the
// simulated database it differs from process-crash only in who rolls back an open transaction
// (the database as the connection drops, at the same instant), so it would add no finding power
// while moving every pinned swarm seed. Scenarios enable it by name.
bool in_whole_catalogue_swarm(Fault fault);

struct FaultSetting {
  bool enabled = false;
  double rate = 0;
  sim::Micros magnitude_min = 0;
  sim::Micros magnitude_max = 0;
};

struct FaultPlan {
  std::array<FaultSetting, fault_count> settings{};
  // Swarm testing: each seed enables a random subset of `swarm_candidates` with random rates.
  bool swarm = false;
  std::vector<Fault> swarm_candidates;

  FaultSetting& operator[](Fault fault) { return settings[static_cast<std::size_t>(fault)]; }
  const FaultSetting& operator[](Fault fault) const {
    return settings[static_cast<std::size_t>(fault)];
  }
  // Turns a fault on with its catalogue defaults.
  void enable(Fault fault);
  std::vector<Fault> enabled() const;
};

}  // namespace dispatchsim::faults
