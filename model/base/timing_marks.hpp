#pragma once
// Timing marks: sim::Kernel::mark() calls on the choices whose value sets when something races,
// for guided exploration's directed mutations (explore/guided_corpus.hpp, "nudge"). A timing mark
// records where on the choice tape a delay was drawn, so a near miss (scenarios/
// coverage_features.hpp) can say "move the choice at this tape position by this much". Like a
// flaw marker it changes nothing in the run and is not hashed. Its a is always 0 (it touches no
// request for the violation signatures' causal chains), b names the request and value is the tape
// position of the draw.

#include <string_view>

namespace dispatchsim::model::timing_mark {

// A driver's think time before answering an offer (model/actors/driver_app.cpp): its tape value
// is the think time in microseconds above the workload's minimum.
inline constexpr std::string_view driver_think = "timing.driver-think";

inline bool is_timing_mark(std::string_view name) {
  return name.starts_with("timing.");
}

}  // namespace dispatchsim::model::timing_mark
