#include "explore/shrinker.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

#include "explore/input_error.hpp"
#include "explore/scenario_writer.hpp"
#include "model/observe/properties/property.hpp"
#include "scenarios/nearest_name.hpp"

namespace dispatchsim::explore {

namespace {

using scenarios::Scenario;
using Tape = std::vector<std::uint64_t>;

std::int64_t in_milliseconds(sim::Micros micros) {
  return micros / sim::micros_per_millisecond;
}

std::vector<Dimension> measure(const Scenario& s, const scenarios::RunResult& result,
                               const Tape& choices) {
  const auto& w = s.world;
  std::int64_t faults_fired = 0;
  for (auto fired : result.faults_fired) faults_fired += fired;
  const auto nonzero =
      std::count_if(choices.begin(), choices.end(), [](std::uint64_t v) { return v != 0; });
  return {
      {"requests", w.workload.requests},
      {"drivers", w.workload.drivers},
      {"candidates per request", w.workload.candidates_per_request},
      {"dispatch workers", w.processes.dispatch_workers},
      {"API handlers", w.processes.api_handlers},
      {"pickup updates per request", w.workload.location_updates_per_request},
      {"location readers", w.workload.location_readers},
      {"cancel probability (per mille)",
       static_cast<std::int64_t>(w.workload.cancel_probability * 1000)},
      {"backfill running", w.migration.backfill_pending ? 1 : 0},
      {"faults enabled", static_cast<std::int64_t>(s.faults.enabled().size())},
      {"fault window (ms)", in_milliseconds(w.phases.fault_window)},
      {"request arrival window (ms)",
       in_milliseconds(w.workload.request_arrival.max - w.workload.request_arrival.min)},
      {"driver think time max (ms)", in_milliseconds(w.workload.driver_think.max)},
      {"offers", result.metrics.offers},
      {"pushes", result.metrics.pushes_sent},
      {"faults fired", faults_fired},
      {"trace events", static_cast<std::int64_t>(result.events)},
      {"choices drawn", static_cast<std::int64_t>(choices.size())},
      {"nonzero choices", static_cast<std::int64_t>(nonzero)},
  };
}

Tape trimmed(Tape tape) {
  while (!tape.empty() && tape.back() == 0) tape.pop_back();
  return tape;
}

// Shortlex: shorter first, then lexicographically smaller. A well-order, so tape steps end.
bool simpler(const Tape& a, const Tape& b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

// Candidate values below `value`, smallest first: the bound, halfway, one less.
std::vector<std::int64_t> smaller_values(std::int64_t value, std::int64_t lower) {
  std::vector<std::int64_t> values;
  for (std::int64_t candidate : {lower, lower + (value - lower) / 2, value - 1}) {
    if (candidate >= lower && candidate < value &&
        std::find(values.begin(), values.end(), candidate) == values.end()) {
      values.push_back(candidate);
    }
  }
  return values;
}

struct Candidate {
  Scenario scenario;
  std::string description;
};

// What a reduction changes: the world's structure (what exists), or its timing windows.
enum class Reduction { structure, windows };

// Every smaller scenario one step away of one kind, in the order they are tried.
std::vector<Candidate> smaller_scenarios(const Scenario& s, Reduction kind) {
  std::vector<Candidate> out;
  const auto add = [&](const std::string& what, auto change) {
    Scenario smaller = s;
    change(smaller);
    out.push_back({std::move(smaller), what});
  };
  for (faults::Fault fault : s.faults.enabled()) {
    add(fmt::format("fault {} removed", faults::fault_info(fault).id), [&](Scenario& c) {
      c.faults[fault].enabled = false;
      std::erase(c.faults.swarm_candidates, fault);
    });
  }
  const auto numeric = [&](const std::string& name, std::int64_t value, std::int64_t lower,
                           auto set) {
    for (std::int64_t smaller : smaller_values(value, lower)) {
      add(fmt::format("{} {} -> {}", name, value, smaller), [&](Scenario& c) { set(c, smaller); });
    }
  };
  const auto& w = s.world;
  numeric("requests", w.workload.requests, 1,
          [](Scenario& c, std::int64_t v) { c.world.workload.requests = static_cast<int>(v); });
  numeric("drivers", w.workload.drivers, 1, [](Scenario& c, std::int64_t v) {
    c.world.workload.drivers = static_cast<int>(v);
    c.world.workload.candidates_per_request =
        std::min(c.world.workload.candidates_per_request, static_cast<int>(v));
  });
  numeric("candidates per request", w.workload.candidates_per_request, 1,
          [](Scenario& c, std::int64_t v) {
            c.world.workload.candidates_per_request = static_cast<int>(v);
          });
  numeric("dispatch workers", w.processes.dispatch_workers, 1, [](Scenario& c, std::int64_t v) {
    c.world.processes.dispatch_workers = static_cast<int>(v);
  });
  numeric("API handlers", w.processes.api_handlers, 1, [](Scenario& c, std::int64_t v) {
    c.world.processes.api_handlers = static_cast<int>(v);
  });
  numeric("pickup updates per request", w.workload.location_updates_per_request, 0,
          [](Scenario& c, std::int64_t v) {
            c.world.workload.location_updates_per_request = static_cast<int>(v);
          });
  numeric("location readers", w.workload.location_readers, 0, [](Scenario& c, std::int64_t v) {
    c.world.workload.location_readers = static_cast<int>(v);
  });
  if (w.workload.cancel_probability > 0) {
    add("no cancellations", [](Scenario& c) { c.world.workload.cancel_probability = 0; });
  }
  if (w.migration.backfill_pending) {
    add("no backfill running", [](Scenario& c) { c.world.migration.backfill_pending = false; });
  }
  if (kind == Reduction::structure) return out;
  out.clear();
  const auto window = [&](const std::string& name, sim::Micros value, sim::Micros lower, auto set) {
    for (std::int64_t smaller : smaller_values(value, lower)) {
      if (value - smaller < sim::micros_per_millisecond) continue;  // not worth a run
      add(fmt::format("{} {} ms -> {} ms", name, in_milliseconds(value), in_milliseconds(smaller)),
          [&](Scenario& c) { set(c, smaller); });
    }
  };
  window("fault window", w.phases.fault_window, 0,
         [](Scenario& c, sim::Micros v) { c.world.phases.fault_window = v; });
  window("request arrival end", w.workload.request_arrival.max, w.workload.request_arrival.min,
         [](Scenario& c, sim::Micros v) { c.world.workload.request_arrival.max = v; });
  window("driver think time max", w.workload.driver_think.max, w.workload.driver_think.min,
         [](Scenario& c, sim::Micros v) { c.world.workload.driver_think.max = v; });
  return out;
}

struct Trial {
  bool violates = false;
  std::vector<Dimension> size;
  Tape choices;  // what the run drew, trailing zeros kept
  faults::FaultPlan fault_plan;
  std::vector<faults::KnobDraw> knobs_drawn;
};

class Shrinker {
 public:
  Shrinker(std::string property, const ShrinkOptions& options,
           const std::function<void(const std::string&)>& on_step)
      : property_(std::move(property)), options_(options), on_step_(on_step) {}

  // Runs one candidate (counts against the budget).
  Trial evaluate(const Scenario& scenario, const RunSpec& spec, const Tape* tape) {
    ++runs_;
    scenarios::RunOptions run_options = spec.run_options();
    run_options.tape = tape;
    // A trial is judged by its violations alone: no monitoring queries, alert pages or samples.
    run_options.judge_monitoring = false;
    run_options.alert_interval = 0;
    run_options.broker_sample_interval = 0;
    Trial trial;
    run_options.record_tape = &trial.choices;
    const scenarios::RunResult result = scenarios::run_scenario(scenario, run_options);
    trial.violates =
        std::any_of(result.violations.begin(), result.violations.end(),
                    [&](const model::Violation& v) { return v.property == property_; });
    // Measured on the world the run had: with [swarm.knobs], the seed's draw written in.
    Scenario as_run = scenario;
    for (const faults::KnobDraw& knob : result.knobs_drawn)
      knob.knob->set(as_run.world, knob.value);
    trial.size = measure(as_run, result, trimmed(trial.choices));
    trial.fault_plan = result.fault_plan;
    trial.knobs_drawn = result.knobs_drawn;
    return trial;
  }

  bool budget_left() const { return runs_ < options_.run_budget; }
  std::size_t runs() const { return runs_; }

  ShrinkReport run(const Scenario& scenario, const RunSpec& spec, const std::optional<Tape>& tape) {
    ShrinkReport report;
    report.property = property_;
    Scenario focused = scenario;
    focused.properties = {property_};  // the other properties cannot change the run; skip them
    const Trial first = evaluate(focused, spec, tape ? &*tape : nullptr);
    if (!first.violates) {
      throw InputError(
          fmt::format("this run does not violate {}; shrink needs a failing run "
                      "(find one with `dispatchsim sweep`)",
                      property_));
    }
    input_size_ = first.size;
    best_ = ShrunkCase{focused, spec, tape, first.size};
    best_choices_ = trimmed(first.choices);
    report.input = best_;
    pin_swarm(first);
    shrink_scenario();
    if (options_.shrink_schedule) shrink_schedule();
    report.minimal = best_;
    report.runs = runs_;
    report.budget_exhausted = !budget_left();
    report.steps = steps_;
    return report;
  }

 private:
  bool no_larger_than_input(const Trial& trial) const {
    for (std::size_t i = 0; i < trial.size.size(); ++i) {
      if (trial.size[i].value > input_size_[i].value) return false;
    }
    return true;
  }

  bool acceptable(const Trial& trial) const {
    return trial.violates && no_larger_than_input(trial);
  }

  void accept(const Scenario& scenario, const RunSpec& spec, std::optional<Tape> tape,
              const Trial& trial, const std::string& step) {
    best_ = ShrunkCase{scenario, spec, std::move(tape), trial.size};
    best_choices_ = trimmed(trial.choices);
    steps_.push_back(step);
    if (on_step_) on_step_(step);
  }

  // Swarm drew its faults and knobs from their own streams: the pinned plan and knob values give
  // the same run, and a scenario that says which faults are on and what each knob is is simpler
  // to read and to shrink.
  void pin_swarm(const Trial& drawn) {
    if (!best_.scenario.faults.swarm && best_.scenario.swarm_knobs.empty()) return;
    Scenario pinned = best_.scenario;
    if (pinned.faults.swarm) {
      pinned.faults = drawn.fault_plan;
      pinned.faults.swarm = false;
      pinned.faults.swarm_candidates.clear();
    }
    for (const faults::KnobDraw& knob : drawn.knobs_drawn) knob.knob->set(pinned.world, knob.value);
    pinned.swarm_knobs.clear();
    const Trial trial = evaluate(pinned, best_.spec, best_.tape ? &*best_.tape : nullptr);
    if (acceptable(trial))
      accept(pinned, best_.spec, best_.tape, trial,
             "swarm faults and knobs pinned to what the seed drew");
  }

  // Tries a smaller scenario with the current seed, then seeds 1, 2, ... (seed_count in all).
  bool try_scenario(const Candidate& candidate, std::uint64_t seed_count) {
    std::vector<std::uint64_t> seeds = {best_.spec.seed};
    for (std::uint64_t seed = 1; seeds.size() < seed_count; ++seed) {
      if (seed != best_.spec.seed) seeds.push_back(seed);
    }
    for (std::uint64_t seed : seeds) {
      if (!scenario_budget_left()) return false;
      RunSpec spec = best_.spec;
      spec.seed = seed;
      const Trial trial = evaluate(candidate.scenario, spec, nullptr);
      if (acceptable(trial)) {
        accept(candidate.scenario, spec, std::nullopt, trial,
               fmt::format("{} (seed {})", candidate.description, seed));
        return true;
      }
    }
    return false;
  }

  // The scenario phase leaves a quarter of the budget to the schedule phase.
  bool scenario_budget_left() const {
    return runs_ < (options_.shrink_schedule ? options_.run_budget * 3 / 4 : options_.run_budget);
  }

  // The structure first (fewer requests, drivers, processes, faults), then the windows: tight
  // windows found early make a smaller world harder to find.
  void shrink_scenario() {
    shrink_scenario(Reduction::structure);
    shrink_scenario(Reduction::windows);
  }

  // Each smaller scenario is first tried with one seed, then with a few, then with many: what
  // shrinks easily is found cheaply, and the seeds are spent where they are needed.
  void shrink_scenario(Reduction kind) {
    const std::vector<std::uint64_t> levels = {
        1, std::min<std::uint64_t>(8, options_.seeds_per_candidate), options_.seeds_per_candidate};
    std::size_t level = 0;
    while (level < levels.size() && scenario_budget_left()) {
      bool progress = false;
      for (const Candidate& candidate : smaller_scenarios(best_.scenario, kind)) {
        if (try_scenario(candidate, levels[level])) {
          progress = true;
          break;  // the next candidates are computed from the new, smaller scenario
        }
        if (!scenario_budget_left()) return;
      }
      level = progress ? 0 : level + 1;
    }
  }

  // Tries a tape; keeps it if the run it gives still fails and drew a simpler tape.
  bool try_tape(const Tape& tape, const std::string& step) {
    if (!budget_left()) return false;
    const Trial trial = evaluate(best_.scenario, best_.spec, &tape);
    const Tape drawn = trimmed(trial.choices);
    if (!acceptable(trial) || !simpler(drawn, best_choices_)) return false;
    accept(best_.scenario, best_.spec, drawn, trial, step);
    return true;
  }

  void shrink_schedule() {
    if (!budget_left()) return;
    // The current run as a tape: replaying what it drew reproduces it exactly.
    if (!best_.tape) best_.tape = best_choices_;
    if (try_tape({}, "schedule: every choice 0 (the simplest schedule)")) return;
    cut_short();
    for (std::size_t chunk : {64, 16, 4, 1}) edit_chunks(chunk, /*remove=*/true);
    for (std::size_t chunk : {64, 16, 4, 1}) edit_chunks(chunk, /*remove=*/false);
    lower_values();
  }

  void cut_short() {
    bool progress = true;
    while (progress && budget_left()) {
      progress = false;
      const std::size_t length = best_choices_.size();
      for (std::size_t eighths = 1; eighths < 8 && !progress; ++eighths) {
        const std::size_t keep = length * eighths / 8;
        if (keep == 0) continue;
        const Tape prefix(best_choices_.begin(),
                          best_choices_.begin() + static_cast<std::ptrdiff_t>(keep));
        progress = try_tape(
            prefix, fmt::format("schedule: cut to its first {} of {} choices", keep, length));
      }
    }
  }

  // Deletes (or zeroes) chunks of the tape, from its end towards its start, so the earlier
  // choices — the ones that set the scene — stay aligned as long as possible.
  void edit_chunks(std::size_t chunk, bool remove) {
    std::size_t end = best_choices_.size();
    while (end > 0 && budget_left()) {
      const std::size_t start = end > chunk ? end - chunk : 0;
      Tape edited = best_choices_;
      if (start >= edited.size()) {
        end = start;
        continue;
      }
      const auto first = edited.begin() + static_cast<std::ptrdiff_t>(start);
      const auto last = edited.begin() + static_cast<std::ptrdiff_t>(std::min(end, edited.size()));
      const bool all_zero = std::all_of(first, last, [](std::uint64_t v) { return v == 0; });
      if (remove) {
        edited.erase(first, last);
      } else {
        std::fill(first, last, 0);
      }
      if (remove || !all_zero) {
        try_tape(edited, fmt::format("schedule: choices {}..{} {}", start, end - 1,
                                     remove ? "deleted" : "set to 0"));
      }
      end = start;
    }
  }

  void lower_values() {
    for (std::size_t i = best_choices_.size(); i-- > 0 && budget_left();) {
      if (i >= best_choices_.size() || best_choices_[i] == 0) continue;
      const std::uint64_t value = best_choices_[i];
      for (std::uint64_t lower : {std::uint64_t{0}, value / 2}) {
        if (lower >= value) continue;
        Tape edited = best_choices_;
        edited[i] = lower;
        if (try_tape(edited, fmt::format("schedule: choice {} lowered {} -> {}", i, value, lower)))
          break;
      }
    }
  }

  std::string property_;
  const ShrinkOptions& options_;
  const std::function<void(const std::string&)>& on_step_;
  std::size_t runs_ = 0;
  std::vector<Dimension> input_size_;
  ShrunkCase best_;
  Tape best_choices_;  // what the best case's run drew, trimmed
  std::vector<std::string> steps_;
};

std::string first_violated_property(const Scenario& scenario, const RunSpec& spec,
                                    const std::optional<Tape>& tape) {
  scenarios::RunOptions options = spec.run_options();
  if (tape) options.tape = &*tape;
  const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  for (const auto& info : model::property_catalogue()) {
    if (result.violated_properties().count(std::string(info.id)) > 0) return std::string(info.id);
  }
  throw InputError(
      "this run violates no property; shrink needs a failing run (find one with "
      "`dispatchsim sweep`, then pass its selection, or --db FILE --row ID)");
}

}  // namespace

ShrinkReport shrink(const scenarios::Scenario& scenario, const RunSpec& spec,
                    const std::optional<std::vector<std::uint64_t>>& tape,
                    const std::string& property, const ShrinkOptions& options,
                    const std::function<void(const std::string&)>& on_step) {
  if (!property.empty() && !model::is_property_id(property)) {
    std::vector<std::string> known;
    for (const auto& info : model::property_catalogue()) known.emplace_back(info.id);
    throw InputError(fmt::format("--property: unknown property '{}'{} (see `dispatchsim list`)",
                                 property, scenarios::did_you_mean(property, known)));
  }
  const std::string target =
      property.empty() ? first_violated_property(scenario, spec, tape) : property;
  Shrinker shrinker(target, options, on_step);
  return shrinker.run(scenario, spec, tape);
}

MinimalCaseFile minimal_case_file(const ShrinkReport& report, const std::string& source_scenario,
                                  const RunSpec& source_spec, const std::string& source_arguments) {
  MinimalCaseFile file;
  file.spec = report.minimal.spec;
  scenarios::Scenario scenario = report.minimal.scenario;
  scenario.description = fmt::format("shrunk from {} / {} / seed {}: violates {}", source_scenario,
                                     source_spec.variant, source_spec.seed, report.property);
  if (file.spec.fixes) scenario.world.variant.fixes = *file.spec.fixes;
  if (file.spec.flag_percent) scenario.world.variant.flag_percent = *file.spec.flag_percent;
  file.spec.fixes.reset();
  file.spec.flag_percent.reset();
  const std::string header = fmt::format(
      "The minimal case dispatchsim shrink found for {} / {} / seed {} ({}).\nReproduce: "
      "dispatchsim run {}",
      source_scenario, source_spec.variant, source_spec.seed, report.property, source_arguments);
  file.toml = scenario_toml(scenario, header);
  return file;
}

}  // namespace dispatchsim::explore
