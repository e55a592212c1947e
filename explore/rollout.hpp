#pragma once
// The plan's deployment, simulated before anyone makes it (design.md §8; remediation-plan.md
// "Deployment Steps", "SLO", "Rollback Plan"). Phase by phase, ENABLE_IDEMPOTENT_DISPATCH is set
// to the phase's percentage (requests bucketed by id, old and new code paths side by side); each
// phase's runs start at the previous phase's percentage and switch mid-run, so the transition
// happens with messages in flight. Over a seed range each phase measures the plan's SLOs and
// checks, from the ground truth (RunMetrics) and the plan's own alerts (Metrics 1 and 2), and
// gets a verdict: go, no-go (do not ramp on) or rollback (the plan's "error rate > 1 %" rule).
//
// The measures and verdict rules are documented in docs/rollout.md.

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "explore/sweep_definition.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim::explore {

// The plan's targets: its SLO section and its rollback trigger.
struct RolloutTargets {
  double declined_without_redispatch_min =
      0.999;                        // "99.9% of declined requests ... 0 subsequent dispatches"
  double exactly_once_min = 0.995;  // "99.5% of dispatch events ... exactly once"
  double error_rate_max = 0.01;     // "Immediate Rollback (if error rate > 1%)"
};

struct RolloutRequest {
  std::string scenario = "decline-race";  // a bundled name or a path, as -s takes it
  std::string variant = "plan";
  std::vector<int> phases = {0, 10, 50, 100};
  SeedRange seeds{1, 20};
  std::optional<std::set<int>> fixes;  // plan: overrides the scenario's [plan] fixes
  // When each phase's runs switch from the previous percentage; default: the middle of the
  // scenario's request arrival window, in whole milliseconds (requests are in flight then).
  std::optional<sim::Micros> switch_at;
  RolloutTargets targets;
};

// Counts summed over a phase's runs (see RunMetrics for each one's ground-truth source).
struct RolloutCounts {
  std::int64_t declined_requests = 0;
  std::int64_t redispatched_after_decline = 0;
  std::int64_t dispatch_offers = 0;
  std::int64_t offers_exactly_once = 0;
  std::int64_t api_calls = 0;
  std::int64_t api_errors = 0;    // HTTP 500s
  std::int64_t api_timeouts = 0;  // calls the app gave up on
  std::int64_t deliveries = 0;
  std::int64_t failed_deliveries = 0;
  std::int64_t lock_acquire_timeouts = 0;  // Redis: a dispatch that could not take its lock
  std::int64_t lock_wait_timeouts = 0;     // database
  std::int64_t dead_letters = 0;           // DLQ depth at the end, summed

  // The plan's error rate as measured here: failed API calls (500s and timeouts) plus failed
  // dispatch processings (deliveries nobody acknowledged, and processings whose lock acquire
  // timed out — the plan's Fix 2 acknowledges those anyway), over API calls plus deliveries.
  std::int64_t errors() const {
    return api_errors + api_timeouts + failed_deliveries + lock_acquire_timeouts;
  }
  std::int64_t lock_timeouts() const { return lock_acquire_timeouts + lock_wait_timeouts; }
  std::int64_t operations() const { return api_calls + deliveries; }
};

// One run of a phase, as the phase's sums and reasons count it: every reason names its seeds.
struct RolloutRun {
  std::uint64_t seed = 0;
  RolloutCounts counts;
  bool duplicate_dispatch_alert = false;  // Metric 1 paged
  bool redispatch_alert = false;          // Metric 2 paged
  bool flag_switched_in_flight = false;   // the flag switched with dispatch messages in flight
  std::vector<std::string> violated_properties;  // of those the scenario checks
  std::string first_violation;                   // "property: description"; empty: none
  // The root cause of the first violation of each violated property (scenarios/root_cause.hpp:
  // "check-outside-transaction (Fix 2)"): what a reason built on this run names as its cause.
  std::map<std::string, std::string> root_causes;
  bool app_suppressed_an_offer =
      false;           // the app's dedup dropped a push (probe offer-suppressed-by-app)
  std::string replay;  // the command that replays this run
};

// One run of a phase as the phase counts it (its seed, counts, alerts, violations and causes).
RolloutRun rollout_run(const scenarios::Scenario& scenario, const scenarios::RunResult& result);

// A phase's criteria, as its reasons name them and as a run misses them.
enum class RolloutCriterion {
  error_rate,
  declined_without_redispatch,
  exactly_once,
  metric_1,
  metric_2,
  dead_letters
};
std::string_view to_string(RolloutCriterion criterion);
// Whether one run contributes to missing the criterion (an error, a re-dispatch, an offer not
// processed exactly once, the page, a dead letter).
bool run_misses(const RolloutRun& run, RolloutCriterion criterion);

