#pragma once
// A small simulated world for tests that drive a few processes themselves: a seeded kernel and a
// model::World built on it, with the faults a test hands in (NoFaults by default). Nothing is
// spawned: a test spawns the processes it needs (world.spawn_server) or calls world.start(), then
// run(). Depends on the model layer only, so model tests and scenario tests can both use it.

#include <cstdint>
#include <memory>
#include <string>

#include "model/world/world.hpp"
#include "sim/choice_source.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::testing {

// A world of `drivers` drivers and no riders (tests create their requests), otherwise defaults.
inline model::WorldConfig small_world_config(const std::string& variant, int drivers = 3) {
  model::WorldConfig config;
  config.variant.variant = variant;
  config.workload.requests = 0;
  config.workload.drivers = drivers;
  config.workload.candidates_per_request = 1;
  return config;
}

class SmallWorld {
 public:
  // faults must outlive this object; nullptr means no fault ever fires.
  explicit SmallWorld(const model::WorldConfig& config, std::uint64_t seed = 1,
                      model::FaultPoints* faults = nullptr)
      : choices_(seed),
        kernel(choices_, std::make_unique<sim::RandomWalkStrategy>(choices_)),
        world(kernel, faults != nullptr ? *faults : no_faults_, config) {}

  // "create_test_request()": a PENDING request row, written outside the simulation (no yield
  // point, no history), with pickup #0 of the rider plan's formula.
  void create_request(model::RequestId id, std::int64_t version = 1,
                      const char* status = "PENDING") {
    world.database.inspect(
        "INSERT INTO ride_requests (id, rider_id, status, version, pickup_lat, pickup_lng, "
        "pickup_address) VALUES (?, ?, ?, ?, 40.0, -74.0, 'pickup #0')",
        {id, id, std::string(status), version});
  }

  // "queue_dispatch(request_id, driver)": a PENDING dispatch_queue row, as the matcher writes it.
  void queue_dispatch(model::RequestId request, model::DriverId driver, std::int64_t sequence,
                      std::int64_t version = 1) {
    world.database.inspect(
        "INSERT INTO dispatch_queue (request_id, driver_id, sequence_number, version) "
        "VALUES (?, ?, ?, ?)",
        {request, driver, sequence, version});
  }

  std::int64_t count(const char* sql, std::initializer_list<model::SqlValue> parameters = {}) {
    return world.database.inspect(sql, parameters).front().integer(0);
  }
  std::string text(const char* sql, std::initializer_list<model::SqlValue> parameters = {}) {
    return world.database.inspect(sql, parameters).front().text(0);
  }

  // Events of one kind for (request, driver) in the ground-truth history (driver 0: any).
  int history_count(model::HistoryKind kind, model::RequestId request,
                    model::DriverId driver = 0) const {
    int found = 0;
    for (const auto& event : world.history.events()) {
      if (event.kind == kind && event.request == request &&
          (driver == 0 || event.driver == driver)) {
        ++found;
      }
    }
    return found;
  }

  sim::RunSummary run(sim::Micros horizon) { return kernel.run(horizon); }

 private:
  sim::PrngChoiceSource choices_;
  model::NoFaults no_faults_;

 public:
  sim::Kernel kernel;
  model::World world;
};

}  // namespace dispatchsim::testing
