// liveness: once the faults stopped, the world converges: every request ends DECLINED, ACCEPTED
// or CANCELLED by the end of the heal window. (A run that exhausts its step budget is a livelock
// and is reported by the runner under this id too.)

#include <fmt/format.h>

#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

std::vector<Violation> check_liveness(World& world) {
  std::vector<Violation> violations;
  for (const Row& row : world.database.inspect("SELECT id, status FROM ride_requests WHERE status "
                                               "IN ('PENDING', 'SEARCHING') ORDER BY id")) {
    violations.push_back(
        Violation{"liveness",
                  row.integer(0),
                  0,
                  world.kernel.now(),
                  fmt::format("request {} is still {} at the end of the heal window ({})",
                              row.integer(0), row.text(1), describe_time(world.kernel.now())),
                  {}});
  }
  return violations;
}

}  // namespace dispatchsim::model
