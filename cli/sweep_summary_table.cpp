#include "cli/sweep_summary_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dispatchsim::cli {

namespace {

void print_table(const explore::SweepSummary& summary) {
  const explore::SweepDefinition& definition = summary.sweep.definition;
  std::size_t variant_width =
      9;  // a longer id (e.g. a candidate fix of your own) widens the column
  for (const std::string& variant : definition.variants)
    variant_width = std::max(variant_width, variant.size());
  fmt::print("{:<26} {:<{}} {:>7} {:>9} {:>6} {:>10}  {}\n", "scenario", "variant", variant_width,
             "runs", "violating", "errors", "first seed", "violating runs by property");
  for (const auto& c : summary.combinations) {
    std::string first = "-";
    std::string by_property;
    std::uint64_t lowest = UINT64_MAX;
    for (const auto& property : c.properties) {
      lowest = std::min(lowest, property.first.seed);
      by_property += fmt::format("{}{} {}", by_property.empty() ? "" : ", ", property.property,
                                 property.violating_runs);
    }
    if (c.first_error) lowest = std::min(lowest, c.first_error->seed);
    if (lowest != UINT64_MAX) first = std::to_string(lowest);
    fmt::print("{:<26} {:<{}} {:>7} {:>9} {:>6} {:>10}  {}\n",
               definition.scenarios[c.scenario].name, definition.variants[c.variant], variant_width,
               c.runs, c.violating_runs, c.error_runs, first,
               by_property.empty() ? (c.runs > 0 ? "none" : "not run") : by_property);
  }
}

// Bounds per property, clean seeds a fix needs, and whether more seeds would find more
// (explore/confidence.hpp).
void print_confidence(const explore::SweepConfidence& confidence) {
  if (confidence.properties.empty()) return;
  fmt::print("\nconfidence (95 %, exact binomial; seeds in order):\n");
  for (const auto& row : confidence.properties) {
    if (row.violating_runs == 0) {
      fmt::print("  {} / {}: 0 of {} runs -> violation rate < {}\n", row.variant, row.property,
                 row.runs, explore::percent_text(row.upper_rate));
    } else {
      fmt::print("  {} / {}: {} of {} runs -> a fix needs {} clean seeds to be believed\n",
                 row.variant, row.property, row.violating_runs, row.runs,
                 row.clean_runs_to_believe_fix);
    }
  }
  for (const auto& row : confidence.saturation) {
    // Root causes first (the distinct bugs), then signatures (the shapes they take).
    for (const auto& [s, what] :
         {std::pair{&row.root_causes, "root causes"}, std::pair{&row.saturation, "signatures"}}) {
      if (s->distinct == 0) continue;
      std::string curve;
      for (const auto& point : s->curve) {
        curve += fmt::format("{}{}: {}", curve.empty() ? "" : ", ", point.runs, point.distinct);
      }
      fmt::print(
          "  {}: {} distinct {} (after N runs: {}); {} first seen in the last half; the next run "
          "finds a new one with chance {} (Good-Turing)\n",
          row.variant, s->distinct, what, curve, s->found_in_last_half,
          explore::percent_text(s->new_finding_chance));
    }
  }
}

void print_commands(const std::string& program, const std::string& results_path,
                    const explore::RunSpec& spec, std::int64_t row) {
  const std::string stored_row =
      fmt::format("--db {} --row {}", scenarios::shell_quote(results_path), row);
  // A guided run is its stored tape, not its seed: every command names the row.
  const std::string selection = spec.strategy == "guided" ? stored_row : spec.arguments();
  fmt::print("    reproduce: {} run {}\n", program, selection);
  fmt::print("    replay:    {} replay {}\n", program, stored_row);
  fmt::print("    explain:   {} explain {}\n", program, selection);
  fmt::print("    shrink:    {} shrink {}\n", program, selection);
}

}  // namespace

void print_sweep_summary(const explore::SweepSummary& summary, const std::string& program,
                         const std::string& results_path) {
  print_table(summary);
  print_confidence(summary.confidence);
  if (summary.failing_runs() == 0) return;
  const explore::SweepDefinition& definition = summary.sweep.definition;
  fmt::print("\nfirst failures (the lowest failing seed of each property):\n");
  for (const auto& c : summary.combinations) {
    const auto spec_for = [&](std::uint64_t seed) {
      return definition.spec(explore::WorkItem{c.scenario, c.variant, seed});
    };
    const std::string name = fmt::format("{} / {}", definition.scenarios[c.scenario].name,
                                         definition.variants[c.variant]);
    // One seed is often the first failure of several properties: list it once.
    std::map<std::uint64_t, std::pair<std::int64_t, std::string>> seeds;
    for (const auto& property : c.properties) {
      auto& [row, text] = seeds[property.first.seed];
      row = property.first.row;
      text += fmt::format("{}{} ({} of {} runs)", text.empty() ? "" : ", ", property.property,
                          property.violating_runs, c.runs);
    }
    for (const auto& [seed, found] : seeds) {
      fmt::print("  {} / seed {}: {}\n", name, seed, found.second);
      print_commands(program, results_path, spec_for(seed), found.first);
    }
    if (c.first_error) {
      fmt::print("  {} / seed {}: the run stopped with an error ({} of {} runs)\n", name,
                 c.first_error->seed, c.error_runs, c.runs);
      fmt::print("    reproduce: {} run {}\n", program, spec_for(c.first_error->seed).arguments());
    }
  }
}

}  // namespace dispatchsim::cli
