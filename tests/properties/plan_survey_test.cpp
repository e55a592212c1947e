// The survey behind plan_flaws_test.cpp's pinned seeds: sweeps `plan` over the swarm scenario and
// every bundled scenario, names the flaw behind each violation (plan_flaws.hpp) and prints, per
// (flaw, property, scenario), how many runs showed it, the first seed and the seed with the fewest
// kinds of faults fired, with those faults.
// Too slow for CI (minutes); run it after a change to the model or to plan_flaws.cpp:
//   property_tests --gtest_also_run_disabled_tests --gtest_filter='PlanSurvey.*'
// (PLAN_SURVEY_SEEDS=N sets the seeds per scenario; the swarm scenario gets ten times as many).
// A violation no flaw explains is printed in full and fails the survey.

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <tuple>

#include "properties/plan_flaws.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::testing {
namespace {

struct FlawSighting {
  int runs = 0;
  std::uint64_t first_seed = 0;
  std::string first_faults;
  std::uint64_t plainest_seed = 0;  // the run with the fewest kinds of faults fired
  std::size_t plainest_fault_count = 0;
  std::string plainest_faults;
};

std::uint64_t seeds_per_scenario() {
  const char* text = std::getenv("PLAN_SURVEY_SEEDS");
  return text != nullptr ? std::strtoull(text, nullptr, 10) : 200;
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : "+") + word;
  return text.empty() ? "none" : text;
}

TEST(PlanSurvey, DISABLED_EveryPlanViolationIsANamedFlaw) {
  std::map<std::tuple<std::string, std::string, std::string>, FlawSighting> sightings;  // flaw, property, scenario
  int unclassified = 0;
  for (const std::string& name : scenarios::bundled_scenarios()) {
    if (name == "load-test") continue;  // one run takes seconds; the other scenarios cover its paths
    const scenarios::Scenario scenario = scenarios::load_scenario(bundled_scenario(name));
    const std::uint64_t seeds = seeds_per_scenario() * (scenario.faults.swarm ? 10 : 1);
    for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
      scenarios::RunOptions options;
      options.variant = "plan";
      options.seed = seed;
      options.keep_trace = true;
      const scenarios::RunResult run = scenarios::run_scenario(scenario, options);
      std::set<std::tuple<std::string, std::string, std::string>> in_this_run;
      for (const model::Violation& violation : run.violations) {
        const PlanFlaw flaw = classify_plan_violation(run, violation);
        if (flaw == PlanFlaw::unclassified) {
          ++unclassified;
          std::cout << "UNCLASSIFIED " << scenarios::replay_command(scenario, run) << ": " << violation.property
                    << ": " << violation.description << "\n";
        }
        in_this_run.emplace(plan_flaw_info(flaw).id, violation.property, name);
      }
      for (const auto& key : in_this_run) {
        FlawSighting& sighting = sightings[key];
        const auto fired = run.faults_that_fired();
        if (sighting.runs++ == 0) {
          sighting.first_seed = seed;
          sighting.first_faults = joined(fired);
        }
        if (sighting.plainest_seed == 0 || fired.size() < sighting.plainest_fault_count) {
          sighting.plainest_seed = seed;
          sighting.plainest_fault_count = fired.size();
          sighting.plainest_faults = joined(fired);
        }
      }
    }
  }
  std::cout << "flaw | property | scenario | runs | first seed | faults fired in it | seed with fewest "
               "faults | its faults\n";
  for (const auto& [key, sighting] : sightings) {
    const auto& [flaw, property, scenario] = key;
    std::cout << flaw << " | " << property << " | " << scenario << " | " << sighting.runs << " | "
              << sighting.first_seed << " | " << sighting.first_faults << " | " << sighting.plainest_seed << " | "
              << sighting.plainest_faults << "\n";
  }
  EXPECT_EQ(unclassified, 0);
}

}  // namespace
}  // namespace dispatchsim::testing
