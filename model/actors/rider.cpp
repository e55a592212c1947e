// A rider: creates its ride request at its arrival time, then moves the pickup point (each
// update a fire-and-forget API call with a sequence number, so updates can overtake one
// another), and may cancel while the request is still searching.

#include "model/actors/actor_context.hpp"

namespace dispatchsim::model {

namespace {
std::int64_t micro_degrees(double degrees) {
  return static_cast<std::int64_t>(degrees * 1e6);
}
}  // namespace

double pickup_lat(const RiderPlan& rider, std::int64_t sequence) {
  return rider.base_lat + 0.001 * static_cast<double>(sequence);
}

double pickup_lng(const RiderPlan& rider, std::int64_t sequence) {
  return rider.base_lng - 0.001 * static_cast<double>(sequence);
}

void run_rider(ActorContext& context, const RiderPlan& rider, ServerPorts& ports) {
  sim::Kernel& kernel = context.kernel;
  const BusyActors::Scope busy(context.busy);  // a rider is busy until its last action
  const sim::StreamId stream = kernel.choices().stream("riders");
  kernel.sleep_until(rider.arrival);
  // Rows created before the backfill reaches them carry the migration's DEFAULT 0.
  const bool unbackfilled =
      context.config.migration.backfill_pending || context.faults.fires(Fault::unbackfilled_rows);
  for (;;) {
    try {
      with_current_schema(ports.db, [&] {
        if (!ports.db.has_column("ride_requests", "version")) {  // after the plan's rollback
          return ports.db.execute(
              "INSERT INTO ride_requests (id, rider_id, status, pickup_lat, pickup_lng, "
              "pickup_address) VALUES (?, ?, 'PENDING', ?, ?, ?)",
              {rider.request, rider.request, pickup_lat(rider, 0), pickup_lng(rider, 0),
               std::string("pickup #0")});
        }
        return ports.db.execute(
            "INSERT INTO ride_requests (id, rider_id, status, version, pickup_lat, pickup_lng, "
            "pickup_address) VALUES (?, ?, 'PENDING', ?, ?, ?, ?)",
            {rider.request, rider.request, std::int64_t{unbackfilled ? 0 : 1}, pickup_lat(rider, 0),
             pickup_lng(rider, 0), std::string("pickup #0")});
      });
      break;
    } catch (const LockWaitTimeout&) {
      // The request API timed out on a busy database (db-busy): the rider's app tries again.
    }
  }
  context.history.record(HistoryKind::location_issued, rider.request, 0, 0,
                         micro_degrees(pickup_lat(rider, 0)));

  const WorkloadConfig& workload = context.config.workload;
  for (std::int64_t sequence = 1; sequence <= workload.location_updates_per_request; ++sequence) {
    kernel.sleep_for(kernel.choices().uniform(stream, workload.location_update_interval.min,
                                              workload.location_update_interval.max));
    context.history.record(HistoryKind::location_issued, rider.request, 0, sequence,
                           micro_degrees(pickup_lat(rider, sequence)));
    ApiRequest update;
    update.operation = ApiOperation::update_location;
    update.request = rider.request;
    update.lat = pickup_lat(rider, sequence);
    update.lng = pickup_lng(rider, sequence);
    update.address = "pickup #" + std::to_string(sequence);
    update.sequence = sequence;
    update.issued_at = kernel.now();
    context.api.post(update);
  }
  if (kernel.choices().chance(stream, workload.cancel_probability)) {
    kernel.sleep_for(
        kernel.choices().uniform(stream, workload.driver_think.min, workload.driver_think.max));
    ApiRequest cancel;
    cancel.operation = ApiOperation::cancel;
    cancel.request = rider.request;
    cancel.issued_at = kernel.now();
    context.api.call(cancel, context.config.timing.api_client_timeout);
  }
}

}  // namespace dispatchsim::model