// One reason a phase is not go, with the runs behind it, the baseline told apart.
struct PhaseFinding {
  RolloutCriterion criterion = RolloutCriterion::exactly_once;
  std::string measure;               // "Metric 1 (duplicate dispatch) paged in 3 of 20 runs"
  std::vector<std::uint64_t> seeds;  // the runs that miss it (all of them, in order)
  // Of those seeds, the ones whose baseline run (legacy, the same seed) misses it too: what was
  // broken before the deploy. The others are what the plan's change causes.
  std::vector<std::uint64_t> baseline_seeds;
  std::string replay;   // the first seed the plan's change causes (else the first)
  std::string example;  // that run's first violation, if it violated a checked property
  // Why that run misses the criterion: the root cause of its violation of the property the
  // criterion measures, or what happened when it violated none (a false alarm, say so).
  std::string cause;

  std::vector<std::uint64_t> new_seeds() const;  // seeds minus baseline_seeds
};

enum class PhaseVerdict { go, no_go, rollback };
std::string_view to_string(PhaseVerdict verdict);

struct RolloutPhase {
  int percent = 0;
  std::optional<model::FlagSwitch> transition;  // none for the first phase
  std::int64_t runs = 0;
  std::int64_t violating_runs = 0;
  std::map<std::string, std::int64_t> violating_runs_by_property;
  RolloutCounts counts;
  std::int64_t dead_letters_max = 0;                  // the deepest DLQ of one run
  std::int64_t duplicate_dispatch_alerts = 0;         // runs in which Metric 1 paged
  std::int64_t redispatch_alerts = 0;                 // runs in which Metric 2 paged
  std::int64_t switched_with_messages_in_flight = 0;  // runs whose switch met in-flight messages
  std::optional<std::uint64_t> first_failing_seed;    // the lowest seed with a violation
  std::string first_violation;                        // its first violation, in words
  std::string replay;                                 // the command that replays it
  std::vector<RolloutRun> run_details;  // one per seed, in seed order (empty: a version-1 file)

  PhaseVerdict verdict = PhaseVerdict::go;
  std::vector<std::string> reasons;  // why not go; empty when go (one per finding, same order)
  std::vector<PhaseFinding> findings;
  std::vector<std::string> notes;  // worth knowing, not a criterion (baseline, lock timeouts)

  // Shares in [0, 1]; 1 when there was nothing to measure.
  double declined_without_redispatch() const;
  double exactly_once() const;
  double error_rate() const;  // 0 when there were no operations
};

struct RolloutResult {
  RolloutRequest request;  // switch_at resolved
  std::string scenario_name;
  std::vector<std::string>
      checked_properties;  // what "violating runs" counts (the scenario's checks)
  // Before the deploy: `legacy` on the same seeds (the incident baseline; its percent is 0 and
  // means nothing). Absent when the rollout is of legacy itself.
  std::optional<RolloutPhase> baseline;
  std::vector<RolloutPhase> phases;
  std::optional<std::size_t> rollback_phase;  // where the plan's rule fires first
  std::optional<std::size_t> halt_phase;      // the first phase that is not go
  std::string decision;                       // what the plan's process would do, in words
};

// Runs every phase × seed (on_run is called after each run with done and total). Throws
// InputError for unusable requests, scenarios::ScenarioError for a bad scenario.
RolloutResult run_rollout(const RolloutRequest& request,
                          const std::function<void(std::size_t, std::size_t)>& on_run = {});

// Judges one measured phase against the targets (fills verdict, findings, reasons and notes);
// baseline: the legacy runs of the same seeds, to tell what was broken before from what is new.
void judge_phase(const RolloutTargets& targets, RolloutPhase& phase,
                 const RolloutPhase* baseline = nullptr);
// The decision the plan's process would take over judged phases (fills the result's last three).
void decide_rollout(RolloutResult& result);

// The command that runs this rollout again: "dispatchsim rollout -s decline-race -v plan
// --seeds 1..20".
std::string rollout_command(const std::string& program, const RolloutRequest& request);
// "4, 9, 17" (at most `shown` seeds, then "and N more").
std::string seed_list(const std::vector<std::uint64_t>& seeds, std::size_t shown = 8);

// "0,10,50,100". Throws InputError naming --phases and an example.
std::vector<int> parse_phases(const std::string& text);

// The rollout file (docs/rollout.md): what `rollout --json` writes and `report --rollout` reads.
// Version 2 adds each phase's runs (run_details) and findings, and the checked properties; a
// version-1 file is still read (its reasons then name no seeds).
constexpr int rollout_file_version = 2;
nlohmann::ordered_json rollout_to_json(const RolloutResult& result);
// Throws InputError naming what is missing.
RolloutResult rollout_from_json(const nlohmann::json& json);

}  // namespace dispatchsim::explore
