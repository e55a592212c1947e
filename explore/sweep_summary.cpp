#include "explore/sweep_summary.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "explore/input_error.hpp"
#include "model/observe/properties/property.hpp"

namespace dispatchsim::explore {

namespace {

std::size_t property_rank(const std::string& property) {
  const auto& catalogue = model::property_catalogue();
  const auto found =
      std::find_if(catalogue.begin(), catalogue.end(),
                   [&](const model::PropertyInfo& info) { return info.id == property; });
  return static_cast<std::size_t>(found - catalogue.begin());
}

}  // namespace

std::int64_t SweepSummary::runs() const {
  std::int64_t total = 0;
  for (const auto& combination : combinations) total += combination.runs;
  return total;
}

std::int64_t SweepSummary::failing_runs() const {
  std::int64_t total = 0;
  for (const auto& combination : combinations)
    total += combination.violating_runs + combination.error_runs;
  return total;
}

namespace {

// Bounds and saturation need every run, and each scenario's checked properties (read once).
SweepConfidence confidence_of(ResultsFile& file, const SweepDefinition& definition) {
  const std::vector<RunRecord> records = file.runs();
  std::vector<const RunRecord*> runs;
  for (const RunRecord& record : records) runs.push_back(&record);
  std::map<std::string, std::set<std::string>> checked;
  return sweep_confidence(
      runs, definition.variants, [&](const std::string& scenario) -> const std::set<std::string>& {
        auto found = checked.find(scenario);
        if (found == checked.end()) {
          found = checked
                      .emplace(scenario,
                               checked_properties(definition.loadable_scenario_argument(scenario)))
                      .first;
        }
        return found->second;
      });
}

}  // namespace

SweepSummary summarize(ResultsFile& file) {
  auto stored = file.sweep();
  if (!stored) throw InputError(file.path() + ": holds no sweep yet");
  SweepSummary summary{*stored, {}, {}};
  const SweepDefinition& definition = summary.sweep.definition;
  std::vector<std::string> scenario_names;
  for (const auto& scenario : definition.scenarios) scenario_names.push_back(scenario.name);
  for (std::size_t s = 0; s < scenario_names.size(); ++s) {
    for (std::size_t v = 0; v < definition.variants.size(); ++v) {
      summary.combinations.push_back(CombinationSummary{s, v, 0, 0, 0, 0, {}, std::nullopt});
    }
  }
  auto combination = [&](const std::string& scenario,
                         const std::string& variant) -> CombinationSummary* {
    const std::size_t s = position_of(scenario_names, scenario);
    const std::size_t v = position_of(definition.variants, variant);
    if (s >= scenario_names.size() || v >= definition.variants.size()) return nullptr;
    return &summary.combinations[s * definition.variants.size() + v];
  };
  SqliteStatement totals(
      file.connection().handle(),
      "SELECT scenario, variant, COUNT(*), SUM(outcome = 'violation'), "
      "SUM(outcome = 'error'), SUM(wall_time_us) FROM runs GROUP BY scenario, variant");
  while (totals.step()) {
    if (CombinationSummary* c = combination(totals.text(0), totals.text(1))) {
      c->runs = totals.integer(2);
      c->violating_runs = totals.integer(3);
      c->error_runs = totals.integer(4);
      c->wall_time_us = totals.integer(5);
    }
  }
  // The first failing seed of each kind, with its row (SQLite returns the row of the MIN()).
  SqliteStatement properties(
      file.connection().handle(),
      "SELECT r.scenario, r.variant, v.property, COUNT(*), MIN(r.seed), r.id "
      "FROM run_violations v JOIN runs r ON r.id = v.run_id "
      "GROUP BY r.scenario, r.variant, v.property");
  while (properties.step()) {
    if (CombinationSummary* c = combination(properties.text(0), properties.text(1))) {
      c->properties.push_back(PropertyFailures{
          properties.text(2), properties.integer(3),
          FirstFailure{static_cast<std::uint64_t>(properties.integer(4)), properties.integer(5)}});
    }
  }
  SqliteStatement errors(
      file.connection().handle(),
      "SELECT scenario, variant, MIN(seed), id FROM runs WHERE outcome = 'error' "
      "GROUP BY scenario, variant");
  while (errors.step()) {
    if (CombinationSummary* c = combination(errors.text(0), errors.text(1))) {
      c->first_error =
          FirstFailure{static_cast<std::uint64_t>(errors.integer(2)), errors.integer(3)};
    }
  }
  for (auto& c : summary.combinations) {
    std::sort(c.properties.begin(), c.properties.end(), [](const auto& a, const auto& b) {
      return property_rank(a.property) < property_rank(b.property);
    });
  }
  summary.confidence = confidence_of(file, definition);
  return summary;
}

}  // namespace dispatchsim::explore
