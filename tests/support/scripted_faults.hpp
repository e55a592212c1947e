#pragma once
// Fault points whose answers a test scripts, so a unit test of one component can make a fault
// happen exactly where it wants instead of hoping a seed draws it.

#include <array>
#include <cstddef>

#include "model/base/fault_points.hpp"

namespace dispatchsim::testing {

// Fires exactly the faults armed at the moment of the call; every magnitude is `size`.
class ArmedFaults final : public model::FaultPoints {
 public:
  void arm(model::Fault fault, bool on = true) { armed_[static_cast<std::size_t>(fault)] = on; }
  bool fires(model::Fault fault) override { return armed_[static_cast<std::size_t>(fault)]; }
  sim::Micros magnitude(model::Fault) override { return size; }
  sim::Micros size = 0;

 private:
  std::array<bool, model::fault_count> armed_{};
};

// Fires one chosen fault every time it is asked, and nothing else.
class AlwaysFires final : public model::FaultPoints {
 public:
  explicit AlwaysFires(model::Fault fault, sim::Micros size = 0) : fault_(fault), size_(size) {}
  bool fires(model::Fault fault) override { return fault == fault_; }
  sim::Micros magnitude(model::Fault fault) override { return fault == fault_ ? size_ : 0; }

 private:
  model::Fault fault_;
  sim::Micros size_;
};

}  // namespace dispatchsim::testing
