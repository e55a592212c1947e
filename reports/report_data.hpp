#pragma once
// Everything a report shows, gathered once from its inputs — results files (one row per run,
// docs/results-schema.md) and rollout files (docs/rollout.md) — so that the writers (Markdown,
// HTML, JSON, JUnit) only format. What each section means, and which input it comes from, is
// documented in docs/report-json-schema.md.
//
// Results files play two roles, told apart by their sweep definition:
//   - sweeps without --fix / --flag-percent (the plan as each scenario deploys it), any strategy:
//     the verdict, fault matrix, monitoring, probes, time to first failure and timelines;
//   - sweeps with --fix (and/or --flag-percent): the plan's fixes one by one, a row per fix set.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "explore/rollout.hpp"
#include "explore/run_record.hpp"
#include "explore/run_spec.hpp"
#include "explore/sweep_confidence.hpp"
#include "reports/decision.hpp"

namespace dispatchsim::reports {

struct ReportInputs {
  std::vector<std::string> results_files;  // --db, at least one
  std::vector<std::string> rollout_files;  // --rollout
  std::string program = "dispatchsim";     // how printed commands start
};

// One stored run, as the report points at it.
struct RunReference {
  std::string results_file;
  std::int64_t row = 0;
  std::string scenario;           // the scenario's name
  std::string scenario_argument;  // what -s takes here (the sweep's argument, or the bundled name)
  std::string variant;
  std::string strategy;
  int pct_depth = 3;
  std::uint64_t seed = 0;
  std::optional<std::string> fixes;  // the sweep's --fix override, if any
  std::optional<int> flag_percent;   // the sweep's --flag-percent override, if any
  std::uint64_t trace_hash = 0;
  std::string replay;        // "dispatchsim run -s ... --seed N"
  std::string replay_row;    // "dispatchsim run --db FILE --row ID"
  std::string explain;       // "dispatchsim explain ... --request R"
  std::string shrink;        // "dispatchsim shrink --db FILE --row ID"
  std::string violation;     // the first violation of the property in words
  std::string root_cause;    // its root cause: "check-outside-transaction (Fix 2)" (empty: none
                             // stored, or the run's violations of the property have several)
  std::int64_t request = 0;  // its request (0: none)
  // On MariaDB 10.11 + Redis 7 (`sweep --backend real`), the property: "reproduced", "not
  // reproduced", "real run failed"; empty when the run was not confirmed there.
  std::string confirmed_real;
};

// The run a reference names, as `dispatchsim run` takes it (the plan's overrides only for plan).
explore::RunSpec spec_of(const RunReference& run);

struct InputFile {
  std::string path;
  std::string role;         // "sweep", "fixes" or "rollout"
  std::string description;  // scenarios × variants, seeds, strategy, overrides
  std::int64_t runs = 0;
};

struct VariantTotals {
  std::string variant;
  std::int64_t runs = 0;
  std::int64_t violating_runs = 0;
  std::int64_t error_runs = 0;
};

struct VerdictCell {
  std::string variant;
  std::string property;
  std::int64_t runs = 0;  // runs of scenarios that check the property
  std::int64_t violating_runs = 0;
  std::optional<RunReference> minimal;  // the lowest failing seed
};

// Runs of one variant in which one fault fired (or none did: fault "none").
struct FaultRow {
  std::string fault;
  std::int64_t runs = 0;
  std::int64_t violating_runs = 0;
  std::map<std::string, std::int64_t> by_property;  // violating runs per property
};

struct FaultMatrix {
  std::string variant;
  std::vector<FaultRow> rows;  // catalogue order, faults that fired; "none" last
};

// The plan with one set of fixes deployed.
struct LadderRow {
  std::string fixes;  // "none", "1", "1,2", "2,5s", ... (with "@P%" when the flag was overridden)
  // The plan's release option this set is (model/base/plan_fixes.hpp: "hotfix", "p0", "p0-p1",
  // "full"), "none" for nothing shipped, empty otherwise.
  std::string release_option;
  std::map<std::string, std::int64_t> runs_by_root_cause;  // violating runs per root cause id
  std::int64_t runs = 0;
  std::int64_t violating_runs = 0;
  std::map<std::string, std::int64_t> by_property;
  std::map<std::string, std::int64_t> runs_by_property;  // runs that checked it
  std::map<std::string, RunReference> minimal;           // lowest failing seed per property
  std::set<std::string> variants;                        // the variants whose runs these are
};

// One root cause of one variant's violations (sweeps without --fix).
struct RootCauseRow {
  std::string variant;
  std::string root_cause;  // id (scenarios/root_cause.hpp)
  std::string text;        // "check-outside-transaction (Fix 2)"
  std::int64_t runs = 0;   // runs with a violation of this cause
  std::int64_t violations = 0;
  std::vector<std::string> properties;  // the properties it violated, catalogue order
  std::optional<RunReference> minimal;  // its lowest seed
};

struct MonitoringRow {
  std::string variant;
  std::string property;
  std::int64_t violations = 0;
  std::int64_t caught = 0;
  std::int64_t missed = 0;
  std::int64_t uncovered = 0;
};

struct OracleRow {
  std::string oracle;  // step-1 ... metric-2
  std::string title;   // "Step 1", "Metric 2"
  std::int64_t fired_runs = 0;
  std::int64_t false_alarm_runs = 0;  // fired although everything it is meant for held
};

struct ProbeRow {
  std::string probe;
  std::string description;
  std::int64_t hits = 0;
  std::int64_t runs = 0;  // runs that hit it
};

// How long one strategy took to find the first failure of one scenario × variant.
struct StrategyRow {
  std::string strategy;  // "random", "pct (d=3)"
  std::string scenario;
  std::string variant;
  std::int64_t runs = 0;
  std::optional<std::uint64_t> first_failing_seed;
  std::int64_t runs_to_first_failure = 0;     // runs with seeds up to it
  std::int64_t wall_us_to_first_failure = 0;  // their summed wall time
};

// A minimal failing run re-run with its trace: the swimlane picture of its violating request.
struct Timeline {
  RunReference run;
  std::vector<std::string> properties;  // the verdict cells it is the minimal run of
  bool reproduced = false;              // the re-run's trace hash equals the stored one
  std::string note;                     // why not, when not
  std::size_t events = 0;               // timeline entries drawn
  std::string svg;
  // On-call's view of the re-run (model/observe/alert_monitor.hpp): the plan's alerts evaluated
  // every 5 virtual minutes and at the end, and the dispatch queue's gauges (Step 3) over time.
  std::string alerts;              // summarize_detection's line
  bool log_pattern_fired = false;  // "Dispatch sent for DECLINED request" > 0 in a window
  std::string paged_by;            // the first alert that paged about a violation; empty: none
  std::optional<std::int64_t> detection_latency_us;  // first violation -> that page
  std::size_t never_paged = 0;                       // violations no alert paged about
  std::string broker_svg;
  // The point of no return (explore/failure_likelihood.hpp): the share of runs that still fail
  // when the run's tape is replayed up to an event and the rest reseeded, against virtual time.
  std::string likelihood_svg;
  std::string likelihood;  // likelihood_summary's line, or why there is none
};

// A failing verdict cell's minimal run shrunk once, with a bounded budget, into a smaller case
// (explore/shrinker.hpp; cached in the run's results file, table shrunk_cases).
struct ShrunkCase {
  std::string variant;
  std::string property;
  RunReference from;          // the run it was shrunk from: the cell's lowest failing seed
  bool shrunk = false;        // false: note says why not
  bool cached = false;        // read back from the results file rather than shrunk now
  std::string scenario_file;  // the minimal scenario, where the report lands (its commands name it)
  std::string written_file;   // the same file while the report is being written (staging)
  std::uint64_t seed = 0;
  std::vector<std::pair<std::string, std::int64_t>> size_before, size_after;
  std::int64_t runs_spent = 0;
  std::int64_t budget = 0;
  bool budget_exhausted = false;
  RunReference run;     // the shrunk run (replay, explain: its commands)
  std::string explain;  // `explain`'s text for the violating request of the shrunk run
  std::size_t explain_lines = 0;
  std::string note;

