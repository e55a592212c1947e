// atomic-decline-cleanup: the plan's Step 4, as a property of the final database: a DECLINED or
// CANCELLED request keeps no PENDING dispatch_queue row (its offer would still be published).

#include <fmt/format.h>

#include "model/properties/property.hpp"

namespace dispatchsim::model {

std::vector<Violation> check_atomic_decline_cleanup(World& world) {
  std::vector<Violation> violations;
  const auto rows = world.database.inspect(
      "SELECT r.id, r.status, q.driver_id, q.id FROM ride_requests r "
      "JOIN dispatch_queue q ON q.request_id = r.id AND q.status = 'PENDING' "
      "WHERE r.status IN ('DECLINED', 'CANCELLED') ORDER BY r.id, q.id");
  for (const Row& row : rows) {
    violations.push_back(Violation{
        "atomic-decline-cleanup", row.integer(0), row.integer(2), world.kernel.now(),
        fmt::format("request {} is {} but its offer to driver {} (dispatch_queue.id {}) is still "
                    "PENDING",
                    row.integer(0), row.text(1), row.integer(2), row.integer(3)),
        {}});
  }
  return violations;
}

}  // namespace dispatchsim::model
