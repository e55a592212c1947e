#include "explore/rollout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

#include "explore/input_error.hpp"
#include "explore/run_spec.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "scenarios/root_cause.hpp"

namespace dispatchsim::explore {

namespace {

using json = nlohmann::ordered_json;

struct CountField {
  std::string_view name;
  std::int64_t RolloutCounts::*member;
};

// RolloutCounts by name, in a stable order: the JSON file and its reader use this one list.
const std::vector<CountField>& count_fields() {
  static const std::vector<CountField> fields = {
      {"declined_requests", &RolloutCounts::declined_requests},
      {"redispatched_after_decline", &RolloutCounts::redispatched_after_decline},
      {"dispatch_offers", &RolloutCounts::dispatch_offers},
      {"offers_exactly_once", &RolloutCounts::offers_exactly_once},
      {"api_calls", &RolloutCounts::api_calls},
      {"api_errors", &RolloutCounts::api_errors},
      {"api_timeouts", &RolloutCounts::api_timeouts},
      {"deliveries", &RolloutCounts::deliveries},
      {"failed_deliveries", &RolloutCounts::failed_deliveries},
      {"lock_acquire_timeouts", &RolloutCounts::lock_acquire_timeouts},
      {"lock_wait_timeouts", &RolloutCounts::lock_wait_timeouts},
      {"dead_letters", &RolloutCounts::dead_letters},
  };
  return fields;
}

double share(std::int64_t part, std::int64_t whole) {
  return whole == 0 ? 1.0 : static_cast<double>(part) / static_cast<double>(whole);
}

std::string percent_text(double fraction) {
  return fmt::format("{:.2f} %", 100 * fraction);
}

}  // namespace

RolloutRun rollout_run(const scenarios::Scenario& scenario, const scenarios::RunResult& result) {
  const scenarios::RunMetrics& m = result.metrics;
  RolloutRun run;
  run.seed = result.seed;
  RolloutCounts& c = run.counts;
  c.declined_requests = m.declined_requests;
  c.redispatched_after_decline = m.redispatched_after_decline;
  c.dispatch_offers = m.dispatch_offers;
  c.offers_exactly_once = m.offers_exactly_once;
  c.api_calls = m.api_calls;
  c.api_errors = m.api_errors;
  c.api_timeouts = m.api_timeouts;
  c.deliveries = m.deliveries;
  c.failed_deliveries = m.failed_deliveries;
  c.lock_acquire_timeouts = m.lock_acquire_timeouts;
  c.lock_wait_timeouts = m.lock_wait_timeouts;
  c.dead_letters = m.dead_letters;
  for (const model::OracleResult& oracle : result.monitoring.oracles) {
    run.duplicate_dispatch_alert |= oracle.fired && oracle.id == "metric-1";
    run.redispatch_alert |= oracle.fired && oracle.id == "metric-2";
  }
  run.flag_switched_in_flight =
      result.probe_hits.count(std::string(model::probe::flag_flipped_with_messages_in_flight)) > 0;
  for (const std::string& property : result.violated_properties())
    run.violated_properties.push_back(property);
  if (result.violated()) {
    run.first_violation =
        result.violations.front().property + ": " + result.violations.front().description;
  }
  assert(result.root_causes.size() == result.violations.size());
  for (std::size_t i = 0; i < result.violations.size(); ++i) {
    run.root_causes.emplace(result.violations[i].property,
                            scenarios::root_cause_text(result.root_causes[i]));
  }
  run.app_suppressed_an_offer =
      result.probe_hits.count(std::string(model::probe::offer_suppressed_by_app)) > 0;
  run.replay = scenarios::replay_command(scenario, result);
  return run;
}

namespace {

void add_run(RolloutPhase& phase, const RolloutRun& run) {
  for (const CountField& field : count_fields())
    phase.counts.*field.member += run.counts.*field.member;
  phase.dead_letters_max = std::max(phase.dead_letters_max, run.counts.dead_letters);
  ++phase.runs;
  phase.duplicate_dispatch_alerts += run.duplicate_dispatch_alert ? 1 : 0;
  phase.redispatch_alerts += run.redispatch_alert ? 1 : 0;
  phase.switched_with_messages_in_flight += phase.transition && run.flag_switched_in_flight ? 1 : 0;
  phase.run_details.push_back(run);
  if (run.violated_properties.empty()) return;
  ++phase.violating_runs;
  for (const std::string& property : run.violated_properties)
    ++phase.violating_runs_by_property[property];
  if (!phase.first_failing_seed || run.seed < *phase.first_failing_seed) {
    phase.first_failing_seed = run.seed;
    phase.first_violation = run.first_violation;
    phase.replay = run.replay;
  }
}

// The property whose violations a criterion measures (the error rate measures none).
std::string_view measured_property(RolloutCriterion criterion) {
  switch (criterion) {
    case RolloutCriterion::declined_without_redispatch:
    case RolloutCriterion::metric_2:
      return "no-dispatch-after-decline";
    case RolloutCriterion::exactly_once:
    case RolloutCriterion::metric_1:
      return "exactly-once-dispatch";
    case RolloutCriterion::dead_letters:
      return "no-message-lost";
    case RolloutCriterion::error_rate:
      return "";
  }
  return "";
}

// Why the run misses the criterion: the root cause of its violation of the measured property,
// else of its first violation, else (no property violated) what the measure counted.
std::string cause_of(const RolloutRun& run, RolloutCriterion criterion) {
  const auto measured = run.root_causes.find(std::string(measured_property(criterion)));
  if (measured != run.root_causes.end()) return measured->second;
  if (!run.first_violation.empty()) {
    const std::string property = run.first_violation.substr(0, run.first_violation.find(':'));
    const auto first = run.root_causes.find(property);
    if (first != run.root_causes.end()) return first->second + " (through " + property + ")";
    return "its " + property +
           " violation (a file without root causes: replay the seed to read it)";
  }
  switch (criterion) {
    case RolloutCriterion::metric_1:
      return run.app_suppressed_an_offer
                 ? "a false alarm, no property violated: the app's dedup dropped pushes (with the "
                   "flag "
                   "partial or switched, the legacy path's id-less ones: "
                   "client-dedup-drops-idless-notifications), "
                   "and the matcher's re-offers of them wrote a second dispatch_log row per "
                   "driver, which "
                   "Metric 1 counts as duplicate dispatch"
                 : "a false alarm, no property violated: Metric 1 counted dispatch_log rows beyond "
                   "the first per "
                   "request and driver, and every offer was still shown once";
    case RolloutCriterion::metric_2:
      return "a false alarm, no property violated: Metric 2 counted a dispatch_log row after a "
             "decline that no "
             "driver was shown";
    case RolloutCriterion::error_rate:
      return "failed API calls and dispatch processings, no property violated";
    default:
      return "no property the scenario checks was violated: the SLO measures every request";
  }
}

// The runs of a phase behind one criterion, the baseline's told apart (see PhaseFinding).
PhaseFinding finding(const RolloutPhase& phase, const RolloutPhase* baseline,
                     RolloutCriterion criterion, std::string measure) {
  PhaseFinding found;
  found.criterion = criterion;
  found.measure = std::move(measure);
  const RolloutRun* first = nullptr;
  const RolloutRun* first_new = nullptr;
  for (const RolloutRun& run : phase.run_details) {
    if (!run_misses(run, criterion)) continue;
    found.seeds.push_back(run.seed);
    if (first == nullptr) first = &run;
    const bool before =
        baseline != nullptr && std::any_of(baseline->run_details.begin(),
                                           baseline->run_details.end(), [&](const RolloutRun& b) {
                                             return b.seed == run.seed && run_misses(b, criterion);
                                           });
    if (before) {
      found.baseline_seeds.push_back(run.seed);
    } else if (first_new == nullptr) {
      first_new = &run;
    }
  }
  const RolloutRun* shown = first_new != nullptr ? first_new : first;
  if (shown != nullptr) {
    found.replay = shown->replay;
    found.example = shown->first_violation;
    found.cause = cause_of(*shown, criterion);
  }
  return found;
}

// "Metric 1 ... paged in 3 of 20 runs — seeds 4, 9, 17 (new: 4, 17; also with legacy before the
// deploy: 9)".
std::string reason_text(const PhaseFinding& found, bool has_baseline) {
  if (found.seeds.empty()) return found.measure;  // a version-1 file: no runs stored
  std::string text = fmt::format("{} — seed{} {}", found.measure,
                                 found.seeds.size() == 1 ? "" : "s", seed_list(found.seeds));
  if (has_baseline && found.baseline_seeds.empty()) {
    text += " (none of them with legacy before the deploy)";
  } else if (has_baseline && found.baseline_seeds.size() == found.seeds.size()) {
    text += " (all of them with legacy before the deploy too)";
  } else if (has_baseline) {
    text += fmt::format(" (new: {}; with legacy before the deploy too: {})",
                        seed_list(found.new_seeds()), seed_list(found.baseline_seeds));
  }
  return found.cause.empty() ? text : text + "; cause: " + found.cause;
}

sim::Micros default_switch_time(const scenarios::Scenario& scenario) {
  const model::DurationRange& arrival = scenario.world.workload.request_arrival;
  const sim::Micros middle = arrival.min + (arrival.max - arrival.min) / 2;
  return std::max<sim::Micros>(sim::milliseconds(1), middle / 1000 * 1000);
}

void check_request(const RolloutRequest& request) {
  if (request.phases.empty())
    throw InputError("--phases: name at least one phase, e.g. 0,10,50,100");
  for (int percent : request.phases) {
    if (percent < 0 || percent > 100) {
      throw InputError(fmt::format("--phases: {} is not a percentage (0 to 100)", percent));
    }
  }
  if (request.seeds.first > request.seeds.last) throw InputError("--seeds: the range is empty");
}

}  // namespace

std::string_view to_string(RolloutCriterion criterion) {
  switch (criterion) {
    case RolloutCriterion::error_rate:
      return "error-rate";
    case RolloutCriterion::declined_without_redispatch:
      return "declined-without-redispatch";
    case RolloutCriterion::exactly_once:
      return "exactly-once";
    case RolloutCriterion::metric_1:
      return "metric-1";
    case RolloutCriterion::metric_2:
      return "metric-2";
    case RolloutCriterion::dead_letters:
      return "dead-letters";
  }
  return "?";
}

bool run_misses(const RolloutRun& run, RolloutCriterion criterion) {
  switch (criterion) {
    case RolloutCriterion::error_rate:
      return run.counts.errors() > 0;
    case RolloutCriterion::declined_without_redispatch:
      return run.counts.redispatched_after_decline > 0;
    case RolloutCriterion::exactly_once:
      return run.counts.offers_exactly_once < run.counts.dispatch_offers;
    case RolloutCriterion::metric_1:
      return run.duplicate_dispatch_alert;
    case RolloutCriterion::metric_2:
      return run.redispatch_alert;
    case RolloutCriterion::dead_letters:
      return run.counts.dead_letters > 0;
  }
  return false;
}

std::vector<std::uint64_t> PhaseFinding::new_seeds() const {
  std::vector<std::uint64_t> seeds_new;
  for (std::uint64_t seed : seeds) {
    if (std::find(baseline_seeds.begin(), baseline_seeds.end(), seed) == baseline_seeds.end())
      seeds_new.push_back(seed);
  }
  return seeds_new;
}

std::string seed_list(const std::vector<std::uint64_t>& seeds, std::size_t shown) {
  std::string text;
  for (std::size_t i = 0; i < seeds.size() && i < shown; ++i)
    text += (i == 0 ? "" : ", ") + std::to_string(seeds[i]);
  if (seeds.size() > shown) text += fmt::format(" and {} more", seeds.size() - shown);
  return text;
}

std::string rollout_command(const std::string& program, const RolloutRequest& request) {
  std::string text =
      fmt::format("{} rollout -s {} -v {}", program, shell_word(request.scenario), request.variant);
  const std::vector<int> default_phases = RolloutRequest{}.phases;
  if (request.phases != default_phases) {
    std::string phases;
    for (int percent : request.phases)
      phases += (phases.empty() ? "" : ",") + std::to_string(percent);
    text += " --phases " + phases;
  }
  text += fmt::format(" --seeds {}..{}", request.seeds.first, request.seeds.last);
  if (request.fixes) text += " --fix " + fixes_text(*request.fixes);
  return text;
}

std::string_view to_string(PhaseVerdict verdict) {
  switch (verdict) {
    case PhaseVerdict::go:
      return "go";
    case PhaseVerdict::no_go:
      return "no-go";
    case PhaseVerdict::rollback:
      return "rollback";
  }
  return "?";
}

double RolloutPhase::declined_without_redispatch() const {
  return share(counts.declined_requests - counts.redispatched_after_decline,
               counts.declined_requests);
}

double RolloutPhase::exactly_once() const {
  return share(counts.offers_exactly_once, counts.dispatch_offers);
}

double RolloutPhase::error_rate() const {
  return counts.operations() == 0 ? 0.0 : share(counts.errors(), counts.operations());
}

void judge_phase(const RolloutTargets& targets, RolloutPhase& phase, const RolloutPhase* baseline) {
  phase.findings.clear();
  phase.reasons.clear();
  phase.notes.clear();
  const auto add = [&](RolloutCriterion criterion, std::string measure) {
    phase.findings.push_back(finding(phase, baseline, criterion, std::move(measure)));
  };
  // Every phase is judged alike, 0 % included: the deploy at 0 % already ships Fix 4's consumer
  // and Fix 5's app to everyone, so it can make things worse than before (the baseline row).
  const bool rollback = phase.error_rate() > targets.error_rate_max;
  if (rollback) {
    add(RolloutCriterion::error_rate,
        fmt::format("error rate {} > {} ({} errors in {} operations)",
                    percent_text(phase.error_rate()), percent_text(targets.error_rate_max),
                    phase.counts.errors(), phase.counts.operations()));
  }
  if (phase.declined_without_redispatch() < targets.declined_without_redispatch_min) {
    add(RolloutCriterion::declined_without_redispatch,
        fmt::format("declined requests without a later dispatch {} < {} ({} of {} re-dispatched)",
                    percent_text(phase.declined_without_redispatch()),
                    percent_text(targets.declined_without_redispatch_min),
                    phase.counts.redispatched_after_decline, phase.counts.declined_requests));
  }
  if (phase.exactly_once() < targets.exactly_once_min) {
    add(RolloutCriterion::exactly_once,
        fmt::format("dispatch events processed exactly once {} < {} ({} of {} not)",
                    percent_text(phase.exactly_once()), percent_text(targets.exactly_once_min),
                    phase.counts.dispatch_offers - phase.counts.offers_exactly_once,
                    phase.counts.dispatch_offers));
  }
  if (phase.duplicate_dispatch_alerts > 0) {
    add(RolloutCriterion::metric_1,
        fmt::format("Metric 1 (duplicate dispatch) paged in {} of {} runs",
                    phase.duplicate_dispatch_alerts, phase.runs));
  }
  if (phase.redispatch_alerts > 0) {
    add(RolloutCriterion::metric_2,
        fmt::format("Metric 2 (declined re-dispatched) paged in {} of {} runs",
                    phase.redispatch_alerts, phase.runs));
  }
  if (phase.dead_letters_max > 0) {
    add(RolloutCriterion::dead_letters,
        fmt::format("DLQ not empty: {} dead letters in {} runs (deepest {})",
                    phase.counts.dead_letters, phase.runs, phase.dead_letters_max));
  }
  for (const PhaseFinding& found : phase.findings)
    phase.reasons.push_back(reason_text(found, baseline != nullptr));
  if (phase.counts.lock_timeouts() > 0) {
    phase.notes.push_back(
        fmt::format("{} lock timeouts: {} Redis lock acquires gave up, {} database lock waits "
                    "(the plan's lock-contention risk)",
                    phase.counts.lock_timeouts(), phase.counts.lock_acquire_timeouts,
                    phase.counts.lock_wait_timeouts));
  }
  phase.verdict = rollback ? PhaseVerdict::rollback
                           : (phase.reasons.empty() ? PhaseVerdict::go : PhaseVerdict::no_go);
}

void decide_rollout(RolloutResult& result) {
  result.rollback_phase.reset();
  result.halt_phase.reset();
  std::int64_t violating = 0;
  std::set<std::string> properties;
  for (std::size_t i = 0; i < result.phases.size(); ++i) {
    const RolloutPhase& phase = result.phases[i];
    if (phase.verdict == PhaseVerdict::rollback && !result.rollback_phase)
      result.rollback_phase = i;
    if (phase.verdict != PhaseVerdict::go && !result.halt_phase) result.halt_phase = i;
    violating += phase.violating_runs;
    for (const auto& [property, runs] : phase.violating_runs_by_property)
      properties.insert(property);
  }
  std::string text;
  if (result.rollback_phase) {
    const RolloutPhase& phase = result.phases[*result.rollback_phase];
    text = fmt::format(
        "ROLLBACK at {} %: error rate {} > {}; the plan's rule disables the flag and runs "
        "`kubectl rollout undo`.",
        phase.percent, percent_text(phase.error_rate()),
        percent_text(result.request.targets.error_rate_max));
  } else if (result.halt_phase) {
    const RolloutPhase& phase = result.phases[*result.halt_phase];
    text = fmt::format(
        "HALT at {} % ({}). The plan's only automatic rule (error rate > {}) never fires, so "
        "its process ramps on unless someone acts on the SLOs and alerts.",
        phase.percent,
        phase.findings.empty() ? phase.reasons.front() : phase.findings.front().measure,
        percent_text(result.request.targets.error_rate_max));
  } else {
    text = fmt::format(
        "GO through {} %: every phase meets the SLOs with no alert, an empty DLQ and an "
        "error rate <= {}.",
        result.phases.back().percent, percent_text(result.request.targets.error_rate_max));
  }
  if (violating > 0) {
    std::string list;
    for (const std::string& property : properties) list += (list.empty() ? "" : ", ") + property;
    text += fmt::format(" Ground truth: {} runs violate properties ({}).", violating, list);
  }
  result.decision = text;
}

RolloutResult run_rollout(const RolloutRequest& request,
                          const std::function<void(std::size_t, std::size_t)>& on_run) {
  check_request(request);
  const scenarios::Scenario scenario =
      scenarios::load_scenario(scenarios::resolve_scenario(request.scenario));
  RolloutResult result;
  result.request = request;
  result.request.switch_at = request.switch_at.value_or(default_switch_time(scenario));
  result.scenario_name = scenario.name;
  const model::VariantInfo& baseline_variant = model::incident_variant();
  const bool with_baseline = request.variant != baseline_variant.id;
  result.checked_properties = scenario.properties;
  const std::size_t total =
      (request.phases.size() + (with_baseline ? 1 : 0)) * request.seeds.size();
  std::size_t done = 0;
  const auto run_phase = [&](const std::string& variant, RolloutPhase& phase) {
    for (std::uint64_t seed = request.seeds.first; seed <= request.seeds.last; ++seed) {
      scenarios::RunOptions options;
      options.variant = variant;
      options.seed = seed;
      if (model::variant_info(variant).takes_fixes_and_flag) {
        options.fixes = request.fixes;
        options.flag_percent = phase.percent;
        options.flag_switch = phase.transition;
      }
      add_run(phase, rollout_run(scenario, scenarios::run_scenario(scenario, options)));
      if (on_run) on_run(++done, total);
    }
    judge_phase(request.targets, phase,
                result.baseline && &phase != &*result.baseline ? &*result.baseline : nullptr);
  };
  if (with_baseline) {
    result.baseline.emplace();
    run_phase(std::string(baseline_variant.id), *result.baseline);
  }
  for (std::size_t i = 0; i < request.phases.size(); ++i) {
    RolloutPhase phase;
    phase.percent = request.phases[i];
    if (i > 0)
      phase.transition = model::FlagSwitch{request.phases[i - 1], *result.request.switch_at};
    run_phase(request.variant, phase);
    result.phases.push_back(std::move(phase));
  }
  decide_rollout(result);
  return result;
}

std::vector<int> parse_phases(const std::string& text) {
  std::vector<int> phases;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string item = text.substr(start, end - start);
    std::size_t used = 0;
    int percent = -1;
    try {
      percent = std::stoi(item, &used);
    } catch (const std::logic_error&) {
      used = 0;
    }
    if (item.empty() || used != item.size() || percent < 0 || percent > 100) {
      throw InputError(
          fmt::format("--phases: '{}' is not a percentage; type e.g. 0,10,50,100", item));
    }
    phases.push_back(percent);
    start = end + 1;
  }
  return phases;
}

