#pragma once
// explain's timeline: every event of a run that touched one ride request — database statements
// (with their parameters), broker messages carrying it, cache keys named after it, pushes, the
// ground-truth history, log lines — in run order, with virtual time and process, plus the faults
// that fired in the processes involved while the request was live, and its violations marked.
//
// Which trace event touches which request is read from the events themselves: a statement's
// request_id / ride_requests.id, a dispatch event's body, a cache key such as request:{id}. The
// run must have been made with RunOptions::keep_trace.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "scenarios/runner.hpp"

namespace dispatchsim::explore {

struct TimelineEntry {
  std::uint64_t trace_index = 0;  // position in the run's trace (log lines: the event before)
  sim::Micros time = 0;
  std::string process;
  std::string kind;  // trace kind ("db.update", "broker.deliver", ...), "history",
                     // "log", "fault" or "violation"
  std::string detail;
  std::vector<std::string> violated;  // properties whose violation involves this event
  // What the event is about, for the causal chain (0 / empty: not known or not applicable):
  model::DriverId driver = 0;
  std::int64_t message = 0;   // the broker message it sends, delivers, deletes, ...
  std::int64_t delivery = 0;  // the push delivery it sends, delivers or shows
  std::string table;          // the table a statement reads or writes
  bool writes_table = false;  // INSERT, UPDATE or DELETE
  bool is_log = false;
  // A long pause before this event (>= timeline_gap): what its process was waiting for.
  std::string waited;
};

// Pauses at least this long between two events of a timeline are labelled (TimelineEntry::waited).
constexpr sim::Micros timeline_gap = sim::milliseconds(100);

struct RequestTimeline {
  model::RequestId request = 0;
  std::vector<model::Violation> violations;       // of this request
  std::vector<scenarios::RootCause> root_causes;  // of each of those violations
  std::vector<TimelineEntry> entries;             // in run order
};

// The timeline of one request (request set), or of every request involved in a violation.
// Throws InputError when the request does not exist in the run, or when none is named and no
// violation involves one.
// causal: keep only the events that lead to each timeline's violations (causal_chain.hpp).
std::vector<RequestTimeline> build_timelines(const scenarios::RunResult& result,
                                             std::optional<model::RequestId> request,
                                             bool causal = false);

std::string timelines_text(const scenarios::RunResult& result,
                           const std::vector<RequestTimeline>& timelines);
nlohmann::ordered_json timelines_json(const scenarios::RunResult& result,
                                      const std::vector<RequestTimeline>& timelines);

}  // namespace dispatchsim::explore
