// A location reader: the driver-facing service that shows the pickup point, reading it through
// the variant's read path (cache first) for a random existing request, again and again. What it
// saw is recorded, so location-monotonic can check that no reader goes back in time.

#include "model/world.hpp"

namespace dispatchsim::model {

void run_location_reader(World& world, ServerPorts& ports) {
  sim::Kernel& kernel = world.kernel;
  const sim::StreamId stream = kernel.choices().stream("readers");
  const WorkloadConfig& workload = world.config.workload;
  for (;;) {
    kernel.sleep_for(kernel.choices().uniform(stream, workload.location_read_interval.min,
                                              workload.location_read_interval.max));
    std::vector<RequestId> created;
    for (const RiderPlan& rider : world.riders) {
      if (rider.arrival < kernel.now()) created.push_back(rider.request);
    }
    if (created.empty()) continue;
    const RequestId request = created[kernel.choices().choose(stream, created.size())];
    const auto location = world.logic->read_pickup_location(ports, request);
    if (!location) continue;
    world.history.record(HistoryKind::location_read, request, 0, location->sequence,
                         static_cast<std::int64_t>(location->lat * 1e6));
  }
}

}  // namespace dispatchsim::model
