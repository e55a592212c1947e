#pragma once
// The orchestrator side of a sweep: plans the work (the definition's runs in this shard, minus
// those the results file already holds), starts worker processes (fork/exec of the dispatchsim
// binary as `sweep-worker`), hands each one run at a time, and stops on a time budget, a failure
// limit or an interrupt (Ctrl-C: the runs in flight finish and are stored). Parallelism lives
// here only: each run stays single-threaded in its worker.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "explore/sweep_definition.hpp"

namespace dispatchsim::explore {

struct SweepRequest {
  SweepDefinition definition;
  std::string results_path;
  bool resume = false;  // the file may already hold runs of this sweep
  Shard shard;
  int jobs = 1;  // worker processes
  std::optional<double> time_budget_seconds;
  std::optional<std::int64_t> stop_after_failures;  // violating or erroring runs
  std::string worker_program;  // the dispatchsim binary that runs `sweep-worker`
};

// One scenario's share of a sweep's progress.
struct ScenarioProgress {
  std::string scenario;
  std::size_t finished = 0;
  std::size_t violating = 0;  // violating or erroring
};

struct SweepProgress {
  std::size_t planned = 0;   // runs this invocation set out to do
  std::size_t finished = 0;  // of those, stored
  std::size_t violating = 0;
  std::size_t errors = 0;
  double elapsed_seconds = 0;
  std::vector<ScenarioProgress> scenarios;  // definition order; the same counts per scenario
};

enum class SweepStop { completed, time_budget, failure_limit, interrupted };

struct SweepOutcome {
  SweepProgress progress;
  std::size_t in_shard = 0;        // runs of the definition in this shard
  std::size_t already_stored = 0;  // of those, skipped because the file held them
  bool counts_exact = true;        // in_shard is an estimate for huge sharded seed ranges
  SweepStop stop = SweepStop::completed;
  std::size_t worker_crashes = 0;  // workers that died during a run (recorded as errors)
  bool shard_complete = false;     // the file now holds every run of this shard, and records it
};

// Runs the sweep. on_progress is called after every stored run and a few times a second.
// Throws InputError when the results file holds another sweep, or holds runs of this one and
// resume is off, or a worker reports unusable input.
SweepOutcome run_sweep(const SweepRequest& request,
                       const std::function<void(const SweepProgress&)>& on_progress);

// "90s", "2m", "1h30m", "500ms", or a bare number of seconds. Throws InputError with an example.
double parse_duration_seconds(const std::string& text, const std::string& option);

}  // namespace dispatchsim::explore
