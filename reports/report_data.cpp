#include "reports/report_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include "explore/input_error.hpp"
#include "explore/run_spec.hpp"
#include "explore/sweep_confidence.hpp"
#include "faults/fault_catalogue.hpp"
#include "model/base/coverage_probes.hpp"
#include "model/observe/monitoring_oracles.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/observe/properties/property.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "reports/results_reader.hpp"
#include "scenarios/root_cause.hpp"

namespace dispatchsim::reports {

namespace {

// The scenarios of a sweep whose files changed since it ran (or can no longer be found).
std::vector<std::string> stale_scenarios(const explore::SweepDefinition& definition) {
  std::vector<std::string> stale;
  for (const explore::SweepScenario& then : definition.scenarios) {
    const std::string argument = definition.loadable_scenario_argument(then.name);
    try {
      if (explore::describe_scenario(argument).content_hash != then.content_hash)
        stale.push_back(argument);
    } catch (const std::exception&) {
      stale.push_back(argument);
    }
  }
  return stale;
}

using explore::RunRecord;

// A run together with where it came from and what its scenario checks.
struct LoadedRun {
  const RunRecord* record = nullptr;
  const StoredResults* file = nullptr;
  std::size_t scenario_rank = 0;  // position in its sweep definition
  const std::set<std::string>* checked = nullptr;
};

bool takes_fixes_and_flag(const std::string& variant) {
  const model::VariantInfo* info = model::find_variant(variant);
  return info != nullptr && info->takes_fixes_and_flag;
}

std::size_t variant_rank(const std::string& variant) {
  const auto& catalogue = model::variant_catalogue();
  std::size_t rank = 0;
  while (rank < catalogue.size() && catalogue[rank].id != variant) ++rank;
  return rank;
}

std::string strategy_name(const RunRecord& run) {
  return run.strategy == "pct" ? fmt::format("pct (d={})", run.pct_depth.value_or(3))
                               : run.strategy;
}

std::size_t property_rank(const std::string& property) {
  const auto& catalogue = model::property_catalogue();
  return static_cast<std::size_t>(
      std::find_if(catalogue.begin(), catalogue.end(),
                   [&](const auto& info) { return info.id == property; }) -
      catalogue.begin());
}

// The distinct root causes of a run's violations, in id order.
std::set<std::string> root_causes_of(const RunRecord& run) {
  std::set<std::string> causes;
  for (const auto& signature : run.signatures) causes.insert(signature.root_cause);
  return causes;
}

// "none" for nothing shipped, the release option's name for its set, "" otherwise (and for a
// sweep that also overrode the flag: "@P%").
std::string release_option_name(const std::string& fixes) {
  if (fixes == "none") return "none";
  if (fixes.find('@') != std::string::npos || fixes == "?") return "";
  const model::ReleaseOption* option = model::release_option_of(explore::parse_fixes(fixes));
  return option != nullptr ? std::string(option->name) : "";
}

bool is_fix_sweep(const explore::SweepDefinition& definition) {
  return definition.fixes.has_value() || definition.flag_percent.has_value();
}

RunReference reference(const LoadedRun& loaded, const std::string& property,
                       const std::string& program) {
  const RunRecord& run = *loaded.record;
  const explore::SweepDefinition& definition = loaded.file->sweep.definition;
  RunReference ref;
  ref.results_file = loaded.file->path;
  ref.row = run.id;
  ref.scenario = run.scenario;
  ref.scenario_argument = definition.loadable_scenario_argument(run.scenario);
  ref.variant = run.variant;
  ref.strategy = run.strategy;
  ref.pct_depth = static_cast<int>(run.pct_depth.value_or(3));
  ref.seed = run.seed;
  if (definition.fixes) ref.fixes = explore::fixes_text(*definition.fixes);
  ref.flag_percent = definition.flag_percent;
  ref.trace_hash = run.trace_hash;
  const explore::RunSpec spec = spec_of(ref);
  ref.replay = fmt::format("{} run {}", program, spec.arguments());
  ref.replay_row = fmt::format("{} run --db {} --row {}", program,
                               scenarios::shell_quote(ref.results_file), run.id);
  ref.shrink = fmt::format("{} shrink --db {} --row {}", program,
                           scenarios::shell_quote(ref.results_file), run.id);
  for (const auto& example : run.examples) {
    if (example.property != property) continue;
    ref.violation = example.description;
    ref.request = example.request;
    break;
  }
  // The property's root cause in the run when its signatures agree on one; several causes leave
  // it empty (examples are not stored with theirs: decision.cpp re-runs the run to tell).
  std::set<std::string> causes;
  for (const auto& signature : run.signatures) {
    if (signature.property == property) causes.insert(signature.root_cause);
  }
  if (causes.size() == 1) ref.root_cause = scenarios::root_cause_text(*causes.begin());
  const auto confirmation = loaded.file->confirmations.find(run.id);
  if (confirmation != loaded.file->confirmations.end())
    ref.confirmed_real = confirmation->second.verdict(property);
  ref.explain = fmt::format("{} explain {}{}", program, spec.arguments(),
                            ref.request != 0 ? fmt::format(" --request {}", ref.request) : "");
  return ref;
}

// Lower seed first; then random before pct, then the sweep's scenario order.
bool earlier(const LoadedRun& a, const LoadedRun& b) {
  return std::make_tuple(a.record->seed, a.record->strategy != "random", a.scenario_rank) <
         std::make_tuple(b.record->seed, b.record->strategy != "random", b.scenario_rank);
}

class Gatherer {
 public:
  Gatherer(const ReportInputs& inputs, ReportData& data) : inputs_(inputs), data_(data) {}

