#pragma once
// The run this process is executing, for the last words of an assertion failure. An assert
// anywhere (sim/, model/, faults/: the standard assert, on in every build type) aborts; the
// SIGABRT handler installed here first prints which run it was and the command that replays it,
// so a crash in the middle of a sweep of thousands of runs is one command away from a debugger.
// Process-wide on purpose: a run is single-threaded and a sweep's workers are processes, so one
// slot is exact, and no code between the runner and an assert needs to carry it. It is never read
// by a run, so it cannot change one (determinism).

#include <cstddef>
#include <string_view>

namespace dispatchsim::sim {

// While alive, an abort prints `description` (e.g. "scenario decline-race, variant legacy, seed 5
// ... replay: dispatchsim run ...") to stderr before the process dies. Installs the handler on
// first use. Not nestable: the innermost run wins, and the outer one is restored on destruction.
class CurrentRun {
 public:
  explicit CurrentRun(std::string_view description);
  ~CurrentRun();
  CurrentRun(const CurrentRun&) = delete;
  CurrentRun& operator=(const CurrentRun&) = delete;

 private:
  static constexpr std::size_t capacity = 1024;
  char previous_[capacity];
};

// What an abort would print now ("" outside any run).
std::string_view current_run_description();

}  // namespace dispatchsim::sim
