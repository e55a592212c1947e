// The matcher: offers every new request to a few drivers at once (writing the offers to the
// dispatch_queue outbox in the same transaction that marks the request SEARCHING), and re-offers
// requests nobody answered within the offer timeout, as a producer retry would. It is shared
// infrastructure, identical in every variant.

#include <algorithm>

#include "model/actors/actor_context.hpp"

namespace dispatchsim::model {

namespace {

std::vector<DriverId> choose_candidates(ActorContext& context, sim::StreamId stream) {
  std::vector<DriverId> pool = context.drivers;
  const auto wanted = static_cast<std::size_t>(
      std::clamp(context.config.workload.candidates_per_request, 1, static_cast<int>(pool.size())));
  for (std::size_t i = 0; i < wanted; ++i) {  // a partial Fisher-Yates shuffle
    const auto j = i + context.kernel.choices().choose(stream, pool.size() - i);
    std::swap(pool[i], pool[j]);
  }
  pool.resize(wanted);
  return pool;
}

void offer_request(ActorContext& context, ServerPorts& ports, RequestId request,
                   sim::StreamId stream) {
  const std::vector<DriverId> candidates = choose_candidates(context, stream);
  Transaction transaction(ports.db);
  // Inside the transaction the schema cannot change; after the plan's rollback there is no version.
  const auto row = ports.db.query_one(ports.db.has_column("ride_requests", "version")
                                          ? "SELECT status, version FROM ride_requests WHERE id = ?"
                                          : "SELECT status, 0 FROM ride_requests WHERE id = ?",
                                      {request});
  if (!row || row->text(0) != "PENDING") {
    transaction.commit();
    return;
  }
  ports.db.execute(
      "UPDATE ride_requests SET status = 'SEARCHING', updated_at = sim_now() WHERE id = ?",
      {request});
  std::int64_t sequence = 0;
  for (DriverId driver : candidates) {
    ports.db.execute(
        "INSERT INTO dispatch_queue (request_id, driver_id, sequence_number, version) "
        "VALUES (?, ?, ?, ?)",
        {request, driver, ++sequence, row->integer(1)});
  }
  transaction.commit();
}

void reoffer_unanswered(ActorContext& context, ServerPorts& ports) {
  const TimingConfig& timing = context.config.timing;
  const auto stale = ports.db.query(
      "SELECT q.id FROM dispatch_queue q JOIN ride_requests r ON r.id = q.request_id "
      "WHERE q.status = 'PUBLISHED' AND r.status IN ('PENDING', 'SEARCHING') "
      "AND q.published_at <= ? AND q.attempts < ? ORDER BY q.id LIMIT 10",
      {sql_timestamp(context.kernel.now() - timing.offer_timeout),
       std::int64_t{timing.offer_retries_max}});
  for (const Row& row : stale) {
    // A producer retry normally re-sends the same event; under the fault it mints a new sequence.
    const std::int64_t sequence_bump = context.faults.fires(Fault::producer_new_sequence) ? 100 : 0;
    ports.db.execute(
        // One statement, so a decline committed since the SELECT cannot be undone here.
        "UPDATE dispatch_queue SET status = 'PENDING', attempts = attempts + 1, "
        "sequence_number = sequence_number + ? WHERE id = ? AND status = 'PUBLISHED' "
        "AND request_id IN (SELECT id FROM ride_requests WHERE status IN ('PENDING', 'SEARCHING'))",
        {sequence_bump, row.integer(0)});
  }
}

}  // namespace

void run_matcher(ActorContext& context, ServerPorts& ports) {
  const sim::StreamId stream = context.kernel.choices().stream("matcher");
  for (;;) {
    const auto pending = ports.db.query(
        "SELECT id FROM ride_requests WHERE status = 'PENDING' ORDER BY id LIMIT 10");
    for (const Row& row : pending) offer_request(context, ports, row.integer(0), stream);
    reoffer_unanswered(context, ports);
    context.kernel.sleep_for(context.config.timing.matcher_poll_interval);
  }
}

}  // namespace dispatchsim::model
