// Root causes as the product names them (scenarios/root_cause.hpp), and the plan's fixes as the
// parts and release options it ships (model/base/plan_fixes.hpp). The plan's flaws are pinned one
// by one in tests/properties/plan_flaws_test.cpp; here: legacy's causes, the markers' contract, and
// that every violation of a small sweep has a cause.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <map>

#include "model/base/flaw_markers.hpp"
#include "model/base/plan_fixes.hpp"
#include "scenarios/runner.hpp"
#include "support/known_seeds.hpp"
#include "support/scenario_paths.hpp"
#include "support/bundled_runs.hpp"

namespace dispatchsim::testing {
namespace {

using scenarios::RootCause;

scenarios::RunResult run_with_fixes(const std::string& scenario, const std::string& variant,
                                    std::uint64_t seed,
                                    std::optional<std::set<int>> fixes = std::nullopt) {
  scenarios::RunOptions options;
  options.fixes = std::move(fixes);
  return run_bundled(scenario, variant, seed, options);
}

std::string causes_of(const scenarios::RunResult& result) {
  std::string text;
  for (std::size_t i = 0; i < result.violations.size(); ++i) {
    text += fmt::format("{} -> {}\n", result.violations[i].property,
                        scenarios::root_cause_info(result.root_causes[i]).id);
  }
  return text;
}

TEST(RootCause, EveryViolationGetsOneAndItsSignatureNamesIt) {
  const auto result = run_with_fixes("decline-race", "legacy", decline_race_legacy_seed);
  ASSERT_TRUE(result.violated());
  ASSERT_EQ(result.root_causes.size(), result.violations.size());
  ASSERT_EQ(result.signatures.size(), result.violations.size());
  for (std::size_t i = 0; i < result.violations.size(); ++i) {
    EXPECT_EQ(result.signatures[i].root_cause,
              scenarios::root_cause_info(result.root_causes[i]).id);
  }
}

TEST(RootCause, LegacysDeclineRaceIsTheIncidentsRaceOrItsStaleCache) {
  const auto result = run_with_fixes("decline-race", "legacy", decline_race_legacy_seed);
  for (RootCause cause : result.root_causes) {
    EXPECT_TRUE(cause == RootCause::race_in_state_transitions ||
                cause == RootCause::stale_cache_without_ordering)
        << causes_of(result);
  }
}

TEST(RootCause, ThePlansDeclineRaceIsCheckOutsideTransaction) {
  const auto result = run_with_fixes("decline-race", "plan", decline_race_plan_seed);
  ASSERT_TRUE(result.violated());
  for (RootCause cause : result.root_causes)
    EXPECT_EQ(cause, RootCause::check_outside_transaction) << causes_of(result);
  EXPECT_EQ(scenarios::root_cause_text(RootCause::check_outside_transaction),
            "check-outside-transaction (Fix 2)");
}

TEST(RootCause, WithoutTheFixThePlanRunsLegacyAndGetsTheIncidentsCauses) {
  // Fix 2 not deployed: the decline race is legacy's (the incident's), not a flaw of Fix 2.
  const auto result =
      run_with_fixes("decline-race", "plan", decline_race_legacy_seed, std::set<int>{});
  ASSERT_TRUE(result.violated()) << "plan with no fix is legacy";
  for (RootCause cause : result.root_causes) {
    EXPECT_EQ(scenarios::root_cause_info(cause).kind, scenarios::RootCauseKind::incident_cause)
        << causes_of(result);
  }
}

TEST(RootCause, WithoutFix5TheAppIsLegacysAndShowsWhatItReceives) {
  // The plan's P0 (Fixes 1, 2) on push-chaos: no notification id, no dedup in the app, so a
  // duplicated or delayed push is shown twice or after the decline — the incident's causes
  // (they were `unexplained` while only legacy's marked lines counted as legacy code).
  std::map<RootCause, int> causes;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const auto result = run_with_fixes("push-chaos", "plan", seed, std::set<int>{1, 2});
    for (RootCause cause : result.root_causes) ++causes[cause];
  }
  EXPECT_FALSE(causes.empty()) << "P0 leaves push-chaos's duplicates shown";
  EXPECT_EQ(causes.count(RootCause::unexplained), 0u);
  EXPECT_GT(causes[RootCause::missing_idempotency_checks], 0) << "a duplicated push shown twice";
  // The Quick Hotfix ships Fix 5's server side only: the app still shows a duplicated push twice.
  const auto hotfix = run_with_fixes("push-chaos", "plan", 8, model::fix_item("hotfix"));
  ASSERT_TRUE(hotfix.violated());
  for (std::size_t i = 0; i < hotfix.violations.size(); ++i) {
    EXPECT_NE(hotfix.root_causes[i], RootCause::unexplained) << causes_of(hotfix);
  }
}

// A small sweep of the scenarios where each variant fails most: nothing unexplained. (The
// survey, plan_survey_test.cpp, does the same for plan over every scenario, outside CI.)
TEST(RootCause, NoViolationOfASmallSweepIsUnexplained) {
  std::map<std::string, int> by_cause;
  for (const std::string scenario : {"decline-race", "duplicate-delivery", "worker-crash-restart",
                                     "push-chaos", "location-reorder", "flag-flip"}) {
    for (const std::string variant : {"legacy", "plan"}) {
      for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const auto result = run_with_fixes(scenario, variant, seed);
        for (std::size_t i = 0; i < result.violations.size(); ++i) {
          ++by_cause[std::string(scenarios::root_cause_info(result.root_causes[i]).id)];
          EXPECT_NE(result.root_causes[i], RootCause::unexplained)
              << scenario << " / " << variant << " / seed " << seed << ": "
              << result.violations[i].property << ": " << result.violations[i].description;
        }
      }
    }
  }
  EXPECT_GE(by_cause.size(), 4u) << "several distinct causes, not one catch-all";
}

