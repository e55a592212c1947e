// legal-transitions: committed status changes follow the request state machine (PENDING ->
// SEARCHING -> DECLINED | ACCEPTED | CANCELLED; terminal states stay), and applied location
// events are processed in sequence order (the plan's Step 6: "out-of-order processing").

#include <fmt/format.h>

#include <map>

#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

std::vector<Violation> check_legal_transitions(World& world) {
  std::vector<Violation> violations;
  for (const HistoryEvent& event : world.history.events()) {
    if (event.kind != HistoryKind::status_committed) continue;
    const RequestStatus from = event.old_status();
    const RequestStatus to = event.new_status();
    if (is_legal_transition(from, to)) continue;
    violations.push_back(Violation{"legal-transitions",
                                   event.request,
                                   event.driver,
                                   event.time,
                                   fmt::format("request {} went from {} to {} at {}", event.request,
                                               to_sql(from), to_sql(to), describe_time(event.time)),
                                   {event.sequence}});
  }
  std::map<RequestId, std::int64_t> newest_sequence;
  for (const Row& row :
       world.database.inspect("SELECT request_id, sequence_number, id FROM event_log "
                              "WHERE event_type = 'location.updated' ORDER BY id")) {
    std::int64_t& newest = newest_sequence[row.integer(0)];
    if (row.integer(1) < newest) {
      violations.push_back(Violation{
          "legal-transitions",
          row.integer(0),
          0,
          world.kernel.now(),
          fmt::format("event_log row {}: request {}'s location event #{} was processed after #{}",
                      row.integer(2), row.integer(0), row.integer(1), newest),
          {}});
    }
    newest = std::max(newest, row.integer(1));
  }
  return violations;
}

}  // namespace dispatchsim::model
