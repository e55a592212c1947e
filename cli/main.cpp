// dispatchsim: the command line. Thin: it parses, calls the library, prints. Exit codes: 0 no
// violation, 1 a safety property was violated (or a replay diverged), 2 bad usage or bad input,
// 3 only liveness was violated (cli_support.hpp).

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/cli_support.hpp"
#include "scenarios/shell_quote.hpp"

int main(int argc, char** argv) {
  using namespace dispatchsim::cli;
  CLI::App app{
      "dispatchsim: deterministic simulation and chaos testing of ride-hailing dispatch.\n"
      "A run is a pure function of (scenario, variant, seed, strategy); every failure prints the\n"
      "command that replays it."};
  app.require_subcommand(1);
  app.footer(exit_codes_help);
  app.set_help_all_flag("--help-all", "Help for every command");
  app.set_version_flag("--version", version_text(),
                       "The version, the commit it was built from and "
                       "the results file schema (quote it in a bug report)");
  // Printed commands start with the program as it was invoked, quoted like every other word.
  CommandContext context{dispatchsim::scenarios::shell_quote(argc > 0 ? argv[0] : "dispatchsim")};
  for (const CommandInstaller& install :
       {CommandInstaller(install_list_command), CommandInstaller(install_run_command),
        CommandInstaller(install_replay_command), CommandInstaller(install_sweep_command),
        CommandInstaller(install_sweep_worker_command), CommandInstaller(install_merge_command),
        CommandInstaller(install_explain_command), CommandInstaller(install_shrink_command),
        CommandInstaller(install_triage_command), CommandInstaller(install_rollout_command),
        CommandInstaller(install_report_command), CommandInstaller(install_plan_sql_command),
        CommandInstaller(install_confirm_command)}) {
    install(app, context);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() != 0) {
      // A mistyped command or option is named with what was probably meant; other errors keep
      // CLI11's own message.
      const std::string message =
          mistyped_name_message(app, std::vector<std::string>(argv + 1, argv + argc));
      if (!message.empty()) {
        std::cerr << message << '\n';
        return exit_bad_input;
      }
    }
    const int code = app.exit(error);
    return code == 0 ? 0 : exit_bad_input;
  }
  return context.exit_code;
}
