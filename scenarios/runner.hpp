#pragma once
// One run: run(scenario, variant, seed, strategy) -> RunResult, a pure function of its inputs.
// Builds the choice source, kernel, fault injector and world, runs the safety phase (faults on)
// and the heal phase, then checks the scenario's properties.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "faults/fault_catalogue.hpp"
#include "model/observe/alert_monitor.hpp"
#include "model/observe/broker_metrics.hpp"
#include "model/infra/history.hpp"
#include "model/observe/monitoring_oracles.hpp"
#include "model/observe/properties/property.hpp"
#include "model/infra/run_log.hpp"
#include "model/world/external_services.hpp"
#include "scenarios/root_cause.hpp"
#include "scenarios/scenario.hpp"
#include "scenarios/violation_signature.hpp"
#include "sim/trace.hpp"

namespace dispatchsim::scenarios {

struct RunOptions {
  std::string variant = "legacy";
  std::uint64_t seed = 1;
  std::string strategy = "random";  // random | pct | guided (a random walk over a given tape)
  int pct_depth = 3;
  std::uint64_t pct_expected_steps = 0;  // 0: estimated from the scenario's size
  std::optional<std::set<int>> fixes;    // plan: overrides the scenario's [plan] fixes
  std::optional<int> flag_percent;       // plan: overrides the scenario's flag_percent
  // plan: the flag starts at from_percent and switches to the flag percent mid-run (a rollout's
  // transition into a phase, with messages in flight).
  std::optional<model::FlagSwitch> flag_switch;
  // Replays a choice tape instead of the seed (rapidcheck and shrink drive runs this way).
  const std::vector<std::uint64_t>* tape = nullptr;
  // With tape: the tape is a prefix; past its end choices come from the seed's streams (guided
  // exploration keeps the start of a run and reseeds the rest). Without: past its end every
  // choice is 0.
  bool reseed_after_tape = false;
  // Guided exploration (sim/keyed_tape_choice_source.hpp): with tape, each value's key (stream,
  // process), parallel to the tape, so the tape is replayed per key, then the seed draws; and
  // record_keys receives each choice's key, parallel to record_tape. Either selects the keyed
  // source, which without tape_keys draws exactly what reseed_after_tape draws.
  const std::vector<std::uint64_t>* tape_keys = nullptr;
  std::vector<std::uint64_t>* record_keys = nullptr;
  // Records every choice made, so the run can be replayed from a tape (and, when given, the
  // number of options of each choice).
  std::vector<std::uint64_t>* record_tape = nullptr;
  std::vector<std::uint64_t>* record_options = nullptr;
  // Computes RunResult::features (scenarios/coverage_features.hpp); guided exploration's feedback.
  bool collect_features = false;
  bool keep_trace = false;  // keep trace events, history and logs in the result
  // Also check the properties the scenario does not check, into RunResult::unchecked_violations
  // (`run` prints them as hints; they never count as the run's violations). Checks are passive:
  // the run and its trace hash are the same either way.
  bool check_unchecked_properties = false;
  std::string save_database_to;  // write the final database to this file
  std::vector<model::RecordedStatement>* record_statements = nullptr;
  // Real services instead of the simulated database and cache (`confirm`, backends/): the run's
  // connections and cache come from them, and their final rows are copied into the simulated
  // database for the checkers. Such a run is not bit-deterministic (the server grants locks).
  model::ExternalServices* external_services = nullptr;
  // On-call's view, read by observer timers that never change the run (0: off): the plan's
  // alerts evaluated every alert_interval (the plan: 5 minutes) and broker metrics sampled every
  // broker_sample_interval.
  sim::Micros alert_interval = model::alert_window;
  sim::Micros broker_sample_interval = sim::seconds(1);
  // After-run checks a consumer may not need (they never change the run, only what is reported):
  // the plan's monitoring queries on the final database, set against the violations (about 7 %
  // of a decline-race run). Off, RunResult::monitoring stays empty. Guided exploration's runs,
  // the likelihood samples and time-to-first-failure read only violations.
  bool judge_monitoring = true;
  // Test-only: perturbs the trace hash once this many events were recorded (a deliberate
  // nondeterminism, to prove replay catches it).
  std::uint64_t perturb_after_events = 0;
  // Test-only: aborts at 1 s of virtual time, as a failed assertion would (to show that the
  // abort names the run and its replay command).
  bool abort_mid_run = false;
};

struct RunMetrics {
  std::int64_t requests = 0;
  std::int64_t offers = 0;  // dispatch_queue rows the matcher committed
  std::int64_t dispatch_log_rows = 0;
  std::int64_t pushes_sent = 0;
  std::int64_t shown = 0;
  std::int64_t declines = 0;  // requests ending DECLINED
  std::int64_t accepted = 0;
  std::int64_t cancelled = 0;
  std::int64_t still_open = 0;
  std::int64_t messages_sent = 0;
  std::int64_t dead_letters = 0;   // DLQ depth at the end
  std::int64_t api_errors = 0;     // HTTP 500s
  std::int64_t lock_timeouts = 0;  // LockTimeout + lock wait timeouts logged
  // The rollout's SLO inputs (docs/rollout.md), all from the ground truth and the infrastructure,
  // none from the variant's own logs:
  std::int64_t declined_requests = 0;           // requests whose decline committed
  std::int64_t redispatched_after_decline = 0;  // of those: a dispatch_log row or push after it
  std::int64_t dispatch_offers = 0;             // (request, driver) pairs the matcher offered
  std::int64_t offers_exactly_once =
      0;                               // of those: shown once, or never because the request closed
  std::int64_t api_calls = 0;          // calls and posts the apps made, retries included
  std::int64_t api_timeouts = 0;       // calls the app gave up on (no answer in time)
  std::int64_t deliveries = 0;         // dispatch messages handed to workers, duplicates included
  std::int64_t failed_deliveries = 0;  // of those: no delete followed (crash, exception, NACK)
  std::int64_t lock_acquire_timeouts = 0;  // Redis lock acquires that gave up (blocking timeout)
  std::int64_t lock_wait_timeouts = 0;     // database lock waits that timed out
};

struct RunResult {
  std::string scenario;
  std::string variant;
  std::string strategy;
  std::uint64_t seed = 0;
  std::set<int> fixes;
  int flag_percent = 100;
  std::optional<model::FlagSwitch> flag_switch;
  std::uint64_t trace_hash = 0;
  std::uint64_t events = 0;
  std::uint64_t scheduling_steps = 0;
  std::uint64_t processes = 0;
  sim::Micros virtual_end = 0;
  double pct_bound = 0;  // PCT's detection lower bound for this run's n and k
  std::vector<model::Violation> violations;
  std::vector<std::string> checked_properties;  // the scenario's [properties] check, in its order
  // With RunOptions::check_unchecked_properties: what the other properties would have found.
  std::vector<model::Violation> unchecked_violations;
  std::vector<ViolationSignature> signatures;  // one per violation, in the same order (triage)
  std::vector<RootCause> root_causes;          // one per violation, in the same order
  faults::FaultPlan fault_plan;                // after swarm drawing
  std::vector<faults::KnobDraw> knobs_drawn;   // [swarm.knobs]: what this seed set each knob to
  std::array<std::int64_t, faults::fault_count> faults_fired{};
  RunMetrics metrics;
  std::map<std::string, std::int64_t> probe_hits;  // coverage probe id -> hits in this run
  std::vector<std::uint64_t> features;             // only with collect_features: sorted, distinct
  // Parallel to features: the choices drawn when the run first reached each (a tape prefix of
  // that length leads there); the whole tape's length for features of the final state.
  std::vector<std::uint64_t> feature_positions;
  // The plan's monitoring queries on the final database, set against the violations above.
  model::MonitoringVerdict monitoring;
  // The plan's alerts as on-call's cron evaluated them during the run, and when each violation
  // would have paged (one detection per violation, in order).
  std::vector<model::AlertEvaluation> alert_evaluations;
  std::vector<model::Detection> detections;
  std::vector<model::BrokerSample> broker_samples;  // the dispatch queue over virtual time
  // Only with keep_trace:
  std::vector<sim::TraceEvent> trace;
  std::vector<model::HistoryEvent> history;
  std::vector<std::string> process_names;  // by process id (0 is the kernel)
  std::vector<std::string> log_lines;
  std::vector<model::LogLine> log;  // the same lines, structured (explain reads these)

  bool violated() const { return !violations.empty(); }
  std::set<std::string> violated_properties() const;
  std::vector<std::string> faults_that_fired() const;
};

RunResult run_scenario(const Scenario& scenario, const RunOptions& options);

// The exact command line that reproduces this run.
std::string replay_command(const Scenario& scenario, const RunResult& result);

// The --flag-from argument of a flag switch: "10@4500ms" (the switch time in whole milliseconds;
// callers choose times that are).
std::string flag_switch_text(const model::FlagSwitch& change);

}  // namespace dispatchsim::scenarios
