#include "explore/triage.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "explore/input_error.hpp"

namespace dispatchsim::explore {

namespace {

std::size_t position_of(const std::vector<std::string>& names, const std::string& name) {
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

std::vector<std::string> scenario_names(const SweepDefinition& definition) {
  std::vector<std::string> names;
  for (const auto& scenario : definition.scenarios) names.push_back(scenario.name);
  return names;
}

std::int64_t count_of(ResultsFile& file, const char* sql) {
  SqliteStatement count(file.connection().handle(), sql);
  count.step();
  return count.integer(0);
}

// Adds, per group, where it occurred and its minimal (seed, scenario); SQLite returns the row of
// the MIN() with the bare column.
void locate_minimal_seeds(ResultsFile& file, const SweepDefinition& definition,
                          std::map<std::pair<std::size_t, std::string>, BugGroup>& groups) {
  const std::vector<std::string> scenarios = scenario_names(definition);
  SqliteStatement seeds(file.connection().handle(),
                        "SELECT r.variant, s.signature, r.scenario, MIN(r.seed), r.id "
                        "FROM run_signatures s JOIN runs r ON r.id = s.run_id "
                        "GROUP BY r.variant, s.signature, r.scenario");
  while (seeds.step()) {
    const auto found = groups.find({position_of(definition.variants, seeds.text(0)), seeds.text(1)});
    const std::size_t scenario = position_of(scenarios, seeds.text(2));
    if (found == groups.end() || scenario >= scenarios.size()) continue;
    BugGroup& group = found->second;
    const auto seed = static_cast<std::uint64_t>(seeds.integer(3));
    const bool first_seen = group.scenarios.empty();
    group.scenarios.push_back(scenario);
    if (first_seen || std::make_pair(seed, scenario) <
                          std::make_pair(group.minimal_seed, group.minimal_scenario)) {
      group.minimal_seed = seed;
      group.minimal_scenario = scenario;
      group.minimal_row = seeds.integer(4);
    }
  }
}

}  // namespace

RunSpec Triage::minimal_run(const BugGroup& group) const {
  return sweep.definition.spec(WorkItem{group.minimal_scenario, group.variant, group.minimal_seed});
}

Triage triage(ResultsFile& file) {
  const Completeness completeness = file.verify();
  auto stored = file.sweep();
  if (!stored) throw InputError(file.path() + ": holds no sweep yet");
  Triage result{*stored, completeness, {}, 0, 0};
  const SweepDefinition& definition = result.sweep.definition;
  std::map<std::pair<std::size_t, std::string>, BugGroup> groups;
  SqliteStatement totals(file.connection().handle(),
                         "SELECT r.variant, s.signature, s.property, s.faults, s.event_kinds, "
                         "COUNT(*), SUM(s.count) FROM run_signatures s JOIN runs r ON r.id = s.run_id "
                         "GROUP BY r.variant, s.signature");
  while (totals.step()) {
    const std::size_t variant = position_of(definition.variants, totals.text(0));
    if (variant >= definition.variants.size()) continue;
    BugGroup group;
    group.variant = variant;
    group.signature = totals.text(1);
    group.property = totals.text(2);
    group.faults = totals.text(3);
    group.event_kinds = totals.text(4);
    group.runs = totals.integer(5);
    group.violations = totals.integer(6);
    groups.emplace(std::make_pair(variant, group.signature), std::move(group));
  }
  locate_minimal_seeds(file, definition, groups);
  for (auto& [key, group] : groups) {
    std::sort(group.scenarios.begin(), group.scenarios.end());
    result.groups.push_back(std::move(group));
  }
  std::sort(result.groups.begin(), result.groups.end(), [](const BugGroup& a, const BugGroup& b) {
    return std::make_tuple(a.variant, -a.runs, a.property, a.faults, a.event_kinds) <
           std::make_tuple(b.variant, -b.runs, b.property, b.faults, b.event_kinds);
  });
  result.violating_runs = count_of(file, "SELECT COUNT(*) FROM runs WHERE outcome = 'violation'");
  result.runs_without_signature = count_of(
      file, "SELECT COUNT(*) FROM runs r WHERE outcome = 'violation' AND NOT EXISTS "
            "(SELECT 1 FROM run_signatures s WHERE s.run_id = r.id)");
  return result;
}

nlohmann::json triage_json(const Triage& triage) {
  const SweepDefinition& definition = triage.sweep.definition;
  nlohmann::json groups = nlohmann::json::array();
  for (const BugGroup& group : triage.groups) {
    nlohmann::json scenarios = nlohmann::json::array();
    for (std::size_t scenario : group.scenarios) scenarios.push_back(definition.scenarios[scenario].name);
    groups.push_back({{"variant", definition.variants[group.variant]},
                      {"signature", group.signature},
                      {"property", group.property},
                      {"faults", group.faults},
                      {"event_kinds", group.event_kinds},
                      {"runs", group.runs},
                      {"violations", group.violations},
                      {"scenarios", scenarios},
                      {"minimal", {{"scenario", definition.scenarios[group.minimal_scenario].name},
                                   {"seed", group.minimal_seed},
                                   {"row", group.minimal_row},
                                   {"arguments", triage.minimal_run(group).arguments()}}}});
  }
  return {{"complete", triage.completeness.complete},
          {"completeness", triage.completeness.describe()},
          {"violating_runs", triage.violating_runs},
          {"runs_without_signature", triage.runs_without_signature},
          {"groups", groups}};
}

}  // namespace dispatchsim::explore
