// Time to first failure: how many runs, and how many seconds on one core, a sweep needs before it
// first sees each violation the bundled scenarios can produce — for the random walk and for PCT.
// A harness is judged by this number more than by seeds per second alone.
//
// For every scenario × variant (legacy and plan: the variants with known flaws):
//  1. discovery: seeds 1..D with each strategy; the properties violated there are the pairs that
//     "can fail" (a property that fails more rarely than that is not measured — it shows in the
//     output as absent, never as a silent success);
//  2. for each strategy, R independent seed ranges (range r starts at 1,000,000 + r × B): runs
//     seed after seed until every such property has been violated once, or B runs were made
//     (the budget: a range that never saw a property counts as "> B runs");
//  3. per (scenario, variant, property, strategy): the median and 90th percentile, over the
//     ranges, of runs and of CPU seconds (summed over the range's runs) to the first violation.
// Run counts are deterministic (a run is a pure function of its seed); seconds are not. Seconds
// are the process's CPU time (one core), not wall time: on a shared machine wall time measures
// the other users' load as much as the harness.
//
//   time_to_first_failure [--ranges R] [--budget-runs B] [--discovery-seeds D] [--depth D]
//                         [--json PATH] [scenario ...]
// Default: every bundled scenario but load-test (a 1,000-request run costs seconds), R = 20,
// B = 100, D = 100, PCT depth 3.

#include <fmt/format.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explore/guided_corpus.hpp"
#include "model/base/coverage_probes.hpp"
#include "scenarios/root_cause.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim {
namespace {

using Clock = std::chrono::steady_clock;

double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

struct Settings {
  int ranges = 20;
  std::uint64_t budget_runs = 100;
  std::uint64_t discovery_seeds = 100;
  int pct_depth = 3;
  std::string json_path;
  std::vector<std::string> scenarios;
  std::vector<std::string> variants = {"legacy", "plan"};
  std::vector<std::string> strategies = {"random", "pct", "guided"};
  // --flaws A,B,...: measure these plan flaws (scenarios/root_cause.hpp ids) instead of properties.
  std::vector<std::string> flaw_ids;
  bool flaws = false;
};

// The first violation of one property within one seed range; absent when the budget ran out.
struct FirstFailure {
  std::uint64_t runs = 0;
  double seconds = 0;
};

struct Measurement {
  std::string scenario, variant, property, strategy;
  std::vector<std::optional<FirstFailure>> ranges;  // one per range
};

// What a first-failure search needs of a run: its violations. The after-run checks and observers
// nobody here reads are off (they never change the run).
scenarios::RunOptions violations_only(const std::string& variant) {
  scenarios::RunOptions options;
  options.variant = variant;
  options.judge_monitoring = false;
  options.alert_interval = 0;
  options.broker_sample_interval = 0;
  return options;
}

scenarios::RunResult timed_run(const scenarios::Scenario& scenario, const std::string& variant,
                               const std::string& strategy, int pct_depth, std::uint64_t seed,
                               double* seconds) {
  scenarios::RunOptions options = violations_only(variant);
  options.seed = seed;
  options.strategy = strategy;
  options.pct_depth = pct_depth;
  const double start = cpu_seconds();
  scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  *seconds += cpu_seconds() - start;
  return result;
}

// The properties this scenario and variant violate within the first discovery seeds of any
// strategy.
std::set<std::string> discover(const scenarios::Scenario& scenario, const std::string& variant,
                               const Settings& settings, double* seconds) {
  std::set<std::string> found;
  for (const std::string& strategy : settings.strategies) {
    if (strategy == "guided") continue;  // its fresh runs are random walks: nothing new to discover
    for (std::uint64_t seed = 1; seed <= settings.discovery_seeds; ++seed) {
      const auto violated =
          timed_run(scenario, variant, strategy, settings.pct_depth, seed, seconds)
              .violated_properties();
      found.insert(violated.begin(), violated.end());
    }
  }
  return found;
}

// A guided exploration over one seed range: the corpus starts empty and observes its runs in
// generations, as a sweep's does (explore/guided_corpus.hpp).
class GuidedRange {
 public:
  GuidedRange(const scenarios::Scenario& scenario, const std::string& variant,
              std::uint64_t first_seed)
      : scenario_(scenario),
        variant_(variant),
        first_seed_(first_seed),
        corpus_(explore::guided_exploration_seed(scenario.name, variant, first_seed)) {}

