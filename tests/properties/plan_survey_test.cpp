// The survey behind plan_flaws_test.cpp's pinned seeds: sweeps `plan` over the swarm scenario and
// every bundled scenario, names the flaw behind each violation (scenarios/root_cause.hpp) and
// prints, per (flaw, property, scenario), how many runs showed it, the first seed and the seed with
// the fewest kinds of faults fired, with those faults. Too slow for CI (about a minute on 2 cores);
// run it after a change to the model or to scenarios/root_cause.cpp:
//   property_tests --gtest_also_run_disabled_tests --gtest_filter='PlanSurvey.*'
// (PLAN_SURVEY_SEEDS=N sets the seeds per scenario, 200 by default; the swarm scenario gets ten
// times as many. PLAN_SURVEY_SCENARIOS=a,b limits it to those bundled scenarios;
// PLAN_SURVEY_FAULTS=a,b runs the swarm world with only those faults, at their catalogue
// defaults — how plan_flaws_test.cpp's swarm seeds were found.)
// README's "Property suites" lists what it found.
// A violation no flaw explains is printed in full and fails the survey.

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/root_cause.hpp"
#include "scenarios/runner.hpp"
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

std::vector<std::string> comma_separated(std::string text) {
  std::vector<std::string> words;
  while (!text.empty()) {
    const auto comma = text.find(',');
    words.push_back(text.substr(0, comma));
    text = comma == std::string::npos ? "" : text.substr(comma + 1);
  }
  return words;
}

// PLAN_SURVEY_SCENARIOS, or every bundled scenario but the load test (one run takes seconds; the
// other scenarios cover its paths).
std::vector<std::string> surveyed_scenarios() {
  if (const char* text = std::getenv("PLAN_SURVEY_SCENARIOS")) return comma_separated(text);
  std::vector<std::string> names;
  for (const std::string& name : scenarios::bundled_scenarios()) {
    if (name != "load-test") names.push_back(name);
  }
  return names;
}

// The scenario as bundled; the swarm world restricted to PLAN_SURVEY_FAULTS when it is set.
scenarios::Scenario surveyed_scenario(const std::string& name) {
  scenarios::Scenario scenario = scenarios::load_scenario(bundled_scenario(name));
  const char* restricted = std::getenv("PLAN_SURVEY_FAULTS");
  if (restricted == nullptr || !scenario.faults.swarm) return scenario;
  scenario.faults = faults::FaultPlan{};
  for (const std::string& id : comma_separated(restricted)) {
    const auto fault = faults::fault_from_id(id);
    if (!fault) throw std::invalid_argument("PLAN_SURVEY_FAULTS: unknown fault " + id);
    scenario.faults.enable(*fault);
  }
  return scenario;
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : "+") + word;
  return text.empty() ? "none" : text;
}

TEST(PlanSurvey, DISABLED_EveryPlanViolationIsANamedFlaw) {
  std::map<std::tuple<std::string, std::string, std::string>, FlawSighting>
      sightings;  // flaw, property, scenario
  int unclassified = 0;
  for (const std::string& name : surveyed_scenarios()) {
    const scenarios::Scenario scenario = surveyed_scenario(name);
    const std::uint64_t seeds = seeds_per_scenario() * (name == "swarm" ? 10 : 1);
    for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
      scenarios::RunOptions options;
      options.variant = "plan";
      options.seed = seed;
      options.keep_trace = true;
      const scenarios::RunResult run = scenarios::run_scenario(scenario, options);
      std::set<std::tuple<std::string, std::string, std::string>> in_this_run;
      for (std::size_t i = 0; i < run.violations.size(); ++i) {
        const model::Violation& violation = run.violations[i];
        const scenarios::RootCause flaw = run.root_causes[i];
        if (flaw == scenarios::RootCause::unexplained) {
          ++unclassified;
          std::cout << "UNCLASSIFIED " << scenarios::replay_command(scenario, run) << ": "
                    << violation.property << ": " << violation.description << "\n";
        }
        in_this_run.emplace(scenarios::root_cause_info(flaw).id, violation.property, name);
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
  std::cout
      << "flaw | property | scenario | runs | first seed | faults fired in it | seed with fewest "
         "faults | its faults\n";
  for (const auto& [key, sighting] : sightings) {
    const auto& [flaw, property, scenario] = key;
    std::cout << flaw << " | " << property << " | " << scenario << " | " << sighting.runs << " | "
              << sighting.first_seed << " | " << sighting.first_faults << " | "
              << sighting.plainest_seed << " | " << sighting.plainest_faults << "\n";
  }
  EXPECT_EQ(unclassified, 0);
}

}  // namespace
}  // namespace dispatchsim::testing
