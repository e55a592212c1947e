#include "model/observe/properties/property.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace dispatchsim::model {

const std::vector<PropertyInfo>& property_catalogue() {
  static const std::vector<PropertyInfo> catalogue = {
      {"no-dispatch-after-decline",
       "no dispatch_log row and no push for a request after its decline committed; no driver is "
       "ever shown a request that driver declined"},
      {"exactly-once-dispatch",
       "every offer the matcher made is shown to its driver exactly once: no duplicate, and no "
       "offer lost while its request stayed open"},
      {"location-monotonic",
       "the stored pickup never goes back to an older update; no reader sees an older pickup "
       "after a newer one; the cache agrees with the database at the end"},
      {"atomic-decline-cleanup",
       "no dispatch_queue row outlives its request's decline: the relay publishes none after the "
       "decline committed, and none is PENDING at the end"},
      {"no-message-lost",
       "no dispatch message is acknowledged while its request is open and its offer is then never "
       "made; none is left unhandled at the end"},
      {"legal-transitions",
       "status changes follow the request state machine; applied location events are processed "
       "in sequence order"},
      {"liveness", "once faults stop, every request reaches a terminal state"},
  };
  return catalogue;
}

bool is_property_id(std::string_view id) {
  for (const auto& info : property_catalogue()) {
    if (info.id == id) return true;
  }
  return false;
}

bool is_liveness_property(std::string_view id) {
  return id == "liveness";
}

std::vector<Violation> check_property(std::string_view id, World& world) {
  if (id == "no-dispatch-after-decline") return check_no_dispatch_after_decline(world);
  if (id == "exactly-once-dispatch") return check_exactly_once_dispatch(world);
  if (id == "location-monotonic") return check_location_monotonic(world);
  if (id == "atomic-decline-cleanup") return check_atomic_decline_cleanup(world);
  if (id == "no-message-lost") return check_no_message_lost(world);
  if (id == "legal-transitions") return check_legal_transitions(world);
  if (id == "liveness") return check_liveness(world);
  throw std::invalid_argument(fmt::format("unknown property '{}'", id));
}

std::string describe_time(sim::Micros time) {
  return fmt::format("t={}.{:06}s", time / sim::micros_per_second, time % sim::micros_per_second);
}

}  // namespace dispatchsim::model
