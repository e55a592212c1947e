// no-message-lost: at the end of the run (faults long stopped) every dispatch message was
// deleted by a consumer or rests in the dead-letter queue; one still visible, in flight or
// expired by retention was never handled.

#include <fmt/format.h>

#include "model/properties/property.hpp"

namespace dispatchsim::model {

std::vector<Violation> check_no_message_lost(World& world) {
  std::vector<Violation> violations;
  for (const MessageRecord& message : world.dispatch_queue.messages()) {
    if (message.state == MessageRecord::State::deleted ||
        message.state == MessageRecord::State::dead_lettered) {
      continue;
    }
    const auto event = decode_dispatch_event(message.body);
    const char* state = message.state == MessageRecord::State::visible     ? "still visible"
                        : message.state == MessageRecord::State::in_flight ? "still in flight"
                                                                           : "expired";
    violations.push_back(Violation{
        "no-message-lost", event ? event->request_id : 0, event ? event->driver_id : 0,
        message.state_changed_at,
        fmt::format("dispatch message {} (sent at {}, received {} times) is {} at the end",
                    message.message_id, describe_time(message.sent_at), message.receive_count, state),
        {}});
  }
  return violations;
}

}  // namespace dispatchsim::model
