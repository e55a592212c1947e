#include "explore/sweep_worker.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>

#include "explore/guided_corpus.hpp"
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
      throw InputError(
          fmt::format("scenario {} changed since the sweep began (content {} then, {} "
                      "now); start a new sweep with another --db",
                      expected.argument, expected.content_hash, now.content_hash));
    }
    loaded.push_back(scenarios::load_scenario(scenarios::resolve_scenario(expected.argument)));
  }
  return loaded;
}

// A guided sweep's corpora, one per (scenario, variant), as this worker rebuilt them from the
// results file: before a run of generation g, its corpus observes every stored run of the
// generations before g, in seed order. Every worker rebuilds the same corpora from the same rows,
// so which worker runs an item does not matter.
class GuidedCorpora {
 public:
  GuidedCorpora(const SweepDefinition& definition, ResultsFile& file)
      : definition_(definition), file_(file) {}

  GuidedInput input_for(const WorkItem& item) {
    const std::string& scenario = definition_.scenarios[item.scenario].name;
    const std::string& variant = definition_.variants[item.variant];
    auto [state, created] = corpora_.try_emplace(
        {item.scenario, item.variant},
        Corpus{GuidedCorpus(guided_exploration_seed(scenario, variant, definition_.seeds.first)),
               0});
    const std::uint64_t generation = guided_generation(item.seed, definition_.seeds.first);
    while (state->second.observed_generations < generation) {
      const std::uint64_t first =
          definition_.seeds.first + state->second.observed_generations * guided_generation_size;
      for (GuidedTrail& trail :
           file_.guided_trails(scenario, variant, first, first + guided_generation_size - 1)) {
        state->second.corpus.observe(GuidedFeedback{
            std::move(trail.tape), std::move(trail.options), std::move(trail.features),
            std::move(trail.positions), std::move(trail.keys), std::move(trail.mutation)});
      }
      ++state->second.observed_generations;
    }
    return state->second.corpus.next_input(item.seed);
  }

 private:
  struct Corpus {
    GuidedCorpus corpus;
    std::uint64_t observed_generations = 0;
  };
  const SweepDefinition& definition_;
  ResultsFile& file_;
  std::map<std::pair<std::size_t, std::size_t>, Corpus> corpora_;
};

// A results row keeps violations, metrics, monitoring and probes, never alert pages or broker
// samples (the report reruns the runs it draws): their observers stay off. Observers never
// change a run (sim::Kernel::observe_at), so the trace hash is the one `run` prints.
scenarios::RunOptions row_options(const RunSpec& spec) {
  scenarios::RunOptions options = spec.run_options();
  options.alert_interval = 0;
  options.broker_sample_interval = 0;
  return options;
}

scenarios::RunResult run_spec(const scenarios::Scenario& scenario, const RunSpec& spec,
                              const std::optional<GuidedInput>& guided,
                              std::optional<GuidedTrail>* trail) {
  if (!guided) return scenarios::run_scenario(scenario, row_options(spec));
  GuidedFeedback feedback;
  scenarios::RunResult result = run_guided_input(scenario, row_options(spec), *guided, &feedback);
  result.seed = spec.seed;
  *trail = GuidedTrail{guided->mutation,
                       std::move(feedback.tape),
                       std::move(feedback.options),
                       std::move(feedback.features),
                       std::move(feedback.positions),
                       std::move(feedback.keys)};
  return result;
}

RunRecord run_one(const SweepDefinition& definition, const scenarios::Scenario& scenario,
                  const WorkItem& item, GuidedCorpora& corpora) {
  const RunSpec spec = definition.spec(item);
  const auto started = std::chrono::steady_clock::now();
  try {
    std::optional<GuidedInput> guided;
    if (definition.strategy == "guided") guided = corpora.input_for(item);
    std::optional<GuidedTrail> trail;
    const scenarios::RunResult result = run_spec(scenario, spec, guided, &trail);
    const auto wall = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);
    RunRecord record = record_of(spec, result, wall.count());
    record.guided = std::move(trail);
    return record;
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
    GuidedCorpora corpora(definition, file);
    FILE* input = fdopen(input_fd, "r");
    if (input == nullptr) throw InputError("sweep-worker: cannot read its assignments");
    unsigned long long index = 0;
    while (std::fscanf(input, "%llu", &index) == 1) {
      if (index >= definition.run_count())
        throw InputError(fmt::format("sweep-worker: no work item {}", index));
      const WorkItem item = definition.item(static_cast<std::size_t>(index));
      const RunRecord record = run_one(definition, loaded[item.scenario], item, corpora);
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