namespace {

json counts_to_json(const RolloutCounts& counts) {
  json fields = json::object();
  for (const CountField& field : count_fields())
    fields[std::string(field.name)] = counts.*field.member;
  return fields;
}

RolloutCounts counts_from_json(const nlohmann::json& fields) {
  RolloutCounts counts;
  for (const CountField& field : count_fields())
    counts.*field.member = fields.at(std::string(field.name)).get<std::int64_t>();
  return counts;
}

json run_to_json(const RolloutRun& run) {
  // An array of objects, not an object keyed by property: the file's shape stays the same
  // whichever properties a run violates.
  json root_causes = json::array();
  for (const auto& [property, cause] : run.root_causes) {
    root_causes.push_back(json{{"property", property}, {"root_cause", cause}});
  }
  return json{{"seed", run.seed},
              {"counts", counts_to_json(run.counts)},
              {"duplicate_dispatch_alert", run.duplicate_dispatch_alert},
              {"redispatch_alert", run.redispatch_alert},
              {"flag_switched_in_flight", run.flag_switched_in_flight},
              {"violated_properties", run.violated_properties},
              {"first_violation", run.first_violation},
              {"root_causes", root_causes},
              {"app_suppressed_an_offer", run.app_suppressed_an_offer},
              {"replay", run.replay}};
}

RolloutRun run_from_json(const nlohmann::json& r) {
  RolloutRun run;
  run.seed = r.at("seed").get<std::uint64_t>();
  run.counts = counts_from_json(r.at("counts"));
  run.duplicate_dispatch_alert = r.at("duplicate_dispatch_alert").get<bool>();
  run.redispatch_alert = r.at("redispatch_alert").get<bool>();
  run.flag_switched_in_flight = r.at("flag_switched_in_flight").get<bool>();
  run.violated_properties = r.at("violated_properties").get<std::vector<std::string>>();
  run.first_violation = r.at("first_violation").get<std::string>();
  // Files written before causes were stored have neither field: their reasons name no cause.
  if (r.contains("root_causes")) {
    for (const auto& cause : r.at("root_causes")) {
      run.root_causes.emplace(cause.at("property").get<std::string>(),
                              cause.at("root_cause").get<std::string>());
    }
  }
  run.app_suppressed_an_offer = r.value("app_suppressed_an_offer", false);
  run.replay = r.at("replay").get<std::string>();
  return run;
}

json finding_to_json(const PhaseFinding& found) {
  return json{{"criterion", to_string(found.criterion)},
              {"measure", found.measure},
              {"seeds", found.seeds},
              {"baseline_seeds", found.baseline_seeds},
              {"replay", found.replay},
              {"example", found.example},
              {"cause", found.cause}};
}

json phase_to_json(const RolloutPhase& phase) {
  const json counts = counts_to_json(phase.counts);
  json run_details = json::array();
  for (const RolloutRun& run : phase.run_details) run_details.push_back(run_to_json(run));
  json findings = json::array();
  for (const PhaseFinding& found : phase.findings) findings.push_back(finding_to_json(found));
  json by_property = json::object();
  for (const auto& [property, runs] : phase.violating_runs_by_property)
    by_property[property] = runs;
  return json{
      {"percent", phase.percent},
      {"from_percent", phase.transition ? json(phase.transition->from_percent) : json(nullptr)},
      {"runs", phase.runs},
      {"declined_without_redispatch", phase.declined_without_redispatch()},
      {"exactly_once", phase.exactly_once()},
      {"error_rate", phase.error_rate()},
      {"dead_letters_max", phase.dead_letters_max},
      {"duplicate_dispatch_alerts", phase.duplicate_dispatch_alerts},
      {"redispatch_alerts", phase.redispatch_alerts},
      {"switched_with_messages_in_flight", phase.switched_with_messages_in_flight},
      {"counts", counts},
      {"violating_runs", phase.violating_runs},
      {"violating_runs_by_property", by_property},
      {"first_failing_seed",
       phase.first_failing_seed ? json(*phase.first_failing_seed) : json(nullptr)},
      {"first_violation", phase.first_violation},
      {"replay", phase.replay},
      {"verdict", to_string(phase.verdict)},
      {"reasons", phase.reasons},
      {"findings", findings},
      {"notes", phase.notes},
      {"run_details", run_details}};
}

// The measured part of a phase; the verdict is judged again from it (and the baseline's runs).
RolloutPhase phase_from_json(const nlohmann::json& p, const RolloutRequest& request,
                             const RolloutPhase* baseline) {
  RolloutPhase phase;
  phase.percent = p.at("percent").get<int>();
  if (!p.at("from_percent").is_null()) {
    phase.transition =
        model::FlagSwitch{p.at("from_percent").get<int>(), request.switch_at.value_or(0)};
  }
  phase.runs = p.at("runs").get<std::int64_t>();
  phase.counts = counts_from_json(p.at("counts"));
  phase.dead_letters_max = p.at("dead_letters_max").get<std::int64_t>();
  phase.duplicate_dispatch_alerts = p.at("duplicate_dispatch_alerts").get<std::int64_t>();
  phase.redispatch_alerts = p.at("redispatch_alerts").get<std::int64_t>();
  phase.switched_with_messages_in_flight =
      p.at("switched_with_messages_in_flight").get<std::int64_t>();
  phase.violating_runs = p.at("violating_runs").get<std::int64_t>();
  for (const auto& [property, runs] : p.at("violating_runs_by_property").items()) {
    phase.violating_runs_by_property[property] = runs.get<std::int64_t>();
  }
  if (!p.at("first_failing_seed").is_null())
    phase.first_failing_seed = p.at("first_failing_seed").get<std::uint64_t>();
  phase.first_violation = p.at("first_violation").get<std::string>();
  phase.replay = p.at("replay").get<std::string>();
  if (p.contains("run_details")) {
    for (const auto& run : p.at("run_details")) phase.run_details.push_back(run_from_json(run));
  }
  judge_phase(request.targets, phase, baseline);
  return phase;
}

}  // namespace

