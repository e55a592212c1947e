// A location reader: the driver-facing service that shows the pickup point, reading it through
// the variant's read path (cache first) for a random existing request, again and again. What it
// saw is recorded, so location-monotonic can check that no reader goes back in time.
//
// Like most read-heavy services it talks to the cache's reader endpoint: its GETs are served by
// the replica, which applies the primary's writes after a lag (seconds under
// Fault::stale_replica_read); its writes go to the primary.

#include "model/actors/actor_context.hpp"

namespace dispatchsim::model {

namespace {

// The cache as a reader endpoint sees it: GET goes to the replica, everything else as it was.
class ReaderEndpoint final : public KeyValueStoreWrapper {
 public:
  explicit ReaderEndpoint(KeyValueStore& cache) : KeyValueStoreWrapper(cache) {}
  std::optional<std::string> get(const std::string& key) override {
    return target().get_from_replica(key);
  }
};

}  // namespace

void run_location_reader(ActorContext& context, ServerPorts& server_ports) {
  ReaderEndpoint replica_reads(server_ports.cache);
  ServerPorts ports{server_ports.db,   server_ports.dispatch_queue, replica_reads,
                    server_ports.push, server_ports.clock,          server_ports.instruments,
                    server_ports.log,  server_ports.lock_tokens,    server_ports.process_memory};
  sim::Kernel& kernel = context.kernel;
  const sim::StreamId stream = kernel.choices().stream("readers");
  const WorkloadConfig& workload = context.config.workload;
  for (;;) {
    kernel.sleep_for(kernel.choices().uniform(stream, workload.location_read_interval.min,
                                              workload.location_read_interval.max));
    std::vector<RequestId> created;
    for (const RiderPlan& rider : context.riders) {
      if (rider.arrival < kernel.now()) created.push_back(rider.request);
    }
    if (created.empty()) continue;
    const RequestId request = created[kernel.choices().choose(stream, created.size())];
    const auto location = context.logic.read_pickup_location(ports, request);
    if (!location) continue;
    context.history.record(HistoryKind::location_read, request, 0, location->sequence,
                           static_cast<std::int64_t>(location->lat * 1e6));
  }
}

}  // namespace dispatchsim::model
