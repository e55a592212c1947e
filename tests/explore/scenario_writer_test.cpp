#include <gtest/gtest.h>

#include "explore/scenario_writer.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim::explore {
namespace {

// Writing a scenario and loading it back must give a scenario that runs identically: the writer
// knows every field the loader does.
TEST(ScenarioWriter, EveryBundledScenarioRoundTripsToTheSameRuns) {
  for (const std::string& name : scenarios::bundled_scenarios()) {
    SCOPED_TRACE(name);
    const scenarios::Scenario original =
        scenarios::load_scenario(scenarios::resolve_scenario(name));
    const std::string text = scenario_toml(original, "round trip of " + name);
    const scenarios::Scenario reloaded = scenarios::parse_scenario(text, name + ".toml");
    EXPECT_EQ(scenario_toml(reloaded, "round trip of " + name), text) << "writing is a fixpoint";
    EXPECT_EQ(reloaded.properties, original.properties);
    if (original.world.workload.requests > 50) continue;  // the load test: the text check suffices
    for (const char* variant : {"legacy", "plan", "hardened"}) {
      scenarios::RunOptions options;
      options.variant = variant;
      options.seed = 3;
      EXPECT_EQ(scenarios::run_scenario(original, options).trace_hash,
                scenarios::run_scenario(reloaded, options).trace_hash)
          << variant;
    }
  }
}

TEST(ScenarioWriter, DurationsThatAreNotWholeUnitsSurviveExactly) {
  scenarios::Scenario scenario =
      scenarios::load_scenario(scenarios::resolve_scenario("decline-race"));
  scenario.world.workload.driver_think = {1234567, 7654321};  // µs, written in ms
  scenario.world.phases.fault_window = 2999999;               // µs, written in s
  const scenarios::Scenario reloaded =
      scenarios::parse_scenario(scenario_toml(scenario, ""), "x.toml");
  EXPECT_EQ(reloaded.world.workload.driver_think.min, 1234567);
  EXPECT_EQ(reloaded.world.workload.driver_think.max, 7654321);
  EXPECT_EQ(reloaded.world.phases.fault_window, 2999999);
}

}  // namespace
}  // namespace dispatchsim::explore