json rollout_to_json(const RolloutResult& result) {
  const RolloutRequest& request = result.request;
  json phases = json::array();
  for (const RolloutPhase& phase : result.phases) phases.push_back(phase_to_json(phase));
  const auto index = [](const std::optional<std::size_t>& i) {
    return i ? json(*i) : json(nullptr);
  };
  return json{
      {"format", "dispatchsim-rollout"},
      {"version", rollout_file_version},
      {"scenario", result.scenario_name},
      {"checked_properties", result.checked_properties},
      {"scenario_argument", request.scenario},
      {"variant", request.variant},
      {"fixes", request.fixes ? json(fixes_text(*request.fixes)) : json(nullptr)},
      {"seed_first", request.seeds.first},
      {"seed_last", request.seeds.last},
      {"switch_at_us", request.switch_at.value_or(0)},
      {"targets",
       {{"declined_without_redispatch_min", request.targets.declined_without_redispatch_min},
        {"exactly_once_min", request.targets.exactly_once_min},
        {"error_rate_max", request.targets.error_rate_max}}},
      {"baseline", result.baseline ? phase_to_json(*result.baseline) : json(nullptr)},
      {"phases", phases},
      {"rollback_phase", index(result.rollback_phase)},
      {"halt_phase", index(result.halt_phase)},
      {"decision", result.decision}};
}

