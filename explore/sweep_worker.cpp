#include "explore/sweep_worker.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "explore/input_error.hpp"
#include "explore/results_file.hpp"

namespace dispatchsim::explore {

namespace {

// The sweep's scenarios, loaded once per worker and checked against the definition's hashes: a
// file edited after the sweep started must not silently mix two versions in one results file.
std::vector<scenarios::Scenario> load_checked_scenarios(const SweepDefinition& definition) {
  std::vector<scenarios::Scenario> loaded;
  for (const SweepScenario& expected : definition.scenarios) {
    const SweepScenario now = describe_scenario(expected.argument);
    if (now.content_hash != expected.content_hash) {
      throw InputError(fmt::format("scenario {} changed since the sweep began (content {} then, {} "
                                   "now); start a new sweep with another --db",
                                   expected.argument, expected.content_hash, now.content_hash));
    }
    loaded.push_back(scenarios::load_scenario(scenarios::resolve_scenario(expected.argument)));
  }
  return loaded;
}

RunRecord run_one(const SweepDefinition& definition, const scenarios::Scenario& scenario,
                  const WorkItem& item) {
  const RunSpec spec = definition.spec(item);
  const auto started = std::chrono::steady_clock::now();
  try {
    const scenarios::RunResult result = scenarios::run_scenario(scenario, spec.run_options());
    const auto wall = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);
    return record_of(spec, result, wall.count());
  } catch (const std::exception& error) {
    // An impossible state stopped the run: recorded as this run's outcome, the sweep goes on.
    return error_record(scenario, spec, error.what());
  }
}

bool write_all(int fd, const std::string& text) {
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

int run_sweep_worker(const std::string& results_path, int input_fd, int output_fd) {
  try {
    ResultsFile file(results_path, ResultsFile::Mode::existing);
    const auto stored = file.sweep();
    if (!stored) throw InputError(results_path + ": holds no sweep definition");
    const SweepDefinition& definition = stored->definition;
    const std::vector<scenarios::Scenario> loaded = load_checked_scenarios(definition);
    FILE* input = fdopen(input_fd, "r");
    if (input == nullptr) throw InputError("sweep-worker: cannot read its assignments");
    unsigned long long index = 0;
    while (std::fscanf(input, "%llu", &index) == 1) {
      if (index >= definition.run_count()) throw InputError(fmt::format("sweep-worker: no work item {}", index));
      const WorkItem item = definition.item(static_cast<std::size_t>(index));
      const RunRecord record = run_one(definition, loaded[item.scenario], item);
      file.add_run(record);
      if (!write_all(output_fd, fmt::format("{} {}\n", index, to_string(record.outcome)))) break;
    }
    std::fclose(input);
    return worker_exit_ok;
  } catch (const InputError& error) {
    std::cerr << "dispatchsim sweep-worker: " << error.what() << '\n';
  } catch (const scenarios::ScenarioError& error) {
    std::cerr << "dispatchsim sweep-worker: " << error.what() << '\n';
  }
  return worker_exit_bad_input;
}

}  // namespace dispatchsim::explore
