// dispatchsim list: everything a user can name on the command line or in a scenario file.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "faults/fault_catalogue.hpp"
#include "model/properties/property.hpp"
#include "model/variant_catalogue.hpp"

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
  for (const model::VariantInfo& info : model::variant_catalogue()) {
    fmt::print("  {:<26} {}\n", info.id, info.description);
  }
  fmt::print("fixes (variants that take fixes, --fix or [plan] fixes):\n");
  fmt::print("  {:<26} {}\n", "1", "atomic decline + dispatch cancellation (decline_request)");
  fmt::print("  {:<26} {}\n", "2", "idempotent dispatch worker (process_dispatch_event)");
  fmt::print("  {:<26} {}\n", "3", "location update with sequence ordering (update_pickup_location)");
  fmt::print("  {:<26} {}\n", "4", "SQS settings, dead-letter queue and consumer ACK pattern");
  fmt::print("  {:<26} {}\n", "5", "push notification dedup, server and client side");
  fmt::print("faults ([faults.<id>] in a scenario):\n");
  for (const auto& info : faults::fault_catalogue()) {
    fmt::print("  {:<26} {} (default rate {} {})\n", info.id, info.description, info.default_rate,
               info.rate_unit);
  }
  fmt::print("properties ([properties] check):\n");
  for (const auto& info : model::property_catalogue()) {
    fmt::print("  {:<26} {}\n", info.id, info.description);
  }
  return exit_ok;
}

}  // namespace

void install_list_command(CLI::App& app, CommandContext& context) {
  CLI::App* list = app.add_subcommand(
      "list",
      "List scenarios, variants, fixes, faults and properties, one line each\n"
      "  example: dispatchsim list");
  list->callback([&context] { context.exit_code = guarded(list_everything); });
}

}  // namespace dispatchsim::cli
