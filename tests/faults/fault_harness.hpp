#pragma once
// A small simulated world for one fault: a seeded kernel, a FaultInjector whose plan enables only
// the fault under test, and — for faults that act on processes — a model::World built on them.
// Each test then drives one component (or a few processes) and asserts what the fault did.

#include <cstdint>
#include <memory>
#include <optional>

#include "faults/fault_injector.hpp"
#include "model/world/world.hpp"
#include "sim/choice_source.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::faults::testing {

using sim::Micros;

// A plan with only `fault` on, at `rate`, with a fixed magnitude when one is given.
inline FaultPlan only(Fault fault, double rate, std::optional<Micros> magnitude = std::nullopt) {
  FaultPlan plan;
  plan.enable(fault);
  plan[fault].rate = rate;
  if (magnitude) plan[fault].magnitude_min = plan[fault].magnitude_max = *magnitude;
  return plan;
}

// The kernel and the injector, for faults asked by one component (broker, cache, push, ...).
struct FaultHarness {
  FaultHarness(FaultPlan plan, Micros fault_window, std::uint64_t seed = 1)
      : choices(seed),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        injector(kernel, std::move(plan), fault_window) {}
  std::int64_t fired(Fault fault) const {
    return injector.fired()[static_cast<std::size_t>(fault)];
  }

  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  FaultInjector injector;
};

// The same plus a World the injector is attached to (process roles, yield hook, flag flip).
// Nothing is spawned: a test spawns the processes it needs (world.spawn_server, or world.start()).
struct WorldHarness : FaultHarness {
  WorldHarness(FaultPlan plan, Micros fault_window, model::WorldConfig config,
               std::uint64_t seed = 1)
      : FaultHarness(std::move(plan), fault_window, seed),
        world(kernel, injector, with_window(config, fault_window)) {
    injector.attach(world);
  }

  // A request row written outside the simulation (no yield point, no fault, no history).
  void insert_request(model::RequestId id, const char* status, std::int64_t version = 1) {
    world.database.inspect(
        "INSERT INTO ride_requests (id, rider_id, status, version, pickup_lat, pickup_lng) "
        "VALUES (?, ?, ?, ?, 40.7, -74.0)",
        {id, id, std::string(status), version});
  }
  std::int64_t count(const char* sql) { return world.database.inspect(sql).front().integer(0); }

  model::World world;

 private:
  static model::WorldConfig with_window(model::WorldConfig config, Micros fault_window) {
    config.phases.fault_window = fault_window;
    return config;
  }
};

}  // namespace dispatchsim::faults::testing
