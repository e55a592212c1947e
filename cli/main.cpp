// dispatchsim: the command line. Thin: it parses, calls the library, prints. Exit codes: 0 no
// violation, 1 a property was violated, 2 bad usage or bad input.

#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  using namespace dispatchsim::cli;
  CLI::App app{"dispatchsim: deterministic simulation and chaos testing of ride-hailing dispatch.\n"
               "A run is a pure function of (scenario, variant, seed, strategy)."};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every command");
  Commands commands(argc > 0 ? argv[0] : "dispatchsim");
  commands.install(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : exit_bad_input;
  }
  return commands.exit_code();
}