  void load() {
    for (const std::string& path : inputs_.results_files) {
      files_.push_back(read_results(path));
      if (!files_.back().confirmations.empty()) data_.real_confirmations = true;
    }
    for (const auto& file : files_) describe(file);
    for (const auto& file : files_) index_runs(file);
    for (const auto& info : model::property_catalogue()) data_.properties.emplace_back(info.id);
    std::set<std::string> variants;
    for (const LoadedRun& run : sweep_runs_) variants.insert(run.record->variant);
    data_.variants.assign(variants.begin(), variants.end());
    std::sort(data_.variants.begin(), data_.variants.end(),
              [](const auto& a, const auto& b) { return variant_rank(a) < variant_rank(b); });
    for (const std::string& path : inputs_.rollout_files) read_rollout(path);
  }

  void verdict() {
    for (const std::string& variant : data_.variants) {
      VariantTotals totals{variant, 0, 0, 0};
      for (const LoadedRun& run : sweep_runs_) {
        if (run.record->variant != variant) continue;
        ++totals.runs;
        totals.violating_runs += run.record->outcome == explore::RunOutcome::violation ? 1 : 0;
        totals.error_runs += run.record->outcome == explore::RunOutcome::error ? 1 : 0;
      }
      data_.totals.push_back(totals);
      for (const std::string& property : data_.properties)
        data_.verdict.push_back(cell(variant, property));
    }
  }

  void confidence() {
    std::vector<const RunRecord*> runs;
    std::map<std::string, const std::set<std::string>*> checked;
    for (const LoadedRun& run : sweep_runs_) {
      runs.push_back(run.record);
      checked.emplace(run.record->scenario, run.checked);
    }
    data_.confidence = explore::sweep_confidence(
        runs, data_.variants, [&](const std::string& scenario) -> const std::set<std::string>& {
          return *checked.at(scenario);
        });
  }

  void fault_matrices() {
    for (const std::string& variant : data_.variants) {
      FaultMatrix matrix{variant, {}};
      std::vector<std::string> faults;
      for (const auto& info : faults::fault_catalogue()) faults.emplace_back(info.id);
      faults.emplace_back("none");
      for (const std::string& fault : faults) {
        FaultRow row{fault, 0, 0, {}};
        for (const LoadedRun& run : sweep_runs_) {
          if (run.record->variant != variant || !fired(*run.record, fault)) continue;
          ++row.runs;
          if (run.record->violations.empty()) continue;
          ++row.violating_runs;
          for (const auto& count : run.record->violations) ++row.by_property[count.property];
        }
        if (row.runs > 0) matrix.rows.push_back(row);
      }
      data_.fault_matrices.push_back(matrix);
    }
  }

