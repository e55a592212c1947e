// Determinism across processes: the trace hash printed by a separate `dispatchsim run` process
// equals the in-process hash for the same seed (nothing process-specific — addresses, ASLR,
// allocation order, the memdb name — may leak into a run).

#include <gtest/gtest.h>

#include <cstdio>
#include <regex>
#include <string>
#include <vector>

#include "scenarios/runner.hpp"
#include "support/run_binary.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::scenarios {
namespace {

std::uint64_t hash_from_output(const std::string& output) {
  static const std::regex pattern("trace hash ([0-9a-f]{16})");
  std::smatch match;
  if (!std::regex_search(output, match, pattern)) return 0;
  return std::stoull(match[1].str(), nullptr, 16);
}

TEST(DeterminismAcrossProcesses, ASeparateProcessComputesTheSameTraceHash) {
  const Scenario scenario = load_scenario(testing::bundled_scenario("decline-race"));
  const char* variants[] = {"legacy", "plan", "hardened"};
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const char* variant = variants[seed % 3];
    {
      RunOptions options;
      options.variant = variant;
      options.seed = seed;
      const std::uint64_t in_process = run_scenario(scenario, options).trace_hash;
      const auto outcome = testing::run_dispatchsim(
          {"run", "-s", "decline-race", "-v", variant, "--seed", std::to_string(seed)});
      ASSERT_TRUE(outcome.exit_code == 0 || outcome.exit_code == 1 || outcome.exit_code == 3)
          << outcome.output;
      ASSERT_EQ(hash_from_output(outcome.output), in_process) << variant << " seed " << seed;
    }
  }
}

TEST(DeterminismAcrossProcesses, ReplayNamesTheFirstDivergingEventOfAnInjectedNondeterminism) {
  const auto outcome = testing::run_dispatchsim({"replay", "-s", "decline-race", "-v", "legacy",
                                                 "--seed", "5", "--test-perturb-after", "10"});
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_NE(outcome.output.find("NONDETERMINISM"), std::string::npos) << outcome.output;
  EXPECT_NE(outcome.output.find("first difference at event"), std::string::npos) << outcome.output;
  EXPECT_NE(outcome.output.find("test.nondeterminism"), std::string::npos) << outcome.output;
}

TEST(DeterminismAcrossProcesses, ReplayOfAnHonestSeedSucceeds) {
  const auto outcome =
      testing::run_dispatchsim({"replay", "-s", "decline-race", "-v", "plan", "--seed", "68"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.output;
  EXPECT_NE(outcome.output.find("deterministic"), std::string::npos) << outcome.output;
}

// A worker process keeps its database connections and prepared statements across runs
// (model/infra/database_store.hpp). Runs A, B, C, A, B in one process — B crashes and restarts
// processes, C's rollback drops columns mid-run — give the hashes of fresh processes.
TEST(DeterminismAcrossProcesses, ConnectionsReusedAcrossSeedsLeakNothingBetweenRuns) {
  struct Case {
    const char* scenario;
    const char* variant;
    std::uint64_t seed;
  };
  const Case cases[] = {{"decline-race", "plan", 68},
                        {"worker-crash-restart", "legacy", 206},
                        {"db-rollback", "plan", 1}};
  std::vector<std::uint64_t> first_pass;
  for (int pass = 0; pass < 2; ++pass) {
    for (const Case& run : cases) {
      if (pass == 1 && std::string(run.scenario) == "db-rollback") continue;  // A, B, C, A, B
      RunOptions options;
      options.variant = run.variant;
      options.seed = run.seed;
      const std::uint64_t hash =
          run_scenario(load_scenario(testing::bundled_scenario(run.scenario)), options).trace_hash;
      if (pass == 0) {
        first_pass.push_back(hash);
        const auto outcome = testing::run_dispatchsim(
            {"run", "-s", run.scenario, "-v", run.variant, "--seed", std::to_string(run.seed)});
        EXPECT_EQ(hash_from_output(outcome.output), hash)
            << run.scenario << " " << run.variant << " seed " << run.seed;
      } else {
        EXPECT_EQ(hash, first_pass[static_cast<std::size_t>(&run - cases)])
            << run.scenario << " run again";
      }
    }
  }
}

}  // namespace
}  // namespace dispatchsim::scenarios
