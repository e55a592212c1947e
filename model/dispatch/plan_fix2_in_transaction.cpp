#include "model/dispatch/plan_fix2_in_transaction.hpp"

#include <fmt/format.h>

namespace dispatchsim::model {

void PlanFix2InTransaction::dispatch_if_dispatchable(ServerPorts& ports, const DispatchEvent& event,
                                                     const ReceivedMessage& message, bool* acked) {
  std::int64_t version = 0;
  {
    Transaction transaction(ports.db);  // the row lock is taken before the check, not after it
    const auto request = ports.db.query_one(
        "SELECT id, status, version FROM ride_requests "
        "WHERE id = ? AND status IN ('PENDING', 'SEARCHING')",  // FOR UPDATE
        {event.request_id});
    if (!request || (event.version != 0 && event.version < request->integer(2))) {
      transaction.commit();
      ports.log.warning("not_dispatchable", event.request_id, event.driver_id,
                        fmt::format("Request {} not dispatchable, skipping", event.request_id));
      ack_message(ports, message);
      *acked = true;
      return;
    }
    version = request->integer(2);
    insert_dispatch_log(ports, event);
    transaction.commit();
  }
  notify_driver(ports, event, version);
}

}  // namespace dispatchsim::model