  void ladder() {
    std::map<std::string, LadderRow> rows;
    std::map<std::string, std::map<std::string, LoadedRun>> minimal;
    for (const LoadedRun& run : fix_runs_) {
      const RunRecord& record = *run.record;
      if (!takes_fixes_and_flag(record.variant)) continue;
      std::string key = record.fixes.value_or("?");
      if (run.file->sweep.definition.flag_percent)
        key += fmt::format("@{}%", *run.file->sweep.definition.flag_percent);
      LadderRow& row = rows[key];
      row.fixes = key;
      row.release_option = release_option_name(key);
      row.variants.insert(record.variant);
      ++row.runs;
      row.violating_runs += record.violations.empty() ? 0 : 1;
      for (const std::string& cause : root_causes_of(record)) ++row.runs_by_root_cause[cause];
      for (const std::string& property : *run.checked) ++row.runs_by_property[property];
      for (const auto& count : record.violations) {
        ++row.by_property[count.property];
        auto [found, added] = minimal[key].emplace(count.property, run);
        if (!added && earlier(run, found->second)) found->second = run;
      }
    }
    for (auto& [key, row] : rows) {
      for (const auto& [property, run] : minimal[key])
        row.minimal[property] = reference(run, property, inputs_.program);
      data_.ladder.push_back(row);
    }
    // Fewer fixes first: "none", "1", "1,2", ...
    std::sort(data_.ladder.begin(), data_.ladder.end(), [](const LadderRow& a, const LadderRow& b) {
      const auto size = [](const std::string& fixes) {
        return fixes.starts_with("none") ? 0 : std::count(fixes.begin(), fixes.end(), ',') + 1;
      };
      return std::make_pair(size(a.fixes), a.fixes) < std::make_pair(size(b.fixes), b.fixes);
    });
  }

  // Per variant and root cause, over the sweeps (not the --fix sweeps).
  void root_causes() {
    std::map<std::pair<std::string, std::string>, RootCauseRow> rows;
    std::map<std::pair<std::string, std::string>, const LoadedRun*> minimal;
    for (const LoadedRun& run : sweep_runs_) {
      for (const std::string& cause : root_causes_of(*run.record)) {
        const auto key = std::make_pair(run.record->variant, cause);
        RootCauseRow& row = rows[key];
        row.variant = run.record->variant;
        row.root_cause = cause;
        row.text = scenarios::root_cause_text(cause);
        ++row.runs;
        for (const auto& signature : run.record->signatures) {
          if (signature.root_cause != cause) continue;
          row.violations += signature.count;
          if (std::find(row.properties.begin(), row.properties.end(), signature.property) ==
              row.properties.end()) {
            row.properties.push_back(signature.property);
          }
        }
        auto [found, added] = minimal.emplace(key, &run);
        if (!added && earlier(run, *found->second)) found->second = &run;
      }
    }
    for (auto& [key, row] : rows) {
      const LoadedRun& run = *minimal.at(key);
      std::string property;
      for (const auto& signature : run.record->signatures) {
        if (signature.root_cause == row.root_cause) property = signature.property;
      }
      row.minimal = reference(run, property, inputs_.program);
      std::sort(row.properties.begin(), row.properties.end(),
                [&](const std::string& a, const std::string& b) {
                  return property_rank(a) < property_rank(b);
                });
      data_.root_causes.push_back(std::move(row));
    }
    std::stable_sort(
        data_.root_causes.begin(), data_.root_causes.end(),
        [](const RootCauseRow& a, const RootCauseRow& b) {
          return std::make_tuple(variant_rank(a.variant), a.root_cause == "unexplained", -a.runs) <
                 std::make_tuple(variant_rank(b.variant), b.root_cause == "unexplained", -b.runs);
        });
  }

  void monitoring() {
    for (const std::string& variant : data_.variants) {
      for (const std::string& property : data_.properties) {
        MonitoringRow row{variant, property, 0, 0, 0, 0};
        for (const LoadedRun& run : sweep_runs_) {
          if (run.record->variant != variant) continue;
          for (const auto& count : run.record->violations) {
            if (count.property != property) continue;
            row.violations += count.count;
            row.caught += count.caught;
            row.missed += count.missed;
            row.uncovered += count.uncovered;
          }
        }
        if (row.violations > 0) data_.monitoring.push_back(row);
      }
    }
    for (const auto& info : model::monitoring_oracle_catalogue()) {
      OracleRow row{std::string(info.id), std::string(info.title), 0, 0};
      for (const LoadedRun& run : sweep_runs_) {
        for (const auto& oracle : run.record->oracles) {
          if (oracle.oracle != info.id) continue;
          ++row.fired_runs;
          row.false_alarm_runs += oracle.false_positive ? 1 : 0;
        }
      }
      data_.oracles.push_back(row);
    }
  }