  // "requests 8 → 2, drivers 4 → 2, trace events 5230 → 412": the dimensions that shrank.
  std::string size_text() const;
};

struct ShrinkBudget {
  std::size_t run_budget = 120;           // runs per case, the search included
  std::uint64_t seeds_per_candidate = 6;  // seeds tried for each smaller scenario
  std::size_t max_cases = 16;
};

struct ReportData {
  std::string program = "dispatchsim";  // how printed commands start
  std::vector<Candidate> decision;      // GO / NO-GO per candidate (decision.hpp), plan first
  std::vector<InputFile> inputs;
  std::vector<std::string> variants;    // legacy, plan, hardened (those present)
  std::vector<std::string> properties;  // the property catalogue
  std::vector<VariantTotals> totals;
  std::vector<VerdictCell> verdict;  // variant-major, properties in catalogue order
  std::vector<FaultMatrix> fault_matrices;
  std::vector<LadderRow> ladder;
  std::vector<RootCauseRow> root_causes;  // variant order; within one, most runs first
  std::vector<explore::RolloutResult> rollouts;
  std::vector<MonitoringRow> monitoring;
  std::vector<OracleRow> oracles;
  std::vector<ProbeRow> probes;  // the probe catalogue, with hits
  std::vector<StrategyRow> strategies;
  std::vector<Timeline> timelines;
  explore::SweepConfidence confidence;   // of the sweep runs (not the fix sweeps)
  std::vector<ShrunkCase> shrunk_cases;  // one per failing verdict cell (variant × property)
  bool real_confirmations = false;       // some input was confirmed on the real services

