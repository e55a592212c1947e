#pragma once
// explain --causal: of a request's timeline, only the events that lead to its violations.

#include <string>
#include <vector>

#include "explore/request_timeline.hpp"

namespace dispatchsim::explore {

// Which entries lead to the timeline's violations (all of them when it has none). Walks back from
// each violating event along happens-before edges — the same process's earlier events (about the
// same driver, or about no driver in particular), a broker message's send before its deliveries,
// a push's send before its delivery and its showing, a driver's decline request before the
// decline's commit, and the last write to a table by another process before a later statement
// that reads it (a SELECT, UPDATE or DELETE; the request's rows of that table) — and keeps what
// it reaches, plus the log lines those processes wrote at those instants.
std::vector<bool> leads_to_violation(const RequestTimeline& timeline);

// "processes: api-2, driver-app-3, worker-1; messages: 7; tables: dispatch_log, ride_requests":
// what a timeline's events involve (the causal chain's heading).
std::string timeline_participants(const RequestTimeline& timeline);

}  // namespace dispatchsim::explore
