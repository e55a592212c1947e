#pragma once
// The subcommands. Each registers its options on a CLI11 App and runs when selected.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenarios/runner.hpp"

namespace dispatchsim::cli {

constexpr int exit_ok = 0;
constexpr int exit_violation = 1;
constexpr int exit_bad_input = 2;

// The options that identify one run, shared by run, replay, explain and shrink.
struct RunSelection {
  std::string scenario = "decline-race";
  std::string variant = "legacy";
  std::uint64_t seed = 1;
  std::string strategy = "random";
  int depth = 3;
  std::string fixes;            // "1,2,3", "none" or "" (the scenario's)
  std::optional<int> flag_percent;
};

class Commands {
 public:
  explicit Commands(std::string program) : program_(std::move(program)) {}
  void install(CLI::App& app);
  int exit_code() const { return exit_code_; }

 private:
  void add_run_selection(CLI::App& command, RunSelection& selection);
  int run_command();
  int replay_command();
  int list_command();

  std::string program_;
  int exit_code_ = exit_ok;
  RunSelection selection_;
  std::string trace_file_;
  std::string save_db_;
  std::string log_file_;
};

// Shared helpers for the commands (commands.cpp).
scenarios::Scenario load_selected_scenario(const RunSelection& selection);
scenarios::RunOptions options_for(const RunSelection& selection);
std::string replay_command_line(const std::string& program, const scenarios::Scenario& scenario,
                                const scenarios::RunResult& result, int depth);

}  // namespace dispatchsim::cli
