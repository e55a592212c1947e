// no-dispatch-after-decline: the incident itself. Request level: after a request's decline
// committed, no dispatch_log row for it commits and no push for it leaves (the plan's Step 1 and
// Metric 2 look for exactly these rows). Driver level: a driver is never shown a request after
// pressing decline on it (the plan's manual reproduction).

#include <fmt/format.h>

#include <map>

#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

std::vector<Violation> check_no_dispatch_after_decline(World& world) {
  std::vector<Violation> violations;
  std::map<RequestId, const HistoryEvent*> decline_commit;
  std::map<std::pair<RequestId, DriverId>, const HistoryEvent*> driver_decline;
  for (const HistoryEvent& event : world.history.events()) {
    const auto key = std::make_pair(event.request, event.driver);
    switch (event.kind) {
      case HistoryKind::status_committed:
        if (event.new_status() == RequestStatus::declined &&
            decline_commit.count(event.request) == 0) {
          decline_commit[event.request] = &event;
        }
        break;
      case HistoryKind::decline_submitted:
        if (driver_decline.count(key) == 0) driver_decline[key] = &event;
        break;
      case HistoryKind::dispatch_logged:
      case HistoryKind::push_sent: {
        const auto found = decline_commit.find(event.request);
        if (found == decline_commit.end()) break;
        const HistoryEvent& decline = *found->second;
        const bool logged = event.kind == HistoryKind::dispatch_logged;
        violations.push_back(Violation{
            "no-dispatch-after-decline",
            event.request,
            event.driver,
            event.time,
            fmt::format("request {} was declined by driver {} at {}, then {} for driver {} at {} "
                        "(+{} us)",
                        event.request, decline.driver, describe_time(decline.time),
                        logged ? "a dispatch_log row committed" : "a push was sent", event.driver,
                        describe_time(event.time), event.time - decline.time),
            {decline.sequence, event.sequence}});
        break;
      }
      case HistoryKind::shown: {
        const auto found = driver_decline.find(key);
        if (found == driver_decline.end()) break;
        const HistoryEvent& decline = *found->second;
        violations.push_back(Violation{
            "no-dispatch-after-decline",
            event.request,
            event.driver,
            event.time,
            fmt::format("driver {} declined request {} at {} and was shown it again at {}",
                        event.driver, event.request, describe_time(decline.time),
                        describe_time(event.time)),
            {decline.sequence, event.sequence}});
        break;
      }
      default:
        break;
    }
  }
  return violations;
}

}  // namespace dispatchsim::model
