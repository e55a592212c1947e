// `plan`'s flaws, each pinned: for every plan flaw of the root-cause catalogue
// (scenarios/root_cause.hpp) the harness finds, one test with the scenario, the seed and the
// fault(s) that expose it, asserting that the run violates the property and that the runner's
// root cause (RunResult::root_causes) names that flaw. A violation found in
// `plan` is the product working: a change that hides one of these fails here.
//
// Where a bundled scenario shows a flaw with nothing but the faults that expose it, it is used as
// written; otherwise the swarm world (scenarios/swarm.toml) runs with its fault plan restricted to
// the exposing faults at their catalogue defaults, written to a scenario file under
// test-output/plan-flaws/ so that the printed command reproduces the run exactly.
// The seeds are the smallest that show the flaw with those faults (from the survey,
// plan_survey_test.cpp, and a search over seeds 1..600 of the restricted swarm world). When a
// deliberate model change moves one, rerun them and update the seed, saying why in the commit.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cctype>
#include <fstream>

#include "explore/scenario_writer.hpp"
#include "scenarios/root_cause.hpp"
#include "scenarios/runner.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"

namespace dispatchsim::testing {
namespace {

struct PinnedFlaw {
  scenarios::RootCause flaw;
  std::string scenario;                   // a bundled scenario
  std::vector<std::string> swarm_faults;  // swarm only: the fault plan restricted to these
  std::uint64_t seed;
  std::string property;
  std::vector<std::string> faults_fired;  // exactly the faults that fired in the run
};

// gtest names a failing parameter with this.
void PrintTo(const PinnedFlaw& pinned, std::ostream* out) {
  *out << scenarios::root_cause_info(pinned.flaw).id << " on " << pinned.scenario << " seed "
       << pinned.seed;
}

// One per plan flaw of the catalogue; see the comment at the top.
const std::vector<PinnedFlaw>& pinned_flaws() {
  using F = scenarios::RootCause;
  static const std::vector<PinnedFlaw> pinned = {
      {F::check_outside_transaction, "decline-race", {}, 68, "no-dispatch-after-decline", {}},
      {F::key_set_before_work,
       "worker-crash-restart",
       {},
       2,
       "exactly-once-dispatch",
       {"process-crash"}},
      {F::nack_then_delete, "swarm", {"db-busy"}, 10, "exactly-once-dispatch", {"db-busy"}},
      {F::key_blocks_resend_of_lost_push,
       "swarm",
       {"push-drop"},
       6,
       "exactly-once-dispatch",
       {"push-drop"}},
      {F::sent_marker_blocks_resend,
       "swarm",
       {"push-drop", "producer-new-sequence"},
       11,
       "exactly-once-dispatch",
       {"push-drop", "producer-new-sequence"}},
      {F::client_dedup_forgotten_on_restart,
       "swarm",
       {"push-duplicate", "app-restart"},
       57,
       "no-dispatch-after-decline",
       {"push-duplicate", "app-restart"}},
      {F::notification_id_changes_with_version,
       "swarm",
       {"push-delay", "producer-new-sequence"},
       51,
       "exactly-once-dispatch",
       {"push-delay", "producer-new-sequence"}},
      {F::client_dedup_drops_idless_notifications,
       "flag-flip",
       {},
       1,
       "exactly-once-dispatch",
       {"duplicate-delivery", "flag-flip"}},
      {F::legacy_path_during_rollout,
       "flag-flip",
       {},
       1,
       "legal-transitions",
       {"duplicate-delivery", "flag-flip"}},
      {F::failover_restores_old_pickup,
       "swarm",
       {"cache-failover"},
       109,
       "location-monotonic",
       {"cache-failover"}},
      {F::reader_fill_after_invalidation,
       "swarm",
       {"gc-pause"},
       48,
       "location-monotonic",
       {"gc-pause"}},
      {F::lagging_replica_serves_old_pickup,
       "swarm",
       {"stale-replica-read"},
       5,
       "location-monotonic",
       {"stale-replica-read"}},
      {F::event_log_outside_transaction,
       "swarm",
       {"gc-pause"},
       1,
       "legal-transitions",
       {"gc-pause"}},
      {F::answer_lost_on_app_restart, "swarm", {"app-restart"}, 146, "liveness", {"app-restart"}},
  };
  return pinned;
}

// The swarm world with only `faults` on, at their catalogue defaults, as a file `run` accepts.
scenarios::Scenario restricted_swarm(const PinnedFlaw& pinned) {
  scenarios::Scenario scenario = scenarios::load_scenario(bundled_scenario("swarm"));
  scenario.faults = faults::FaultPlan{};
  for (const std::string& id : pinned.swarm_faults) {
    const auto fault = faults::fault_from_id(id);
    assert(fault.has_value());
    scenario.faults.enable(*fault);
  }
  const std::string flaw_id(scenarios::root_cause_info(pinned.flaw).id);
  scenario.description = fmt::format("the swarm world with only {} on: exposes plan's {}",
                                     fmt::join(pinned.swarm_faults, " + "), flaw_id);
  const auto path = fresh_test_directory("plan-flaws/" + flaw_id) / ("swarm-" + flaw_id + ".toml");
  std::ofstream(path) << explore::scenario_toml(scenario,
                                                "Written by tests/properties/plan_flaws_test.cpp.");
  return scenarios::load_scenario(path.string());
}

scenarios::Scenario scenario_of(const PinnedFlaw& pinned) {
  if (pinned.scenario == "swarm") return restricted_swarm(pinned);
  return scenarios::load_scenario(bundled_scenario(pinned.scenario));
}

class PlanFlawPinned : public ::testing::TestWithParam<PinnedFlaw> {};

TEST_P(PlanFlawPinned, IsFoundAtItsSeedWithItsFaults) {
  const PinnedFlaw& pinned = GetParam();
  const scenarios::Scenario scenario = scenario_of(pinned);
  scenarios::RunOptions options;
  options.variant = "plan";
  options.seed = pinned.seed;
  options.keep_trace = true;
  const scenarios::RunResult run = scenarios::run_scenario(scenario, options);
  const std::string replay = scenarios::replay_command(scenario, run);

  EXPECT_EQ(run.faults_that_fired(), pinned.faults_fired) << "replay: " << replay;
  std::vector<std::string> flaws_of_property;
  ASSERT_EQ(run.root_causes.size(), run.violations.size());
  for (std::size_t i = 0; i < run.violations.size(); ++i) {
    const model::Violation& violation = run.violations[i];
    if (violation.property != pinned.property) continue;
    const scenarios::RootCause flaw = run.root_causes[i];
    if (flaw == pinned.flaw) return;
    flaws_of_property.emplace_back(scenarios::root_cause_info(flaw).id);
  }
  ADD_FAILURE() << "no " << pinned.property << " violation from "
                << scenarios::root_cause_info(pinned.flaw).id << " (this run's " << pinned.property
                << " violations: "
                << (flaws_of_property.empty()
                        ? "none"
                        : fmt::format("{}", fmt::join(flaws_of_property, ", ")))
                << "); replay: " << replay;
}

TEST(PlanFlawCatalogue, EveryFlawIsPinned) {
  for (const scenarios::RootCauseInfo& info : scenarios::root_cause_catalogue()) {
    if (info.kind != scenarios::RootCauseKind::plan_flaw) continue;
    const auto& pinned = pinned_flaws();
    EXPECT_TRUE(std::any_of(pinned.begin(), pinned.end(),
                            [&](const PinnedFlaw& one) { return one.flaw == info.cause; }))
        << info.id << " has no pinned seed";
  }
}

// "check-outside-transaction" -> "CheckOutsideTransaction": the test's name.
std::string test_name(const ::testing::TestParamInfo<PinnedFlaw>& pinned) {
  std::string name;
  bool word_start = true;
  for (char c : scenarios::root_cause_info(pinned.param.flaw).id) {
    if (c == '-') {
      word_start = true;
      continue;
    }
    name += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    word_start = false;
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Plan, PlanFlawPinned, ::testing::ValuesIn(pinned_flaws()), test_name);

}  // namespace
}  // namespace dispatchsim::testing
