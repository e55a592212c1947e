#pragma once
// Properties (design.md §6): passive checks over a finished run's ground-truth history and final
// state (database, broker, cache). The system under test never knows it is checked. Each has a
// stable id used in scenario files, reports and tests; each violation names the request, the
// driver, the virtual time and the history events involved.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/world/world.hpp"

namespace dispatchsim::model {

struct Violation {
  std::string property;
  RequestId request = 0;
  DriverId driver = 0;
  sim::Micros time = 0;
  std::string description;
  std::vector<std::uint64_t> events;  // HistoryEvent::sequence of the events involved
};

struct PropertyInfo {
  std::string_view id;
  std::string_view description;
};

const std::vector<PropertyInfo>& property_catalogue();
bool is_property_id(std::string_view id);
// Liveness ("something good eventually happens") as opposed to safety ("nothing bad ever
// happens"): a run that violates only liveness properties got stuck but did nothing wrong, and the
// command line says so with its own exit code.
bool is_liveness_property(std::string_view id);

// Checks one property; the world's kernel must have finished running.
std::vector<Violation> check_property(std::string_view id, World& world);

// One checker per property (properties/<id>.cpp).
std::vector<Violation> check_no_dispatch_after_decline(World& world);
std::vector<Violation> check_exactly_once_dispatch(World& world);
std::vector<Violation> check_location_monotonic(World& world);
std::vector<Violation> check_atomic_decline_cleanup(World& world);
std::vector<Violation> check_no_message_lost(World& world);
std::vector<Violation> check_legal_transitions(World& world);
std::vector<Violation> check_liveness(World& world);

// Shared reading of the history.
std::string describe_time(sim::Micros time);

}  // namespace dispatchsim::model
