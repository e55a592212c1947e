#include "explore/triage.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "explore/input_error.hpp"
#include "scenarios/root_cause.hpp"

namespace dispatchsim::explore {

namespace {

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

constexpr std::string_view unexplained = "unexplained";

// A group's key: variant, root cause, and for an unexplained violation its signature.
using GroupKey = std::tuple<std::size_t, std::string, std::string>;

GroupKey key_of(std::size_t variant, const std::string& root_cause, const std::string& signature) {
  return {variant, root_cause, root_cause == unexplained ? signature : std::string()};
}

// Per (variant, root cause, signature): the shape's run and violation counts.
void read_shapes(ResultsFile& file, const SweepDefinition& definition,
                 std::map<GroupKey, BugGroup>& groups) {
  SqliteStatement totals(
      file.connection().handle(),
      "SELECT r.variant, s.root_cause, s.signature, s.property, s.faults, s.event_kinds, "
      "COUNT(*), SUM(s.count) FROM run_signatures s JOIN runs r ON r.id = s.run_id "
      "GROUP BY r.variant, s.root_cause, s.signature");
  while (totals.step()) {
    const std::size_t variant = position_of(definition.variants, totals.text(0));
    if (variant >= definition.variants.size()) continue;
    BugGroup& group = groups[key_of(variant, totals.text(1), totals.text(2))];
    group.variant = variant;
    group.root_cause = totals.text(1);
    group.shapes.push_back(SignatureShape{totals.text(2), totals.text(3), totals.text(4),
                                          totals.text(5), totals.integer(6), totals.integer(7)});
    group.violations += totals.integer(7);
  }
}

// Runs per group: a run with two shapes of one root cause counts once.
void count_group_runs(ResultsFile& file, const SweepDefinition& definition,
                      std::map<GroupKey, BugGroup>& groups) {
  SqliteStatement runs(
      file.connection().handle(),
      "SELECT r.variant, s.root_cause, COUNT(DISTINCT s.run_id) FROM run_signatures s "
      "JOIN runs r ON r.id = s.run_id GROUP BY r.variant, s.root_cause");
  while (runs.step()) {
    const std::size_t variant = position_of(definition.variants, runs.text(0));
    if (runs.text(1) == unexplained) continue;  // one signature per group: its shape's count
    const auto found = groups.find(key_of(variant, runs.text(1), ""));
    if (found != groups.end()) found->second.runs = runs.integer(2);
  }
  for (auto& [key, group] : groups) {
    if (group.root_cause == unexplained) group.runs = group.shapes.front().runs;
  }
}

// Adds, per group, where it occurred and its minimal (seed, scenario); SQLite returns the row of
// the MIN() with the bare column.
void locate_minimal_seeds(ResultsFile& file, const SweepDefinition& definition,
                          std::map<GroupKey, BugGroup>& groups) {
  const std::vector<std::string> scenarios = scenario_names(definition);
  SqliteStatement seeds(
      file.connection().handle(),
      "SELECT r.variant, s.root_cause, s.signature, r.scenario, MIN(r.seed), r.id "
      "FROM run_signatures s JOIN runs r ON r.id = s.run_id "
      "GROUP BY r.variant, s.root_cause, s.signature, r.scenario");
  while (seeds.step()) {
    const auto found = groups.find(
        key_of(position_of(definition.variants, seeds.text(0)), seeds.text(1), seeds.text(2)));
    const std::size_t scenario = position_of(scenarios, seeds.text(3));
    if (found == groups.end() || scenario >= scenarios.size()) continue;
    BugGroup& group = found->second;
    const auto seed = static_cast<std::uint64_t>(seeds.integer(4));
    const bool first_seen = group.scenarios.empty();
    if (std::find(group.scenarios.begin(), group.scenarios.end(), scenario) ==
        group.scenarios.end()) {
      group.scenarios.push_back(scenario);
    }
    if (first_seen || std::make_pair(seed, scenario) <
                          std::make_pair(group.minimal_seed, group.minimal_scenario)) {
      group.minimal_seed = seed;
      group.minimal_scenario = scenario;
      group.minimal_row = seeds.integer(5);
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
  std::map<GroupKey, BugGroup> groups;
  read_shapes(file, definition, groups);
  count_group_runs(file, definition, groups);
  locate_minimal_seeds(file, definition, groups);
  for (auto& [key, group] : groups) {
    std::sort(group.scenarios.begin(), group.scenarios.end());
    std::sort(group.shapes.begin(), group.shapes.end(),
              [](const SignatureShape& a, const SignatureShape& b) {
                return std::make_tuple(-a.runs, a.property, a.faults, a.event_kinds) <
                       std::make_tuple(-b.runs, b.property, b.faults, b.event_kinds);
              });
    result.groups.push_back(std::move(group));
  }
  std::sort(result.groups.begin(), result.groups.end(), [](const BugGroup& a, const BugGroup& b) {
    const auto order = [](const BugGroup& group) {
      const SignatureShape& top = group.shapes.front();
      return std::make_tuple(group.variant, group.root_cause == unexplained, -group.runs,
                             group.root_cause, top.property, top.faults, top.event_kinds);
    };
    return order(a) < order(b);
  });
  result.violating_runs = count_of(file, "SELECT COUNT(*) FROM runs WHERE outcome = 'violation'");
  result.runs_without_signature =
      count_of(file,
               "SELECT COUNT(*) FROM runs r WHERE outcome = 'violation' AND NOT EXISTS "
               "(SELECT 1 FROM run_signatures s WHERE s.run_id = r.id)");
  return result;
}

nlohmann::json triage_json(const Triage& triage) {
  const SweepDefinition& definition = triage.sweep.definition;
  nlohmann::json groups = nlohmann::json::array();
  for (const BugGroup& group : triage.groups) {
    nlohmann::json scenarios = nlohmann::json::array();
    for (std::size_t scenario : group.scenarios)
      scenarios.push_back(definition.scenarios[scenario].name);
    nlohmann::json shapes = nlohmann::json::array();
    for (const SignatureShape& shape : group.shapes) {
      shapes.push_back({{"signature", shape.signature},
                        {"property", shape.property},
                        {"faults", shape.faults},
                        {"event_kinds", shape.event_kinds},
                        {"runs", shape.runs},
                        {"violations", shape.violations}});
    }
    groups.push_back({{"variant", definition.variants[group.variant]},
                      {"root_cause", group.root_cause},
                      {"root_cause_text", scenarios::root_cause_text(group.root_cause)},
                      {"shapes", shapes},
                      {"runs", group.runs},
                      {"violations", group.violations},
                      {"scenarios", scenarios},
                      {"minimal",
                       {{"scenario", definition.scenarios[group.minimal_scenario].name},
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
