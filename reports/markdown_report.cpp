#include "reports/markdown_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "reports/confidence_section.hpp"
#include "explore/run_spec.hpp"
#include "model/base/plan_fixes.hpp"
#include "reports/rollout_table.hpp"
#include "reports/text_table.hpp"

namespace dispatchsim::reports {

// Named, so a unity build can put this file next to the other report formats.
namespace markdown {
namespace {

std::string verdict_cell_text(const VerdictCell* cell) {
  if (cell == nullptr || cell->runs == 0) return "—";
  if (!cell->minimal) return fmt::format("✓ 0 / {}", cell->runs);
  return fmt::format("✗ {} / {} (seed {}, {})", cell->violating_runs, cell->runs,
                     cell->minimal->seed, cell->minimal->scenario);
}

std::string verdict_section(const ReportData& data) {
  TextTable table;
  table.header = {"property"};
  for (const std::string& variant : data.variants) table.header.push_back(variant);
  for (const std::string& property : data.properties) {
    std::vector<std::string> row = {property};
    for (const std::string& variant : data.variants)
      row.push_back(verdict_cell_text(data.cell(variant, property)));
    table.rows.push_back(row);
  }
  return "## Verdict: violating runs / runs, by property and variant\n\n" + table.markdown() +
         "\n✗ violated (the lowest failing seed and its scenario), ✓ held, — not checked by any "
         "scenario.\n";
}

// What a release option leaves open: its violated properties with their lowest seeds.
std::string left_violated(const ReportData& data, const LadderRow& row) {
  std::string text;
  for (const std::string& property : data.properties) {
    const auto violated = row.by_property.find(property);
    if (violated == row.by_property.end()) continue;
    const RunReference& run = row.minimal.at(property);
    text += fmt::format("{}{} ({} runs; seed {}, {})", text.empty() ? "" : ", ", property,
                        violated->second, run.seed, run.scenario);
  }
  return text.empty() ? "nothing" : text;
}

std::string root_causes_left(const LadderRow& row) {
  std::vector<std::pair<std::int64_t, std::string>> causes;
  for (const auto& [cause, runs] : row.runs_by_root_cause) causes.emplace_back(-runs, cause);
  std::sort(causes.begin(), causes.end());
  std::string text;
  for (const auto& [runs, cause] : causes)
    text += fmt::format("{}{} ({})", text.empty() ? "" : ", ", cause, -runs);
  return text.empty() ? "none" : text;
}

std::string release_option_title(const LadderRow& row) {
  if (row.release_option == "none") return "nothing shipped";
  const model::ReleaseOption* option = model::release_option_of(explore::parse_fixes(row.fixes));
  return option != nullptr ? fmt::format("{}: {}", option->name, option->description) : row.fixes;
}

// The plan's release options (remediation-plan.md §7) side by side: what each leaves violated.
std::string release_options_section(const ReportData& data) {
  const std::vector<const LadderRow*> rows = data.release_option_rows();
  if (rows.empty()) return "";
  std::string text = "### The plan's release options\n\n";
  TextTable table;
  table.header = {"release option", "fixes", "violating runs", "left violated (runs; lowest seed)",
                  "root causes left open (runs)"};
  for (const LadderRow* row : rows) {
    table.rows.push_back({release_option_title(*row), row->fixes,
                          fmt::format("{} / {}", row->violating_runs, row->runs),
                          left_violated(data, *row), root_causes_left(*row)});
  }
  text += table.markdown() + "\nReplay the lowest failing seed of each:\n\n";
  for (const LadderRow* row : rows) {
    for (const auto& [property, run] : row->minimal) {
      text += fmt::format("- {} / {}: `{}`\n", row->release_option, property, run.replay);
    }
  }
  return text;
}

std::string root_causes_section(const ReportData& data) {
  std::string text = "## Root causes\n\n";
  if (data.root_causes.empty()) return text + "No violation.\n";
  TextTable table;
  table.header = {"variant", "root cause", "runs", "violations", "properties", "lowest seed"};
  table.right_aligned = {false, false, true, true, false, false};
  if (data.real_confirmations) {
    table.header.push_back(std::string(real_services_column));
    table.right_aligned.push_back(false);
  }
  for (const RootCauseRow& row : data.root_causes) {
    std::string properties;
    for (const auto& property : row.properties)
      properties += (properties.empty() ? "" : ", ") + property;
    table.rows.push_back(
        {row.variant, row.text, std::to_string(row.runs), std::to_string(row.violations),
         properties,
         row.minimal ? fmt::format("{} seed {}", row.minimal->scenario, row.minimal->seed) : "—"});
    if (data.real_confirmations) table.rows.back().push_back(confirmed_real_text(row.minimal));
  }
  text +=
      "Why each variant fails: the plan's flaws (README, \"The plan's flaws\") and the incident's "
      "root causes "
      "(remediation-plan.md §1); `unexplained` is a finding to look at.\n\n" +
      table.markdown() + "\n";
  for (const RootCauseRow& row : data.root_causes) {
    if (row.minimal)
      text += fmt::format("- {} / {}: `{}`\n", row.variant, row.root_cause, row.minimal->replay);
  }
  return text;
}

std::string ladder_section(const ReportData& data) {
  std::string text = "## The plan's fixes one by one\n\n";
  if (data.ladder.empty()) {
    return text +
           "No `--fix` sweeps among the inputs. `make run` sweeps them; by hand: "
           "`dispatchsim sweep -s SCENARIO... -v plan --fix 1,2 --db fixes-2.db`, then "
           "`dispatchsim report --db results.db --db fixes-2.db ...`.\n";
  }
  TextTable table;
  table.header = {"fixes deployed", "runs", "violating"};
  for (const std::string& property : data.properties) table.header.push_back(property);
  table.right_aligned = std::vector<bool>(table.header.size(), true);
  table.right_aligned[0] = false;
  for (const LadderRow& row : data.ladder) {
    std::vector<std::string> cells = {row.fixes, std::to_string(row.runs),
                                      std::to_string(row.violating_runs)};
    for (const std::string& property : data.properties) {
      const auto checked = row.runs_by_property.find(property);
      const auto violated = row.by_property.find(property);
      if (checked == row.runs_by_property.end()) {
        cells.push_back("—");
      } else {
        cells.push_back(violated == row.by_property.end() ? "0" : std::to_string(violated->second));
      }
    }
    table.rows.push_back(cells);
  }
  return text +
         "Violating runs of the plan with only these fixes deployed (all requests in the flag's "
         "rollout).\n\n" +
         table.markdown() + "\n" + release_options_section(data);
}

std::string rollout_section(const ReportData& data) {
  std::string text = "## Rollout of ENABLE_IDEMPOTENT_DISPATCH\n\n";
  if (data.rollouts.empty()) {
    return text +
           "No rollout file among the inputs (`dispatchsim rollout -s SCENARIO --json "
           "rollout.json`, "
           "then `report --rollout rollout.json`).\n";
  }
  text +=
      "SLOs: ≥ 99.90 % of declined requests without a later dispatch, ≥ 99.50 % of dispatch events "
      "processed exactly once; rollback when the error rate exceeds 1 % (docs/rollout.md).\n";
  for (const explore::RolloutResult& rollout : data.rollouts) {
    text += fmt::format("\n### {}\n\n", rollout_title(rollout));
    text += rollout_table(rollout).markdown() + "\n" + rollout_details(rollout, true);
  }
  return text;
}

// On the re-run minimal failing runs: whether the log-pattern alert fired, and when on-call was
// first paged relative to the first violation (the alerts evaluated in virtual time).
std::string detection_table(const ReportData& data) {
  if (data.timelines.empty()) return "";
  TextTable table;
  table.header = {"variant",        "scenario",          "seed",       "log pattern",
                  "first paged by", "detection latency", "never paged"};
  table.right_aligned = {false, false, true, false, false, true, true};
  for (const Timeline& timeline : data.timelines) {
    if (timeline.alerts.empty()) continue;  // not re-run
    table.rows.push_back(
        {timeline.run.variant, timeline.run.scenario, std::to_string(timeline.run.seed),
         timeline.log_pattern_fired ? "fired" : "silent",
         timeline.paged_by.empty() ? "nothing" : timeline.paged_by,
         timeline.detection_latency_us
             ? fmt::format("{:.3f} s", static_cast<double>(*timeline.detection_latency_us) / 1e6)
             : "-",
         std::to_string(timeline.never_paged)});
  }
  return "\nOn-call's alerts on the minimal failing runs (Metrics 1-2 and the log pattern, "
         "evaluated every 5 "
         "virtual minutes and at the end of the run):\n\n" +
         table.markdown();
}

std::string monitoring_section(const ReportData& data) {
  std::string text = "## Monitoring efficacy: did the plan's alerts fire for each violation?\n\n";
  if (data.monitoring.empty()) {
    text += "No violation to catch.\n";
  } else {
    TextTable table;
    table.header = {"variant", "property", "violations",
                    "caught",  "missed",   "no alert meant for it"};
    table.right_aligned = {false, false, true, true, true, true};
    for (const MonitoringRow& row : data.monitoring) {
      table.rows.push_back({row.variant, row.property, std::to_string(row.violations),
                            std::to_string(row.caught), std::to_string(row.missed),
                            std::to_string(row.uncovered)});
    }
    text += table.markdown();
  }
  TextTable oracles;
  oracles.header = {"query", "fired in runs", "false alarms (runs)"};
  oracles.right_aligned = {false, true, true};
  for (const OracleRow& row : data.oracles) {
    oracles.rows.push_back(
        {row.title, std::to_string(row.fired_runs), std::to_string(row.false_alarm_runs)});
  }
  return text + "\n" + oracles.markdown() + detection_table(data);
}

std::string faults_section(const ReportData& data) {
  std::string text =
      "## Faults that expose violations (violating runs per 1,000 runs in which the fault "
      "fired)\n\n";
  TextTable table;
  table.header = {"fault"};
  for (const std::string& variant : data.variants) table.header.push_back(variant);
  table.right_aligned = std::vector<bool>(table.header.size(), true);
  table.right_aligned[0] = false;
  std::vector<std::string> faults;
  for (const FaultMatrix& matrix : data.fault_matrices) {
    for (const FaultRow& row : matrix.rows) {
      if (std::find(faults.begin(), faults.end(), row.fault) == faults.end())
        faults.push_back(row.fault);
    }
  }
  for (const std::string& fault : faults) {
    std::vector<std::string> cells = {fault == "none" ? "(no fault fired)" : fault};
    for (const FaultMatrix& matrix : data.fault_matrices) {
      const auto row = std::find_if(matrix.rows.begin(), matrix.rows.end(),
                                    [&](const FaultRow& r) { return r.fault == fault; });
      cells.push_back(row == matrix.rows.end()
                          ? "—"
                          : fmt::format("{:.0f} ({} runs)",
                                        1000.0 * static_cast<double>(row->violating_runs) /
                                            static_cast<double>(row->runs),
                                        row->runs));
    }
    table.rows.push_back(cells);
  }
  return text + (faults.empty() ? "No runs.\n" : table.markdown());
}

std::string probes_section(const ReportData& data) {
  std::string text = "## Coverage probes never hit\n\n";
  const auto never = data.probes_never_hit();
  if (never.empty()) return text + "Every probe was hit at least once.\n";
  for (const ProbeRow& row : data.probes) {
    if (row.hits == 0) text += fmt::format("- `{}`: {}\n", row.probe, row.description);
  }
  return text + "\nThese rare paths were never reached: the exploration is weak there.\n";
}

std::string replays_section(const ReportData& data) {
  std::string text = "## Minimal failing runs, shrunk\n\n";
  bool any = false;
  for (const VerdictCell& cell : data.verdict) {
    if (!cell.minimal) continue;
    any = true;
    const RunReference& run = *cell.minimal;
    const ShrunkCase* shrunk = data.shrunk_case(cell.variant, cell.property);
    if (shrunk == nullptr || !shrunk->shrunk) {
      text += fmt::format(
          "- **{} / {}** — {} seed {}: {}\n  `{}`\n", cell.variant, cell.property, run.scenario,
          run.seed, run.violation.empty() ? "(no description stored)" : run.violation, run.replay);
      if (shrunk != nullptr) text += fmt::format("  ({})\n", shrunk->note);
      continue;
    }
    text += fmt::format(
        "- **{} / {}** — shrunk from {} seed {} ({}): {}\n  `{}`\n  explain ({} lines): `{}`\n",
        cell.variant, cell.property, run.scenario, run.seed, shrunk->size_text(),
        shrunk->run.violation, shrunk->run.replay, shrunk->explain_lines, shrunk->run.explain);
  }
  return any ? text : text + "None.\n";
}

std::string inputs_section(const ReportData& data) {
  std::string text = "Inputs:\n\n";
  for (const InputFile& input : data.inputs) {
    text += fmt::format("- `{}` ({}): {}{}\n", input.path, input.role, input.description,
                        input.role == "rollout" ? "" : fmt::format(", {} runs", input.runs));
  }
  return text;
}

std::string decision_section(const ReportData& data) {
  std::string text = "## Decision\n\n";
  if (data.decision.empty()) return text + "No candidate among the inputs.\n";
  for (const Candidate& candidate : data.decision) {
    text +=
        fmt::format("- **{}: {}** — {}\n", candidate.name, candidate.verdict(), candidate.reason);
    if (!rests_on(candidate).empty())
      text += fmt::format("  - rests on: {}\n", rests_on(candidate));
    if (!candidate.command.empty()) {
      text +=
          fmt::format("  - {}: `{}`\n", candidate.go ? "check it" : "show it", candidate.command);
    }
  }
  return text + "\n*" + decision_legend() +
         " `dispatchsim report --fail-on plan-no-go` exits 1 on a NO-GO plan.*\n";
}

}  // namespace
}  // namespace markdown

std::string short_verdict(const ReportData& data) {
  using namespace markdown;
  std::string text = "decision:\n" + decision_text(data.decision) + "evidence:\n";
  for (const VariantTotals& totals : data.totals) {
    text += fmt::format("  {}: {}\n", totals.variant, variant_verdict(data, totals));
  }
  for (const explore::RolloutResult& rollout : data.rollouts) {
    // The decision's first sentence: what the plan's process does.
    const std::size_t end = rollout.decision.find(". ");
    text += fmt::format(
        "  rollout ({} on {}): {}\n", rollout.request.variant, rollout.scenario_name,
        end == std::string::npos ? rollout.decision : rollout.decision.substr(0, end + 1));
  }
  return text;
}

std::string summary_markdown(const ReportData& data) {
  using namespace markdown;
  std::string text = "# dispatchsim report\n\n" + decision_section(data) + "\n## Evidence\n\n";
  for (const VariantTotals& totals : data.totals) {
    text += fmt::format("- **{}**: {}\n", totals.variant, variant_verdict(data, totals));
  }
  text += "\n" + inputs_section(data) + "\n";
  for (const std::string& section :
       {verdict_section(data), confidence_markdown(data), root_causes_section(data),
        ladder_section(data), rollout_section(data), monitoring_section(data), faults_section(data),
        probes_section(data), replays_section(data)}) {
    text += section + "\n";
  }
  text +=
      "Details, fault matrices, timelines and plots: index.html. Machine-readable: results.json, "
      "junit.xml.\n";
  return text;
}

}  // namespace dispatchsim::reports
