// atomic-decline-cleanup: the plan's Step 4. A decline removes its request's PENDING
// dispatch_queue rows in the same commit, so no such row outlives the decline: the relay never
// publishes a row of a request after that request's decline committed (the offer of a declined
// request would reach the broker), and no row of a DECLINED request is still PENDING at the end.
// Judged on the history (the relay's PENDING -> PUBLISHED commits are observations), so it fires
// in runs that reach quiescence, not only in runs that end with a row left over.
// Not covered: a relay that read the row before the decline committed and published it after
// (a read-then-send race an atomic decline has too: no-dispatch-after-decline sees its dispatch),
// and a relay that read the row in the gap but whose PUBLISHED update found it already deleted.

#include <fmt/format.h>

#include <map>

#include "model/observe/properties/property.hpp"

namespace dispatchsim::model {

namespace {

std::map<RequestId, const HistoryEvent*> decline_commits(const History& history) {
  std::map<RequestId, const HistoryEvent*> declines;
  for (const HistoryEvent& event : history.events()) {
    if (event.kind == HistoryKind::status_committed &&
        event.new_status() == RequestStatus::declined) {
      declines.emplace(event.request, &event);
    }
  }
  return declines;
}

}  // namespace

std::vector<Violation> check_atomic_decline_cleanup(World& world) {
  const auto declines = decline_commits(world.history);
  std::vector<Violation> violations;
  for (const Observation& published : world.history.observations()) {
    if (published.kind != HistoryKind::queue_row_published) continue;
    const auto found = declines.find(published.request);
    if (found == declines.end() || found->second->sequence >= published.after_events) continue;
    const HistoryEvent& decline = *found->second;
    violations.push_back(Violation{
        "atomic-decline-cleanup",
        published.request,
        published.driver,
        published.time,
        fmt::format("request {} was declined at {}, but its offer to driver {} (dispatch_queue.id "
                    "{}) was still PENDING and the relay published it at {}",
                    published.request, describe_time(decline.time), published.driver, published.a,
                    describe_time(published.time)),
        {decline.sequence}});
  }
  for (const Row& row : world.database.inspect(
           "SELECT r.id, q.driver_id, q.id FROM ride_requests r "
           "JOIN dispatch_queue q ON q.request_id = r.id AND q.status = 'PENDING' "
           "WHERE r.status = 'DECLINED' ORDER BY r.id, q.id")) {
    const auto decline = declines.find(row.integer(0));
    violations.push_back(Violation{
        "atomic-decline-cleanup", row.integer(0), row.integer(1), world.kernel.now(),
        fmt::format("request {} is DECLINED but its offer to driver {} (dispatch_queue.id {}) is "
                    "still PENDING at the end",
                    row.integer(0), row.integer(1), row.integer(2)),
        decline == declines.end() ? std::vector<std::uint64_t>{}
                                  : std::vector<std::uint64_t>{decline->second->sequence}});
  }
  return violations;
}

}  // namespace dispatchsim::model
