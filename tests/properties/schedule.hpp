#pragma once
// The choice-tape back-end driven by rapidcheck: a run's schedule as a rapidcheck value, so that
// when a property fails rapidcheck shrinks the schedule and the faults (swarm draws, fault
// firings, delays and fiber choices are all choices on the tape), not only the inputs.
//
// A Schedule is a seed as generated, or a choice tape once shrinking began. The seeded generator
// draws a seed from rapidcheck's Random, so its runs have the seeded PRNG's distribution (every
// choice of a run, at the rates the scenario says); only when a case fails does it record that
// run's tape and hand rapidcheck the ways to make it simpler (tape_shrinks). mixed_tape lets
// rapidcheck write the tape itself; README's "Property suites" says how the two compare (tapes
// written at rapidcheck's default size never reached the decline race: it needs deep choices).
//
// Every choice is decoded monotonically (min(raw, options - 1)) and 0 is always the simplest
// choice — the first ready fiber, no fault, the shortest delay — and past a tape's end every
// choice is 0, so a shorter tape with smaller values is a simpler run.

#include <rapidcheck.h>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "scenarios/runner.hpp"

namespace dispatchsim::testing {

using Tape = std::vector<std::uint64_t>;

struct Schedule {
  std::uint64_t seed = 0;
  std::optional<Tape> tape;  // set: replay this tape instead of the seed
};

// rapidcheck prints a counterexample with this (found by argument-dependent lookup).
void showValue(const Schedule& schedule, std::ostream& out);

// The tape with its trailing zeros dropped: the same run, since past the end every choice is 0.
Tape trimmed(Tape tape);

// The simpler tapes one step away, most aggressive first, lazily (a tape can hold thousands of
// choices): all zeros; shorter prefixes; chunks set to 0, halving the chunk size, from the end
// towards the start; small values lowered. Zeroing keeps every later choice in place, which is
// why it keeps a failure far more often than deleting would.
rc::Seq<Tape> tape_shrinks(const Tape& tape);

// Seeds from rapidcheck's Random; a failing seed shrinks as the tape its run drew.
rc::Gen<Schedule> seeded_schedule(const scenarios::Scenario& scenario,
                                  const scenarios::RunOptions& options);
// Tapes written by rapidcheck, up to length_max choices, each a small value (a fiber or count
// choice, 0..3) or a chance-sized one (a fault firing at any rate, a delay).
rc::Gen<Schedule> mixed_tape(std::size_t length_max);
// The generator's tapes, shrunk by tape_shrinks instead of rapidcheck's own vector shrinking.
rc::Gen<Schedule> with_tape_shrinker(rc::Gen<Schedule> generator);

struct ScheduledRun {
  scenarios::RunResult result;
  Tape drawn;  // every choice the run drew, trimmed: replaying it gives the same run
};

// Runs the scenario with options (variant, fixes, ...) under this schedule.
ScheduledRun run_schedule(const scenarios::Scenario& scenario, scenarios::RunOptions options,
                          const Schedule& schedule);

// The violations of `properties` in the run (all of them when `properties` is empty).
std::vector<model::Violation> violations_of(const scenarios::RunResult& result,
                                            const std::vector<std::string>& properties);

// test-output/properties/<name>.tape under the build tree.
std::string failing_tape_path(const std::string& name);

// Writes the tape to failing_tape_path(name) and returns the
// dispatchsim command that replays it. The file of one name is overwritten by every failing case
// rapidcheck tries, so it ends up holding the last one: the shrunk counterexample.
std::string save_failing_tape(const scenarios::Scenario& scenario,
                              const scenarios::RunResult& result, const Tape& tape,
                              const std::string& name);

// The property body the suites share: runs the schedule and, when it violates one of
// `properties`, saves the tape and fails the rapidcheck case with the first violation and the
// dispatchsim command that replays it.
void require_no_violation(const scenarios::Scenario& scenario, const scenarios::RunOptions& options,
                          const Schedule& schedule, const std::vector<std::string>& properties,
                          const std::string& name);

}  // namespace dispatchsim::testing
