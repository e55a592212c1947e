// `dispatchsim run` on full-world, the scenario that exercises every component, for each
// variant and a spread of the plan's fix sets and rollout phases (tests/scenarios/
// full_world_test.cpp covers all 32 fix sets in-process).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/run_binary.hpp"

namespace dispatchsim::testing {
namespace {

TEST(RunFullWorld, TheCommandLineRunsEveryVariantFixSetAndRolloutPhase) {
  // Exit 0 (nothing found) or 1 (a violation, with its replay command) - never 2 (bad input) or
  // a crash.
  const std::vector<std::vector<std::string>> invocations = {
      {"-v", "legacy"},
      {"-v", "hardened"},
      {"-v", "plan"},
      {"-v", "plan", "--fix", "none"},
      {"-v", "plan", "--fix", "1,3,5", "--flag-percent", "10"},
      {"-v", "plan", "--fix", "2,4", "--flag-percent", "50"},
      {"-v", "plan", "--flag-percent", "0"},
  };
  for (const auto& extra : invocations) {
    std::vector<std::string> arguments = {"run", "-s", "full-world", "--seed", "3"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const BinaryOutcome outcome = run_dispatchsim(arguments);
    std::string what;
    for (const auto& argument : arguments) what += argument + " ";
    // 1: a safety violation, 3: liveness only; both print the replay command.
    EXPECT_TRUE(outcome.exit_code == 0 || outcome.exit_code == 1 || outcome.exit_code == 3)
        << what << "\n"
        << outcome.output;
    EXPECT_NE(outcome.output.find("full-world"), std::string::npos) << what << "\n"
                                                                    << outcome.output;
    if (outcome.exit_code == 1 || outcome.exit_code == 3) {
      EXPECT_NE(outcome.output.find("replay:"), std::string::npos) << what << "\n"
                                                                   << outcome.output;
    }
  }
}

}  // namespace
}  // namespace dispatchsim::testing