  void probes() {
    for (const auto& info : model::coverage_probes()) {
      ProbeRow row{std::string(info.id), std::string(info.description), 0, 0};
      for (const LoadedRun& run : sweep_runs_) {
        for (const auto& probe : run.record->probes) {
          if (probe.probe != info.id) continue;
          row.hits += probe.hits;
          ++row.runs;
        }
      }
      data_.probes.push_back(row);
    }
  }

  void strategies() {
    std::map<std::tuple<std::string, std::size_t, std::string, std::size_t>,
             std::vector<const LoadedRun*>>
        groups;
    for (const LoadedRun& run : sweep_runs_) {
      const RunRecord& record = *run.record;
      groups[{strategy_name(record), run.scenario_rank, record.scenario,
              variant_rank(record.variant)}]
          .push_back(&run);
    }
    for (auto& [key, runs] : groups) {
      std::sort(runs.begin(), runs.end(), [](const LoadedRun* a, const LoadedRun* b) {
        return a->record->seed < b->record->seed;
      });
      StrategyRow row{
          std::get<0>(key), std::get<2>(key), runs.front()->record->variant, 0, std::nullopt, 0, 0};
      row.runs = static_cast<std::int64_t>(runs.size());
      for (const LoadedRun* run : runs) {
        row.runs_to_first_failure += 1;
        row.wall_us_to_first_failure += run->record->wall_time_us;
        if (run->record->outcome != explore::RunOutcome::pass) {
          row.first_failing_seed = run->record->seed;
          break;
        }
      }
      data_.strategies.push_back(row);
    }
  }

 private:
  void describe(const StoredResults& file) {
    const explore::SweepDefinition& d = file.sweep.definition;
    std::string text = explore::describe_definition(d);
    if (!file.completeness.complete) text += " -- " + file.completeness.describe();
    for (const std::string& stale : stale_scenarios(d)) {
      text += fmt::format(
          " -- STALE: scenario {} changed since the sweep (timelines and commands run it as it is "
          "now)",
          stale);
    }
    data_.inputs.push_back(InputFile{file.path, is_fix_sweep(d) ? "fixes" : "sweep", text,
                                     static_cast<std::int64_t>(file.runs.size())});
  }

  void index_runs(const StoredResults& file) {
    const explore::SweepDefinition& definition = file.sweep.definition;
    for (const RunRecord& record : file.runs) {
      std::size_t rank = 0;
      while (rank < definition.scenarios.size() &&
             definition.scenarios[rank].name != record.scenario)
        ++rank;
      const std::string argument = definition.loadable_scenario_argument(record.scenario);
      auto found = checked_.find(argument);
      if (found == checked_.end())
        found = checked_.emplace(argument, explore::checked_properties(argument)).first;
      const LoadedRun loaded{&record, &file, rank, &found->second};
      if (is_fix_sweep(definition)) {
        fix_runs_.push_back(loaded);
        continue;
      }
      // A run stored twice (shards not merged, the same file given twice) counts once.
      const auto key =
          std::make_tuple(record.scenario, record.variant, record.seed, strategy_name(record));
      if (seen_.insert(key).second) sweep_runs_.push_back(loaded);
    }
  }

  void read_rollout(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw explore::InputError(fmt::format("--rollout: cannot read {}", path));
    nlohmann::json json;
    try {
      in >> json;
    } catch (const nlohmann::json::exception& error) {
      throw explore::InputError(fmt::format("--rollout: {} is not JSON: {}", path, error.what()));
    }
    try {
      data_.rollouts.push_back(explore::rollout_from_json(json));
    } catch (const explore::InputError& error) {
      throw explore::InputError(fmt::format("--rollout: {}: {}", path, error.what()));
    }
    const explore::RolloutResult& rollout = data_.rollouts.back();
    data_.inputs.push_back(
        InputFile{path, "rollout",
                  fmt::format("{} on {}, phases {}, seeds {}..{}", rollout.request.variant,
                              rollout.scenario_name, rollout.phases.size(),
                              rollout.request.seeds.first, rollout.request.seeds.last),
                  0});
  }