  scenarios::RunResult run(std::uint64_t seed, double* seconds) {
    if (explore::guided_generation(seed, first_seed_) != generation_) {
      for (auto& feedback : pending_) corpus_.observe(std::move(feedback));
      pending_.clear();
      generation_ = explore::guided_generation(seed, first_seed_);
    }
    const scenarios::RunOptions options = violations_only(variant_);
    const double start = cpu_seconds();
    const explore::GuidedInput input = corpus_.next_input(seed);
    last_mutation_ = input.mutation;
    explore::GuidedFeedback feedback;
    feedback.mutation = input.mutation;
    scenarios::RunResult result = explore::run_guided_input(scenario_, options, input, &feedback);
    *seconds += cpu_seconds() - start;
    pending_.push_back(std::move(feedback));
    return result;
  }
  const std::string& last_mutation() const { return last_mutation_; }

 private:
  std::string last_mutation_;
  const scenarios::Scenario& scenario_;
  std::string variant_;
  std::uint64_t first_seed_;
  std::uint64_t generation_ = 0;
  explore::GuidedCorpus corpus_;
  std::vector<explore::GuidedFeedback> pending_;
};

// What a run found among the targets: violated properties, or (--flaws) the plan flaws behind
// its violations (the runner names each violation's root cause, scenarios/root_cause.hpp).
std::set<std::string> targets_found(const scenarios::RunResult& run, const Settings& settings) {
  if (!settings.flaws) return run.violated_properties();
  std::set<std::string> flaws;
  for (scenarios::RootCause cause : run.root_causes) {
    flaws.insert("flaw:" + std::string(scenarios::root_cause_info(cause).id));
  }
  return flaws;
}

// Guided's inputs by mutation: how many runs each made, and how many of them found a target
// first (which operator pays off).
struct MutationTally {
  std::uint64_t runs = 0;
  std::uint64_t first_finds = 0;
};

// One seed range: the first run finding each target, within the budget. probes_hit collects the
// coverage probes its runs reached.
std::map<std::string, FirstFailure> first_failures(
    const scenarios::Scenario& scenario, const std::string& variant, const std::string& strategy,
    std::uint64_t first_seed, const std::set<std::string>& targets, const Settings& settings,
    double* seconds, std::set<std::string>* probes_hit,
    std::map<std::string, MutationTally>* tally) {
  std::map<std::string, FirstFailure> found;
  double range_seconds = 0;
  std::optional<GuidedRange> guided;
  if (strategy == "guided") guided.emplace(scenario, variant, first_seed);
  for (std::uint64_t run = 1; run <= settings.budget_runs && found.size() < targets.size(); ++run) {
    const std::uint64_t seed = first_seed + run - 1;
    const scenarios::RunResult result =
        guided ? guided->run(seed, &range_seconds)
               : timed_run(scenario, variant, strategy, settings.pct_depth, seed, &range_seconds);
    for (const auto& [probe, hits] : result.probe_hits) probes_hit->insert(probe);
    bool first_find = false;
    for (const std::string& target : targets_found(result, settings)) {
      if (targets.count(target) == 1)
        first_find |= found.emplace(target, FirstFailure{run, range_seconds}).second;
    }
    if (guided) {
      MutationTally& counts = (*tally)[guided->last_mutation()];
      ++counts.runs;
      counts.first_finds += first_find ? 1 : 0;
    }
  }
  *seconds += range_seconds;
  return found;
}

// Nearest-rank percentile over the ranges, a range without a failure counting as infinity:
// absent when the percentile falls on such a range ("> budget").
std::optional<double> percentile(const std::vector<std::optional<FirstFailure>>& ranges,
                                 double fraction, bool seconds) {
  std::vector<double> values;
  for (const auto& range : ranges) {
    values.push_back(!range    ? INFINITY
                     : seconds ? range->seconds
                               : static_cast<double>(range->runs));
  }
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const auto rank =
      static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size())));
  const double value = values[std::max<std::size_t>(rank, 1) - 1];
  if (std::isinf(value)) return std::nullopt;
  return value;
}

