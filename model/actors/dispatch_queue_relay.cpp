// The relay from the dispatch_queue outbox to the broker (the plan's process_dispatch_queue()).
// It sends, then marks the row PUBLISHED: a crash in between re-sends the same event, which is
// the at-least-once producer every consumer must tolerate.

#include "model/actors/actor_context.hpp"

namespace dispatchsim::model {

int process_dispatch_queue(ServerPorts& ports, int limit) {
  const auto rows = ports.db.query(
      "SELECT id, request_id, driver_id, sequence_number, version FROM dispatch_queue "
      "WHERE status = 'PENDING' ORDER BY id LIMIT ?",
      {std::int64_t{limit}});
  for (const Row& row : rows) {
    DispatchEvent event;
    event.request_id = row.integer(1);
    event.driver_id = row.integer(2);
    event.sequence = row.integer(3);
    event.version = row.integer(4);
    event.created_at_us = ports.clock.now();
    ports.dispatch_queue.send_message(encode(event));
    ports.db.execute(
        "UPDATE dispatch_queue SET status = 'PUBLISHED', published_at = sim_now() "
        "WHERE id = ? AND status = 'PENDING'",
        {row.integer(0)});
  }
  return static_cast<int>(rows.size());
}

void run_dispatch_queue_relay(ActorContext& context, ServerPorts& ports) {
  for (;;) {
    if (process_dispatch_queue(ports, 10) == 0) {
      context.kernel.sleep_for(context.config.timing.relay_poll_interval);
    }
  }
}

}  // namespace dispatchsim::model