TEST(FlawMarkers, EachHasAnIdAndADescriptionAndMarksAreNotHashed) {
  for (const model::FlawMarkerInfo& marker : model::flaw_markers()) {
    EXPECT_FALSE(marker.id.empty());
    EXPECT_FALSE(marker.description.empty()) << marker.id;
  }
  // A mark changes nothing: the same run twice has one hash (marks are not part of it), and a
  // plan run with every fix marks Fix 2's lines.
  const auto first = run_with_fixes("decline-race", "plan", decline_race_plan_seed);
  const auto second = run_with_fixes("decline-race", "plan", decline_race_plan_seed);
  EXPECT_EQ(first.trace_hash, second.trace_hash);
}

TEST(FixParts, WholeFixesPartsAndReleaseOptionsParseToCanonicalSets) {
  EXPECT_EQ(model::fix_item("4q"), (std::set<int>{model::fix_part::queue_settings}));
  EXPECT_EQ(model::fix_item("hotfix"), (std::set<int>{2, model::fix_part::push_server}));
  EXPECT_EQ(model::fix_item("p0"), (std::set<int>{1, 2}));
  EXPECT_EQ(model::fix_item("p0-p1"), (std::set<int>{1, 2, 3, 4}));
  EXPECT_EQ(model::fix_item("full"), (std::set<int>{1, 2, 3, 4, 5}));
  EXPECT_FALSE(model::fix_item("6").has_value());
  EXPECT_FALSE(model::fix_item("5x").has_value());
  EXPECT_EQ(model::canonical_fixes({1, model::fix_part::push_server, model::fix_part::push_client}),
            (std::set<int>{1, 5}));
  EXPECT_EQ(model::canonical_fixes({4, model::fix_part::queue_settings}), (std::set<int>{4}));
  EXPECT_EQ(model::fix_set_text({2, model::fix_part::push_server}), "2,5s");
  EXPECT_EQ(model::fix_set_text({model::fix_part::consumer_loop, 5}), "4c,5");
  EXPECT_EQ(model::fix_set_text({}), "none");
  EXPECT_TRUE(model::fix_part_deployed({5}, model::fix_part::push_client));
  EXPECT_TRUE(model::fix_part_deployed({model::fix_part::push_client}, 5));
  EXPECT_FALSE(
      model::fix_part_deployed({model::fix_part::push_server}, model::fix_part::push_client));
  ASSERT_NE(model::release_option_of({2, model::fix_part::push_server}), nullptr);
  EXPECT_EQ(model::release_option_of({2, model::fix_part::push_server})->name, "hotfix");
  EXPECT_EQ(model::release_option_of({1}), nullptr);
}

TEST(FixParts, EachPartChangesTheRunAndBothPartsAreTheWholeFix) {
  // push-chaos exercises both sides of Fix 5: the server's marker and the app's Set.
  using model::fix_part::push_client;
  using model::fix_part::push_server;
  const std::map<std::string, std::set<int>> sets = {
      {"1,2,3,4", {1, 2, 3, 4}},
      {"1,2,3,4,5s", {1, 2, 3, 4, push_server}},
      {"1,2,3,4,5c", {1, 2, 3, 4, push_client}},
      {"1,2,3,4,5", {1, 2, 3, 4, 5}},
      {"1,2,3,4,5s,5c", model::canonical_fixes({1, 2, 3, 4, push_server, push_client})},
  };
  std::map<std::string, std::uint64_t> hashes;
  for (const auto& [text, fixes] : sets)
    hashes[text] = run_with_fixes("push-chaos", "plan", 3, fixes).trace_hash;
  EXPECT_NE(hashes["1,2,3,4,5s"], hashes["1,2,3,4"]);
  EXPECT_NE(hashes["1,2,3,4,5c"], hashes["1,2,3,4"]);
  EXPECT_NE(hashes["1,2,3,4,5s"], hashes["1,2,3,4,5c"]);
  EXPECT_EQ(hashes["1,2,3,4,5s,5c"], hashes["1,2,3,4,5"]);
}

TEST(FixParts, TheQuickHotfixRunsTheDeclineRace) {
  const auto result = run_with_fixes("decline-race", "plan", 1, model::fix_item("hotfix"));
  EXPECT_EQ(result.fixes, (std::set<int>{2, model::fix_part::push_server}));
  EXPECT_GT(result.metrics.requests, 0);
}

}  // namespace
}  // namespace dispatchsim::testing
