// `legacy` is the system of the incident: rapidcheck must find a schedule on which it violates
// no-dispatch-after-decline and exactly-once-dispatch, shrink that schedule, and print what
// reproduces it (rapidcheck's reproduce string and a dispatchsim command with the shrunk tape).
// These properties are expected to FAIL; the tests assert that they do.

#include <gtest/gtest.h>

#include <iostream>

#include "explore/choice_tape_file.hpp"
#include "properties/expected_failure.hpp"
#include "scenarios/root_cause.hpp"
#include "scenarios/runner.hpp"
#include "support/known_seeds.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::testing {
namespace {

std::string current_test_id() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return std::string(info->test_suite_name()) + "/" + info->name();
}

void expect_legacy_counterexample(const std::string& scenario_name, const std::string& property) {
  const scenarios::Scenario scenario = scenarios::load_scenario(bundled_scenario(scenario_name));
  scenarios::RunOptions options;
  options.variant = "legacy";
  const auto found = find_counterexample(scenario, options, property, current_test_id());
  ASSERT_TRUE(found.has_value()) << "rapidcheck found no legacy schedule violating " << property
                                 << " on " << scenario_name;
  std::cout << property << " on " << scenario_name << " / legacy, found after "
            << found->cases_before_failure << " passing case(s): " << found->description
            << "\n  tape " << tape_size(found->first_tape) << " shrunk to "
            << tape_size(found->minimal_tape) << " (" << found->shrinks_accepted << " of "
            << found->shrinks_tried << " shrinks accepted)\n  minimal tape: " << found->tape_file
            << "\n  replay: " << found->command << "\n  rapidcheck: " << found->reproduce << "\n";
  // The saved file is the shrunk case, and replaying it fails the same way.
  const Tape saved = explore::read_choice_tape(found->tape_file);
  EXPECT_EQ(saved, found->minimal_tape);
  const ScheduledRun replay = run_schedule(scenario, options, Schedule{0, saved});
  EXPECT_FALSE(violations_of(replay.result, {property}).empty())
      << "the saved tape does not reproduce";
  if (rc::detail::configuration()
          .reproduce.empty()) {  // a reproduce= run starts at the shrunk case
    EXPECT_LT(found->minimal_tape.size(), found->first_tape.size()) << "shrinking won nothing";
  }
}

// The incident in its smallest form: no faults, declines racing a burst of offers.
TEST(LegacyViolates, NoDispatchAfterDeclineOnTheDeclineRace) {
  expect_legacy_counterexample("decline-race", "no-dispatch-after-decline");
}

// No idempotency: a message the broker delivers twice is pushed twice.
TEST(LegacyViolates, ExactlyOnceDispatchUnderDuplicateDelivery) {
  expect_legacy_counterexample("duplicate-delivery", "exactly-once-dispatch");
}

// The two properties redefined on the history fire in runs that reach quiescence (they used to
// fire only in runs that already failed liveness).
model::Violation first_violation(
    const std::string& scenario_name, const std::string& variant, std::uint64_t seed,
    const std::string& property,
    scenarios::RootCause expected_flaw = scenarios::RootCause::unexplained) {
  scenarios::RunOptions options;
  options.variant = variant;
  options.seed = seed;
  options.keep_trace = variant == "plan";
  const scenarios::Scenario scenario = scenarios::load_scenario(bundled_scenario(scenario_name));
  const scenarios::RunResult run = scenarios::run_scenario(scenario, options);
  const std::string replay = scenarios::replay_command(scenario, run);
  EXPECT_TRUE(run.violated_properties().count("liveness") == 0)
      << "the run reached quiescence; " << replay;
  for (std::size_t i = 0; i < run.violations.size(); ++i) {
    const model::Violation& violation = run.violations[i];
    if (violation.property != property) continue;
    if (variant == "plan") {
      EXPECT_EQ(run.root_causes[i], expected_flaw) << replay;
    }
    return violation;
  }
  ADD_FAILURE() << "no " << property << " violation; replay: " << replay;
  return {};
}

TEST(LegacyViolates, AtomicDeclineCleanupWhenACrashSplitsTheDecline) {
  static_assert(worker_crash_restart_legacy_atomic_seed <= 300);
  const model::Violation violation =
      first_violation("worker-crash-restart", "legacy", worker_crash_restart_legacy_atomic_seed,
                      "atomic-decline-cleanup");
  EXPECT_NE(violation.description.find("the relay published it"), std::string::npos)
      << violation.description;
}

TEST(PlanViolates, NoMessageLostWhenACrashFollowsTheIdempotencyKey) {
  const model::Violation violation =
      first_violation("worker-crash-restart", "plan", worker_crash_restart_plan_lost_message_seed,
                      "no-message-lost", scenarios::RootCause::key_set_before_work);
  EXPECT_NE(violation.description.find("was never made"), std::string::npos)
      << violation.description;
}

}  // namespace
}  // namespace dispatchsim::testing
