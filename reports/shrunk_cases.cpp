// add_shrunk_cases (report_data.hpp): the report's minimal cases are shrunk, not just the lowest
// seed. Each failing verdict cell's minimal run is shrunk once with a bounded budget (scenario
// only, no schedule tape, so the case reproduces from a seed), the result is cached in the run's
// results file, written as a scenario file next to the report, re-run to check it still violates
// the property, and explained.

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "explore/input_error.hpp"
#include "explore/output_file.hpp"
#include "explore/request_timeline.hpp"
#include "explore/results_file.hpp"
#include "explore/shrinker.hpp"
#include "reports/report_data.hpp"

namespace dispatchsim::reports {

namespace {

using Size = std::vector<std::pair<std::string, std::int64_t>>;

std::string size_json(const std::vector<explore::Dimension>& size) {
  nlohmann::json array = nlohmann::json::array();
  for (const explore::Dimension& dimension : size)
    array.push_back({dimension.name, dimension.value});
  return array.dump();
}

Size size_from_json(const std::string& text) {
  Size size;
  for (const auto& item : nlohmann::json::parse(text)) {
    size.emplace_back(item.at(0).get<std::string>(), item.at(1).get<std::int64_t>());
  }
  return size;
}

// Shrinks the run now and stores the result in the cache (when the file can be written).
explore::StoredShrunkCase shrink_now(const RunReference& from, const std::string& property,
                                     const ShrinkBudget& budget) {
  const scenarios::Scenario scenario =
      scenarios::load_scenario(scenarios::resolve_scenario(from.scenario_argument));
  const explore::RunSpec spec = spec_of(from);
  explore::ShrinkOptions options;
  options.run_budget = budget.run_budget;
  options.seeds_per_candidate = budget.seeds_per_candidate;
  options.shrink_schedule = false;  // a seed reproduces it; no tape to hand around
  const explore::ShrinkReport report =
      explore::shrink(scenario, spec, std::nullopt, property, options);
  const explore::MinimalCaseFile file =
      explore::minimal_case_file(report, scenario.name, spec, spec.arguments());
  explore::StoredShrunkCase stored;
  stored.run_id = from.row;
  stored.property = property;
  stored.budget = static_cast<std::int64_t>(budget.run_budget);
  stored.source_trace_hash = from.trace_hash;
  stored.scenario_toml = file.toml;
  stored.variant = file.spec.variant;
  stored.seed = file.spec.seed;
  stored.size_before = size_json(report.input.size);
  stored.size_after = size_json(report.minimal.size);
  stored.runs_spent = static_cast<std::int64_t>(report.runs);
  stored.budget_exhausted = report.budget_exhausted;
  return stored;
}

// The shrunk run re-run from the written file, with its trace: it must still violate the
// property (else the cache entry is stale), and its violating request is explained.
bool explain_case(ShrunkCase& shrunk, const std::filesystem::path& written,
                  const std::string& program) {
  const scenarios::Scenario scenario = scenarios::load_scenario(written.string());
  explore::RunSpec spec;
  spec.scenario = shrunk.scenario_file;
  spec.variant = shrunk.variant;
  spec.seed = shrunk.seed;
  scenarios::RunOptions options = spec.run_options();
  options.keep_trace = true;
  const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  const auto violation =
      std::find_if(result.violations.begin(), result.violations.end(),
                   [&](const model::Violation& v) { return v.property == shrunk.property; });
  if (violation == result.violations.end()) return false;
  RunReference& run = shrunk.run;
  run.results_file = shrunk.from.results_file;
  run.scenario = scenario.name;
  run.scenario_argument = shrunk.scenario_file;
  run.variant = shrunk.variant;
  run.strategy = "random";
  run.seed = shrunk.seed;
  run.trace_hash = result.trace_hash;
  run.violation = violation->description;
  run.request = violation->request;
  run.root_cause = scenarios::root_cause_text(
      result.root_causes.at(static_cast<std::size_t>(violation - result.violations.begin())));
  run.replay = fmt::format("{} run {}", program, spec.arguments());
  run.explain = fmt::format("{} explain {}{}", program, spec.arguments(),
                            run.request != 0 ? fmt::format(" --request {}", run.request) : "");
  std::optional<model::RequestId> request;
  if (run.request != 0) request = run.request;
  shrunk.explain = explore::timelines_text(result, explore::build_timelines(result, request));
  shrunk.explain_lines =
      static_cast<std::size_t>(std::count(shrunk.explain.begin(), shrunk.explain.end(), '\n'));
  return true;
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw explore::OutputError(fmt::format("--out: cannot write {}", path.string()));
}

ShrunkCase unshrunk(const VerdictCell& cell) {
  ShrunkCase shrunk;
  shrunk.variant = cell.variant;
  shrunk.property = cell.property;
  shrunk.from = *cell.minimal;
  return shrunk;
}

ShrunkCase shrink_cell(const VerdictCell& cell, const std::filesystem::path& write_directory,
                       const std::filesystem::path& shown_directory, const ShrinkBudget& budget,
                       const std::string& program) {
  ShrunkCase shrunk = unshrunk(cell);
  shrunk.budget = static_cast<std::int64_t>(budget.run_budget);
  std::optional<explore::ResultsFile> cache;
  try {
    cache.emplace(shrunk.from.results_file, explore::ResultsFile::Mode::existing);
  } catch (const std::exception&) {
    cache.reset();  // unreadable here: shrink without a cache
  }
  std::optional<explore::StoredShrunkCase> stored;
  if (cache) stored = cache->shrunk_case(shrunk.from.row, cell.property, shrunk.budget);
  shrunk.cached = stored.has_value();
  const std::string file_name = fmt::format("{}-{}.toml", cell.variant, cell.property);
  shrunk.scenario_file = (shown_directory / file_name).string();
  shrunk.written_file = (write_directory / file_name).string();
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!stored) stored = shrink_now(shrunk.from, cell.property, budget);
    write_text(write_directory / file_name, stored->scenario_toml);
    shrunk.seed = stored->seed;
    if (explain_case(shrunk, write_directory / file_name, program)) break;
    // A stale cache entry (the model changed since): shrink again, once.
    shrunk.cached = false;
    stored.reset();
  }
  if (!stored || shrunk.explain.empty()) {
    shrunk.note = "the shrunk case does not reproduce the violation";
    return shrunk;
  }
  if (cache && !shrunk.cached) {
    try {
      cache->add_shrunk_case(*stored);
    } catch (const std::exception& error) {
      shrunk.note = fmt::format("not cached: {}", error.what());
    }
  }
  shrunk.shrunk = true;
  shrunk.size_before = size_from_json(stored->size_before);
  shrunk.size_after = size_from_json(stored->size_after);
  shrunk.runs_spent = stored->runs_spent;
  shrunk.budget_exhausted = stored->budget_exhausted;
  return shrunk;
}

}  // namespace

