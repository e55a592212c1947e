// `hardened` must violate nothing in swarm mode (scenarios/swarm.toml: each seed its own subset of
// the fault catalogue at its own rates). Two budgets, both bounded for CI:
//  - 2,000 seeded runs (seeds 1..2000, the same runs as `dispatchsim sweep -s swarm -v hardened
//    --seeds 1..2000`), in four tests of 500 so ctest runs them side by side. Every run checks all
//    seven properties, so each property is checked on 2,000 swarm seeds.
//  - rapidcheck over its own schedules, RC_PARAMS's max_success cases each (100 by default):
//    seeds it draws itself, and choice tapes it writes itself (faults on at extreme rates, the
//    last ready fiber first, the longest delays). A failure is shrunk and prints the dispatchsim
//    command that replays the shrunk tape.
// Generating a seed costs rapidcheck nothing, so the 2,000 runs could as well be rapidcheck cases;
// they are a plain loop so the seeds match a sweep's and split across ctest's workers.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <iostream>
#include <map>

#include "model/observe/properties/property.hpp"
#include "properties/schedule.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::testing {
namespace {

constexpr std::uint64_t seeds_per_shard = 500;
constexpr int shards = 4;
// Longer than any swarm run's tape (about 1,600 to 2,200 choices), so rapidcheck's tapes can
// reach every choice of a run.
constexpr std::size_t written_tape_length_max = 3000;

const scenarios::Scenario& swarm() {
  static const scenarios::Scenario scenario = scenarios::load_scenario(bundled_scenario("swarm"));
  return scenario;
}

scenarios::RunOptions hardened() {
  scenarios::RunOptions options;
  options.variant = "hardened";
  return options;
}

class HardenedSwarm : public ::testing::TestWithParam<int> {};

TEST_P(HardenedSwarm, ViolatesNoProperty) {
  const std::uint64_t first = static_cast<std::uint64_t>(GetParam()) * seeds_per_shard + 1;
  const std::uint64_t last = first + seeds_per_shard - 1;
  std::map<std::string, int> violating_seeds;
  std::int64_t shown = 0;
  for (std::uint64_t seed = first; seed <= last; ++seed) {
    scenarios::RunOptions options = hardened();
    options.seed = seed;
    const scenarios::RunResult result = scenarios::run_scenario(swarm(), options);
    shown += result.metrics.shown;
    for (const std::string& property : result.violated_properties()) ++violating_seeds[property];
    EXPECT_FALSE(result.violated())
        << result.violations.front().property << ": " << result.violations.front().description
        << "\n  faults fired: " << ::testing::PrintToString(result.faults_that_fired())
        << "\n  replay: " << scenarios::replay_command(swarm(), result);
  }
  std::cout << "swarm / hardened, seeds " << first << ".." << last << ":";
  for (const auto& info : model::property_catalogue()) {
    std::cout << " " << info.id << " " << violating_seeds[std::string(info.id)] << "/"
              << seeds_per_shard;
  }
  std::cout << "\n";
  EXPECT_GT(shown, 0) << "hardened must still dispatch";
}

INSTANTIATE_TEST_SUITE_P(Seeds, HardenedSwarm, ::testing::Range(0, shards),
                         [](const ::testing::TestParamInfo<int>& shard) {
                           const auto first =
                               static_cast<std::uint64_t>(shard.param) * seeds_per_shard + 1;
                           return "Seeds" + std::to_string(first) + "To" +
                                  std::to_string(first + seeds_per_shard - 1);
                         });

RC_GTEST_PROP(HardenedProperties, HoldOnSwarmSeedsRapidcheckDraws, ()) {
  require_no_violation(swarm(), hardened(), *seeded_schedule(swarm(), hardened()), {},
                       "HardenedProperties.HoldOnSwarmSeedsRapidcheckDraws");
}

RC_GTEST_PROP(HardenedProperties, HoldOnSwarmTapesRapidcheckWrites, ()) {
  require_no_violation(swarm(), hardened(),
                       *with_tape_shrinker(mixed_tape(written_tape_length_max)), {},
                       "HardenedProperties.HoldOnSwarmTapesRapidcheckWrites");
}

}  // namespace
}  // namespace dispatchsim::testing
