// dispatchsim list: everything a user can name on the command line or in a scenario file.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "faults/fault_catalogue.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/observe/properties/property.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "scenarios/root_cause.hpp"

namespace dispatchsim::cli {

namespace {

int list_everything() {
  fmt::print("scenarios ({}):\n", scenarios::scenario_directory());
  for (const auto& name : scenarios::bundled_scenarios()) {
    std::string description;
    try {
      description = scenarios::load_scenario(scenarios::resolve_scenario(name)).description;
    } catch (const scenarios::ScenarioError& error) {
      description = std::string("INVALID: ") + error.what();
    }
    fmt::print("  {:<26} {}\n", name, description);
  }
  fmt::print("variants (-v):\n");
  for (const model::VariantInfo& variant : model::variant_catalogue()) {
    fmt::print("  {:<26} {}{}\n", variant.id, variant.description,
               variant.in_default_sweep ? "" : " (not in the default sweep)");
  }
  fmt::print("fixes and their parts (plan only, --fix 1,2,5s; [plan] fixes takes whole fixes):\n");
  for (const model::FixPartInfo& part : model::fix_parts()) {
    fmt::print("  {:<26} {}\n", part.text, part.description);
  }
  fmt::print("release options (plan only, --fix NAME; remediation-plan.md section 7):\n");
  for (const model::ReleaseOption& option : model::release_options()) {
    fmt::print("  {:<26} {} = --fix {}\n", option.name, option.description,
               model::fix_set_text(option.fixes));
  }
  fmt::print("root causes (what run, explain, triage and the report name):\n");
  for (const scenarios::RootCauseInfo& cause : scenarios::root_cause_catalogue()) {
    fmt::print("  {:<40} {}{}\n", cause.id,
               cause.where.empty() ? "" : fmt::format("[{}] ", cause.where), cause.summary);
  }
  fmt::print("faults ([faults.<id>] in a scenario):\n");
  for (const auto& info : faults::fault_catalogue()) {
    fmt::print("  {:<26} {} (default rate {} {}; asked in {})\n", info.id, info.description,
               info.default_rate, info.rate_unit, info.asked_at);
  }
  fmt::print("properties ([properties] check):\n");
  for (const auto& info : model::property_catalogue()) {
    fmt::print("  {:<26} {}\n", info.id, info.description);
  }
  return exit_ok;
}

}  // namespace

void install_list_command(CLI::App& app, CommandContext& context) {
  CLI::App* list =
      app.add_subcommand("list",
                         "List scenarios, variants, fixes, faults and properties, one line each\n"
                         "  example: dispatchsim list");
  list->callback([&context] { context.exit_code = guarded(list_everything); });
}

}  // namespace dispatchsim::cli
