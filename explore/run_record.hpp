#pragma once
// RunRecord: one run as a results file stores it (docs/results-schema.md, table `runs` and its
// child tables). Built from a RunResult by the sweep worker; read back by replay, explain,
// shrink, merge, the summary and the reports.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "explore/run_spec.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim::explore {

enum class RunOutcome { pass, violation, error };
std::string_view to_string(RunOutcome outcome);
std::optional<RunOutcome> outcome_from_string(std::string_view text);

struct PropertyCount {
  std::string property;
  std::int64_t count = 0;  // violations of this property in the run
  // Of those, by the plan's monitoring (model/observe/monitoring_oracles.hpp): an alert meant for
  // it fired about it (caught), none did (missed), or the plan has no alert for it (uncovered).
  std::int64_t caught = 0;
  std::int64_t missed = 0;
  std::int64_t uncovered = 0;
};

// A monitoring oracle (the plan's Step or Metric query) that fired at the end of the run.
struct OracleFiring {
  std::string oracle;
  std::int64_t rows = 0;        // rows returned (Steps) or the count (Metrics)
  bool false_positive = false;  // fired although every property it is meant for held
};

struct ProbeHits {
  std::string probe;
  std::int64_t hits = 0;
};

struct FaultCount {
  std::string fault;
  std::int64_t fired = 0;
};

// One fault of the run's effective plan (after swarm drawing), enabled.
struct FaultPlanEntry {
  std::string fault;
  double rate = 0;
  std::int64_t magnitude_min_us = 0;
  std::int64_t magnitude_max_us = 0;
};

struct ViolationExample {
  std::string property;
  std::int64_t request = 0;
  std::int64_t driver = 0;
  std::int64_t time_us = 0;
  std::string description;
};

// The violations of a run that share one signature (scenarios/violation_signature.hpp): what
// `triage` groups a sweep's violations by.
struct SignatureCount {
  std::string signature;   // ViolationSignature::id(), 16 hex digits
  std::string root_cause;  // scenarios/root_cause.hpp id, or "unexplained"
  std::string property;
  std::string faults;       // ViolationSignature::faults_text()
  std::string event_kinds;  // ViolationSignature::event_kinds_text()
  std::int64_t count = 0;
};

// A guided run's input and feedback (explore/guided_corpus.hpp), table run_tapes: the full
// tape replays the run (replay, explain and shrink of the row), the features rebuild the corpus
// when a sweep resumes or a worker joins.
struct GuidedTrail {
  std::string mutation;                  // fresh, branch, reseed, flip, splice or nudge
  std::vector<std::uint64_t> tape;       // every choice the run made
  std::vector<std::uint64_t> options;    // the number of options of each choice
  std::vector<std::uint64_t> features;   // sorted, distinct
  std::vector<std::uint64_t> positions;  // parallel to features: choices drawn when first reached
  std::vector<std::uint64_t> keys;       // parallel to tape: each choice's (stream, process)
};

// How many violation descriptions a row keeps (the counts are always complete), besides the
// first violation of every property it violates, which it always keeps.
constexpr std::size_t kept_violation_examples = 5;

struct RunRecord {
  std::int64_t id = 0;   // the row id; 0 until stored
  std::string scenario;  // the scenario's name
  std::string variant;
  std::string strategy;
  std::optional<std::int64_t> pct_depth;  // pct only
  std::uint64_t seed = 0;
  std::optional<std::string> fixes;          // plan only: "1,2,5" or "none"
  std::optional<std::int64_t> flag_percent;  // plan only
  RunOutcome outcome = RunOutcome::pass;
  std::string error;  // outcome error: what stopped the run
  std::uint64_t trace_hash = 0;
  std::uint64_t events = 0;
  std::uint64_t scheduling_steps = 0;
  std::uint64_t processes = 0;
  std::int64_t virtual_end_us = 0;
  std::int64_t wall_time_us = 0;
  double pct_bound = 0;
  scenarios::RunMetrics metrics;
  std::vector<PropertyCount> violations;
  std::vector<ViolationExample> examples;
  std::vector<FaultCount> faults_fired;
  std::vector<FaultPlanEntry> fault_plan;
  std::vector<OracleFiring> oracles;       // only those that fired
  std::vector<ProbeHits> probes;           // only those hit
  std::vector<SignatureCount> signatures;  // distinct, by signature id
  std::optional<GuidedTrail> guided;       // guided runs only; read by ResultsFile::run(id)

  bool violated(std::string_view property) const;
};

// The row for a finished run of spec.
RunRecord record_of(const RunSpec& spec, const scenarios::RunResult& result,
                    std::int64_t wall_time_us);
// The row for a run of spec that stopped with an error (an impossible state, a crashed worker).
RunRecord error_record(const scenarios::Scenario& scenario, const RunSpec& spec, std::string error);

// RunMetrics by column name, in a stable order: the results file, merge and reports use this one
// list, so a new metric is one line here (and a schema version bump).
struct MetricField {
  std::string_view name;
  std::int64_t scenarios::RunMetrics::*member;
};
const std::vector<MetricField>& metric_fields();

}  // namespace dispatchsim::explore
