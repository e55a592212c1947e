// no-message-lost: no dispatch message is acknowledged without its work. A consumer deletes a
// message once its offer is made (a dispatch_log row for its request and driver committed: the
// dispatch decision) or once its request closed (nothing left to do); a message that keeps failing
// rests in the dead-letter queue for a human (and hardened's reconciler republishes the offer).
// Lost:
//  - acknowledged without its work: a consumer deleted it while its request was open, and its
//    offer was never made while the request stayed open (no dispatch_log row for its request and
//    driver before the request closed, or by the end): the plan's "Duplicate event, skipping"
//    after a crash ate the first attempt (key-set-before-work), its stale-version skip;
//  - still visible, in flight or expired at the end (a run that never got quiet).
// Judged on the broker's per-message record and the history, so the first fires in runs that
// reach quiescence. Instants compare inclusively: a row or a close at the very instant of the
// delete counts as before it (a false alarm is worse than a rare miss). Not a loss: a dead letter
// (the designed end of a message that keeps failing), a message whose work another copy or another
// message for the same offer did (duplicates are exactly-once-dispatch's business).

#include <fmt/format.h>

#include <map>

#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

namespace {

struct RequestFacts {
  std::optional<sim::Micros> closed_at;                // first commit of a terminal status
  std::map<DriverId, sim::Micros> first_dispatch_log;  // by driver
};

std::map<RequestId, RequestFacts> request_facts(const History& history) {
  std::map<RequestId, RequestFacts> facts;
  for (const HistoryEvent& event : history.events()) {
    if (event.kind == HistoryKind::status_committed && !is_open(event.new_status()) &&
        !facts[event.request].closed_at) {
      facts[event.request].closed_at = event.time;
    }
    if (event.kind == HistoryKind::dispatch_logged) {
      facts[event.request].first_dispatch_log.emplace(event.driver, event.time);
    }
  }
  return facts;
}

bool open_at(const RequestFacts& facts, sim::Micros time) {
  return !facts.closed_at || *facts.closed_at > time;
}

bool logged_by(const RequestFacts& facts, DriverId driver, std::optional<sim::Micros> time) {
  const auto found = facts.first_dispatch_log.find(driver);
  return found != facts.first_dispatch_log.end() && (!time || found->second <= *time);
}

// A deleted message whose offer was never made while its request was open.
std::optional<std::string> acknowledged_without_work(const MessageRecord& message,
                                                     const DispatchEvent& event,
                                                     const RequestFacts& facts) {
  const sim::Micros at = message.state_changed_at;
  if (!open_at(facts, at) || logged_by(facts, event.driver_id, facts.closed_at))
    return std::nullopt;
  return fmt::format(
      "a consumer deleted it at {} while request {} was open, and the offer to driver {} "
      "was never made {} (no dispatch_log row)",
      describe_time(at), event.request_id, event.driver_id,
      facts.closed_at ? "before the request closed at " + describe_time(*facts.closed_at)
                      : std::string("by the end"));
}

}  // namespace

std::vector<Violation> check_no_message_lost(World& world) {
  const auto facts = request_facts(world.history);
  std::vector<Violation> violations;
  for (const MessageRecord& message : world.dispatch_queue.messages()) {
    const auto event = decode_dispatch_event(message.body);
    std::optional<std::string> lost;
    if (message.state == MessageRecord::State::dead_lettered) continue;
    if (message.state == MessageRecord::State::deleted) {
      static const RequestFacts no_facts;  // a request with no commit since it was created
      const auto request = event ? facts.find(event->request_id) : facts.end();
      if (event)
        lost = acknowledged_without_work(message, *event,
                                         request != facts.end() ? request->second : no_facts);
    } else {
      lost = message.state == MessageRecord::State::visible     ? "it is still visible at the end"
             : message.state == MessageRecord::State::in_flight ? "it is still in flight at the end"
                                                                : "it expired unhandled";
    }
    if (!lost) continue;
    violations.push_back(Violation{
        "no-message-lost",
        event ? event->request_id : 0,
        event ? event->driver_id : 0,
        message.state_changed_at,
        fmt::format("dispatch message {} (sent at {}, received {} times): {}", message.message_id,
                    describe_time(message.sent_at), message.receive_count, *lost),
        {}});
  }
  return violations;
}

}  // namespace dispatchsim::model
