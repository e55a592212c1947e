// exactly-once-dispatch: every offer the matcher made (a committed dispatch_queue row) is shown
// to its driver exactly once. A second showing is a duplicate (Step 2 / Metric 1); an offer
// never shown while its request stayed open to the end is lost.

#include <fmt/format.h>

#include <map>

#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

std::vector<Violation> check_exactly_once_dispatch(World& world) {
  using Pair = std::pair<RequestId, DriverId>;
  std::map<Pair, const HistoryEvent*> offered;
  std::map<Pair, std::vector<const HistoryEvent*>> shown;
  for (const HistoryEvent& event : world.history.events()) {
    const Pair pair{event.request, event.driver};
    if (event.kind == HistoryKind::queue_row_added && offered.count(pair) == 0)
      offered[pair] = &event;
    if (event.kind == HistoryKind::shown) shown[pair].push_back(&event);
  }
  std::map<RequestId, std::string> final_status;
  for (const Row& row : world.database.inspect("SELECT id, status FROM ride_requests")) {
    final_status[row.integer(0)] = row.text(1);
  }
  std::vector<Violation> violations;
  for (const auto& [pair, shows] : shown) {
    if (shows.size() < 2) continue;
    violations.push_back(Violation{
        "exactly-once-dispatch",
        pair.first,
        pair.second,
        shows[1]->time,
        fmt::format("request {} was shown to driver {} {} times (first at {}, again at {})",
                    pair.first, pair.second, shows.size(), describe_time(shows[0]->time),
                    describe_time(shows[1]->time)),
        {shows[0]->sequence, shows[1]->sequence}});
  }
  for (const auto& [pair, offer] : offered) {
    if (shown.count(pair) == 1) continue;
    const auto status = status_from_sql(final_status[pair.first]);
    if (!status || !is_open(*status)) continue;
    violations.push_back(Violation{
        "exactly-once-dispatch",
        pair.first,
        pair.second,
        offer->time,
        fmt::format("the offer of request {} to driver {} (made at {}) was never shown, and the "
                    "request was still {} at the end",
                    pair.first, pair.second, describe_time(offer->time), final_status[pair.first]),
        {offer->sequence}});
  }
  return violations;
}

}  // namespace dispatchsim::model