std::string ShrunkCase::size_text() const {
  std::string text;
  for (std::size_t i = 0; i < size_before.size() && i < size_after.size(); ++i) {
    if (size_after[i].second >= size_before[i].second) continue;
    text += fmt::format("{}{} {} → {}", text.empty() ? "" : ", ", size_before[i].first,
                        size_before[i].second, size_after[i].second);
  }
  return text.empty() ? "no smaller case found within the budget" : text;
}

const ShrunkCase* ReportData::shrunk_case(const std::string& variant,
                                          const std::string& property) const {
  for (const ShrunkCase& shrunk : shrunk_cases) {
    if (shrunk.variant == variant && shrunk.property == property) return &shrunk;
  }
  return nullptr;
}

void add_shrunk_cases(ReportData& data, const std::string& write_directory,
                      const std::string& shown_directory, const ShrinkBudget& budget) {
  const std::filesystem::path directory = std::filesystem::path(write_directory) / "minimal";
  const std::filesystem::path shown = std::filesystem::path(shown_directory) / "minimal";
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error)
    throw explore::OutputError(
        fmt::format("--out: cannot create {}: {}", directory.string(), error.message()));
  for (const VerdictCell& cell : data.verdict) {
    if (!cell.minimal || data.shrunk_cases.size() >= budget.max_cases) continue;
    try {
      data.shrunk_cases.push_back(shrink_cell(cell, directory, shown, budget, data.program));
    } catch (const std::exception& failure) {
      ShrunkCase failed = unshrunk(cell);
      failed.note = fmt::format("not shrunk: {}", failure.what());
      data.shrunk_cases.push_back(failed);
    }
  }
}

}  // namespace dispatchsim::reports
