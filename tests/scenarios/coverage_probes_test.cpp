// Coverage probes mark rare paths; a run counts their hits. The known decline-race seeds must hit
// the probe that explains them, and every probe a run reports must be in the catalogue (so a
// report can list the never-hit ones).

#include <gtest/gtest.h>

#include <set>

#include "model/base/coverage_probes.hpp"
#include "scenarios/runner.hpp"
#include "support/known_seeds.hpp"
#include "support/scenario_paths.hpp"
#include "support/bundled_runs.hpp"

namespace dispatchsim::scenarios {
namespace {

using testing::run_decline_race;

std::int64_t hits(const RunResult& result, std::string_view probe) {
  const auto found = result.probe_hits.find(std::string(probe));
  return found == result.probe_hits.end() ? 0 : found->second;
}

TEST(CoverageProbes, LegacyDispatchesFromAStaleRead) {
  const RunResult result = run_decline_race("legacy", testing::decline_race_legacy_seed);
  ASSERT_TRUE(result.violated());
  EXPECT_GT(hits(result, model::probe::dispatch_from_stale_read), 0);
}

TEST(CoverageProbes, PlanLetsADeclineCommitBetweenItsCheckAndItsDispatch) {
  const RunResult result = run_decline_race("plan", testing::decline_race_plan_seed);
  ASSERT_TRUE(result.violated());
  EXPECT_GT(hits(result, model::probe::decline_between_check_and_dispatch), 0);
}

TEST(CoverageProbes, ARunWithoutViolationsHitsNeitherDispatchProbe) {
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const RunResult result = run_decline_race("hardened", seed);
    EXPECT_EQ(hits(result, model::probe::dispatch_from_stale_read), 0);
    EXPECT_EQ(hits(result, model::probe::decline_between_check_and_dispatch), 0);
  }
}

TEST(CoverageProbes, EveryReportedProbeIsInTheCatalogue) {
  std::set<std::string> catalogue;
  for (const auto& info : model::coverage_probes()) catalogue.insert(std::string(info.id));
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
      for (const auto& [probe, count] : run_decline_race(variant, seed).probe_hits) {
        EXPECT_TRUE(catalogue.count(probe)) << probe << " is hit but not in coverage_probes()";
        EXPECT_GT(count, 0);
      }
    }
  }
}

}  // namespace
}  // namespace dispatchsim::scenarios