std::string runs_text(std::optional<double> runs, const Settings& settings) {
  return runs ? fmt::format("{:.0f}", *runs) : fmt::format("> {}", settings.budget_runs);
}

std::string seconds_text(std::optional<double> seconds) {
  return seconds ? fmt::format("{:.3f}", *seconds) : "-";
}

nlohmann::ordered_json to_json(const Measurement& measurement, const Settings& settings) {
  nlohmann::ordered_json ranges = nlohmann::ordered_json::array();
  int found = 0;
  for (const auto& range : measurement.ranges) {
    if (range) {
      ++found;
      ranges.push_back({{"runs", range->runs}, {"seconds", range->seconds}});
    } else {
      ranges.push_back(nullptr);
    }
  }
  auto optional_json = [](std::optional<double> value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
  };
  return {{"scenario", measurement.scenario},
          {"variant", measurement.variant},
          {"property", measurement.property},
          {"strategy", measurement.strategy},
          {"ranges_failed", found},
          {"median_runs", optional_json(percentile(measurement.ranges, 0.5, false))},
          {"p90_runs", optional_json(percentile(measurement.ranges, 0.9, false))},
          {"median_seconds", optional_json(percentile(measurement.ranges, 0.5, true))},
          {"p90_seconds", optional_json(percentile(measurement.ranges, 0.9, true))},
          {"budget_runs", settings.budget_runs},
          {"per_range", ranges}};
}

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> items;
  for (std::size_t start = 0, comma; start <= list.size(); start = comma + 1) {
    comma = std::min(list.find(',', start), list.size());
    items.push_back(list.substr(start, comma - start));
  }
  return items;
}

Settings parse_arguments(int argc, char** argv) {
  Settings settings;
  for (int index = 1; index < argc; ++index) {
    const std::string argument = argv[index];
    auto value = [&]() -> std::string {
      if (index + 1 >= argc) throw std::invalid_argument(argument + " needs a value");
      return argv[++index];
    };
    if (argument == "--ranges") {
      settings.ranges = std::stoi(value());
    } else if (argument == "--budget-runs") {
      settings.budget_runs = std::stoull(value());
    } else if (argument == "--discovery-seeds") {
      settings.discovery_seeds = std::stoull(value());
    } else if (argument == "--depth") {
      settings.pct_depth = std::stoi(value());
    } else if (argument == "--flaws") {
      settings.flaw_ids = split_list(value());
      settings.flaws = true;
      settings.variants = {"plan"};
    } else if (argument == "--strategies") {
      settings.strategies = split_list(value());
    } else if (argument == "--json") {
      settings.json_path = value();
    } else if (argument == "--variants") {
      settings.variants = split_list(value());
    } else if (argument.rfind("--", 0) == 0) {
      throw std::invalid_argument("unknown option " + argument);
    } else {
      settings.scenarios.push_back(argument);
    }
  }
  if (settings.scenarios.empty()) {
    for (const std::string& name : scenarios::bundled_scenarios()) {
      if (name != "load-test") settings.scenarios.push_back(name);
    }
  }
  return settings;
}

