#pragma once
// shrink: from a failing run, a smaller run that still violates the same property. Two phases,
// both greedy, deterministic, and bounded by a budget of runs:
//
//  1. The scenario: swarm faults pinned to the plan they drew; faults removed one by one; fewer
//     requests, drivers, candidates, workers, handlers, pickup updates, readers; shorter fault,
//     arrival and think windows. Each smaller scenario is tried with the current seed, then seeds
//     1, 2, ... up to a limit, because a smaller world makes the old seed's schedule meaningless.
//  2. The schedule, through the choice tape the run records: the tape is cut short, chunks are
//     deleted or zeroed, values lowered toward 0 (0 is always the simplest choice, and past the
//     tape's end every choice is 0).
//
// A candidate is kept only if it violates the target property and is no larger than the input
// on any measured dimension (so the result never is), and each kept step makes the case strictly
// smaller, so the search ends.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "explore/run_spec.hpp"
#include "scenarios/runner.hpp"
#include "scenarios/scenario.hpp"

namespace dispatchsim::explore {

struct ShrinkOptions {
  std::size_t run_budget = 2000;            // runs at most, both phases together
  std::uint64_t seeds_per_candidate = 100;  // seeds tried for each smaller scenario
  bool shrink_schedule = true;              // phase 2
};

// One measured dimension of a case: the scenario's size and the run's activity.
struct Dimension {
  std::string name;
  std::int64_t value = 0;
};

struct ShrunkCase {
  scenarios::Scenario scenario;
  RunSpec spec;                                    // its seed, variant, strategy (scenario unset)
  std::optional<std::vector<std::uint64_t>> tape;  // set once the schedule was shrunk
  std::vector<Dimension> size;
};

struct ShrinkReport {
  std::string property;
  ShrunkCase input;
  ShrunkCase minimal;
  std::size_t runs = 0;  // runs spent
  bool budget_exhausted = false;
  std::vector<std::string> steps;  // each accepted reduction, in words
};

// Shrinks the run (scenario, spec, optional tape) with respect to property (empty: the first
// property it violates, in catalogue order). Throws InputError when the run does not violate it.
// on_step, if set, hears each accepted reduction as it happens.
ShrinkReport shrink(const scenarios::Scenario& scenario, const RunSpec& spec,
                    const std::optional<std::vector<std::uint64_t>>& tape,
                    const std::string& property, const ShrinkOptions& options,
                    const std::function<void(const std::string&)>& on_step = {});

// The minimal case as a scenario file: its text (header: where it was shrunk from and the command
// of that run) and the spec that runs it once written (scenario unset; the plan's fixes and flag
// are written into the file, so the spec carries no overrides). A tape, if any, is the caller's.
struct MinimalCaseFile {
  std::string toml;
  RunSpec spec;
};
// source_arguments: what selects the source run (`dispatchsim run <source_arguments>`).
MinimalCaseFile minimal_case_file(const ShrinkReport& report, const std::string& source_scenario,
                                  const RunSpec& source_spec, const std::string& source_arguments);

}  // namespace dispatchsim::explore
