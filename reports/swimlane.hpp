#pragma once
// A request's timeline (explore/request_timeline.hpp) drawn as swimlanes in SVG: one lane per
// simulated process, events in run order left to right (with virtual times on top), messages
// as arrows between lanes — broker send → delivery, push sent → shown on the driver's screen,
// a decline call → its commit → the answer — faults as red triangles and the events of a
// violation ringed in red. Every mark has a tooltip with the event's full text. Event labels
// stand horizontally in rows above the lanes, packed so that no two overlap (class
// "event-label"; lane names: "lane-label"), and the picture is sized to hold all of them.

#include <cstddef>
#include <string>

#include "explore/request_timeline.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim::reports {

struct Swimlane {
  std::string svg;
  std::size_t events = 0;   // drawn
  std::size_t omitted = 0;  // left out (cache traffic, info logs, or beyond max_events)
  std::size_t lanes = 0;
};

// result must come from a run with keep_trace; timeline from build_timelines on it. At most
// max_events are drawn: when there are more, the ones around the first violation.
Swimlane draw_swimlane(const scenarios::RunResult& result, const explore::RequestTimeline& timeline,
                       std::size_t max_events = 110);

}  // namespace dispatchsim::reports
