#pragma once
// A fault's chance draw that did not fire, and where it was: on the choice tape, in virtual time,
// in the ground-truth history. Guided exploration turns the ones at the right place into fault
// hints — "make this draw fire" (scenarios/coverage_features.hpp) — as it turns a driver's think
// time into a timing hint.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/base/fault_points.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::faults {

struct UnfiredFaultDraw {
  model::Fault fault = model::Fault::count;
  std::uint32_t process = 0;
  std::uint64_t position = 0;  // the draw's index on the run's choice tape
  sim::Micros time = 0;
  std::size_t history_events = 0;  // ground-truth events recorded before the draw
  std::string yield_point;         // the process's yield point, for a fault drawn at one
};

}  // namespace dispatchsim::faults