  const ShrunkCase* shrunk_case(const std::string& variant, const std::string& property) const;

  const VerdictCell* cell(const std::string& variant, const std::string& property) const;
  // The ladder rows that are the plan's release options: nothing shipped, hotfix, p0, p0-p1,
  // full (those swept), in that order.
  std::vector<const LadderRow*> release_option_rows() const;
  std::vector<std::string> probes_never_hit() const;
  std::int64_t runs() const;
};

// Reads every input. Throws explore::InputError for a missing or foreign file.
ReportData gather_report(const ReportInputs& inputs);

// Re-runs each verdict cell's minimal failing run with its trace and draws its timeline (one per
// distinct run). Runs are deterministic, so this is exact when this build made the results.
// The first max_likelihood_plots of them also get their point-of-no-return plot (at most 80
// reseeded runs each: a plot costs a second or so of CPU; `explain --likelihood` draws any run's).
void add_timelines(ReportData& data, std::size_t max_timelines = 24,
                   std::size_t max_likelihood_plots = 2);

// Shrinks each failing verdict cell's minimal run once (budget per case), reading and writing the
// cache in the run's results file, and writes each minimal scenario into <write_directory>/minimal/
// (the report's staging directory), its commands naming <shown_directory>/minimal/ (where the
// report lands). A run that cannot be shrunk gets a note, not an exception.
void add_shrunk_cases(ReportData& data, const std::string& write_directory,
                      const std::string& shown_directory, const ShrinkBudget& budget = {});

// The one-line verdict of a variant: "holds every property" / "violates 3 properties in 41 runs".
std::string variant_verdict(const ReportData& data, const VariantTotals& totals);

// The column next to each minimal failing seed when an input was swept with --backend real.
inline constexpr std::string_view real_services_column = "confirmed on MariaDB 10.11 + Redis 7";
// Its cell: the run's verdict there, "not confirmed", or "—" for no run.
std::string confirmed_real_text(const std::optional<RunReference>& run);

}  // namespace dispatchsim::reports