int run(const Settings& settings) {
  const auto start = Clock::now();
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  nlohmann::ordered_json never_failed = nlohmann::ordered_json::array();
  nlohmann::ordered_json probes_never_hit = nlohmann::ordered_json::array();
  double run_seconds = 0;
  fmt::print("{:<24} {:<7} {:<30} {:<7} {:>6} {:>8} {:>8} {:>9} {:>9}\n", "scenario", "variant",
             "property", "strategy", "found", "med runs", "p90 runs", "med s", "p90 s");
  for (const std::string& name : settings.scenarios) {
    const scenarios::Scenario scenario =
        scenarios::load_scenario(scenarios::resolve_scenario(name));
    for (const std::string& variant : settings.variants) {
      std::set<std::string> targets;
      if (settings.flaws) {
        for (const std::string& flaw : settings.flaw_ids) targets.insert("flaw:" + flaw);
      } else {
        targets = discover(scenario, variant, settings, &run_seconds);
      }
      if (targets.empty())
        never_failed.push_back({{"scenario", scenario.name}, {"variant", variant}});
      std::map<std::pair<std::string, std::string>, Measurement> measurements;
      for (const std::string& strategy : settings.strategies) {
        std::set<std::string> probes_hit;
        std::map<std::string, MutationTally> tally;
        for (const std::string& property : targets) {
          measurements[{property, strategy}] =
              Measurement{scenario.name, variant, property, strategy, {}};
        }
        for (int range = 0; range < settings.ranges && !targets.empty(); ++range) {
          const std::uint64_t first_seed =
              1'000'000 + static_cast<std::uint64_t>(range) * settings.budget_runs;
          const auto found = first_failures(scenario, variant, strategy, first_seed, targets,
                                            settings, &run_seconds, &probes_hit, &tally);
          for (const std::string& property : targets) {
            const auto failure = found.find(property);
            measurements[{property, strategy}].ranges.push_back(
                failure == found.end() ? std::nullopt : std::optional(failure->second));
          }
        }
        if (!tally.empty()) {
          std::string text;
          for (const auto& [mutation, counts] : tally) {
            text += fmt::format("{}{} {} runs, {} first finds", text.empty() ? "" : "; ", mutation,
                                counts.runs, counts.first_finds);
          }
          fmt::print("guided inputs ({} {}): {}\n", scenario.name, variant, text);
        }
        if (!targets.empty()) {
          nlohmann::ordered_json missing = nlohmann::ordered_json::array();
          for (const model::ProbeInfo& probe : model::coverage_probes()) {
            if (probes_hit.count(std::string(probe.id)) == 0) missing.push_back(probe.id);
          }
          probes_never_hit.push_back({{"scenario", scenario.name},
                                      {"variant", variant},
                                      {"strategy", strategy},
                                      {"probes", missing}});
        }
      }
      for (const auto& [key, measurement] : measurements) {
        const nlohmann::ordered_json row = to_json(measurement, settings);
        fmt::print("{:<24} {:<7} {:<30} {:<7} {:>3}/{:<2} {:>8} {:>8} {:>9} {:>9}\n", scenario.name,
                   variant, measurement.property, measurement.strategy,
                   row["ranges_failed"].get<int>(), settings.ranges,
                   runs_text(percentile(measurement.ranges, 0.5, false), settings),
                   runs_text(percentile(measurement.ranges, 0.9, false), settings),
                   seconds_text(percentile(measurement.ranges, 0.5, true)),
                   seconds_text(percentile(measurement.ranges, 0.9, true)));
        std::fflush(stdout);
        rows.push_back(row);
      }
    }
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double wall_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (const auto& entry : probes_never_hit) {
    std::string list;
    for (const auto& probe : entry["probes"])
      list += (list.empty() ? "" : ", ") + probe.get<std::string>();
    fmt::print("probes never hit: {} {} {}: {}\n", entry["scenario"].get<std::string>(),
               entry["variant"].get<std::string>(), entry["strategy"].get<std::string>(),
               list.empty() ? "none" : list);
  }
  fmt::print("total: {:.1f} s wall, {:.1f} CPU s in runs; peak RSS {} MiB\n", wall_seconds,
             run_seconds, usage.ru_maxrss / 1024);
  if (!settings.json_path.empty()) {
    nlohmann::ordered_json document = {{"ranges", settings.ranges},
                                       {"budget_runs", settings.budget_runs},
                                       {"discovery_seeds", settings.discovery_seeds},
                                       {"pct_depth", settings.pct_depth},
                                       {"wall_seconds", wall_seconds},
                                       {"run_cpu_seconds", run_seconds},
                                       {"peak_rss_kib", usage.ru_maxrss},
                                       {"measurements", rows},
                                       {"never_failed_in_discovery", never_failed},
                                       {"probes_never_hit", probes_never_hit}};
    std::ofstream(settings.json_path) << document.dump(1) << "\n";
  }
  return 0;
}

}  // namespace
}  // namespace dispatchsim

int main(int argc, char** argv) {
  try {
    return dispatchsim::run(dispatchsim::parse_arguments(argc, argv));
  } catch (const std::exception& error) {
    fmt::print(stderr, "time_to_first_failure: {}\n", error.what());
    return 2;
  }
}
