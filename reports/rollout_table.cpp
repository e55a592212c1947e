#include "reports/rollout_table.hpp"

#include <fmt/format.h>

namespace dispatchsim::reports {

std::string percent(double fraction) {
  return fmt::format("{:.2f} %", 100 * fraction);
}

TextTable rollout_table(const explore::RolloutResult& result) {
  TextTable table;
  table.header = {"phase",        "switch",     "runs",           "declined w/o re-dispatch",
                  "exactly once", "error rate", "DLQ (max)",      "lock timeouts",
                  "Metric 1",     "Metric 2",   "violating runs", "verdict"};
  table.right_aligned = {true, false, true, true, true, true, true, true, true, true, true, false};
  const auto add = [&](const explore::RolloutPhase& phase, bool before) {
    table.rows.push_back({
        before ? "before" : fmt::format("{} %", phase.percent),
        before             ? "legacy"
        : phase.transition ? fmt::format("{}→{} %", phase.transition->from_percent, phase.percent)
                           : "—",
        std::to_string(phase.runs),
        percent(phase.declined_without_redispatch()),
        percent(phase.exactly_once()),
        percent(phase.error_rate()),
        fmt::format("{} ({})", phase.counts.dead_letters, phase.dead_letters_max),
        std::to_string(phase.counts.lock_timeouts()),
        std::to_string(phase.duplicate_dispatch_alerts),
        std::to_string(phase.redispatch_alerts),
        std::to_string(phase.violating_runs),
        std::string(explore::to_string(phase.verdict)),
    });
  };
  if (result.baseline) add(*result.baseline, true);
  for (const explore::RolloutPhase& phase : result.phases) add(phase, false);
  return table;
}

std::string rollout_title(const explore::RolloutResult& result) {
  const explore::RolloutRequest& request = result.request;
  return fmt::format(
      "{} on {}, seeds {}..{}{}, switch at {} ms", request.variant, result.scenario_name,
      request.seeds.first, request.seeds.last,
      request.fixes ? ", fixes " + explore::fixes_text(*request.fixes) : std::string(),
      request.switch_at.value_or(0) / 1000);
}

std::string checked_note(const explore::RolloutResult& result) {
  if (result.checked_properties.empty()) return "";
  std::string list;
  for (const std::string& property : result.checked_properties)
    list += (list.empty() ? "" : ", ") + property;
  return fmt::format(
      "\"violating runs\" counts runs that violate a property {} checks ({}); the SLO columns "
      "measure every request whether or not a property covers it, so an SLO can miss in a phase "
      "with no violating run.",
      result.scenario_name, list);
}

std::string rollout_details(const explore::RolloutResult& result, bool markdown) {
  const std::string indent = markdown ? "  - " : "      ";
  const auto code = [markdown](const std::string& command) {
    return markdown ? "`" + command + "`" : command;
  };
  std::string text;
  std::vector<const explore::RolloutPhase*> rows;
  if (result.baseline) rows.push_back(&*result.baseline);
  for (const explore::RolloutPhase& phase : result.phases) rows.push_back(&phase);
  for (const explore::RolloutPhase* row : rows) {
    const explore::RolloutPhase& phase = *row;
    const std::string name = row == rows.front() && result.baseline
                                 ? std::string("before (legacy)")
                                 : fmt::format("{} %", phase.percent);
    text +=
        fmt::format("{}{}: {}", markdown ? "- " : "  ", name, explore::to_string(phase.verdict));
    for (const auto& note : phase.notes) text += "; note: " + note;
    text += "\n";
    for (std::size_t i = 0; i < phase.reasons.size(); ++i) {
      text += indent + phase.reasons[i] + "\n";
      if (i >= phase.findings.size() || phase.findings[i].replay.empty()) continue;
      const explore::PhaseFinding& found = phase.findings[i];
      text += fmt::format("{}replay: {}{}\n", markdown ? "    - " : indent + "  ",
                          code(found.replay), found.example.empty() ? "" : " — " + found.example);
    }
    if (!phase.first_failing_seed) continue;
    text += fmt::format("{}first violating seed {}: {}\n", indent, *phase.first_failing_seed,
                        phase.first_violation);
    text += fmt::format("{}replay: {}\n", indent, code(phase.replay));
  }
  const std::string note = checked_note(result);
  if (!note.empty()) text += (markdown ? "\n" : "") + note + "\n";
  text += markdown ? fmt::format("\n**Decision:** {}\n", result.decision)
                   : fmt::format("decision: {}\n", result.decision);
  return text;
}

}  // namespace dispatchsim::reports
