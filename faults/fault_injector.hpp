#pragma once
// The fault injector: the FaultPoints the simulated infrastructure asks, plus the hooks that act
// on processes (crash, pause, app restart at yield points) and on the world at chosen instants
// (a flag flip). Every decision is a draw from the run's choice source, one stream per fault, so
// enabling one fault does not shift another's choices. Faults fire only inside the fault window;
// after it the world heals and must converge.

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "faults/fault_catalogue.hpp"
#include "faults/fault_decorators.hpp"
#include "faults/unfired_fault_draw.hpp"
#include "model/world/world.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::faults {

class FaultInjector final : public model::FaultPoints {
 public:
  // In swarm mode the plan is first redrawn from the "swarm" stream (a random subset of the
  // candidates, each with a random rate); effective_plan() tells what was drawn.
  FaultInjector(sim::Kernel& kernel, FaultPlan plan, sim::Micros fault_window);

  bool fires(Fault fault) override;
  sim::Micros magnitude(Fault fault) override;

  // Connects the process-level and timed faults to a world: installs the kernel's yield hook, the
  // decorators of its seams (faults/fault_decorators.hpp) and schedules the flag flip. Call once,
  // after the world is built and before kernel.run().
  void attach(model::World& world);

  const FaultPlan& effective_plan() const { return plan_; }
  // How many times each fault fired in this run.
  const std::array<std::int64_t, fault_count>& fired() const { return fired_; }
  // Keeps every chance draw that did not fire (guided runs: their fault hints). Off by default: a
  // server draws at every yield point.
  void keep_unfired_draws(bool keep) { keep_unfired_draws_ = keep; }
  const std::vector<UnfiredFaultDraw>& unfired_draws() const { return unfired_draws_; }

 private:
  void on_yield_point(sim::ProcessId process, std::string_view point);
  // fires(), noting where a draw that does not fire was made (the yield point, if any).
  bool fires_at(Fault fault, std::string_view yield_point);
  void draw_swarm_plan();

  sim::Kernel& kernel_;
  FaultPlan plan_;
  sim::Micros fault_window_;
  model::World* world_ = nullptr;
  std::unique_ptr<FaultDecorators> decorators_;
  std::array<sim::StreamId, fault_count> streams_{};
  std::array<std::int64_t, fault_count> fired_{};
  bool keep_unfired_draws_ = false;
  std::vector<UnfiredFaultDraw> unfired_draws_;
};

}  // namespace dispatchsim::faults
