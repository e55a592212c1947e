#pragma once
// The worker side of a sweep: a process (`dispatchsim sweep-worker`) that runs the work items the
// orchestrator hands it, one at a time and single-threaded, and stores each run's row in the
// results file itself before acknowledging it. So when anything is killed, the file holds every
// acknowledged run, and at most the runs in flight are lost.
//
// Protocol, one line each way per run: the orchestrator writes "<work item index>\n" (an index
// into the stored definition's work list); the worker answers "<index> <outcome>\n" (pass,
// violation or error) once the row is committed. End of input means: finish and exit 0.

#include <string>

namespace dispatchsim::explore {

// Exit codes of a worker process.
constexpr int worker_exit_ok = 0;
constexpr int worker_exit_bad_input = 2;  // the file or a scenario is unusable: the sweep stops

// Runs the protocol on input_fd / output_fd against the sweep stored in results_path.
// Returns the process's exit code.
int run_sweep_worker(const std::string& results_path, int input_fd, int output_fd);

}  // namespace dispatchsim::explore
