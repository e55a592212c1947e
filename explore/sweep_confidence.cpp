#include "explore/sweep_confidence.hpp"

#include <algorithm>
#include <tuple>

#include "model/observe/properties/property.hpp"
#include "scenarios/scenario.hpp"

namespace dispatchsim::explore {

SweepConfidence sweep_confidence(std::vector<const RunRecord*> runs,
                                 const std::vector<std::string>& variants,
                                 const CheckedProperties& checked) {
  std::sort(runs.begin(), runs.end(), [](const RunRecord* a, const RunRecord* b) {
    return std::tie(a->seed, a->scenario, a->id) < std::tie(b->seed, b->scenario, b->id);
  });
  SweepConfidence confidence;
  for (const std::string& variant : variants) {
    std::vector<std::vector<std::string>> findings;
    for (const auto& info : model::property_catalogue()) {
      PropertyConfidence row;
      row.variant = variant;
      row.property = info.id;
      for (const RunRecord* run : runs) {
        if (run->variant != variant || checked(run->scenario).count(row.property) == 0) continue;
        ++row.runs;
        row.violating_runs += run->violated(row.property) ? 1 : 0;
      }
      if (row.runs == 0) continue;
      row.upper_rate = upper_violation_rate(row.violating_runs, row.runs);
      row.clean_runs_to_believe_fix = clean_runs_to_believe_fix(row.violating_runs, row.runs);
      confidence.properties.push_back(row);
    }
    std::vector<std::vector<std::string>> causes;
    for (const RunRecord* run : runs) {
      if (run->variant != variant) continue;
      std::vector<std::string> signatures, run_causes;
      for (const SignatureCount& count : run->signatures) {
        signatures.push_back(count.signature);
        if (std::find(run_causes.begin(), run_causes.end(), count.root_cause) == run_causes.end()) {
          run_causes.push_back(count.root_cause);
        }
      }
      findings.push_back(std::move(signatures));
      causes.push_back(std::move(run_causes));
    }
    if (!findings.empty())
      confidence.saturation.push_back({variant, saturation(findings), saturation(causes)});
  }
  return confidence;
}

std::set<std::string> checked_properties(const std::string& scenario_argument) {
  std::set<std::string> all;
  for (const auto& info : model::property_catalogue()) all.emplace(info.id);
  try {
    const scenarios::Scenario scenario =
        scenarios::load_scenario(scenarios::resolve_scenario(scenario_argument));
    return scenario.properties.empty()
               ? all
               : std::set<std::string>(scenario.properties.begin(), scenario.properties.end());
  } catch (const scenarios::ScenarioError&) {
    return all;
  }
}

}  // namespace dispatchsim::explore
