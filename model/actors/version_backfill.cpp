// The plan's version backfill, run in batches while traffic flows:
//   UPDATE ride_requests SET version = 1 WHERE version = 0 LIMIT 10000;
// (SQLite has no UPDATE ... LIMIT without a compile option: the same rows via a subquery.)

#include "model/actors/actor_context.hpp"

namespace dispatchsim::model {

void run_version_backfill(ActorContext& context, ServerPorts& ports) {
  const MigrationConfig& migration = context.config.migration;
  sim::Micros last_arrival = 0;
  for (const RiderPlan& rider : context.riders)
    last_arrival = std::max(last_arrival, rider.arrival);
  for (;;) {
    context.kernel.sleep_for(migration.backfill_interval);
    const StatementResult result = ports.db.execute(
        "UPDATE ride_requests SET version = 1 WHERE id IN "
        "(SELECT id FROM ride_requests WHERE version = 0 ORDER BY id LIMIT ?)",
        {std::int64_t{migration.backfill_batch}});
    if (result.changes == 0 && context.kernel.now() > last_arrival) return;
  }
}

}  // namespace dispatchsim::model
