#pragma once
// Virtual time: every duration and instant inside the simulation is an integer number of
// microseconds since the run started. Nothing in sim/, model/ or faults/ reads the OS clock.

#include <cstdint>

namespace dispatchsim::sim {

using Micros = std::int64_t;

constexpr Micros micros_per_millisecond = 1'000;
constexpr Micros micros_per_second = 1'000'000;

constexpr Micros milliseconds(std::int64_t count) {
  return count * micros_per_millisecond;
}
constexpr Micros seconds(std::int64_t count) {
  return count * micros_per_second;
}

constexpr Micros never = INT64_MAX;

}  // namespace dispatchsim::sim
