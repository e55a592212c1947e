#include "reports/decision.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "explore/run_spec.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "reports/report_data.hpp"
#include "scenarios/runner.hpp"
#include "scenarios/scenario.hpp"

namespace dispatchsim::reports {

namespace {

// The swept evidence of one candidate: its runs, and the property most of its failing runs
// violate, with that property's minimal run.
struct SweptEvidence {
  std::int64_t runs = 0;
  std::int64_t violating_runs = 0;
  std::int64_t error_runs = 0;
  std::size_t properties_violated = 0;
  std::string property;  // the one violated in most runs
  std::int64_t property_runs = 0;
  std::optional<RunReference> minimal;  // its minimal run
  const ShrunkCase* shrunk = nullptr;   // that run shrunk, when the report shrank it
};

SweptEvidence swept_as_deployed(const ReportData& data, const std::string& variant) {
  SweptEvidence evidence;
  for (const VariantTotals& totals : data.totals) {
    if (totals.variant != variant) continue;
    evidence.runs = totals.runs;
    evidence.violating_runs = totals.violating_runs;
    evidence.error_runs = totals.error_runs;
  }
  for (const VerdictCell& cell : data.verdict) {
    if (cell.variant != variant || cell.violating_runs == 0) continue;
    ++evidence.properties_violated;
    if (cell.violating_runs > evidence.property_runs) {
      evidence.property = cell.property;
      evidence.property_runs = cell.violating_runs;
      evidence.minimal = cell.minimal;
    }
  }
  const ShrunkCase* shrunk = data.shrunk_case(variant, evidence.property);
  if (shrunk != nullptr && shrunk->shrunk) evidence.shrunk = shrunk;
  return evidence;
}

SweptEvidence swept_with_fixes(const LadderRow& row) {
  SweptEvidence evidence;
  evidence.runs = row.runs;
  evidence.violating_runs = row.violating_runs;
  for (const auto& [property, runs] : row.by_property) {
    ++evidence.properties_violated;
    if (runs > evidence.property_runs) {
      evidence.property = property;
      evidence.property_runs = runs;
      const auto minimal = row.minimal.find(property);
      if (minimal != row.minimal.end()) evidence.minimal = minimal->second;
    }
  }
  return evidence;
}

std::vector<const explore::RolloutResult*> rollouts_of(const ReportData& data,
                                                       const std::string& variant,
                                                       const std::optional<std::string>& fixes) {
  std::vector<const explore::RolloutResult*> found;
  for (const explore::RolloutResult& rollout : data.rollouts) {
    if (rollout.request.variant != variant) continue;
    const std::optional<std::string> rollout_fixes =
        rollout.request.fixes
            ? std::optional<std::string>(explore::fixes_text(*rollout.request.fixes))
            : std::nullopt;
    const model::VariantInfo* info = model::find_variant(variant);
    if (info != nullptr && info->takes_fixes_and_flag && rollout_fixes != fixes) continue;
    found.push_back(&rollout);
  }
  return found;
}

// The root cause of the violation the run's description shows: the stored one when the run's
// violations of the property have one cause; else the run is made again (milliseconds) and its
// first violation of the property classified. Empty when it cannot be made here.
std::string root_cause_shown(const RunReference& run, const std::string& property) {
  if (!run.root_cause.empty()) return run.root_cause;
  try {
    const scenarios::Scenario scenario =
        scenarios::load_scenario(scenarios::resolve_scenario(run.scenario_argument));
    const scenarios::RunResult result =
        scenarios::run_scenario(scenario, spec_of(run).run_options());
    for (std::size_t i = 0; i < result.violations.size(); ++i) {
      if (result.violations[i].property == property)
        return scenarios::root_cause_text(result.root_causes.at(i));
    }
  } catch (const std::exception&) {
    // The scenario file moved or no longer loads: "rests on" then names the violation only.
  }
  return "";
}

std::string description_of(const RunReference& run) {
  return run.violation.empty()
             ? std::string("(no description stored: replay it to read the violation)")
             : run.violation;
}

// The first rollout that halts, and its first finding.
struct HaltEvidence {
  const explore::RolloutResult* rollout = nullptr;
  const explore::RolloutPhase* phase = nullptr;
  const explore::PhaseFinding* finding = nullptr;
};

HaltEvidence first_halt(const std::vector<const explore::RolloutResult*>& rollouts) {
  for (const explore::RolloutResult* rollout : rollouts) {
    if (!rollout->halt_phase) continue;
    const explore::RolloutPhase& phase = rollout->phases[*rollout->halt_phase];
    return HaltEvidence{rollout, &phase,
                        phase.findings.empty() ? nullptr : &phase.findings.front()};
  }
  return {};
}

std::string halt_clause(const HaltEvidence& halt) {
  const explore::RolloutPhase& phase = *halt.phase;
  const std::string what =
      phase.verdict == explore::PhaseVerdict::rollback ? "rolls back" : "halts";
  const std::string measure = halt.finding != nullptr
                                  ? halt.finding->measure
                                  : (phase.reasons.empty() ? std::string() : phase.reasons.front());
  std::string clause = fmt::format("its rollout on {} {} at {} % ({})", halt.rollout->scenario_name,
                                   what, phase.percent, measure);
  if (halt.finding != nullptr && !halt.finding->seeds.empty() &&
      !halt.finding->baseline_seeds.empty() && halt.finding->new_seeds().empty()) {
    clause += ", as legacy does before the deploy";
  }
  return clause;
}

std::string swept_clause(const SweptEvidence& swept) {
  std::string clause =
      fmt::format("it violates {} propert{} in {} of {} swept runs (most often {}, in {} runs)",
                  swept.properties_violated, swept.properties_violated == 1 ? "y" : "ies",
                  swept.violating_runs, swept.runs, swept.property, swept.property_runs);
  if (swept.error_runs > 0)
    clause += fmt::format(", and {} runs stopped with an error", swept.error_runs);
  return clause;
}

std::string sentence(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text + ".";
}

void judge(Candidate& candidate, const SweptEvidence& swept,
           const std::vector<const explore::RolloutResult*>& rollouts, const std::string& program) {
  candidate.runs = swept.runs;
  candidate.violating_runs = swept.violating_runs + swept.error_runs;
  candidate.rollouts = rollouts.size();
  const HaltEvidence halt = first_halt(rollouts);
  const bool swept_failed = swept.violating_runs > 0 || swept.error_runs > 0;
  candidate.go = !swept_failed && halt.rollout == nullptr;
  if (candidate.go) {
    std::string reason =
        fmt::format("holds every property it was checked for in {} swept runs", swept.runs);
    for (const explore::RolloutResult* rollout : rollouts) {
      reason += fmt::format(", and every phase of its rollout on {} (seeds {}..{}) is go",
                            rollout->scenario_name, rollout->request.seeds.first,
                            rollout->request.seeds.last);
    }
    candidate.reason = sentence(reason);
    candidate.command =
        rollouts.empty() ? "" : explore::rollout_command(program, rollouts.front()->request);
    return;
  }
  std::vector<std::string> clauses;
  if (halt.rollout != nullptr) clauses.push_back(halt_clause(halt));
  if (swept_failed && swept.property_runs > 0) clauses.push_back(swept_clause(swept));
  if (swept_failed && swept.property_runs == 0)
    clauses.push_back(
        fmt::format("{} of its {} swept runs stopped with an error", swept.error_runs, swept.runs));
  std::string reason;
  for (const std::string& clause : clauses) reason += (reason.empty() ? "" : "; ") + clause;
  candidate.reason = sentence(reason);
  // The command and the flaw: the rollout's first finding when the rollout halts (that is what
  // stops the deploy), else the swept minimal run.
  if (halt.finding != nullptr && !halt.finding->replay.empty()) {
    candidate.command = halt.finding->replay;
    candidate.root_cause = halt.finding->cause;
    candidate.flaw =
        !halt.finding->example.empty()
            ? halt.finding->example
            : fmt::format("{} at {} % (seed {})", halt.finding->measure, halt.phase->percent,
                          halt.finding->new_seeds().empty() ? halt.finding->seeds.front()
                                                            : halt.finding->new_seeds().front());
  } else if (halt.rollout != nullptr) {
    candidate.command = explore::rollout_command(program, halt.rollout->request);
    candidate.flaw = halt.phase->first_violation;
  }
  if (swept.shrunk != nullptr && (candidate.command.empty() || candidate.flaw.empty())) {
    candidate.command = swept.shrunk->run.replay;
    candidate.root_cause = swept.shrunk->run.root_cause;
    candidate.flaw = fmt::format("{}: {} (shrunk: {})", swept.property, swept.shrunk->run.violation,
                                 swept.shrunk->size_text());
  } else if (swept.minimal && (candidate.command.empty() || candidate.flaw.empty())) {
    candidate.command = swept.minimal->replay;
    candidate.root_cause = root_cause_shown(*swept.minimal, swept.property);
    candidate.flaw = swept.property + ": " + description_of(*swept.minimal);
  }
}

}  // namespace

std::vector<Candidate> decide(const ReportData& data) {
  const std::string& program = data.program;
  std::vector<Candidate> candidates;
  const auto add = [&](const std::string& name, const std::string& variant,
                       const std::optional<std::string>& fixes, const SweptEvidence& swept) {
    Candidate candidate;
    candidate.name = name;
    candidate.variant = variant;
    candidate.fixes = fixes;
    const auto rollouts = rollouts_of(data, candidate.variant, candidate.fixes);
    if (swept.runs == 0 && rollouts.empty()) return;
    judge(candidate, swept, rollouts, program);
    candidates.push_back(std::move(candidate));
  };
  // Every variant but the incident's, in catalogue order (the fix under evaluation, then ours);
  // a variant that takes fixes also once per release option a --fix sweep gave the report.
  for (const model::VariantInfo& info : model::variant_catalogue()) {
    if (info.role == model::VariantRole::incident) continue;
    const std::string variant(info.id);
    add(variant, variant, std::nullopt, swept_as_deployed(data, variant));
    if (!info.takes_fixes_and_flag) continue;
    // The plan's release options (model/base/plan_fixes.hpp), named as --fix takes them; the
    // ladder's other sets ("1", "1,2,3") are steps of an experiment, not releases, so no
    // candidates.
    for (const LadderRow* row : data.release_option_rows()) {
      if (row->release_option == "none" || row->variants.count(variant) == 0) continue;
      add(fmt::format("{} --fix {}", variant, row->release_option), variant, row->fixes,
          swept_with_fixes(*row));
    }
  }
  return candidates;
}

const Candidate* find_candidate(const std::vector<Candidate>& candidates, const std::string& name) {
  for (const Candidate& candidate : candidates) {
    if (candidate.name == name) return &candidate;
  }
  return nullptr;
}

std::string rests_on(const Candidate& candidate) {
  if (candidate.root_cause.empty()) return candidate.flaw;
  if (candidate.flaw.empty()) return candidate.root_cause;
  return candidate.root_cause + " — " + candidate.flaw;
}

std::string decision_legend() {
  return "How to read it: a candidate is GO only when every swept run of it held every property it "
         "was "
         "checked for and every phase of its rollouts is go, and NO-GO otherwise; \"rests on\" "
         "names the "
         "root cause of the failure the command shows (scenarios/root_cause.hpp).";
}

std::string decision_text(const std::vector<Candidate>& candidates) {
  std::string text;
  for (const Candidate& candidate : candidates) {
    text += fmt::format("  {}: {} — {}\n", candidate.name, candidate.verdict(), candidate.reason);
    if (!rests_on(candidate).empty())
      text += fmt::format("    rests on: {}\n", rests_on(candidate));
    if (!candidate.command.empty()) {
      text += fmt::format("    {}: {}\n", candidate.go ? "check it" : "show it", candidate.command);
    }
  }
  return text;
}

}  // namespace dispatchsim::reports