RolloutResult rollout_from_json(const nlohmann::json& in) {
  if (!in.is_object() || in.value("format", "") != "dispatchsim-rollout") {
    throw InputError("not a rollout file (written by `dispatchsim rollout --json FILE`)");
  }
  const int version = in.value("version", 0);
  if (version < 1 || version > rollout_file_version) {
    throw InputError(
        fmt::format("rollout file version {} is not 1 to {}; use the dispatchsim that wrote it",
                    version, rollout_file_version));
  }
  try {
    RolloutResult result;
    RolloutRequest& request = result.request;
    result.scenario_name = in.at("scenario").get<std::string>();
    if (in.contains("checked_properties")) {
      result.checked_properties = in.at("checked_properties").get<std::vector<std::string>>();
    }
    request.scenario = in.at("scenario_argument").get<std::string>();
    request.variant = in.at("variant").get<std::string>();
    if (!in.at("fixes").is_null()) request.fixes = parse_fixes(in.at("fixes").get<std::string>());
    request.seeds = SeedRange{in.at("seed_first").get<std::uint64_t>(),
                              in.at("seed_last").get<std::uint64_t>()};
    request.switch_at = in.at("switch_at_us").get<sim::Micros>();
    const auto& targets = in.at("targets");
    request.targets = RolloutTargets{targets.at("declined_without_redispatch_min").get<double>(),
                                     targets.at("exactly_once_min").get<double>(),
                                     targets.at("error_rate_max").get<double>()};
    if (!in.at("baseline").is_null())
      result.baseline = phase_from_json(in.at("baseline"), request, nullptr);
    request.phases.clear();
    for (const auto& p : in.at("phases")) {
      result.phases.push_back(
          phase_from_json(p, request, result.baseline ? &*result.baseline : nullptr));
      request.phases.push_back(result.phases.back().percent);
    }
    decide_rollout(result);
    return result;
  } catch (const nlohmann::json::exception& error) {
    throw InputError(fmt::format("rollout file: {}", error.what()));
  }
}

}  // namespace dispatchsim::explore
