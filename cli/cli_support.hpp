#pragma once
// What every dispatchsim subcommand shares: exit codes, the options that select one run, error
// handling that turns bad input into exit code 2, and the replay command line.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

#include "explore/count_text.hpp"
#include "scenarios/runner.hpp"

namespace dispatchsim::cli {

using explore::count_of;
using explore::format_seconds;
using explore::with_separators;

// Exit codes (README "Exit codes"; `dispatchsim --help` says the same).
constexpr int exit_ok = 0;
constexpr int exit_violation = 1;  // a safety property was violated (or a replay diverged, ...)
constexpr int exit_bad_input = 2;
constexpr int exit_liveness_only = 3;  // only liveness was violated: stuck, nothing done wrong
constexpr const char* exit_codes_help =
    "Exit codes: 0 no violation; 1 a safety property was violated (or a replay diverged, a merge\n"
    "conflicted, a rollout halted, hardened failed in a report); 2 bad usage or bad input;\n"
    "3 only liveness was violated (a request never closed, nothing unsafe happened).";

// 0 when nothing was violated, 1 when any safety property was, 3 when only liveness was.
int violation_exit_code(const std::set<std::string>& violated_properties);

// Bad input detected by a command: printed, exit code 2.
struct BadInput : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The options that identify one run, shared by run, replay, explain and shrink.
struct RunSelection {
  std::string scenario = "decline-race";
  std::string variant = "legacy";
  std::uint64_t seed = 1;
  std::string strategy = "random";
  int depth = 3;
  std::string fixes;  // "1,2,3", "none" or "" (the scenario's)
  std::optional<int> flag_percent;
  std::string flag_from;            // --flag-from "10@4500ms" or ""
  std::string results_file;         // --db: with row, a run stored by a sweep
  std::optional<std::int64_t> row;  // --row
  std::string tape_file;            // --tape: replay this choice tape
};

// State shared by the commands of one invocation.
struct CommandContext {
  std::string program;  // argv[0] shell-quoted, the first word of printed commands
  int exit_code = exit_ok;
};

// Each command file defines one installer; main.cpp calls them all.
using CommandInstaller = std::function<void(CLI::App& app, CommandContext& context)>;

void add_run_selection(CLI::App& command, RunSelection& selection);
std::set<int> parse_fixes(const std::string& text);
std::string replay_command_line(const std::string& program, const scenarios::Scenario& scenario,
                                const scenarios::RunResult& result, int depth);

// On a command line CLI11 refused: "unknown command 'rn' (did you mean 'run'?) ..." or "unknown
// option --seeds (did you mean --seed?) ..." when a command or option name is mistyped; "" for
// other errors (CLI11's message is printed then). arguments: argv without the program.
std::string mistyped_name_message(const CLI::App& app, const std::vector<std::string>& arguments);

// A check that a value is one of names, naming what was probably meant otherwise:
// "unknown variant 'plna' (did you mean 'plan'?) (one of: legacy, plan, hardened)".
CLI::Validator one_of(std::vector<std::string> names, std::string what);

// What --version prints: the version, the commit built (cmake/build_version.cmake) and the
// results file schema version this build reads and writes.
std::string version_text();

// Runs body, mapping bad input (scenario errors, invalid arguments) to a message and exit 2.
int guarded(const std::function<int()>& body);

// Printing shared by run, replay and sweep.
void print_summary(const scenarios::RunResult& result, double wall_seconds);
void print_violations(const scenarios::RunResult& result, std::size_t limit);

void install_list_command(CLI::App& app, CommandContext& context);
void install_run_command(CLI::App& app, CommandContext& context);
void install_replay_command(CLI::App& app, CommandContext& context);
void install_sweep_command(CLI::App& app, CommandContext& context);
void install_sweep_worker_command(CLI::App& app, CommandContext& context);
void install_merge_command(CLI::App& app, CommandContext& context);
void install_shrink_command(CLI::App& app, CommandContext& context);
void install_explain_command(CLI::App& app, CommandContext& context);
void install_rollout_command(CLI::App& app, CommandContext& context);
void install_report_command(CLI::App& app, CommandContext& context);
void install_plan_sql_command(CLI::App& app, CommandContext& context);
void install_confirm_command(CLI::App& app, CommandContext& context);
void install_triage_command(CLI::App& app, CommandContext& context);

}  // namespace dispatchsim::cli
