// dispatchsim rollout: the plan's deployment phase by phase (flag at 0, 10, 50, 100 %), each
// phase's runs switching from the previous percentage mid-run; prints the plan's SLOs and checks
// per phase, go / no-go / rollback with the reason, and the decision the plan's process would
// take. Exit 0 when every phase is go, 1 otherwise, 2 on bad input.

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "cli/cli_support.hpp"
#include "explore/input_error.hpp"
#include "explore/output_file.hpp"
#include "explore/rollout.hpp"
#include "explore/run_spec.hpp"
#include "explore/sweep_orchestrator.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "reports/rollout_table.hpp"

namespace dispatchsim::cli {

namespace {

struct RolloutArguments {
  std::string scenario = "decline-race";
  std::string variant = "plan";
  std::string phases = "0,10,50,100";
  std::string seeds = "1..20";
  std::string fixes;
  std::string switch_at;
  std::string json_file;
  bool force = false;
};

explore::RolloutRequest request_of(const RolloutArguments& arguments) {
  explore::RolloutRequest request;
  request.scenario = arguments.scenario;
  request.variant = arguments.variant;
  request.phases = explore::parse_phases(arguments.phases);
  request.seeds = explore::parse_seed_range(arguments.seeds);
  if (!arguments.fixes.empty()) request.fixes = explore::parse_fixes(arguments.fixes);
  if (!arguments.switch_at.empty()) {
    const double seconds = explore::parse_run_time_seconds(arguments.switch_at, "--switch-at");
    request.switch_at =
        static_cast<sim::Micros>(seconds * 1000 + 0.5) * 1000;  // whole milliseconds
  }
  return request;
}

int rollout(const RolloutArguments& arguments) {
  const explore::RolloutRequest request = request_of(arguments);
  if (!arguments.json_file.empty()) {  // before the runs: a wrong path costs nothing
    explore::require_replaceable(arguments.json_file, explore::OutputKind::rollout, arguments.force,
                                 "--json");
  }
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  const auto started = std::chrono::steady_clock::now();
  const explore::RolloutResult result =
      explore::run_rollout(request, [terminal](std::size_t done, std::size_t total) {
        if (terminal) fmt::print(stderr, "\r  {}/{} runs", done, total);
      });
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (terminal) fmt::print(stderr, "\r");
  fmt::print("rollout of ENABLE_IDEMPOTENT_DISPATCH: {} ({:.1f} s)\n\n",
             reports::rollout_title(result), wall);
  fmt::print("{}\n", reports::rollout_table(result).terminal());
  fmt::print("{}", reports::rollout_details(result, false));
  if (!model::variant_info(request.variant).takes_fixes_and_flag) {
    fmt::print("note: {} ignores the flag; every phase runs the same code.\n", request.variant);
  }
  if (!arguments.json_file.empty()) {
    explore::write_output(arguments.json_file, explore::rollout_to_json(result).dump(2) + "\n",
                          explore::OutputKind::rollout, arguments.force, "--json");
    fmt::print("rollout file: {}\n", arguments.json_file);
  }
  return result.halt_phase ? exit_violation : exit_ok;
}

}  // namespace

void install_rollout_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<RolloutArguments>();
  CLI::App* command = app.add_subcommand(
      "rollout",
      "Simulate the plan's phased rollout of ENABLE_IDEMPOTENT_DISPATCH: SLOs and go / no-go per "
      "phase\n"
      "  (exit 0 when every phase is go, 1 when one is not; measures and rules: docs/rollout.md)\n"
      "  example: dispatchsim rollout -s decline-race --phases 0,10,50,100 --seeds 1..20\n"
      "  example: dispatchsim rollout -s rollback-trigger -v plan --json rollout.json");
  command->add_option("-s,--scenario", arguments->scenario, "Scenario name or path to a .toml file")
      ->capture_default_str();
  command
      ->add_option("-v,--variant", arguments->variant,
                   "plan (the flag matters) | hardened | legacy (both ignore the flag)")
      ->check(one_of(model::variant_ids(), "variant"))
      ->capture_default_str();
  command->add_option("--phases", arguments->phases, "Flag percentages, in rollout order")
      ->capture_default_str();
  command->add_option("--seeds", arguments->seeds, "Seeds A..B run in every phase")
      ->capture_default_str();
  command->add_option("--fix", arguments->fixes,
                      "plan only: the fixes (or parts) deployed, e.g. 1,2,5s, or hotfix, p0, "
                      "p0-p1, full (default: the scenario's)");
  command->add_option("--switch-at", arguments->switch_at,
                      "When each phase's runs switch from the previous percentage, e.g. 4s "
                      "(default: the middle of the scenario's request arrivals)");
  command->add_option("--json", arguments->json_file,
                      "Also write the rollout file `report --rollout` reads");
  command->add_flag("--force", arguments->force,
                    "Overwrite --json even if it holds something else");
  command->callback(
      [arguments, &context] { context.exit_code = guarded([&] { return rollout(*arguments); }); });
}

}  // namespace dispatchsim::cli
