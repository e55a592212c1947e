#pragma once
// RunSpec: one run as the command line names it — scenario (bundled name or file path), variant,
// seed, strategy and the plan's overrides. Sweeps, the results file, replay, shrink and explain
// all pass runs around in this form, and print it back as the arguments that reproduce the run.

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "scenarios/runner.hpp"
#include "scenarios/shell_quote.hpp"

namespace dispatchsim::explore {

struct RunSpec {
  std::string scenario = "decline-race";  // a bundled scenario's name or a path to a .toml file
  std::string variant = "legacy";
  std::uint64_t seed = 1;
  std::string strategy = "random";
  int pct_depth = 3;
  std::optional<std::set<int>> fixes;            // plan: overrides the scenario's [plan] fixes
  std::optional<int> flag_percent;               // plan: overrides the scenario's flag_percent
  std::optional<model::FlagSwitch> flag_switch;  // plan: starts at another percent (rollout)

  // The options run_scenario takes for this run (no tape, no trace).
  scenarios::RunOptions run_options() const;
  // The command-line arguments that select this run, e.g.
  // "-s decline-race -v plan --seed 68 --strategy pct --depth 3 --fix 1,2 --flag-percent 50".
  std::string arguments() const;
};

// "1,2,5" or "none": the --fix syntax.
std::string fixes_text(const std::set<int>& fixes);
// The inverse of fixes_text. Throws InputError naming --fix and an example.
std::set<int> parse_fixes(const std::string& text);
// A time into a run ("4500ms", "4.5s"), in seconds. Throws InputError naming option when it is not
// a duration, past 10^7 s or below the clock's 1 us resolution.
double parse_run_time_seconds(const std::string& text, const std::string& option);
// "10@4500ms": the flag starts at 10 % and switches to --flag-percent at 4.5 s (--flag-from).
// Throws InputError naming --flag-from and an example.
model::FlagSwitch parse_flag_switch(const std::string& text);
// The old name of scenarios::shell_quote (kept so callers written against it still build).
inline std::string shell_word(const std::string& word) {
  return scenarios::shell_quote(word);
}

}  // namespace dispatchsim::explore
