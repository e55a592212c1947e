#pragma once
// Confirming a simulated case on the real services: the same run (scenario, variant, seed or tape)
// simulated, then on MariaDB + Redis behind the same ports (RealServices), and what differs —
// per property, whether the simulated violation reproduced; the first database statement whose
// rows, changes or error differ. `dispatchsim confirm` prints it; tests/backends/ checks it.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backends/real_services.hpp"
#include "explore/results_file.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim::explore {

// One database statement of a run, as its trace holds it.
struct TracedStatement {
  std::string process;
  std::string_view kind;  // db.select, db.insert, ..., db.error, db.lock_wait_timeout
  sim::Micros time = 0;
  std::int64_t changes = 0;
  std::int64_t rows = 0;
  std::string text;  // the statement with its parameters
};
std::vector<TracedStatement> traced_statements(const scenarios::RunResult& result);
// What it answered: rows for a read, changes for a write, the error of a failure.
std::string answer_of(const TracedStatement& statement);

struct StatementDifference {
  std::size_t index = 0;                           // 0-based position in both runs' statements
  std::optional<TracedStatement> simulated, real;  // nullopt: that run had no more statements
  std::size_t simulated_count = 0, real_count = 0;
};
// The first statement whose process, text or answer differ; nullopt when none does.
std::optional<StatementDifference> first_difference(const scenarios::RunResult& simulated,
                                                    const scenarios::RunResult& real);

struct Confirmation {
  scenarios::RunResult simulated, real;
  double simulated_seconds = 0, real_seconds = 0;  // wall-clock time of each run
  std::vector<std::string> reproduced;             // properties violated by both runs
  std::vector<std::string> not_reproduced;         // violated by the simulated run only
  std::vector<std::string> real_only;              // violated by the real run only
  std::optional<StatementDifference> difference;
  backends::MariadbCounters counters;  // of the real run
};

// Runs options (keep_trace forced on) simulated, then on services. The real run is not
// bit-deterministic: the server grants locks and picks deadlock victims.
Confirmation confirm_case(const scenarios::Scenario& scenario, scenarios::RunOptions options,
                          backends::RealServices& services);

// "worker-1 at 0.457 s: INSERT INTO ... -> 1 change".
std::string describe(const TracedStatement& statement);
// "#31: simulated: ... / real: ...".
std::string describe(const StatementDifference& difference);

// The confirmation as a results file keeps it; services names them ("MariaDB ... + Redis ...").
RealConfirmation stored_confirmation(const Confirmation& confirmation, const std::string& services);

struct ConfirmedRuns {
  std::int64_t confirmed = 0;  // runs confirmed now
  std::int64_t earlier = 0;    // confirmed before (a resumed sweep)
  std::int64_t errors = 0;     // simulated runs that stopped with an error: nothing to confirm
};
// `sweep --backend real`: every run of the file not confirmed yet, one after another on the same
// services, its confirmation stored next to it (table run_confirmations). A real run that fails
// (a statement MariaDB refuses, a lost connection) is stored as such and the next one goes on.
// progress(done, total) after each run.
ConfirmedRuns confirm_stored_runs(ResultsFile& file, backends::RealServices& services,
                                  const std::string& services_text,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress);

}  // namespace dispatchsim::explore