  static bool fired(const RunRecord& run, const std::string& fault) {
    if (fault == "none") return run.faults_fired.empty();
    return std::any_of(
        run.faults_fired.begin(), run.faults_fired.end(),
        [&](const explore::FaultCount& count) { return count.fault == fault && count.fired > 0; });
  }

  VerdictCell cell(const std::string& variant, const std::string& property) {
    VerdictCell cell{variant, property, 0, 0, std::nullopt};
    const LoadedRun* minimal = nullptr;
    for (const LoadedRun& run : sweep_runs_) {
      if (run.record->variant != variant || run.checked->count(property) == 0) continue;
      ++cell.runs;
      if (!run.record->violated(property)) continue;
      ++cell.violating_runs;
      if (minimal == nullptr || earlier(run, *minimal)) minimal = &run;
    }
    if (minimal != nullptr) cell.minimal = reference(*minimal, property, inputs_.program);
    return cell;
  }

  const ReportInputs& inputs_;
  ReportData& data_;
  std::vector<StoredResults> files_;
  std::vector<LoadedRun> sweep_runs_;
  std::vector<LoadedRun> fix_runs_;
  std::set<std::tuple<std::string, std::string, std::uint64_t, std::string>> seen_;
  std::map<std::string, std::set<std::string>> checked_;
};

}  // namespace

const VerdictCell* ReportData::cell(const std::string& variant, const std::string& property) const {
  for (const VerdictCell& c : verdict) {
    if (c.variant == variant && c.property == property) return &c;
  }
  return nullptr;
}

std::vector<const LadderRow*> ReportData::release_option_rows() const {
  std::vector<const LadderRow*> rows;
  std::vector<std::string> order = {"none"};
  for (const model::ReleaseOption& option : model::release_options())
    order.emplace_back(option.name);
  for (const std::string& name : order) {
    for (const LadderRow& row : ladder) {
      if (row.release_option == name) rows.push_back(&row);
    }
  }
  return rows;
}

std::vector<std::string> ReportData::probes_never_hit() const {
  std::vector<std::string> never;
  for (const ProbeRow& row : probes) {
    if (row.hits == 0) never.push_back(row.probe);
  }
  return never;
}

std::int64_t ReportData::runs() const {
  std::int64_t total = 0;
  for (const VariantTotals& t : totals) total += t.runs;
  return total;
}

ReportData gather_report(const ReportInputs& inputs) {
  if (inputs.results_files.empty())
    throw explore::InputError("--db: name at least one results file");
  ReportData data;
  data.program = inputs.program;
  Gatherer gatherer(inputs, data);
  gatherer.load();
  gatherer.verdict();
  gatherer.confidence();
  gatherer.fault_matrices();
  gatherer.ladder();
  gatherer.root_causes();
  gatherer.monitoring();
  gatherer.probes();
  gatherer.strategies();
  data.decision = decide(data);
  return data;
}

std::string confirmed_real_text(const std::optional<RunReference>& run) {
  if (!run) return "—";
  return run->confirmed_real.empty() ? "not confirmed" : run->confirmed_real;
}

std::string variant_verdict(const ReportData& data, const VariantTotals& totals) {
  std::size_t properties = 0;
  for (const VerdictCell& cell : data.verdict) {
    if (cell.variant == totals.variant && cell.violating_runs > 0) ++properties;
  }
  if (totals.runs == 0) return "no runs";
  std::string text = properties == 0 ? "holds every property"
                                     : fmt::format("violates {} propert{} in {} of {} runs",
                                                   properties, properties == 1 ? "y" : "ies",
                                                   totals.violating_runs, totals.runs);
  if (totals.error_runs > 0)
    text += fmt::format(", {} runs stopped with an error", totals.error_runs);
  return text;
}

explore::RunSpec spec_of(const RunReference& run) {
  explore::RunSpec spec;
  spec.scenario = run.scenario_argument;
  spec.variant = run.variant;
  spec.seed = run.seed;
  spec.strategy = run.strategy;
  spec.pct_depth = run.pct_depth;
  if (takes_fixes_and_flag(run.variant)) {
    if (run.fixes) spec.fixes = explore::parse_fixes(*run.fixes);
    spec.flag_percent = run.flag_percent;
  }
  return spec;
}

}  // namespace dispatchsim::reports
