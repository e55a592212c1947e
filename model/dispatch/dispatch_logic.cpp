#include "model/dispatch/dispatch_logic.hpp"

#include "model/base/flaw_markers.hpp"

namespace dispatchsim::model {

void insert_location_event(SqlConnection& db, RequestId request, std::int64_t sequence,
                           sim::Micros issued_at) {
  db.execute(
      "INSERT INTO event_log (request_id, event_type, sequence_number, created_at) "
      "VALUES (?, 'location.updated', ?, ?)",
      {request, sequence, sql_timestamp(issued_at)});
}

LocationResult DispatchLogic::serve_location_update(ServerPorts& ports, const ApiRequest& request) {
  const LocationResult result = update_pickup_location(
      ports, request.request, request.lat, request.lng, request.address, request.sequence);
  if (result.success && !result.ignored) {
    ports.instruments.mark(flaw_marker::event_log_after_commit, request.request, 0,
                           request.sequence);
    insert_location_event(ports.db, request.request, request.sequence, request.issued_at);
  }
  return result;
}

}  // namespace dispatchsim::model
