#pragma once
// Failure triage across a sweep (all its shards, once merged): the violations grouped by variant
// and root cause (scenarios/root_cause.hpp), and within a group by signature
// (scenarios/violation_signature.hpp — property, faults in the causal chain, the involved event
// kinds), each group with its minimal seed, so a million-seed sweep reads as a short list of
// distinct bugs. Unexplained violations are grouped by signature alone: nothing says two of them
// are one bug. Read from the results file (table run_signatures), so it is the
// same for one file swept in one process and for the merge of any sharding of that sweep.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "explore/results_file.hpp"

namespace dispatchsim::explore {

// One signature of a group: a shape the root cause took.
struct SignatureShape {
  std::string signature;  // 16 hex digits
  std::string property;
  std::string faults;           // "push-duplicate+process-crash", or "none"
  std::string event_kinds;      // "status-committed:DECLINED>dispatch-logged", or "final-state"
  std::int64_t runs = 0;        // runs with at least one violation of this signature
  std::int64_t violations = 0;  // all of them, over those runs
};

struct BugGroup {
  std::size_t variant = 0;             // index into the definition's variants
  std::string root_cause;              // root cause id ("unexplained": the group is one signature)
  std::vector<SignatureShape> shapes;  // most runs first
  std::int64_t runs = 0;               // runs with at least one violation of this root cause
  std::int64_t violations = 0;         // all of them, over those runs
  std::vector<std::size_t> scenarios;  // where it occurred: indices into the definition, in order
  // The minimal seed: the lowest seed of any run in the group (ties: the earlier scenario).
  std::size_t minimal_scenario = 0;
  std::uint64_t minimal_seed = 0;
  std::int64_t minimal_row = 0;  // that run's row in this file (not stable across merges)
};

struct Triage {
  StoredSweep sweep;
  Completeness completeness;  // a partial file triages only the runs it holds, and says so
  // Variant definition order; within a variant, explained before unexplained, most runs first.
  std::vector<BugGroup> groups;
  std::int64_t violating_runs = 0;
  // Violating runs without signatures: recorded by a dispatchsim older than schema version 2.
  std::int64_t runs_without_signature = 0;

  // The arguments that reproduce a group's minimal seed (`dispatchsim run <arguments>`).
  RunSpec minimal_run(const BugGroup& group) const;
};

// Throws InputError when the file holds no sweep or is damaged (ResultsFile::verify).
Triage triage(ResultsFile& file);

// The triage as JSON, for scripts and for comparing sweeps: {"complete", "completeness",
// "violating_runs", "runs_without_signature", "groups": [{variant, root_cause, root_cause_text,
// runs, violations, scenarios, shapes: [{signature, property, faults, event_kinds, runs,
// violations}], minimal: {scenario, seed, row, arguments}}]}. Everything but "row" is independent
// of how the sweep was sharded and merged.
nlohmann::json triage_json(const Triage& triage);

}  // namespace dispatchsim::explore
