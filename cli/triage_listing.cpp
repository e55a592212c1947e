#include "cli/triage_listing.hpp"

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "scenarios/root_cause.hpp"

namespace dispatchsim::cli {

namespace {

std::string scenario_list(const explore::Triage& triage, const explore::BugGroup& group) {
  std::string names;
  for (std::size_t scenario : group.scenarios) {
    names += (names.empty() ? "" : ", ") + triage.sweep.definition.scenarios[scenario].name;
  }
  return names;
}

// Signatures listed under a group; the rest are counted.
constexpr std::size_t shapes_shown = 4;

}  // namespace

void print_triage(const explore::Triage& triage, const std::string& program,
                  const std::string& results_path, std::size_t limit) {
  fmt::print(
      "triage: {}, {} (variant and root cause; under each, its signatures: property | faults "
      "in the causal chain | involved events)\n",
      count_of(triage.violating_runs, "violating run"),
      count_of(static_cast<std::int64_t>(triage.groups.size()), "distinct bug"));
  if (!triage.completeness.complete) fmt::print("  {}\n", triage.completeness.describe());
  if (triage.runs_without_signature > 0) {
    fmt::print(
        "  {} no signature (recorded by a dispatchsim before results schema 2); sweep them "
        "again to triage them\n",
        count_of(triage.runs_without_signature, "violating run carries", "violating runs carry"));
  }
  const auto& variants = triage.sweep.definition.variants;
  for (std::size_t i = 0; i < triage.groups.size() && i < limit; ++i) {
    const explore::BugGroup& group = triage.groups[i];
    fmt::print("{:>3}. {} / root cause: {}: {}, {}, in {}\n", i + 1, variants[group.variant],
               scenarios::root_cause_text(group.root_cause), count_of(group.runs, "run"),
               count_of(group.violations, "violation"), scenario_list(triage, group));
    for (std::size_t k = 0; k < group.shapes.size() && k < shapes_shown; ++k) {
      const explore::SignatureShape& shape = group.shapes[k];
      fmt::print("       {} | faults: {} | events: {} ({} runs)\n", shape.property, shape.faults,
                 shape.event_kinds, shape.runs);
    }
    if (group.shapes.size() > shapes_shown) {
      fmt::print("       ... {} more signatures (--format json lists them)\n",
                 group.shapes.size() - shapes_shown);
    }
    fmt::print("       minimal seed {}: {} run {}\n", group.minimal_seed, program,
               triage.minimal_run(group).arguments());
    fmt::print("       explain: {} explain --db {} --row {}\n", program,
               scenarios::shell_quote(results_path), group.minimal_row);
  }
  if (triage.groups.size() > limit) {
    fmt::print("  ... {} more: {} triage --db {}\n", triage.groups.size() - limit, program,
               scenarios::shell_quote(results_path));
  }
}

}  // namespace dispatchsim::cli
