#include "scenarios/runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "faults/fault_injector.hpp"
#include "scenarios/coverage_features.hpp"
#include "faults/swarm_knobs.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/world/world.hpp"
#include "scenarios/shell_quote.hpp"
#include "sim/current_run.hpp"
#include "sim/kernel.hpp"
#include "sim/keyed_tape_choice_source.hpp"

namespace dispatchsim::scenarios {

namespace {

std::unique_ptr<sim::ChoiceSource> make_choices(const RunOptions& options) {
  if (options.tape_keys != nullptr || options.record_keys != nullptr) {
    static const std::vector<std::uint64_t> none;
    auto keyed = std::make_unique<sim::KeyedTapeChoiceSource>(
        options.tape != nullptr ? *options.tape : none,
        options.tape_keys != nullptr ? *options.tape_keys : none, options.seed);
    keyed->record_keys_into(options.record_keys);
    return keyed;
  }
  if (options.tape != nullptr && options.reseed_after_tape) {
    return std::make_unique<sim::ReseededTapeChoiceSource>(*options.tape, options.seed);
  }
  if (options.tape != nullptr) return std::make_unique<sim::TapeChoiceSource>(*options.tape);
  return std::make_unique<sim::PrngChoiceSource>(options.seed);
}

model::WorldConfig world_config(const Scenario& scenario, const RunOptions& options) {
  model::WorldConfig config = scenario.world;
  config.variant.variant = options.variant;
  if (options.fixes) config.variant.fixes = *options.fixes;
  if (options.flag_percent) config.variant.flag_percent = *options.flag_percent;
  if (options.flag_switch) config.variant.flag_switch = options.flag_switch;
  return config;
}

// Declined requests, and those a dispatch_log row or a push named after the decline committed
// (the plan's SLO: "declined requests should have 0 subsequent dispatches").
void count_redispatches(const model::World& world, RunMetrics& metrics) {
  std::map<model::RequestId, bool> redispatched;  // declined request -> dispatched after
  for (const auto& event : world.history.events()) {
    if (event.kind == model::HistoryKind::status_committed &&
        event.new_status() == model::RequestStatus::declined) {
      redispatched.emplace(event.request, false);
    }
    const bool dispatch = event.kind == model::HistoryKind::dispatch_logged ||
                          event.kind == model::HistoryKind::push_sent;
    const auto declined = redispatched.find(event.request);
    if (dispatch && declined != redispatched.end()) declined->second = true;
  }
  metrics.declined_requests = static_cast<std::int64_t>(redispatched.size());
  for (const auto& [request, after] : redispatched)
    metrics.redispatched_after_decline += after ? 1 : 0;
}

// Offers, and those processed exactly once: shown to their driver once, or never because the
// request closed first (the exactly-once-dispatch property's reading, counted per offer).
void count_offers(model::World& world, RunMetrics& metrics) {
  std::map<std::pair<model::RequestId, model::DriverId>, std::int64_t> shown_count;
  for (const auto& event : world.history.events()) {
    const auto pair = std::make_pair(event.request, event.driver);
    if (event.kind == model::HistoryKind::queue_row_added) shown_count.emplace(pair, 0);
    if (event.kind == model::HistoryKind::shown) {
      const auto offer = shown_count.find(pair);
      if (offer != shown_count.end()) ++offer->second;
    }
  }
  std::set<model::RequestId> open;
  for (const auto& row : world.database.inspect(
           "SELECT id FROM ride_requests WHERE status IN ('PENDING', 'SEARCHING')")) {
    open.insert(row.integer(0));
  }
  metrics.dispatch_offers = static_cast<std::int64_t>(shown_count.size());
  for (const auto& [pair, shows] : shown_count) {
    const bool lost = shows == 0 && open.count(pair.first) == 1;
    if (shows == 1 || (shows == 0 && !lost)) ++metrics.offers_exactly_once;
  }
}

// The final database's counts, in one statement (each statement has a fixed cost).
void count_rows(model::World& world, RunMetrics& metrics) {
  const model::Row row =
      world.database
          .inspect(
              "SELECT (SELECT COUNT(*) FROM dispatch_queue), (SELECT COUNT(*) FROM dispatch_log), "
              "COUNT(*), "
              "COUNT(*) FILTER (WHERE status = 'DECLINED'), COUNT(*) FILTER (WHERE status = "
              "'ACCEPTED'), "
              "COUNT(*) FILTER (WHERE status = 'CANCELLED'), "
              "COUNT(*) FILTER (WHERE status IN ('PENDING', 'SEARCHING')) FROM ride_requests")
          .front();
  metrics.offers = row.integer(0);
  metrics.dispatch_log_rows = row.integer(1);
  metrics.requests = row.integer(2);
  metrics.declines = row.integer(3);
  metrics.accepted = row.integer(4);
  metrics.cancelled = row.integer(5);
  metrics.still_open = row.integer(6);
}

RunMetrics collect_metrics(model::World& world) {
  RunMetrics metrics;
  count_rows(world, metrics);
  metrics.pushes_sent = world.push.sent();
  for (const auto& event : world.history.events()) {
    if (event.kind == model::HistoryKind::shown) ++metrics.shown;
  }
  metrics.messages_sent = world.dispatch_queue.counts().sent;
  metrics.dead_letters =
      world.dead_letter_queue.counts().visible + world.dead_letter_queue.counts().in_flight;
  const model::QueueCounts queue = world.dispatch_queue.counts();
  metrics.deliveries = queue.received;
  metrics.failed_deliveries = queue.received - queue.acknowledged_deliveries;
  metrics.api_calls = world.api.calls_made();
  metrics.api_timeouts = world.api.calls_timed_out();
  metrics.lock_acquire_timeouts = world.lock_tokens.acquire_timeouts();
  count_redispatches(world, metrics);
  count_offers(world, metrics);
  for (const auto& line : world.log.lines()) {
    if (line.event_type == "api_error") ++metrics.api_errors;
    if (line.message.find("LockTimeout") != std::string::npos ||
        line.message.find("Lock wait timeout") != std::string::npos) {
      ++metrics.lock_timeouts;
    }
  }
  return metrics;
}

// Some requests ran the legacy code because of the flag: below 100 %, switched or flipped mid-run,
// or rolled back (a scenario's [rollback] step turns it off).
bool flag_partial(const model::World& world, const RunResult& result) {
  const bool rolled_back = std::any_of(
      world.log.lines().begin(), world.log.lines().end(),
      [](const model::LogLine& line) { return line.event_type == "rollback_flag_disabled"; });
  return result.flag_percent < 100 || result.flag_switch.has_value() ||
         result.faults_fired[static_cast<std::size_t>(faults::Fault::flag_flip)] > 0 || rolled_back;
}

// Each violation's root cause, and its signature (which names the cause).
void classify_root_causes(const model::World& world, const sim::Kernel& kernel, RunResult& result) {
  const auto suppressed = kernel.probe_hits().find(model::probe::offer_suppressed_by_app);
  const RunEvidence evidence{
      result.variant,         result.fixes,
      world.history.events(), kernel.marks(),
      result.violations,      flag_partial(world, result),
      result.faults_fired,    suppressed != kernel.probe_hits().end() && suppressed->second > 0};
  for (const model::Violation& violation : result.violations) {
    result.root_causes.push_back(classify_violation(evidence, violation));
    result.signatures.push_back(signature_of(violation, world.history.events(), kernel.marks(),
                                             root_cause_info(result.root_causes.back()).id));
  }
}

std::uint64_t estimated_steps(const model::WorldConfig& config) {
  // About fifty scheduling decisions per request and per process: a rough k for PCT.
  return 50 * static_cast<std::uint64_t>(config.workload.requests + config.workload.drivers +
                                         config.processes.dispatch_workers +
                                         config.processes.api_handlers);
}

// The test-only RunOptions, each at 1 s of virtual time.
void install_test_hooks(sim::Kernel& kernel, const RunOptions& options) {
  if (options.perturb_after_events > 0) {
    // An event that only this run records, standing in for a nondeterminism leak.
    kernel.at(sim::seconds(1), [&kernel, &options] {
      if (kernel.trace().event_count() >= options.perturb_after_events) {
        kernel.record_with("test.nondeterminism", 1, 0, 0, [] { return std::string("injected"); });
      }
    });
  }
  // As a failed assertion would.
  if (options.abort_mid_run) kernel.at(sim::seconds(1), [] { std::abort(); });
}

// What a run is, before it runs: the fields its replay command is made of.
RunResult run_identity(const Scenario& scenario, const RunOptions& options,
                       const model::WorldConfig& config) {
  RunResult identity;
  identity.scenario = scenario.name;
  identity.variant = options.variant;
  identity.strategy = options.strategy;
  identity.seed = options.seed;
  identity.fixes = config.variant.fixes;
  identity.flag_percent = config.variant.flag_percent;
  identity.flag_switch = config.variant.flag_switch;
  return identity;
}

// What a failed assertion prints during this run before the process aborts (sim/current_run.hpp).
std::string run_description(const Scenario& scenario, const RunOptions& options,
                            const model::WorldConfig& config) {
  const RunResult identity = run_identity(scenario, options, config);
  return fmt::format("scenario {}, variant {}, seed {}{}\n  replay: {}", scenario.name,
                     options.variant, options.seed,
                     options.tape != nullptr ? " (replaying a choice tape, not the seed)" : "",
                     replay_command(scenario, identity));
}

// The run's faults (the plan after swarm drawing, how often each fired), then each violation's
// root cause and signature.
void record_faults_and_root_causes(faults::FaultInjector& injector, const model::World& world,
                                   const sim::Kernel& kernel, RunResult& result) {
  result.fault_plan = injector.effective_plan();
  result.faults_fired = injector.fired();
  classify_root_causes(world, kernel, result);
}

CoverageFeatures features_of(sim::Kernel& kernel, const model::World& world,
                             const faults::FaultInjector& injector, const RunResult& result) {
  std::vector<std::string> process_names;
  for (std::size_t id = 0; id <= kernel.process_count(); ++id) {
    process_names.push_back(kernel.process_name(static_cast<sim::ProcessId>(id)));
  }
  const std::vector<std::pair<std::string, std::int64_t>> probes(result.probe_hits.begin(),
                                                                 result.probe_hits.end());
  std::vector<std::string> signatures;
  for (const ViolationSignature& signature : result.signatures)
    signatures.push_back(signature.id());
  const std::set<std::string> violated = result.violated_properties();
  const std::vector<std::string> properties(violated.begin(), violated.end());
  FeatureInputs inputs;
  inputs.kind_steps = &kernel.trace().kind_steps();
  inputs.process_names = &process_names;
  inputs.history = &world.history.events();
  inputs.probe_hits = &probes;
  inputs.signature_ids = &signatures;
  inputs.violated_properties = &properties;
  inputs.marks = &kernel.marks();
  inputs.unfired_fault_draws = &injector.unfired_draws();
  inputs.final_position = kernel.choices().draws();
  return coverage_features(inputs);
}

}  // namespace

std::set<std::string> RunResult::violated_properties() const {
  std::set<std::string> ids;
  for (const auto& violation : violations) ids.insert(violation.property);
  return ids;
}

std::vector<std::string> RunResult::faults_that_fired() const {
  std::vector<std::string> ids;
  for (const auto& info : faults::fault_catalogue()) {
    if (faults_fired[static_cast<std::size_t>(info.fault)] > 0) ids.emplace_back(info.id);
  }
  return ids;
}

// The scenario's properties into result.violations; with check_unchecked_properties, the others
// into result.unchecked_violations.
void check_properties(const Scenario& scenario, const RunOptions& options, model::World& world,
                      RunResult& result) {
  result.checked_properties = scenario.properties;
  for (const std::string& property : scenario.properties) {
    auto found = model::check_property(property, world);
    result.violations.insert(result.violations.end(), found.begin(), found.end());
  }
  if (!options.check_unchecked_properties) return;
  for (const model::PropertyInfo& info : model::property_catalogue()) {
    if (std::find(scenario.properties.begin(), scenario.properties.end(), info.id) !=
        scenario.properties.end())
      continue;
    auto found = model::check_property(info.id, world);
    result.unchecked_violations.insert(result.unchecked_violations.end(), found.begin(),
                                       found.end());
  }
}

namespace {

// What the run was (its inputs) and what the kernel counted; the checks fill in the rest.
RunResult identify_run(const Scenario& scenario, const RunOptions& options,
                       const model::WorldConfig& config, const sim::RunSummary& summary,
                       sim::Kernel& kernel) {
  RunResult result = run_identity(scenario, options, config);
  result.trace_hash = summary.trace_hash;
  result.events = summary.events;
  result.scheduling_steps = summary.scheduling_steps;
  result.processes = summary.processes;
  result.virtual_end = summary.end_time;
  if (auto* pct = dynamic_cast<sim::PctStrategy*>(&kernel.strategy())) {
    result.pct_bound = pct->detection_bound(kernel.strategy().steps());
  }
  return result;
}

// The event trace, history, process names and log that `explain` and the report show.
void keep_trace_for_replay(sim::Kernel& kernel, model::World& world, RunResult& result) {
  result.trace = kernel.trace().events();
  result.history = world.history.events();
  for (std::size_t id = 0; id <= kernel.process_count(); ++id) {
    result.process_names.push_back(kernel.process_name(static_cast<sim::ProcessId>(id)));
  }
  for (const auto& line : world.log.lines()) result.log_lines.push_back(world.log.format(line));
  result.log = world.log.lines();
}

void record_probe_hits(const sim::Kernel& kernel, RunResult& result) {
  const auto lock_waits = kernel.probe_hits().find(model::probe::lock_wait_timeout);
  if (lock_waits != kernel.probe_hits().end())
    result.metrics.lock_wait_timeouts = lock_waits->second;
  for (const auto& [probe, hits] : kernel.probe_hits())
    result.probe_hits[std::string(probe)] = hits;
}

}  // namespace

RunResult run_scenario(const Scenario& scenario, const RunOptions& options) {
  model::WorldConfig config = world_config(scenario, options);
  const sim::CurrentRun current_run(run_description(scenario, options, config));
  std::unique_ptr<sim::ChoiceSource> choices = make_choices(options);
  if (options.record_tape != nullptr)
    choices->record_into(options.record_tape, options.record_options);
  // Before anything reads the config (PCT's step estimate included), so that a scenario with the
  // drawn values written in runs exactly as this seed did.
  std::vector<faults::KnobDraw> knobs_drawn =
      faults::draw_swarm_knobs(*choices, scenario.swarm_knobs, config);
  const std::uint64_t expected_steps =
      options.pct_expected_steps > 0 ? options.pct_expected_steps : estimated_steps(config);
  // A guided run is a random walk; what makes it guided is the tape it is given.
  const std::string scheduling =
      options.strategy == "guided" ? std::string("random") : options.strategy;
  sim::Kernel kernel(*choices,
                     sim::make_strategy(scheduling, *choices, options.pct_depth, expected_steps));
  if (auto* keyed = dynamic_cast<sim::KeyedTapeChoiceSource*>(choices.get()))
    keyed->follow(&kernel);
  kernel.trace().keep_events(options.keep_trace);
  kernel.trace().keep_kind_steps(options.collect_features);
  faults::FaultInjector injector(kernel, scenario.faults, config.phases.fault_window);
  injector.keep_unfired_draws(options.collect_features);
  model::World world(kernel, injector, config, options.external_services);
  injector.attach(world);
  if (options.record_statements != nullptr)
    world.database.record_statements_into(options.record_statements);
  install_test_hooks(kernel, options);
  std::optional<model::AlertMonitor> alerts;
  if (options.alert_interval > 0)
    alerts.emplace(kernel, world.database, world.log, options.alert_interval);
  std::optional<model::BrokerMetricsSampler> broker;
  if (options.broker_sample_interval > 0) {
    broker.emplace(kernel, world.dispatch_queue, &world.dead_letter_queue,
                   options.broker_sample_interval);
  }
  world.start();
  if (alerts) alerts->start();
  if (broker) broker->start();
  const sim::RunSummary summary = kernel.run(world.horizon());
  if (alerts) alerts->finish();
  if (broker) broker->finish();
  world.copy_external_rows();  // real services (confirm): their final rows, for the checkers
  RunResult result = identify_run(scenario, options, config, summary, kernel);
  check_properties(scenario, options, world, result);
  if (summary.step_budget_exhausted) {
    result.violations.push_back(model::Violation{
        "liveness", 0, 0, summary.end_time, "the run exhausted its step budget (a livelock)", {}});
  }
  if (options.judge_monitoring)
    result.monitoring = model::judge_monitoring(model::run_monitoring_oracles(world.database),
                                                result.violations, scenario.properties);
  if (alerts) {
    result.alert_evaluations = alerts->evaluations();
    result.detections = model::detect_violations(result.violations, result.alert_evaluations);
  }
  if (broker) result.broker_samples = broker->samples();
  result.knobs_drawn = std::move(knobs_drawn);
  record_faults_and_root_causes(injector, world, kernel, result);
  result.metrics = collect_metrics(world);
  record_probe_hits(kernel, result);
  if (options.collect_features) {
    CoverageFeatures features = features_of(kernel, world, injector, result);
    result.features = std::move(features.features);
    result.feature_positions = std::move(features.positions);
  }
  if (options.keep_trace) keep_trace_for_replay(kernel, world, result);
  if (!options.save_database_to.empty()) world.database.save_to(options.save_database_to);
  return result;
}

std::string replay_command(const Scenario& scenario, const RunResult& result) {
  // A bundled scenario is named; any other file is given by its path.
  const bool bundled = std::filesystem::path(scenario.path).parent_path() ==
                       std::filesystem::path(scenario_directory());
  std::string command = fmt::format("dispatchsim run -s {} -v {} --seed {}",
                                    shell_quote(bundled ? scenario.name : scenario.path),
                                    result.variant, result.seed);
  if (result.strategy != "random") command += " --strategy " + result.strategy;
  if (model::variant_info(result.variant).takes_fixes_and_flag) {
    if (result.fixes != scenario.world.variant.fixes)
      command += " --fix " + model::fix_set_text(result.fixes);
    if (result.flag_percent != scenario.world.variant.flag_percent || result.flag_switch) {
      command += fmt::format(" --flag-percent {}", result.flag_percent);
    }
    if (result.flag_switch) command += " --flag-from " + flag_switch_text(*result.flag_switch);
  }
  return command;
}

std::string flag_switch_text(const model::FlagSwitch& change) {
  return fmt::format("{}@{}ms", change.from_percent, change.at / 1000);
}

}  // namespace dispatchsim::scenarios
